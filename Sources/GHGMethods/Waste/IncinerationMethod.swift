import GHGActivity
import GHGCore
import GHGFactors

/// Incineration (4.C.1) and open burning (4.C.2) of waste.
///
/// 2006 IPCC Guidelines Vol 5 Ch 5: fossil CO2 = SW x dm x CF x FCF x OF x 44/12 (Eq. 5.1, 5.2,
/// per waste component, Table 2.4 and Table 5.2); CH4 = SW x EF (Eq. 5.4, Table 5.3); N2O = SW x EF
/// (Eq. 5.5, Table 5.4/5.6). The amount is the wet mass of one waste type; the incinerator type
/// goes in `technology` (Table 5.3). CO2 of the non-fossil carbon is biogenic and shown as a memo
/// item. CH4 and N2O factors are given for municipal solid waste as a whole: a waste component
/// without its own uses the `msw` factor, and the reason says so. Factors per dry matter
/// (`g CH4/t dm`, open burning) are applied to the dry matter: wet mass x dm fraction.
public struct IncinerationMethod: EmissionMethod {
    public let id = "incineration_open_burning"
    public let equation = "CO2 = waste x dm x CF x FCF x OF x 44/12 (2006 IPCC Vol 5 Eq. 5.1-5.2); CH4, N2O = waste x EF (Eq. 5.4, 5.5)"

    public static let shared = IncinerationMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.mass], "the waste burnt")
        guard factors.activity.kind == .waste else {
            throw MethodError(.activity, "'\(factors.activity.id)' is not a waste type; 4.C needs one such as msw, plastic_waste or food_waste")
        }
        var plans: [GasPlan] = []
        if source.parameters.efCO2 != nil {
            plans.append(try factors.gasPlan(.co2, steps: try factors.emissionFactor(.co2)))
        } else {
            let dryMatter = try factors.value(.dryMatterFraction)
            let carbon = try factors.value(.carbonFraction)
            let fossil = try factors.value(.fossilCarbonFraction)
            let oxidation = try factors.value(.oxidationFactor, activityID: "solid_waste")
            let common = [dryMatter, carbon].map { CalculationStep($0) }
            let tail = [oxidation, SectorConstants.co2PerCarbon].map { CalculationStep($0) }
            plans.append(try factors.gasPlan(.co2, steps: common + [CalculationStep(fossil)] + tail, label: "fossil carbon"))
            let nonFossil = FactorUse(
                derived: 1 - fossil.value, unit: Units.dimensionless, parameter: .fossilCarbonFraction, name: "1 - FCF",
                citation: "non-fossil share of the carbon, FCF = \(fossil.value) from \(fossil.citation)")
            plans.append(
                try factors.gasPlan(
                    .co2, steps: common + [CalculationStep(nonFossil)] + tail, origin: .biogenic, reporting: .memoBiomassCO2, label: "biogenic carbon"))
        }
        for gas in [Gas.ch4, .n2o] {
            let own = factors.hasEmissionFactor(gas)
            guard own || factors.hasEmissionFactor(gas, activityID: "msw") else { continue }
            var steps = try factors.emissionFactor(gas, activityID: own ? nil : "msw", qualifier: .technology)
            if steps.first?.use.unit.symbol.hasSuffix("/t dm") == true || steps.first?.use.unit.symbol.hasSuffix("/kg dm") == true {
                steps.insert(CalculationStep(try factors.value(.dryMatterFraction)), at: 0)
            }
            plans.append(try factors.gasPlan(gas, steps: steps, origin: gas == .ch4 ? .biogenic : .fossil))
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }
}
