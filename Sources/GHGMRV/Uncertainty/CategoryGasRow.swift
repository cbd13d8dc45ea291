import GHGCore

/// A category and gas: the level at which IPCC 2006 Vol 1 reports uncertainty (Table 3.2) and
/// analyses key categories (Tables 4.2 and 4.3).
public struct CategoryGas: Sendable, Hashable, Comparable {
    /// Index into `CategoryTree.ipcc2006`.
    public let category: Int
    public let gas: Gas

    public init(category: Int, gas: Gas) {
        self.category = category
        self.gas = gas
    }

    public static func < (a: CategoryGas, b: CategoryGas) -> Bool {
        (a.category, Gas.allCases.firstIndex(of: a.gas) ?? 0) < (b.category, Gas.allCases.firstIndex(of: b.gas) ?? 0)
    }

    public var code: String { CategoryTree.ipcc2006[category].code }
}

/// The emissions of one category and gas in the base year and in year t, with the activity and
/// factor uncertainty of the category (columns A to F of Table 3.2).
public struct CategoryGasRow: Sendable {
    public let key: CategoryGas
    /// t CO2e in the base year (column C) and in year t (column D).
    public let baseEmissions: Double
    public let emissions: Double
    /// Percent, half-width of the 95 % interval (columns E and F); nil when not estimated.
    public let activityPercent: Double?
    public let factorPercent: Double?
    /// Why the uncertainty is not estimated.
    public let missing: String?

    public init(key: CategoryGas, baseEmissions: Double, emissions: Double, activityPercent: Double?, factorPercent: Double?, missing: String? = nil) {
        self.key = key
        self.baseEmissions = baseEmissions
        self.emissions = emissions
        self.activityPercent = activityPercent
        self.factorPercent = factorPercent
        self.missing = missing
    }

    public var isEstimated: Bool { activityPercent != nil && factorPercent != nil }

    /// Column G: the combined uncertainty (Eq. 3.1).
    public var combinedPercent: Double? {
        guard let a = activityPercent, let f = factorPercent else { return nil }
        return (a * a + f * f).squareRoot()
    }

    /// The rows of an inventory's emissions for the base year and year t, in category order.
    ///
    /// Within a row the activities of its sources are independent, and each factor term is shared
    /// by the sources that use it: the activity uncertainty is sqrt(sum (E_s U_s)^2) / |sum E_s|,
    /// the factor uncertainty sqrt(sum_k (U_k sum_{s uses k} E_s)^2) / |sum E_s| (Eq. 3.2 applied
    /// to the sources of the category). The percentages are those of year t (of the base year
    /// when the category has no emission in year t).
    public static func rows(_ items: [UncertainEmission], baseYear: Int, year: Int) -> [CategoryGasRow] {
        var groups: [CategoryGas: (base: [UncertainEmission], current: [UncertainEmission])] = [:]
        for item in items where item.year == baseYear || item.year == year {
            let key = CategoryGas(category: item.category, gas: item.gas)
            if item.year == year { groups[key, default: ([], [])].current.append(item) }
            if item.year == baseYear { groups[key, default: ([], [])].base.append(item) }
        }
        return groups.keys.sorted().map { key in
            let group = groups[key]!
            let base = group.base.reduce(0) { $0 + $1.co2eTonnes }
            let current = group.current.reduce(0) { $0 + $1.co2eTonnes }
            let measured = group.current.contains { $0.co2eTonnes != 0 } ? group.current : group.base
            let (activity, factor, missing) = uncertainty(of: measured)
            return CategoryGasRow(key: key, baseEmissions: base, emissions: current, activityPercent: activity, factorPercent: factor, missing: missing)
        }
    }

    /// The activity and factor uncertainty of emissions added up (Eq. 3.2).
    static func uncertainty(of items: [UncertainEmission]) -> (activity: Double?, factor: Double?, missing: String?) {
        let total = items.reduce(0) { $0 + $1.co2eTonnes }
        if let first = items.first(where: { !$0.isEstimated }) {
            let others = items.filter { !$0.isEstimated }.count - 1
            return (nil, nil, (first.missing ?? "") + (others > 0 ? " (and \(others) more source\(others == 1 ? "" : "s"))" : ""))
        }
        guard total != 0 else { return (nil, nil, "the emissions add up to 0") }
        var activitySquares = 0.0
        var byFactor: [String: Double] = [:]
        for item in items {
            guard let activity = item.activity, let terms = item.factorTerms else { continue }
            let a = item.co2eTonnes * activity.percent
            activitySquares += a * a
            for term in terms { byFactor[term.key, default: 0] += item.co2eTonnes * term.range.percent }
        }
        let factorSquares = byFactor.keys.sorted().reduce(0.0) { $0 + byFactor[$1]! * byFactor[$1]! }
        return (activitySquares.squareRoot() / abs(total), factorSquares.squareRoot() / abs(total), nil)
    }
}
