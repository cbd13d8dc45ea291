import GHGActivity
import GHGCore
import GHGFactors

/// Forest land, 3.B.1: CO2 removed by growing forests and emitted by wood removals and
/// disturbances, by the gain-loss method (Tier 1, biomass carbon only).
///
/// 2006 IPCC Guidelines Vol 4 Ch 2 and 4:
/// - gain: area (ha) of a forest type x Gw x (1 + R) x CF x 44/12 (Eq. 2.9, 2.10), a removal
///   (negative CO2); the age class (`le20`, `gt20`) goes in `technology` where Table 4.9 splits;
/// - wood removals: m3 x BCEFR x (1 + R) x CF x 44/12 (Eq. 2.12), fuelwood likewise (Eq. 2.13),
///   the growing-stock class in `technology` for BCEFR (Table 4.5);
/// - disturbance: area x biomass stock x (1 + R) x CF x fd x 44/12 (Eq. 2.14).
/// R (Table 4.4) is the forest type's, by its above-ground biomass class in `biomass_class`
/// where the table splits; wood removals and disturbances give their forest's R in a
/// `root_shoot_ratio` column. Land converted to forest (3.B.1.b) uses the gain equation too. Removals are reported apart from
/// gross emissions in every output.
public struct ForestLandMethod: EmissionMethod {
    public let id = "forest_land_gain_loss"
    public let equation = "CO2 = -(area x Gw x (1+R) x CF x 44/12) + removals x BCEFR x (1+R) x CF x 44/12 + disturbed area x B x (1+R) x CF x fd x 44/12 (2006 IPCC Vol 4 Eq. 2.7-2.14)"

    public static let shared = ForestLandMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        let carbon = try factors.value(.carbonFraction)
        let ratio = try factors.value(.rootShootRatio, qualifier: .column(.biomassClass))
        let belowGround = FactorUse(
            derived: 1 + ratio.value, unit: Units.dimensionless, parameter: .rootShootRatio,
            name: ratio.origin == .library ? "1 + R (\(ratio.factorID))" : "1 + R",
            citation: "above- plus below-ground biomass, R = \(ratio.value) from \(ratio.citation) (2006 IPCC Vol 4 Eq. 2.10)")
        let plan: GasPlan
        switch factors.activity.id {
        case "wood_removals", "fuelwood_removals":
            try factors.requireUnit([.volume], "the wood removed")
            let bcef = try factors.value(.bcefRemovals, qualifier: .technology)
            let steps = [bcef, belowGround, carbon, SectorConstants.co2PerCarbon].map { CalculationStep($0) }
            plan = try factors.gasPlan(.co2, steps: steps, origin: .biogenic, label: "loss: wood removals")
        case "disturbance_area":
            try factors.requireUnit([.area], "the area disturbed")
            let stock = try factors.value(.biomassStock, qualifier: .technology)
            let lost = try factors.value(.fractionBiomassLost)
            let steps = [stock, belowGround, carbon, lost, SectorConstants.co2PerCarbon].map { CalculationStep($0) }
            plan = try factors.gasPlan(.co2, steps: steps, origin: .biogenic, label: "loss: disturbance")
        default:
            guard factors.activity.kind == .land else {
                throw MethodError(.activity, "'\(factors.activity.id)' is not a forest type or a forest loss; 3.B.1 needs e.g. natural_forest_tropical_rain, wood_removals")
            }
            try factors.requireUnit([.area], "the forest area")
            let growth = try factors.value(.growthRate, qualifier: .technology)
            let steps = [growth, belowGround, carbon, SectorConstants.co2PerCarbon].map { CalculationStep($0) }
            plan = try factors.gasPlan(.co2, steps: steps, origin: .biogenic, sign: -1, label: "gain: biomass growth (removal)")
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: [plan])
    }
}
