import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGMethods

/// A scenario compiled for projection: the base lines, and every series resolved to one value a
/// year in plain arrays, so that projecting is arithmetic only. Compiling checks everything a
/// projection needs (a driver or path for every year, a BAU rule for every line, a measure that
/// selects something) and reports a mistake at its JSON path.
public struct ScenarioModel: Sendable {
    public let definition: ScenarioDefinition
    public let lines: [BaseLine]
    /// The projected years, base year first.
    public let years: [Int]
    /// The rows results are reported in: territorial and scope 2 categories with their ancestors.
    public let rows: [ReportRow]
    /// Records read for the base year.
    public let recordCount: Int
    /// The factor library folders used, with their fingerprints.
    public let libraryFolders: [FactorLibraryFolder]
    /// For each line, the BAU rule that applies (index into `definition.bauRules`); `nil` for a
    /// new source, whose amounts are given.
    public let lineRules: [Int?]
    /// For each line and slot, the factor path that applies (index into `definition.factorPaths`).
    public let slotPathChoice: [[Int?]]
    /// Driver values for each projected year (the parts summed), in the driver's unit.
    public let drivers: [(spec: DriverSpec, values: [Double])]
    /// The activity index of each line in each year (1 in the base year).
    let activityIndex: [[Double]]
    /// For each line and slot, the rows it adds to.
    let slotRows: [[[Int]]]
    /// For each line and slot, whether it counts in the scenario total.
    let slotCounts: [[Bool]]
    /// For each line and slot, how the factor changes (nil: it does not).
    let slotPaths: [[SlotPath?]]
    /// For each line, the measures acting on it, in order of application.
    let steps: [[MeasureStep]]

    /// The measures (indices into `definition.measures`) acting on a line, in order.
    public func measures(onLine line: Int) -> [Int] { steps[line].map(\.measure) }
    /// The share of each measure in effect in each year.
    let rampShares: [[Double]]
    /// For each line, the targets that cover it.
    let targetsOfLine: [[Int]]
    /// For each line and slot, the position of its gas in `Gas.allCases`.
    let slotGasIndex: [[Int]]
    public let warnings: [Diagnostic]
    /// The files read (the scenario file, when read from a file, then the base year's activity
    /// files) with their fingerprints.
    public internal(set) var inputs: [ScenarioInput] = []

    /// A reported row: a category in the territorial total or in scope 2.
    public struct ReportRow: Sendable, Hashable, Comparable {
        public let reporting: Reporting
        public let category: Int

        public static func < (a: ReportRow, b: ReportRow) -> Bool { (a.reporting, a.category) < (b.reporting, b.category) }
    }

    enum SlotPath: Sendable {
        /// t of the gas per unit of the line's amount, each year.
        case absolute([Double])
        /// Multiplier of the base-year factor, each year.
        case index([Double])
    }

    struct MeasureStep: Sendable {
        let measure: Int
        let tier: Tier
        let kind: Kind
        enum Kind: Sendable {
            case reduceEmissions(fraction: Double, ofBAU: Bool)
            case reduceActivity(fraction: Double, ofBAU: Bool)
            case efficiency(fraction: Double, start: Int)
            /// The new fuel's `slots`, and for each the t of its gas per unit of the line's
            /// amount switched, in each year.
            case fuelSwitch(fraction: Double, slots: [Int], perUnit: [[Double]])
            case newFactor(fraction: Double, slot: Int, perUnit: Double)
        }
    }

    /// The driver named `name`, if the scenario has it.
    public func driverValues(_ name: String) -> [Double]? { drivers.first { $0.spec.name == name }?.values }

    /// GRDP in million VND for each projected year, if the scenario gives GRDP.
    public var grdpMillionVND: [Double]? {
        guard let grdp = drivers.first(where: { $0.spec.name == "grdp" }), let scale = grdp.spec.millionVNDPerUnit else { return nil }
        return grdp.values.map { $0 * scale }
    }
}

extension ScenarioModel {
    /// Compiles `definition` with the base-year lines computed from its base inventory.
    public init(definition: ScenarioDefinition, lines baseLines: [BaseLine], recordCount: Int, library: FactorLibrary, warnings baseWarnings: [Diagnostic] = [])
        throws(InputError)
    {
        let tree = CategoryTree.ipcc2006
        let years = Array(definition.years)
        var warnings = baseWarnings

        let drivers = try ScenarioModel.resolveDrivers(definition)

        // Lines: the base year's, then the new sources; slots may grow (a fuel switch brings the
        // new fuel's gases).
        var lines = baseLines + (try BaseInventory.lines(of: definition.additions, definition: definition, library: library))
        let (activityIndex, lineRules) = try ScenarioModel.bauIndices(definition, lines: lines, drivers: drivers, warnings: &warnings)

        // Measures: ramps, and the lines each acts on with precomputed factors.
        let measures = definition.measures
        let rampShares = measures.map { measure in years.map { measure.ramp.share(in: $0) } }
        let resolvedPaths = try ScenarioModel.resolvePaths(definition)
        let (steps, usedPaths) = try ScenarioModel.measureSteps(
            definition, lines: &lines, library: library, resolved: resolvedPaths, warnings: &warnings)

        let (slotPaths, pathChoice) = try ScenarioModel.factorPaths(definition, lines: lines, resolved: resolvedPaths, usedBySwitches: usedPaths)

        // Rows: each slot's category and its ancestors, in territorial or scope 2.
        var rowSet = Set<ReportRow>()
        for line in lines {
            for slot in line.gases {
                for category in tree.lineage(of: slot.category) { rowSet.insert(ReportRow(reporting: slot.reporting, category: category)) }
            }
        }
        let rows = rowSet.sorted()
        var rowIndex: [ReportRow: Int] = [:]
        for (index, row) in rows.enumerated() { rowIndex[row] = index }
        let slotRows = lines.map { line in
            line.gases.map { slot in tree.lineage(of: slot.category).compactMap { rowIndex[ReportRow(reporting: slot.reporting, category: $0)] } }
        }
        let boundary = definition.base.boundary
        let slotCounts = lines.map { line in
            line.gases.map { $0.reporting == .territorial || (boundary == .territorialAndScope2 && $0.reporting == .scope2Electricity) }
        }
        let targetLines = definition.targets.map { target in
            lines.map { target.selector.matches(category: $0.category, activity: $0.activity, region: $0.region, tree: tree) }
        }
        for (index, target) in definition.targets.enumerated() where !targetLines[index].contains(true) {
            throw InputError(at: target.location, "the target is about \(target.selector.summary), which has no emissions in the base inventory")
        }

        self.definition = definition
        self.lines = lines
        self.years = years
        self.rows = rows
        self.recordCount = recordCount
        self.libraryFolders = library.folders
        self.lineRules = lineRules
        self.slotPathChoice = pathChoice
        self.drivers = drivers
        self.activityIndex = activityIndex
        self.slotRows = slotRows
        self.slotCounts = slotCounts
        self.slotPaths = slotPaths
        self.steps = steps
        self.rampShares = rampShares
        self.targetsOfLine = lines.indices.map { line in targetLines.indices.filter { targetLines[$0][line] } }
        self.slotGasIndex = lines.map { line in line.gases.map { Gas.allCases.firstIndex(of: $0.gas) ?? 0 } }
        self.warnings = warnings
    }

    /// t of gas per unit of activity for a factor `value` in `unit`, applied to amounts in
    /// `amountUnit`; an error unless amount x factor is a mass.
    static func tonnesPerUnit(
        _ value: Double, _ unit: MeasureUnit, amountUnit: MeasureUnit, location: SourceLocation, line: BaseLine, tree: CategoryTree
    ) throws(InputError) -> Double {
        var product = QuantityProduct(Quantity(1, amountUnit))
        product.multiply(by: Quantity(value, unit))
        do throws(UnitError) {
            return try product.value(in: Units.t)
        } catch {
            throw InputError(
                at: location,
                "a factor in \(unit.symbol) does not apply to \(describe(line, tree: tree)), whose amounts are in \(amountUnit.symbol): amount x factor must be a mass (\(error.message))")
        }
    }

    static func seriesValues(_ kind: FactorPath.Kind, span: ClosedRange<Int>) -> (values: [Double?], location: SourceLocation) {
        switch kind {
        case .index(let series): return (series.resolve(span), series.location)
        case .values(let series, _): return (series.resolve(span), series.location)
        }
    }

    /// `1.A.1.a coal (t) in Tra Vinh`, for messages.
    static func describe(_ line: BaseLine, tree: CategoryTree) -> String {
        var text = "\(tree[line.category].code) \(line.activityID)"
        if let technology = line.technology { text += " [\(technology)]" }
        text += " (\(line.unit.symbol))"
        if !line.region.isEmpty { text += " in \(line.region)" }
        return text
    }
}

extension Double {
    /// The number as messages print it: `90000`, `0.6612`, `1.2e+07` (six significant digits).
    var messageText: String { String(format: "%.6g", self) }
}
