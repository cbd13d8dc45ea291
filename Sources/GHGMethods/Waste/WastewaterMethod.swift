import GHGActivity
import GHGCore
import GHGFactors

/// Wastewater treatment and discharge, 4.D: CH4 by treatment or discharge pathway, N2O from the
/// nitrogen in effluent.
///
/// 2006 IPCC Guidelines Vol 5 Ch 6:
/// - domestic (4.D.1), activity `domestic_wastewater`: the population served by one `pathway`
///   (person), TOW = P x BOD x 365 x I (Eq. 6.3), or the organic load itself (kg or t BOD);
///   CH4 = TOW x Bo x MCF(pathway) (Eq. 6.1, 6.2); with a `protein_per_capita` column (kg/person/yr),
///   N2O = P x protein x FNPR x FNON-CON x FIND-COM x EF x 44/28 (Eq. 6.7, 6.8);
/// - nitrogen in effluent given directly, activity `effluent_n` (t N): N2O = N x EF x 44/28;
/// - industrial (4.D.2), an industry of Table 6.9 by its product (t): TOW = P x W x COD
///   (Eq. 6.4), CH4 = TOW x Bo x MCF(pathway) (Eq. 6.5, 6.6).
/// Sludge removed and CH4 recovered are not subtracted: give the load after sludge removal.
public struct WastewaterMethod: EmissionMethod {
    public let id = "wastewater"
    public let equation = "CH4 = TOW x Bo x MCF (2006 IPCC Vol 5 Eq. 6.1-6.6); TOW = P x BOD x 365 x I or P x W x COD; N2O = N effluent x EF x 44/28 (Eq. 6.7-6.8)"

    public static let shared = WastewaterMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        let id = factors.activity.id
        var plans: [GasPlan] = []
        if id == "effluent_n" {
            try factors.requireUnit([.mass], "the nitrogen in effluent")
            plans.append(try factors.gasPlan(.n2o, steps: try factors.emissionFactor(.n2o), label: "effluent"))
            return CalculationPlan(method: self.id, equation: equation, energySteps: nil, gases: plans)
        }
        guard factors.activity.kind == .wastewater else {
            throw MethodError(.activity, "'\(id)' is not a wastewater source; 4.D needs domestic_wastewater, effluent_n or an industry of Table 6.9")
        }
        let load: [CalculationStep]
        if id == "domestic_wastewater" {
            try factors.requireUnit([.count, .mass], "the population served (person) or the organic load (kg BOD)")
            // A mass must say it is BOD: a bare 't' could be the wastewater itself, not its load.
            if source.unit.dimension == .mass, source.unit.substance != "BOD" {
                throw MethodError(.unit, "domestic wastewater given in '\(source.unit.symbol)'; expected the population (person) or the organic load in BOD (kg BOD, t BOD)")
            }
            if source.unit.dimension == .count {
                let bod = try factors.value(.bodPerCapita)
                let correction = try factors.value(.correctionFactor, qualifier: .derived(correctionClass(factors), from: .pathway))
                load = [bod, SectorConstants.inventoryYear, correction].map { CalculationStep($0) }
            } else {
                load = []
            }
        } else {
            try factors.requireUnit([.mass], "the industrial production")
            let volume = try factors.value(.wastewaterGenerated)
            let cod = try factors.value(.codConcentration)
            load = [volume, cod].map { CalculationStep($0) }
        }
        let capacity = try factors.value(.maxCH4Capacity)
        let mcf = try factors.value(.mcf, activityID: id == "domestic_wastewater" ? nil : "domestic_wastewater", qualifier: .column(.pathway))
        plans.append(try factors.gasPlan(.ch4, steps: load + [CalculationStep(capacity), CalculationStep(mcf)], origin: .biogenic))
        if id == "domestic_wastewater", source.unit.dimension == .count, source.parameters.value(of: .proteinPerCapita) != nil {
            let protein = try factors.value(.proteinPerCapita)
            let nitrogen = try factors.value(.proteinNFraction)
            let nonConsumed = try factors.value(.nonConsumedProteinFactor)
            let industrial = try factors.value(.industrialProteinFactor)
            let ef = try factors.emissionFactor(.n2o, activityID: "effluent_n")
            let steps = [protein, SectorConstants.inventoryYear, nitrogen, nonConsumed, industrial].map { CalculationStep($0) } + ef
            plans.append(try factors.gasPlan(.n2o, steps: steps, label: "effluent"))
        }
        return CalculationPlan(method: self.id, equation: equation, energySteps: nil, gases: plans)
    }

    /// I of Eq. 6.3: 1.25 for wastewater collected in sewers, 1.00 otherwise.
    func correctionClass(_ factors: SectorFactors) -> String {
        let collected = ["stagnant_sewer", "flowing_sewer", "centralised_aerobic_well_managed", "centralised_aerobic_overloaded", "anaerobic_digester_sludge", "anaerobic_reactor", "anaerobic_shallow_lagoon", "anaerobic_deep_lagoon"]
        return collected.contains(factors.source.parameters.qualifier(.pathway) ?? "") ? "collected" : "uncollected"
    }
}
