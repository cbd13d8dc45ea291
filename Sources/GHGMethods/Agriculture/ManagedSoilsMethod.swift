import GHGActivity
import GHGCore
import GHGFactors

/// Managed soils, 3.C.4 and 3.C.5: direct and indirect N2O from nitrogen added to soils.
///
/// A record gives a mass of N (t N) added in the year: `synthetic_fertiliser_n` (F_SN),
/// `organic_n` (manure, compost, sludge applied, F_ON), `crop_residue_n` (F_CR),
/// `som_mineralised_n` (F_SOM), or urine and dung on pasture (`prp_n_cattle_poultry_pigs`,
/// `prp_n_sheep_other`, F_PRP). 2006 IPCC Guidelines Vol 4 Ch 11:
/// - direct N2O = N x EF1 x 44/28 (Eq. 11.1; EF1FR for flooded rice with `technology`
///   `flooded_rice`; EF3PRP on pasture), reported in 3.C.4;
/// - volatilisation N2O = N x FracGASF (synthetic) or FracGASM (organic, pasture) x EF4 x 44/28
///   (Eq. 11.9), reported in 3.C.5;
/// - leaching N2O = N x FracLEACH x EF5 x 44/28 (Eq. 11.10), reported in 3.C.5.
public struct ManagedSoilsMethod: EmissionMethod {
    public let id = "managed_soils"
    public let equation = "direct N2O = N x EF1 x 44/28 (2006 IPCC Vol 4 Eq. 11.1); indirect = N x FracGAS x EF4 x 44/28 + N x FracLEACH x EF5 x 44/28 (Eq. 11.9, 11.10)"

    public static let shared = ManagedSoilsMethod()

    /// Which volatilisation fraction each N input has (none for crop residues and mineralised N).
    static let volatilisation: [String: FactorParameter?] = [
        "synthetic_fertiliser_n": .fracGasF, "organic_n": .fracGasM, "prp_n_cattle_poultry_pigs": .fracGasM,
        "prp_n_sheep_other": .fracGasM, "crop_residue_n": nil, "som_mineralised_n": nil,
    ]

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.mass], "the nitrogen")
        if let substance = source.unit.substance, substance != "N" {
            throw MethodError(.unit, "unit '\(source.unit.symbol)' is a mass of \(substance); managed soils need the mass of nitrogen (t N or kg N)")
        }
        guard let volatilisedBy = ManagedSoilsMethod.volatilisation[factors.activity.id] else {
            throw MethodError(
                .activity,
                "'\(factors.activity.id)' is not a nitrogen input of managed soils; expected one of \(ManagedSoilsMethod.volatilisation.keys.sorted().joined(separator: ", ")) (urea CO2 goes to 3.C.3)")
        }
        var plans: [GasPlan] = []
        let direct = try factors.emissionFactor(.n2o, qualifier: .technology)
        plans.append(try factors.gasPlan(.n2o, steps: direct, category: "3.C.4", label: "direct"))
        if let fraction = volatilisedBy {
            let share = try factors.value(fraction, category: "3.C.5")
            let ef4 = try factors.emissionFactor(.n2o, activityID: "volatilised_n", category: "3.C.5")
            plans.append(try factors.gasPlan(.n2o, steps: [CalculationStep(share)] + ef4, category: "3.C.5", label: "indirect, volatilisation"))
        }
        let leached = try factors.value(.fracLeach, category: "3.C.5")
        let ef5 = try factors.emissionFactor(.n2o, activityID: "leached_n", category: "3.C.5")
        plans.append(try factors.gasPlan(.n2o, steps: [CalculationStep(leached)] + ef5, category: "3.C.5", label: "indirect, leaching"))
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }
}
