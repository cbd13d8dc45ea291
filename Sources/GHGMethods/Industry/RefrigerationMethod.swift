import GHGActivity
import GHGCore
import GHGFactors

/// Refrigeration and air conditioning, 2.F.1: HFC emissions, from sales or from the stock.
///
/// The record's `technology` names the flow of refrigerant it gives (mass, e.g. t or kg):
/// - mass balance, 2006 IPCC Guidelines Vol 3 Eq. 7.9: emissions = `sales` of refrigerant -
///   charge of `new_equipment_charge` + original charge of `retired_equipment_charge` -
///   refrigerant `destroyed`;
/// - emission factors, Vol 3 Eq. 7.10-7.14: `equipment_assembled` x first-fill loss k
///   (`assembly_loss_fraction`), `installed_bank` x annual operating emission rate x
///   (`operating_emission_rate`, 1/yr), `equipment_retired` x remaining charge p
///   (`remaining_charge_fraction`) x (1 - recovery efficiency, `recovery_efficiency`).
/// The rates have no single IPCC default (Vol 3 Table 7.9 gives ranges by application): each is
/// a required column. A blend (R-410A ...) is split into its gases by the library's component
/// fractions (Vol 3 Table 7.8); each gas is converted with its own GWP.
public struct RefrigerationMethod: EmissionMethod {
    public let id = "refrigeration_air_conditioning"
    public let equation = "HFC = sales - new equipment charge + retired equipment charge - destroyed (2006 IPCC Vol 3 Eq. 7.9); or assembled x k + bank x x + retired x p x (1 - recovery) (Eq. 7.10-7.14)"

    public static let shared = RefrigerationMethod()

    /// Flows of the mass balance, with their sign.
    static let massBalance: [String: Double] = ["sales": 1, "new_equipment_charge": -1, "retired_equipment_charge": 1, "destroyed": -1]
    static let emissionFactorFlows = ["equipment_assembled", "installed_bank", "equipment_retired"]

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit([.mass], "the refrigerant")
        guard factors.activity.kind == .refrigerant else {
            throw MethodError(.activity, "'\(factors.activity.id)' is not a refrigerant; 2.F.1 needs a refrigerant such as hfc_134a or r_410a")
        }
        let known = RefrigerationMethod.massBalance.keys.sorted() + RefrigerationMethod.emissionFactorFlows
        guard let flow = source.technology else {
            throw MethodError(.technology, "a 2.F.1 record needs a 'technology' column naming the flow of refrigerant: one of \(known.joined(separator: ", "))")
        }
        var flowSteps: [CalculationStep] = []
        var sign = 1.0
        if let massSign = RefrigerationMethod.massBalance[flow] {
            sign = massSign
        } else {
            switch flow {
            case "equipment_assembled":
                flowSteps = [CalculationStep(try factors.value(.assemblyLossFraction))]
            case "installed_bank":
                flowSteps = [CalculationStep(try factors.value(.operatingEmissionRate))]
            case "equipment_retired":
                let remaining = try factors.value(.remainingChargeFraction)
                let recovery = try factors.value(.recoveryEfficiency)
                let notRecovered = FactorUse(
                    derived: 1 - recovery.value, unit: Units.dimensionless, parameter: .recoveryEfficiency, name: "1 - recovery_efficiency",
                    citation: "share not recovered at disposal (2006 IPCC Vol 3 Eq. 7.14), recovery efficiency \(recovery.value) from \(recovery.citation)")
                flowSteps = [CalculationStep(remaining), CalculationStep(notRecovered)]
            default:
                throw MethodError(.technology, "unknown refrigerant flow '\(flow)'; expected one of \(known.joined(separator: ", "))")
            }
        }
        var plans: [GasPlan] = []
        if let gas = Gas(name: factors.activity.id.replacingAll("_", with: "")) {
            plans.append(try factors.gasPlan(gas, steps: flowSteps + [CalculationStep(RefrigerationMethod.refrigerantMass(gas))], sign: sign, label: flow))
        } else {
            let library = context.library
            let components = library.factors(activity: source.activity, parameter: .componentFraction).map { library.factors[$0] }
            guard !components.isEmpty else {
                throw MethodError(.activity, "refrigerant '\(factors.activity.id)' is a blend with no component fractions in the factor library; add component_fraction rows with --factors DIR")
            }
            for gas in Gas.allCases where components.contains(where: { $0.gas == gas }) {
                let fraction = try factors.value(.componentFraction, gas: gas, recordOverride: false)
                plans.append(try factors.gasPlan(gas, steps: flowSteps + [CalculationStep(fraction)], sign: sign, label: flow))
            }
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }

    /// A pure refrigerant is all one gas: a mass of refrigerant is a mass of the gas.
    static func refrigerantMass(_ gas: Gas) -> FactorUse {
        FactorUse(
            constant: 1, unit: MeasureUnit(symbol: "t \(gas.rawValue)/t", dimension: .dimensionless, scale: .one, substance: gas.rawValue),
            name: "pure \(gas.rawValue)", citation: "a pure refrigerant is one gas")
    }
}
