import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// One gas of one inventory source (territorial emissions only) with what is known of its
/// uncertainty: the unit that error propagation (Approach 1) and Monte Carlo (Approach 2) work on.
///
/// The emission is taken as proportional to its activity and to each factor term (Eq. 3.1 of
/// IPCC 2006 Vol 1 Ch 3: the uncertainty of a product): the activity varies on its own, each
/// factor term is shared by every emission that uses it (the same library factor, or the same row
/// of the uncertainty table) and so fully correlated between them and between years.
public struct UncertainEmission: Sendable {
    public let year: Int
    /// The category the emission is reported in (index into `CategoryTree.ipcc2006`).
    public let category: Int
    public let gas: Gas
    /// t CO2e (negative for removals).
    public let co2eTonnes: Double
    /// Index into `Inventory.sources`.
    public let source: Int
    /// The activity's 95 % range, and where it comes from; nil when not known.
    public let activity: UncertaintyRange?
    public let activityOrigin: String
    /// The factor terms; nil when one is not known (`missing` says which).
    public let factorTerms: [FactorTerm]?
    /// Why the emission's uncertainty is not estimated (nil when it is).
    public let missing: String?
    /// What the emission is, for a fixed order of the Monte Carlo draws whatever the order of the
    /// records: year, category, gas, activity, region, technology, unit, data source.
    public var identity: String = ""
    /// The rows of the uncertainty table it used.
    public var tableRows: [Int] = []

    /// One uncertain factor of the emission.
    public struct FactorTerm: Sendable, Hashable {
        /// Shared by the emissions that use the same factor: the library factor id, or the
        /// uncertainty table's file and line.
        public let key: String
        public let range: UncertaintyRange
        /// What it is, for reports: `IPCC2006-V2-T1.2-crude_oil (ncv)` or the table row.
        public let label: String

        public init(key: String, range: UncertaintyRange, label: String) {
            self.key = key
            self.range = range
            self.label = label
        }
    }

    public init(
        year: Int, category: Int, gas: Gas, co2eTonnes: Double, source: Int, activity: UncertaintyRange?, activityOrigin: String,
        factorTerms: [FactorTerm]?, missing: String?
    ) {
        self.year = year
        self.category = category
        self.gas = gas
        self.co2eTonnes = co2eTonnes
        self.source = source
        self.activity = activity
        self.activityOrigin = activityOrigin
        self.factorTerms = factorTerms
        self.missing = missing
    }

    public var isEstimated: Bool { missing == nil }

    /// The combined factor uncertainty in percent (Eq. 3.1 over the terms).
    public var factorPercent: Double? {
        factorTerms.map { terms in terms.reduce(0) { $0 + $1.range.percent * $1.range.percent }.squareRoot() }
    }
}

/// Collects the uncertain emissions of an inventory.
public enum UncertainEmissions {
    /// Parameters that multiply the emission in every method that uses them, so that their
    /// uncertainty propagates as a product: the emission factor, the calorific value, the carbon
    /// content, the density that turns volumes into masses, the carbon oxidation factor.
    public static let multiplicativeParameters: Set<FactorParameter> = [.ef, .ncv, .carbonContent, .density, .carbonOxidationFactor]

    /// The territorial emissions of `years` (all years when nil), each with its uncertainty from
    /// the activity records, the uncertainty table (which wins for factors) and the library.
    public static func collect(_ inventory: Inventory, table: UncertaintyTable, years: Set<Int>? = nil) -> [UncertainEmission] {
        var items: [UncertainEmission] = []
        for (index, result) in inventory.sources.enumerated() {
            let source = result.source
            if let years, !years.contains(source.year) { continue }
            for (gasIndex, emission) in result.emissions.gases.enumerated() where emission.reporting == .territorial {
                let category = emission.category ?? source.category
                let activityEntry = table.entry(category: category, gas: emission.gas, activityID: result.activityID) { $0.activity != nil }
                let factorEntry = table.entry(category: category, gas: emission.gas, activityID: result.activityID) { $0.factor != nil }
                var missing: [String] = []

                var activity: UncertaintyRange?
                var activityOrigin = ""
                if let percent = source.uncertaintyPercent {
                    activity = UncertaintyRange(symmetric: percent)
                    activityOrigin = "activity records"
                } else if let entry = activityEntry, let range = entry.activity {
                    activity = range
                    activityOrigin = "\(entry.location.file):\(entry.location.line ?? 0)"
                } else {
                    missing.append("no activity uncertainty: the records give no `uncertainty` and no row of the uncertainty table covers the source")
                }

                var terms: [UncertainEmission.FactorTerm]?
                if let entry = factorEntry, let range = entry.factor {
                    terms = [.init(key: entry.factorKey, range: range, label: "\(entry.location.file):\(entry.location.line ?? 0) (\(entry.source))")]
                } else {
                    switch libraryTerms(result, emission: emission, category: category) {
                    case .success(let found): terms = found
                    case .failure(let reason): missing.append(reason.message)
                    }
                }
                var item = UncertainEmission(
                    year: source.year, category: category, gas: emission.gas, co2eTonnes: result.co2eTonnes[gasIndex], source: index,
                    activity: activity, activityOrigin: activityOrigin, factorTerms: terms,
                    missing: missing.isEmpty ? nil : missing.joined(separator: "; "))
                item.identity = [
                    String(source.year), CategoryTree.ipcc2006[category].code, emission.gas.rawValue, emission.label, result.activityID, source.region,
                    source.technology ?? "", source.unit.symbol, source.dataSource, source.filled ?? "",
                ].joined(separator: "|")
                if activityOrigin != "activity records", let entry = activityEntry, activity != nil { item.tableRows.append(entry.location.line ?? 0) }
                if let entry = factorEntry, entry.factor != nil { item.tableRows.append(entry.location.line ?? 0) }
                items.append(item)
            }
        }
        return items
    }

    struct Reason: Error { let message: String }

    /// The factor terms of an emission from the library's 95 % bounds, when its method is a
    /// product of factors whose bounds are all known.
    static func libraryTerms(_ result: SourceResult, emission: GasEmission, category: Int) -> Result<[UncertainEmission.FactorTerm], Reason> {
        guard category == result.source.category else {
            return .failure(Reason(message: "an emission reported in another category than its source's (indirect N2O): give its factor uncertainty in the uncertainty table"))
        }
        var terms: [UncertainEmission.FactorTerm] = []
        for use in result.emissions.factors where use.gas == nil || use.gas == emission.gas {
            switch use.origin {
            case .constant:
                continue
            case .derived:
                return .failure(Reason(message: "the method derives \(use.parameter.rawValue) from other values: give the category's factor uncertainty in the uncertainty table"))
            case .library, .record:
                guard multiplicativeParameters.contains(use.parameter) else {
                    return .failure(Reason(message: "the method uses \(use.parameter.rawValue), whose uncertainty is not propagated from the library: give the category's factor uncertainty in the uncertainty table"))
                }
                let name = use.origin == .library ? use.factorID : "the record's \(use.parameter.rawValue)"
                guard let range = UncertaintyRange(value: use.value, lower: use.lower, upper: use.upper) else {
                    return .failure(Reason(message: "\(name) has no 95 % bounds: give the category's factor uncertainty in the uncertainty table"))
                }
                terms.append(.init(key: use.factorID, range: range, label: "\(use.factorID) (\(use.parameter.rawValue))"))
            }
        }
        guard !terms.isEmpty else { return .failure(Reason(message: "no factor with 95 % bounds")) }
        return .success(terms)
    }
}
