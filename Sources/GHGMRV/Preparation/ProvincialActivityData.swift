import GHGActivity
import GHGCore
import GHGFactors

/// The activity data of a provincial inventory made ready in the one order that is right: the
/// gaps of the statistics' time series are filled first (IPCC 2006 Vol 1 Ch 5), then the facility
/// reports are netted against the statistics, filled years included (`FacilityRollUp`). Filling
/// after netting would interpolate from netted amounts, and the facility reports' own series are
/// never filled.
public enum ProvincialActivityData {
    public struct Result: Sendable {
        public let dataset: ActivityDataset
        /// Gaps no method could fill.
        public let unfilled: [ActivityGapFiller.Unfilled]
        /// What netting found (facilities reporting more than the statistics hold ...).
        public let rollUpFindings: [QualityFinding]
    }

    /// `statistics` with its gaps in `years` filled by `filler` (when given), then `facilities`
    /// rolled in. `describe` names a source in the messages about unfilled gaps.
    public static func prepare(
        statistics: ActivityDataset, years: [Int], filler: ActivityGapFiller?, facilities: [FacilityReport], library: FactorLibrary,
        describe: (ActivitySource) -> String
    ) -> Result {
        var dataset = statistics
        var unfilled: [ActivityGapFiller.Unfilled] = []
        if let filler {
            (dataset, unfilled) = filler.fill(dataset, years: years, describe: describe)
        }
        var findings: [QualityFinding] = []
        if !facilities.isEmpty {
            let combined = FacilityRollUp.combine(provincial: dataset, facilities: facilities, library: library)
            dataset = combined.dataset
            findings = combined.findings
        }
        return Result(dataset: dataset, unfilled: unfilled, rollUpFindings: findings)
    }
}
