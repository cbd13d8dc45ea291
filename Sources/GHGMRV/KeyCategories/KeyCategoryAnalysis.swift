import Foundation

/// Key category analysis, IPCC 2006 Vol 1 Ch 4: the categories and gases that together make up
/// most of the level of the inventory, or of its trend.
///
/// - Approach 1 (4.3.1): level assessment L = |E_x,t| / sum |E_y,t| (Eq. 4.1); trend assessment
///   (Eq. 4.2); key are the lines that, sorted in decreasing order, add up to 95 % of the sum.
/// - Approach 2 (4.3.2): the same assessments weighted by each line's combined uncertainty
///   (Eq. 4.4 and 4.5); key are the lines that add up to 90 %.
///
/// Removals count by their absolute value; the trend needs a base year.
public struct KeyCategoryAnalysis: Sendable {
    public enum Approach: String, Sendable {
        case approach1, approach2
    }

    public enum Assessment: String, Sendable {
        case level, trend
    }

    /// One line of Table 4.2 (level) or 4.3 (trend).
    public struct Line: Sendable {
        public let key: CategoryGas
        public let baseEmissions: Double
        public let emissions: Double
        /// The assessment, as a fraction of the sum over lines (0 to 1).
        public let share: Double
        /// The assessment before it is divided by the sum (Approach 2: times the uncertainty).
        public let assessment: Double
        /// The cumulative share up to and including this line, in decreasing order.
        public let cumulative: Double
        public let isKey: Bool
        /// Approach 2: the combined uncertainty used as weight, percent.
        public let uncertaintyPercent: Double?
    }

    public let approach: Approach
    public let assessment: Assessment
    public let baseYear: Int
    public let year: Int
    /// The threshold of the cumulative share: 0.95 for Approach 1, 0.90 for Approach 2.
    public let threshold: Double
    /// In decreasing order of the assessment.
    public let lines: [Line]
    /// Lines left out of Approach 2 because their uncertainty is not estimated.
    public let notEstimated: [CategoryGas]

    public var keyLines: [Line] { lines.filter(\.isKey) }

    /// Why the assessment cannot be made, when it cannot: Eq. 4.2 divides by the base-year total,
    /// so a trend needs base-year emissions whose sum is not zero. `lines` is then empty, never a
    /// list of zeros.
    public let undefinedReason: String?

    /// The share of the absolute emissions of year t the analysis covers (below 1 when
    /// Approach 2 leaves out lines without uncertainty).
    public let coveredShare: Double

    /// `rows` carry the emissions of the base year and year t and, for Approach 2, the activity
    /// and factor uncertainties (combined by Eq. 3.1).
    public init(rows: [CategoryGasRow], approach: Approach, assessment: Assessment, baseYear: Int, year: Int) {
        self.approach = approach
        self.assessment = assessment
        self.baseYear = baseYear
        self.year = year
        threshold = approach == .approach1 ? 0.95 : 0.90
        let used = approach == .approach1 ? rows : rows.filter(\.isEstimated)
        notEstimated = approach == .approach1 ? [] : rows.filter { !$0.isEstimated }.map(\.key)

        let allAbsolute = rows.reduce(0) { $0 + abs($1.emissions) }
        coveredShare = allAbsolute > 0 ? used.reduce(0) { $0 + abs($1.emissions) } / allAbsolute : 0
        let sumAbsBase = used.reduce(0) { $0 + abs($1.baseEmissions) }
        let sumAbsCurrent = used.reduce(0) { $0 + abs($1.emissions) }
        let sumBase = used.reduce(0) { $0 + $1.baseEmissions }
        let sumCurrent = used.reduce(0) { $0 + $1.emissions }
        // A base-year total that sources and sinks cancel down to rounding (|sum| below 1e-9 of
        // sum |E_0|) is 0: dividing by it would give assessments of 10^16.
        if assessment == .trend && !used.isEmpty && (sumAbsBase == 0 || abs(sumBase) <= 1e-9 * sumAbsBase) {
            undefinedReason =
                sumAbsBase == 0
                ? "no emissions in the base year \(baseYear): Eq. 4.2 has nothing to compare with"
                : "emissions and removals of the base year \(baseYear) sum to 0 (within rounding): the total trend of Eq. 4.2 is not defined"
            lines = []
            return
        }
        undefinedReason = nil
        // The trend of the total, as Eq. 4.2 uses it.
        let totalTrend = (sumCurrent - sumBase) / abs(sumBase)

        var values: [(row: CategoryGasRow, value: Double, uncertainty: Double?)] = []
        for row in used {
            var value: Double
            switch assessment {
            case .level:
                value = sumAbsCurrent > 0 ? abs(row.emissions) / sumAbsCurrent : 0
            case .trend:
                value = KeyCategoryAnalysis.trendAssessment(row, sumAbsBase: sumAbsBase, totalTrend: totalTrend)
            }
            let uncertainty = approach == .approach2 ? row.combinedPercent : nil
            if let uncertainty { value *= uncertainty / 100 }
            values.append((row, value, uncertainty))
        }
        let sum = values.reduce(0) { $0 + $1.value }
        // Decreasing order; ties by category and gas, so that the order never depends on input order.
        values.sort { ($0.value, $1.row.key) > ($1.value, $0.row.key) }
        var cumulative = 0.0
        var lines: [Line] = []
        for (row, value, uncertainty) in values {
            let share = sum > 0 ? value / sum : 0
            // Key while the lines before it have not yet reached the threshold.
            let isKey = share > 0 && cumulative < threshold
            cumulative += share
            lines.append(
                Line(
                    key: row.key, baseEmissions: row.baseEmissions, emissions: row.emissions, share: share, assessment: value,
                    cumulative: cumulative, isKey: isKey, uncertaintyPercent: uncertainty))
        }
        self.lines = lines
    }

    /// Eq. 4.2: T = |E_x,0| / sum|E_y,0| x |(E_x,t - E_x,0) / |E_x,0| - (sum E_t - sum E_0) / |sum E_0||,
    /// computed as |(E_x,t - E_x,0) - total trend x |E_x,0|| / sum|E_y,0|, the same number, which also
    /// holds for a line without base-year emissions (it is then |E_x,t| / sum|E_y,0|).
    static func trendAssessment(_ row: CategoryGasRow, sumAbsBase: Double, totalTrend: Double) -> Double {
        return abs((row.emissions - row.baseEmissions) - totalTrend * abs(row.baseEmissions)) / sumAbsBase
    }
}
