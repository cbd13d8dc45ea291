import GHGCore

/// A scenario as its JSON file defines it, checked: the base inventory, the years, the economic
/// drivers, how activity grows under business-as-usual (BAU), how factors change, the mitigation
/// measures in two tiers and the targets. Every element keeps the JSON path it was read from, so
/// that later errors and the audit trail can point back at it.
public struct ScenarioDefinition: Sendable {
    /// The file the definition was read from, as the user named it.
    public var file: String
    /// A short id for outputs (`moit-2030`); IAMC scenario names start with it.
    public var id: String
    public var name: String
    /// The IAMC `model` column (`ghg` unless the file says otherwise).
    public var model: String
    /// The IAMC `region` column: the province or country the scenario covers.
    public var region: String
    /// Published or illustrative: free text printed with the results.
    public var description: String
    public var base: BaseInventorySpec
    /// The last projected year; every year from the base year to it is projected.
    public var horizon: Int
    /// The years shown in the table and the IAMC columns (all projected years by default).
    public var reportYears: [Int]
    public var drivers: [DriverSpec]
    public var bauRules: [GrowthRule]
    /// Where `bau` is (or the file's top, when it has none), for errors about rules missing.
    public var bauLocation: SourceLocation
    /// New sources of the BAU, absent from the base year.
    public var additions: [AdditionSpec]
    public var factorPaths: [FactorPath]
    /// In the order they are applied: voluntary measures first, then conditional, each tier in
    /// file order.
    public var measures: [MeasureSpec]
    public var targets: [TargetSpec]

    /// The projected years, base year to horizon.
    public var years: ClosedRange<Int> { base.year...horizon }
}

/// The three pathways a scenario reports: business-as-usual, BAU minus the voluntary measures,
/// and BAU minus the voluntary and the conditional measures.
public enum Pathway: String, Sendable, Hashable, CaseIterable {
    case bau
    case voluntary
    case conditional

    /// The name used in tables and the IAMC `scenario` column.
    public var title: String {
        switch self {
        case .bau: return "BAU"
        case .voluntary: return "Voluntary"
        case .conditional: return "Conditional"
        }
    }
}

/// The tier of a mitigation measure: voluntary (unconditional, with domestic resources) or
/// conditional (only with international support), as in Vietnam's NDC and MOIT Decision
/// 13443/QD-BCT.
public enum Tier: String, Sendable, Hashable, CaseIterable {
    case voluntary
    case conditional

    /// The pathway that includes this tier's measures (and those of the tiers before it).
    public var pathway: Pathway { self == .voluntary ? .voluntary : .conditional }
}

/// Which emissions make up the scenario total (and so the intensity).
public enum Boundary: String, Sendable, Hashable, CaseIterable {
    /// Emissions inside the territory (IPCC national-inventory boundary); the default.
    case territorial
    /// Territorial emissions plus scope 2 emissions of grid electricity consumed (GPC BASIC-style
    /// city and province inventories).
    case territorialAndScope2 = "territorial_and_scope2"
}

/// Which base-year sources a rule, factor path, measure or target acts on: IPCC categories (each
/// with everything below it), optionally narrowed to activities and regions. Empty lists match all.
public struct SourceSelector: Sendable, Hashable {
    /// Category codes as written in the file (`1.A.1`), and their tree indices.
    public var categoryCodes: [String]
    public var categories: [Int]
    /// Activity ids of the factor library, and their indices.
    public var activityIDs: [String]
    public var activities: [Int]
    /// Regions, lower-cased for matching; empty for any.
    public var regions: [String]
    /// Regions as written, for messages.
    public var regionNames: [String] = []

    public init(categoryCodes: [String] = [], categories: [Int] = [], activityIDs: [String] = [], activities: [Int] = [], regions: [String] = []) {
        self.categoryCodes = categoryCodes
        self.categories = categories
        self.activityIDs = activityIDs
        self.activities = activities
        self.regions = regions
    }

    /// Whether a source of `category`, `activity` and `region` is selected.
    public func matches(category: Int, activity: Int, region: String, tree: CategoryTree) -> Bool {
        if !categories.isEmpty, !categories.contains(where: { tree.lineage(of: category).contains($0) }) { return false }
        if !activities.isEmpty, !activities.contains(activity) { return false }
        if !regions.isEmpty, !regions.contains(region.lowercased()) { return false }
        return true
    }

    /// How narrow the selector is, for choosing the most specific BAU rule: regions, then
    /// activities, then the depth of the category.
    public func specificity(tree: CategoryTree) -> (Int, Int, Int) {
        let depth = categories.map { tree[$0].depth + 1 }.max() ?? 0
        return (regions.isEmpty ? 0 : 1, activities.isEmpty ? 0 : 1, depth)
    }

    /// `1.A.1.a / coal / Tra Vinh`, for messages.
    public var summary: String {
        var parts = [categoryCodes.isEmpty ? "all categories" : categoryCodes.joined(separator: ", ")]
        if !activityIDs.isEmpty { parts.append(activityIDs.joined(separator: ", ")) }
        if !regionNames.isEmpty { parts.append(regionNames.joined(separator: ", ")) }
        return parts.joined(separator: " / ")
    }
}
