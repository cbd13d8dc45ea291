import GHGCore

/// A target checked: in each year it applies, the value reached, the value required, whether it
/// is met and by what margin (positive when met).
public struct TargetOutcome: Sendable {
    public let target: TargetSpec
    public let checks: [Check]

    public struct Check: Sendable {
        public let year: Int
        /// The indicator: intensity (t CO2e per million VND), percent below BAU, or t CO2e.
        public let achieved: Double
        public let required: Double
        public let met: Bool
        /// How far beyond the requirement, in the indicator's unit (positive when met).
        public let margin: Double
        /// The margin in t CO2e: emissions that could still be added (positive) or must still be removed.
        public let marginTonnes: Double
    }

    /// The unit of `achieved`, `required` and `margin`.
    public var unit: String { TargetOutcome.unit(of: target) }

    /// The unit a target's figures are in.
    public static func unit(of target: TargetSpec) -> String {
        switch target.kind {
        case .intensity: return "t CO2-equiv/million VND"
        case .belowBAU: return "% below BAU"
        case .cap: return "t CO2-equiv"
        }
    }

    /// Met in every year it applies.
    public var met: Bool { checks.allSatisfy(\.met) }

    /// The check with the smallest margin: the year that decides the target.
    public var tightest: Check? { checks.min { $0.margin < $1.margin } }

    init(result: ScenarioResult, target index: Int) {
        let target = result.definition.targets[index]
        self.target = target
        var checks: [Check] = []
        for year in target.years {
            let emissions = result.targetTotal(index, target.pathway, year: year)
            switch target.kind {
            case .intensity(let percent, let baseYear):
                let grdp = result.grdpMillionVND(year: year) ?? .nan
                let baseIntensity = result.targetTotal(index, target.pathway, year: baseYear) / (result.grdpMillionVND(year: baseYear) ?? .nan)
                let achieved = emissions / grdp
                let required = baseIntensity * (1 - percent / 100)
                checks.append(
                    Check(year: year, achieved: achieved, required: required, met: achieved <= required * (1 + 1e-12), margin: TargetOutcome.clean(required - achieved, scale: required),
                        marginTonnes: (required - achieved) * grdp))
            case .belowBAU(let percent):
                let bau = result.targetTotal(index, .bau, year: year)
                let achieved = bau != 0 ? (bau - emissions) / bau * 100 : 0
                let requiredTonnes = bau * (1 - percent / 100)
                checks.append(
                    Check(year: year, achieved: achieved, required: percent, met: emissions <= requiredTonnes + 1e-9 * abs(bau),
                        margin: TargetOutcome.clean(achieved - percent), marginTonnes: TargetOutcome.clean(requiredTonnes - emissions, scale: bau)))
            case .cap(let maxTonnes):
                checks.append(
                    Check(year: year, achieved: emissions, required: maxTonnes, met: emissions <= maxTonnes * (1 + 1e-12), margin: maxTonnes - emissions,
                        marginTonnes: maxTonnes - emissions))
            }
        }
        self.checks = checks
    }

    /// Rounding noise (a target met exactly) shown as 0 rather than as -0.0000000001.
    static func clean(_ value: Double, scale: Double = 100) -> Double { abs(value) <= 1e-9 * abs(scale) ? 0 : value }
}
