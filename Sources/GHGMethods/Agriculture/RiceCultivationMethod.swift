import Foundation
import GHGActivity
import GHGCore
import GHGFactors

/// Rice cultivation, 3.C.7: CH4 from flooded rice fields, per season.
///
/// 2006 IPCC Guidelines Vol 4 Ch 5: CH4 = A x t x EFi (Eq. 5.1), EFi = EFc x SFw x SFp x SFo
/// (Eq. 5.2), SFo = (1 + sum ROAi x CFOAi)^0.59 (Eq. 5.3). A record gives the harvested area (ha)
/// of one season with its `cultivation_days`, `water_regime` (Table 5.12), `preseason_regime`
/// (Table 5.13) and, if any, its organic `amendment` with `amendment_rate` in t/ha (Table 5.14;
/// several as `straw_short:6+compost:2`). With the 2019 Refinement the baseline factor is the
/// South-East Asia value of its Table 5.11, where Viet Nam lies.
public struct RiceCultivationMethod: EmissionMethod {
    public let id = "rice_cultivation"
    public let equation = "CH4 = area x days x EFc x SFw x SFp x SFo, SFo = (1 + sum ROA x CFOA)^0.59 (2006 IPCC Vol 4 Eq. 5.1-5.3)"

    public static let shared = RiceCultivationMethod()
    /// The 2019 Refinement's regional baseline factors are qualified by region (Table 5.11).
    static let region = "south_east_asia"

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.area], "the harvested area")
        let days: FactorUse
        if let given = source.parameters.value(MethodColumn.cultivationDays) {
            days = FactorUse(recordValue: given, unit: Units.day, parameter: .cultivationPeriod, gas: nil, citation: context.recordCitation)
        } else {
            do {
                days = try factors.value(.cultivationPeriod, qualifier: .derived(RiceCultivationMethod.region, from: .cultivationDays))
            } catch {
                throw MethodError(MethodColumn.cultivationDays, "rice in \(factors.code) needs the cultivation period of the season: add a 'cultivation_days' column (days)")
            }
        }
        let baseline = try factors.emissionFactor(.ch4, qualifier: .derived(RiceCultivationMethod.region, from: .waterRegime))
        let water = try factors.value(.waterRegimeScalingFactor, activityID: "rice", qualifier: .column(.waterRegime))
        let preseason = try factors.value(.preseasonScalingFactor, activityID: "rice", qualifier: .column(.preseasonRegime))
        var steps = [CalculationStep(days)] + baseline + [CalculationStep(water), CalculationStep(preseason)]
        if let amendment = try organicAmendment(factors) { steps.append(CalculationStep(amendment)) }
        let plan = try factors.gasPlan(.ch4, steps: steps, origin: .biogenic)
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: [plan])
    }

    /// SFo of Eq. 5.3 from the record's amendments; `nil` when it names none.
    func organicAmendment(_ factors: SectorFactors) throws(MethodError) -> FactorUse? {
        guard let text = factors.source.parameters.qualifier(MethodColumn.amendment), !text.isEmpty, text != "none" else {
            if factors.source.parameters.value(MethodColumn.amendmentRate) != nil {
                throw MethodError(MethodColumn.amendment, "an amendment_rate is given but no 'amendment' type (Vol 4 Table 5.14)")
            }
            return nil
        }
        var parts: [(type: String, rate: Double)] = []
        let items = text.split(separator: "+").map { String($0) }
        for item in items {
            let pieces = item.split(separator: ":").map { String($0) }
            if pieces.count == 2 {
                guard let rate = Double(pieces[1]), rate.isFinite, rate >= 0 else {
                    throw MethodError(MethodColumn.amendment, "amendment '\(item)': '\(pieces[1])' is not a rate in t/ha")
                }
                parts.append((pieces[0], rate))
            } else if items.count == 1, let rate = factors.source.parameters.value(MethodColumn.amendmentRate) {
                parts.append((item, rate))
            } else {
                throw MethodError(MethodColumn.amendmentRate, "amendment '\(item)' has no rate: give 'amendment_rate' (t/ha), or write type:rate such as straw_short:6")
            }
        }
        let exponent = try factors.value(.amendmentExponent, activityID: "rice", recordOverride: false)
        var sum = 0.0
        var described: [String] = []
        for (type, rate) in parts {
            let conversion = try factors.value(
                .amendmentConversionFactor, activityID: "rice", qualifier: .derived(type, from: .amendment), recordOverride: false)
            sum += rate * conversion.value
            described.append("\(type) \(rate) t/ha x CFOA \(conversion.value) (\(conversion.factorID))")
        }
        let value = Foundation.pow(1 + sum, exponent.value)
        return FactorUse(
            derived: value, unit: Units.dimensionless, parameter: .amendmentConversionFactor, name: "SFo",
            citation: "SFo = (1 + \(described.joined(separator: " + ")))^\(exponent.value) (\(exponent.factorID)), 2006 IPCC Vol 4 Eq. 5.3")
    }
}
