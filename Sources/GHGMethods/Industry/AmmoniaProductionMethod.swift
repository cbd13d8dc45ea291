import GHGActivity
import GHGCore
import GHGFactors

/// Ammonia production, 2.B.1: CO2 from the fuel used as feedstock.
///
/// 2006 IPCC Guidelines Vol 3 Ch 3, Eq. 3.1: E_CO2 = AP x FR x CCF x COF x 44/12 - R_CO2, with
/// the total fuel requirement FR per tonne of ammonia (Table 3.1, by plant type in
/// `technology`), the fuel's carbon content CCF and carbon oxidation factor COF. CO2 recovered
/// for urea production (R_CO2) is a record of the activity `urea` in 2.B.1: the urea produced x
/// the CO2 fixed per tonne of urea, subtracted.
public struct AmmoniaProductionMethod: EmissionMethod {
    public let id = "ammonia_production"
    public let equation = "CO2 = ammonia x fuel requirement x carbon content x carbon oxidation factor x 44/12 - CO2 recovered for urea (2006 IPCC Vol 3 Eq. 3.1)"

    public static let shared = AmmoniaProductionMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.mass], "the production")
        let plan: GasPlan
        switch factors.activity.id {
        case "ammonia":
            if source.parameters.efCO2 != nil {
                plan = try factors.gasPlan(.co2, steps: try factors.emissionFactor(.co2))
            } else {
                let requirement = try factors.value(.fuelRequirement, qualifier: .technology)
                let carbon = try factors.value(.carbonContent, qualifier: .technology)
                let oxidation = try factors.value(.carbonOxidationFactor, qualifier: .technology)
                plan = try factors.gasPlan(
                    .co2, steps: [requirement, carbon, oxidation, SectorConstants.co2PerCarbon].map { CalculationStep($0) })
            }
        case "urea":
            let recovered = try factors.value(.co2RecoveredPerUrea)
            plan = try factors.gasPlan(.co2, steps: [CalculationStep(recovered)], sign: -1, label: "CO2 recovered for urea (subtracted)")
        default:
            throw MethodError(.activity, "'\(factors.activity.id)' is not an activity of ammonia production (2.B.1); expected ammonia, or urea for the CO2 recovered")
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: [plan])
    }
}
