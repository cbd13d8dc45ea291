import GHGActivity
import GHGCore
import GHGFactors

/// Biomass burning, 3.C.1: CH4 and N2O from burning crop residues (and other biomass) in the
/// field.
///
/// 2006 IPCC Guidelines Vol 4 Eq. 2.27: L = A x MB x Cf x Gef x 10^-3, with the mass of fuel
/// available MB (Table 2.4), the combustion factor Cf (Table 2.6) and the emission factor Gef
/// (Table 2.5). The amount is the area burnt (ha), or the mass of dry matter available (t dm,
/// then MB is not used). CO2 from crop residues is balanced by regrowth and is not reported in
/// the totals (Vol 4 section 2.4): it is shown as a memo item.
public struct BiomassBurningMethod: EmissionMethod {
    public let id = "biomass_burning"
    public let equation = "L = area x MB x Cf x Gef x 10^-3 (2006 IPCC Vol 4 Eq. 2.27)"

    public static let shared = BiomassBurningMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.area, .mass], "the area burnt")
        var fuel: [CalculationStep] = []
        if source.unit.dimension == .area { fuel.append(CalculationStep(try factors.value(.biomassAvailable))) }
        fuel.append(CalculationStep(try factors.value(.combustionFactor)))
        var plans: [GasPlan] = []
        for gas in [Gas.co2, .ch4, .n2o] where factors.hasEmissionFactor(gas) {
            let steps = fuel + (try factors.emissionFactor(gas))
            plans.append(try factors.gasPlan(gas, steps: steps, origin: .biogenic, reporting: gas == .co2 ? .memoBiomassCO2 : .territorial))
        }
        guard !plans.isEmpty else { throw MethodError(.activity, "no emission factors for burning '\(factors.activity.id)' in \(factors.code)") }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }
}
