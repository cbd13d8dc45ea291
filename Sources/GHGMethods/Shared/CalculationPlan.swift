import GHGActivity
import GHGCore
import GHGFactors

/// One value applied in a calculation: the amount is multiplied (or divided) by it.
public struct CalculationStep: Sendable, Hashable {
    public let use: FactorUse
    public let divides: Bool

    public init(_ use: FactorUse, divides: Bool = false) {
        self.use = use
        self.divides = divides
    }
}

/// How one gas of a source is computed: the chain of values from the activity amount to tonnes.
public struct GasPlan: Sendable, Hashable {
    public let gas: Gas
    public let origin: CarbonOrigin
    public let reporting: Reporting
    public let steps: [CalculationStep]
    /// -1 for a removal or an amount subtracted, else 1.
    public let sign: Double
    /// The category reported in, when not the source's (see `GasEmission.category`).
    public let category: Int?
    public let label: String

    public init(
        gas: Gas, origin: CarbonOrigin, reporting: Reporting, steps: [CalculationStep], sign: Double = 1, category: Int? = nil,
        label: String = ""
    ) {
        self.gas = gas
        self.origin = origin
        self.reporting = reporting
        self.steps = steps
        self.sign = sign
        self.category = category
        self.label = label
    }
}

/// A method's resolved calculation for one kind of source (activity, category, technology, year,
/// unit and record parameters): every factor chosen, in the order applied.
///
/// Resolving factors is the expensive part of a method; the plan is made once per kind of source
/// and evaluated for each source's amount, with the arithmetic of `QuantityProduct` (plain numbers
/// multiplied first, unit scales combined exactly and applied once).
public struct CalculationPlan: Sendable, Hashable {
    public let method: String
    public let equation: String
    /// The chain from the amount to energy in TJ, where the method knows the fuel's energy.
    public let energySteps: [CalculationStep]?
    public let gases: [GasPlan]
    /// Every value used, each once, in the order first applied.
    public let factors: [FactorUse]

    public init(method: String, equation: String, energySteps: [CalculationStep]?, gases: [GasPlan]) {
        self.method = method
        self.equation = equation
        self.energySteps = energySteps
        self.gases = gases
        var factors: [FactorUse] = []
        for step in (energySteps ?? []) + gases.flatMap(\.steps) where !factors.contains(step.use) {
            factors.append(step.use)
        }
        self.factors = factors
    }

    /// The emissions of a source with this plan.
    public func evaluate(_ source: ActivitySource) throws(MethodError) -> SourceEmissions {
        let energy = try energySteps.map { steps throws(MethodError) in try CalculationPlan.apply(steps, to: source, in: Units.TJ) }
        var emissions: [GasEmission] = []
        emissions.reserveCapacity(gases.count)
        for plan in gases {
            let mass = try CalculationPlan.apply(plan.steps, to: source, in: Units.t)
            emissions.append(
                GasEmission(
                    gas: plan.gas, origin: plan.origin, reporting: plan.reporting, massTonnes: plan.sign * mass + 0, category: plan.category,
                    label: plan.label))
        }
        return SourceEmissions(method: method, equation: equation, energyTJ: energy, gases: emissions, factors: factors)
    }

    /// amount x each step (or / for dividing steps), in `unit`; a dimension error if it is not one.
    static func apply(_ steps: [CalculationStep], to source: ActivitySource, in unit: MeasureUnit) throws(MethodError) -> Double {
        try apply(steps, amount: Quantity(source.amount, source.unit), in: unit)
    }

    static func apply(_ steps: [CalculationStep], amount: Quantity, in unit: MeasureUnit) throws(MethodError) -> Double {
        var product = QuantityProduct(amount)
        for step in steps {
            if step.divides { product.divide(by: step.use.quantity) } else { product.multiply(by: step.use.quantity) }
        }
        do {
            return try product.value(in: unit)
        } catch {
            throw MethodError(.unit, "'\(amount.unit.symbol)' with \(steps.map { "\($0.use.unit.symbol)" }.joined(separator: " and ")): \(error.message)")
        }
    }
}
