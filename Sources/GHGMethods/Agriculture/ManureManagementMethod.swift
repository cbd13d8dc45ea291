import Foundation
import GHGActivity
import GHGCore
import GHGFactors

/// Manure management, 3.A.2: CH4 by annual mean temperature, and direct and indirect N2O by
/// management system. A record gives the heads whose manure goes to one system
/// (`manure_system`), with the annual mean `temperature` of the place.
///
/// 2006 IPCC Guidelines Vol 4 Ch 10:
/// - CH4 = heads x EF(T) (Eq. 10.22), EF from Table 10.14 (cattle, buffalo, swine; per degree,
///   the temperature rounded to the nearest degree, <= 10 and >= 28 as printed) or Table 10.15
///   (other animals; cool < 15, temperate 15-25, warm > 25 degC);
/// - N excreted Nex = Nrate x TAM / 1000 x 365 (Eq. 10.30);
/// - direct N2O = heads x Nex x EF3(system) x 44/28 (Eq. 10.25), in the source's category;
/// - indirect N2O from volatilisation = heads x Nex x FracGasMS x EF4 x 44/28 (Eq. 10.26,
///   10.27), reported in 3.C.6;
/// - manure on pasture, range and paddock is reported with managed soils (Vol 4 Ch 11): direct
///   N2O with EF3PRP in 3.C.4 and indirect N2O (FracGASM x EF4, FracLEACH x EF5) in 3.C.5.
public struct ManureManagementMethod: EmissionMethod {
    public let id = "manure_management"
    public let equation = "CH4 = heads x EF(T) (2006 IPCC Vol 4 Eq. 10.22); N2O = heads x Nrate x TAM/1000 x 365 x EF3 x 44/28 (Eq. 10.25, 10.30); indirect = N x FracGasMS x EF4 x 44/28 (Eq. 10.26-10.27)"

    public static let shared = ManureManagementMethod()
    static let pasture = "pasture_range_paddock"

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.count], "the livestock population")
        guard factors.activity.kind == .livestock else {
            throw MethodError(.activity, "'\(factors.activity.id)' is not a livestock class; 3.A.2 needs one such as dairy_cattle, buffalo or market_swine")
        }
        var plans: [GasPlan] = []
        // CH4, by temperature.
        let ch4Steps: [CalculationStep]
        if source.parameters.efCH4 != nil {
            ch4Steps = try factors.emissionFactor(.ch4)
        } else {
            guard let temperature = source.parameters.value(MethodColumn.temperature) else {
                throw MethodError(MethodColumn.temperature, "manure CH4 of '\(factors.activity.id)' depends on the annual mean temperature; add a 'temperature' column (degC)")
            }
            ch4Steps = try factors.emissionFactor(.ch4, qualifier: .derived(temperatureClass(temperature, factors: factors), from: .temperature))
        }
        plans.append(try factors.gasPlan(.ch4, steps: ch4Steps, origin: .biogenic))

        // N2O, by system.
        let systems = context.library.activity(named: "manure_n").map { manure in
            context.library.factors(activity: manure, parameter: .ef).compactMap { context.library.factors[$0].technology }
        } ?? []
        let system = try factors.requiredQualifier(.manureSystem, known: Array(Set(systems)).sorted())
        let rate = try factors.value(.nExcretionRate)
        let mass = try factors.value(.animalMass)
        let excreted = [CalculationStep(rate), CalculationStep(mass)]
        if system == ManureManagementMethod.pasture {
            let prp = ["sheep", "goats", "horses", "mules_asses", "camels", "deer"].contains(factors.activity.id) ? "prp_n_sheep_other" : "prp_n_cattle_poultry_pigs"
            let direct = try factors.emissionFactor(.n2o, activityID: prp, category: "3.C.4")
            plans.append(try factors.gasPlan(.n2o, steps: excreted + direct, category: "3.C.4", label: "direct, manure on pasture"))
            let volatilised = try factors.value(.fracGasM, activityID: prp, category: "3.C.5")
            let ef4 = try factors.emissionFactor(.n2o, activityID: "volatilised_n", category: "3.C.5")
            plans.append(try factors.gasPlan(.n2o, steps: excreted + [CalculationStep(volatilised)] + ef4, category: "3.C.5", label: "indirect, volatilisation"))
            let leached = try factors.value(.fracLeach, activityID: prp, category: "3.C.5")
            let ef5 = try factors.emissionFactor(.n2o, activityID: "leached_n", category: "3.C.5")
            plans.append(try factors.gasPlan(.n2o, steps: excreted + [CalculationStep(leached)] + ef5, category: "3.C.5", label: "indirect, leaching"))
        } else {
            let ef3 = try factors.emissionFactor(.n2o, activityID: "manure_n", qualifier: .column(.manureSystem))
            plans.append(try factors.gasPlan(.n2o, steps: excreted + ef3, label: "direct"))
            let volatilised = try factors.value(.fracGasMS, qualifier: .column(.manureSystem), category: "3.C.6")
            let ef4 = try factors.emissionFactor(.n2o, activityID: "volatilised_n", category: "3.C.6")
            plans.append(try factors.gasPlan(.n2o, steps: excreted + [CalculationStep(volatilised)] + ef4, category: "3.C.6", label: "indirect, volatilisation"))
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }

    /// The temperature class of the manure CH4 tables: `mat_le10`, `mat_11` ... `mat_ge28` for
    /// Table 10.14; `cool`, `temperate`, `warm` for Table 10.15.
    func temperatureClass(_ temperature: Double, factors: SectorFactors) throws(MethodError) -> String {
        let library = factors.context.library
        let qualifiers = Set(library.factors(activity: factors.source.activity, parameter: .ef).compactMap { library.factors[$0].technology })
        if qualifiers.contains(where: { $0.hasPrefix("mat_") }) {
            let degree = Int((temperature).rounded(.toNearestOrAwayFromZero))
            if degree <= 10 { return "mat_le10" }
            if degree >= 28 { return "mat_ge28" }
            return "mat_\(degree)"
        }
        if temperature < 15 { return "cool" }
        if temperature <= 25 { return "temperate" }
        return "warm"
    }
}
