import GHGActivity
import GHGCore
import GHGFactors

/// Cement production, 2.A.1: CO2 from the calcination of carbonates in clinker.
///
/// 2006 IPCC Guidelines Vol 3 Ch 2: Tier 1, Eq. 2.1, CO2 = [sum(Mci x Ccli) - Im + Ex] x EFclc,
/// from cement produced by type x its clinker fraction, minus clinker imported, plus clinker
/// exported; Tier 2, Eq. 2.2, CO2 = Mcl x EFcl x CFckd, from clinker produced. Records name
/// the activity `clinker`, `cement` (with the cement type in `technology`, or a
/// `clinker_fraction` column), `clinker_imported` or `clinker_exported`. A plant's own
/// clinker factor (CaO content x 44/56 x CKD correction) goes in `ef_co2` with `ef_unit t/t`.
public struct CementProductionMethod: EmissionMethod {
    public let id = "cement_production"
    public let equation = "CO2 = [sum(cement x clinker fraction) - clinker imported + clinker exported] x EF clinker (2006 IPCC Vol 3 Eq. 2.1); clinker x EF clinker (Eq. 2.2)"

    public static let shared = CementProductionMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.mass], "the production")
        let clinkerFactor: [CalculationStep]
        if source.parameters.efCO2 != nil {
            clinkerFactor = try factors.emissionFactor(.co2)
        } else {
            clinkerFactor = try factors.emissionFactor(.co2, activityID: "clinker")
        }
        let steps: [CalculationStep]
        var sign = 1.0
        switch factors.activity.id {
        case "clinker", "clinker_exported":
            steps = clinkerFactor
        case "clinker_imported":
            steps = clinkerFactor
            sign = -1
        case "cement":
            let fraction = try factors.value(.clinkerFraction, qualifier: .technology)
            steps = [CalculationStep(fraction)] + clinkerFactor
        default:
            throw MethodError(.activity, "'\(factors.activity.id)' is not an activity of cement production (2.A.1); expected clinker, cement, clinker_imported or clinker_exported")
        }
        return CalculationPlan(
            method: id, equation: equation, energySteps: nil,
            gases: [try factors.gasPlan(.co2, steps: steps, sign: sign, label: sign < 0 ? "clinker imported (subtracted)" : "")])
    }
}
