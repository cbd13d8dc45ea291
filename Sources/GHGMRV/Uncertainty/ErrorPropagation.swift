import Foundation

/// Approach 1 of IPCC 2006 Vol 1 Ch 3 (3.2.3.1): error propagation, the calculation of Table 3.2,
/// one line per category and gas, over the lines whose uncertainty is estimated.
public struct ErrorPropagation: Sendable {
    /// One line of Table 3.2.
    public struct Line: Sendable {
        public let row: CategoryGasRow
        /// G: combined uncertainty, percent (Eq. 3.1).
        public let combinedPercent: Double
        /// H: contribution to the variance of the total in year t, (G x D)^2 / (sum D)^2.
        public let varianceContribution: Double
        /// I: type A sensitivity, percent change of the trend for a 1 % increase of the line in
        /// both years.
        public let typeASensitivity: Double
        /// J: type B sensitivity, D / sum C.
        public let typeBSensitivity: Double
        /// K: uncertainty of the trend from the factor (fully correlated between years), I x F.
        public let trendFromFactor: Double
        /// L: uncertainty of the trend from the activity (independent between years),
        /// J x E x sqrt(2).
        public let trendFromActivity: Double
        /// M: contribution to the variance of the trend, K^2 + L^2.
        public let trendVarianceContribution: Double
    }

    public let baseYear: Int
    public let year: Int
    public let lines: [Line]
    /// The lines left out: their uncertainty is not estimated (`row.missing` says why).
    public let notEstimated: [CategoryGasRow]
    /// Sums of C and D over the lines estimated.
    public let baseTotal: Double
    public let total: Double
    /// The uncertainty of the total in year t, percent: sqrt(sum H) (Eq. 3.2).
    public let levelPercent: Double
    /// The trend, percent: (sum D - sum C) / sum C; 0 and meaningless when `hasTrend` is false.
    public let trendPercent: Double
    /// Whether the lines estimated have base-year emissions to compute a trend from.
    public var hasTrend: Bool { baseTotal != 0 }
    /// The uncertainty of the trend, percentage points: sqrt(sum M).
    public let trendUncertaintyPoints: Double

    /// Share of the absolute emissions of year t that the estimate covers.
    public let coveredShare: Double

    public init(rows: [CategoryGasRow], baseYear: Int, year: Int) {
        self.baseYear = baseYear
        self.year = year
        let estimated = rows.filter(\.isEstimated)
        notEstimated = rows.filter { !$0.isEstimated }
        // A base-year sum that sources and sinks cancel down to rounding is 0: no trend.
        let sumAbsC = estimated.reduce(0) { $0 + abs($1.baseEmissions) }
        let rawC = estimated.reduce(0) { $0 + $1.baseEmissions }
        let sumC = abs(rawC) <= 1e-9 * sumAbsC ? 0 : rawC
        let sumD = estimated.reduce(0) { $0 + $1.emissions }
        baseTotal = sumC
        total = sumD
        let trend = sumC != 0 ? (sumD - sumC) / sumC * 100 : 0
        trendPercent = trend
        lines = estimated.map { row in
            let e = row.activityPercent!, f = row.factorPercent!
            let g = (e * e + f * f).squareRoot()
            let h = sumD != 0 ? (g * row.emissions) * (g * row.emissions) / (sumD * sumD) : 0
            let c = row.baseEmissions, d = row.emissions
            let typeA = sumC != 0 ? ((0.01 * d + sumD - (0.01 * c + sumC)) / (0.01 * c + sumC) * 100 - trend) : 0
            let typeB = sumC != 0 ? d / sumC : 0
            let k = typeA * f
            let l = typeB * e * 2.0.squareRoot()
            return Line(
                row: row, combinedPercent: g, varianceContribution: h, typeASensitivity: typeA, typeBSensitivity: typeB, trendFromFactor: k,
                trendFromActivity: l, trendVarianceContribution: k * k + l * l)
        }
        levelPercent = lines.reduce(0) { $0 + $1.varianceContribution }.squareRoot()
        trendUncertaintyPoints = lines.reduce(0) { $0 + $1.trendVarianceContribution }.squareRoot()
        let absolute = rows.reduce(0) { $0 + abs($1.emissions) }
        coveredShare = absolute > 0 ? estimated.reduce(0) { $0 + abs($1.emissions) } / absolute : 0
    }
}
