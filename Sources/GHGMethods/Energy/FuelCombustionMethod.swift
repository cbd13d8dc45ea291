import GHGActivity
import GHGCore
import GHGFactors

/// Fuel combustion, Tier 1 or with the record's own factors: emissions of each gas = fuel
/// consumed x emission factor.
///
/// The fuel may be given by energy (TJ, toe ...), by mass (converted with the net calorific
/// value, IPCC 2006 Vol 2 Table 1.2, or the record's `ncv`) or by volume (converted to mass with a
/// density first). The same equation is applied by the stationary and mobile methods, which differ
/// only in the categories they serve and the tables their default factors come from; see
/// `EnergyMethods`.
public struct FuelCombustionMethod: EmissionMethod {
    public let id: String
    public let equation: String
    /// The gases computed.
    public let gases: [Gas]

    public init(id: String, equation: String, gases: [Gas] = [.co2, .ch4, .n2o]) {
        self.id = id
        self.equation = equation
        self.gases = gases
    }

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let library = context.library
        let activity = library.activities[source.activity]
        let category = context.tree[source.category]
        guard activity.kind.isFuel else {
            throw MethodError(.activity, "'\(activity.id)' is not a fuel; \(id) needs a fuel")
        }
        let fuelDimensions: [Dimension] = [.mass, .energy, .volume]
        guard fuelDimensions.contains(source.unit.dimension) else {
            throw MethodError(
                .unit,
                "unit '\(source.unit.symbol)' (\(source.unit.dimension)) cannot measure fuel '\(activity.id)'; expected a mass (t, kt), an energy (TJ, GJ, toe) or a volume (L, m3)")
        }
        var planner = FuelFactorPlanner(source: source, activity: activity, category: category, context: context)
        // The fuel's energy, for the audit trail; not needed when every factor is per mass or volume.
        let energySteps = try? planner.steps(to: .energy)
        let memo: Reporting? =
            !context.tree.isMemoItem(source.category)
            ? nil : category.code.hasPrefix("1.A.5.c") ? .memoMultilateralOperations : .memoInternationalBunkers
        let origin: CarbonOrigin = activity.kind == .biomassFuel ? .biogenic : .fossil
        var gasPlans: [GasPlan] = []
        for gas in gases {
            let factor = try planner.emissionFactor(gas)
            // The factor's basis is the dimension of its denominator (mass / basis).
            let basis = Dimension.mass / factor.unit.dimension
            let steps = try planner.steps(to: basis, for: gas, factor: factor) + [CalculationStep(factor)]
            // Check the chain's units now, once, rather than for every source.
            _ = try CalculationPlan.apply(steps, amount: Quantity(1, source.unit), in: Units.t)
            let reporting: Reporting
            if let memo {
                reporting = memo
            } else if gas == .co2 && activity.kind == .biomassFuel {
                reporting = .memoBiomassCO2
            } else {
                reporting = .territorial
            }
            gasPlans.append(GasPlan(gas: gas, origin: origin, reporting: reporting, steps: steps))
        }
        return CalculationPlan(method: id, equation: equation, energySteps: energySteps, gases: gasPlans)
    }
}

/// Finds the values fuel combustion needs for one kind of source (NCV, density, emission
/// factors: the record's own or the library's) and the chain that turns the fuel's unit into a
/// factor's basis.
struct FuelFactorPlanner {
    let source: ActivitySource
    let activity: ActivityDefinition
    let category: IPCCCategory
    let context: MethodContext
    /// NCV and density, once resolved.
    private var conversions: [FactorParameter: FactorUse] = [:]

    init(source: ActivitySource, activity: ActivityDefinition, category: IPCCCategory, context: MethodContext) {
        self.source = source
        self.activity = activity
        self.category = category
        self.context = context
    }

    private func resolve(_ parameter: FactorParameter, gas: Gas? = nil, column: ActivityColumn) throws(MethodError) -> FactorUse {
        let query = FactorQuery(
            parameter: parameter, activity: source.activity, category: category.code, technology: source.technology, gas: gas,
            year: source.year)
        do {
            return FactorUse(choice: try context.library.resolve(query))
        } catch {
            let what = gas.map { "\($0.rawValue) emission factor" } ?? parameter.description
            throw MethodError(column, FactorResolutionMessage.describe(error, what: what, activity: activity.id, category: category.code, year: source.year, technology: source.technology))
        }
    }

    /// The net calorific value: the record's own, or the library's.
    mutating func ncv() throws(MethodError) -> FactorUse { try conversion(.ncv) }

    /// The density: the record's own, or the library's.
    mutating func density() throws(MethodError) -> FactorUse { try conversion(.density) }

    /// A conversion factor (NCV or density), resolved once: the record's own value if it gives
    /// one, else the library's.
    private mutating func conversion(_ parameter: FactorParameter) throws(MethodError) -> FactorUse {
        if let cached = conversions[parameter] { return cached }
        let isNCV = parameter == .ncv
        let recordValue = isNCV ? source.parameters.ncv : source.parameters.density
        let recordUnit = isNCV ? source.parameters.ncvUnit : source.parameters.densityUnit
        let (valueColumn, unitColumn): (ActivityColumn, ActivityColumn) = isNCV ? (.ncv, .ncvUnit) : (.density, .densityUnit)
        let use: FactorUse
        if let value = recordValue, let unit = recordUnit {
            guard parameter.accepts(unit) else {
                throw MethodError(unitColumn, "\(unitColumn.rawValue) '\(unit.symbol)' (\(unit.dimension)) does not fit; expected \(parameter.expectedDimension)")
            }
            use = FactorUse(recordValue: value, unit: unit, parameter: parameter, gas: nil, citation: context.recordCitation)
        } else if isNCV {
            use = try resolve(.ncv, column: .activity)
        } else {
            do {
                use = try resolve(.density, column: .unit)
            } catch {
                throw MethodError(.unit, "'\(activity.id)' is given by volume ('\(source.unit.symbol)') but no density is known; give 'density' and 'density_unit' columns, or the amount by mass or energy")
            }
        }
        guard use.value > 0 else { throw MethodError(valueColumn, "the \(parameter) of '\(activity.id)' is zero") }
        conversions[parameter] = use
        return use
    }

    /// The emission factor for `gas`: the record's own, or the library's.
    mutating func emissionFactor(_ gas: Gas) throws(MethodError) -> FactorUse {
        if let value = source.parameters.emissionFactor(for: gas), let unit = source.parameters.efUnit {
            try checkEmissionFactorUnit(unit, gas: gas, column: .efUnit)
            return FactorUse(recordValue: value, unit: unit, parameter: .ef, gas: gas, citation: context.recordCitation)
        }
        let use = try resolve(.ef, gas: gas, column: source.technology == nil ? .activity : .technology)
        try checkEmissionFactorUnit(use.unit, gas: gas, column: .activity)
        return use
    }

    private func checkEmissionFactorUnit(_ unit: MeasureUnit, gas: Gas, column: ActivityColumn) throws(MethodError) {
        guard FactorParameter.ef.accepts(unit) else {
            throw MethodError(column, "emission factor unit '\(unit.symbol)' (\(unit.dimension)) is not a mass of gas per unit of activity; expected e.g. kg/TJ or t/t")
        }
        if let substance = unit.substance, substance != gas.rawValue {
            throw MethodError(
                column,
                substance == "CO2e"
                    ? "the \(gas.rawValue) emission factor is in '\(unit.symbol)', a CO2-equivalent; give a mass of \(gas.rawValue) (e.g. kg/TJ), the GWP is applied by the inventory"
                    : "the \(gas.rawValue) emission factor is in '\(unit.symbol)', a mass of \(substance)")
        }
    }

    /// The chain that turns the fuel's unit into `basis` (energy, mass or volume) with the NCV
    /// and density; `nil` for the energy chain when the fuel's unit has no route to energy.
    mutating func steps(to basis: Dimension, for gas: Gas? = nil, factor: FactorUse? = nil) throws(MethodError) -> [CalculationStep] {
        switch (source.unit.dimension, basis) {
        case let (from, to) where from == to:
            return []
        case (.mass, .energy):
            return [CalculationStep(try ncv())]
        case (.volume, .energy):
            let density = try density()
            return [CalculationStep(density), CalculationStep(try ncv())]
        case (.volume, .mass):
            return [CalculationStep(try density())]
        case (.energy, .mass):
            return [CalculationStep(try ncv(), divides: true)]
        case (.mass, .volume):
            return [CalculationStep(try density(), divides: true)]
        case (.energy, .volume):
            let ncv = try ncv()
            return [CalculationStep(ncv, divides: true), CalculationStep(try density(), divides: true)]
        default:
            let name = gas.map { "a \($0.rawValue) emission factor" } ?? "a factor"
            throw MethodError(
                .unit,
                "fuel in '\(source.unit.symbol)' (\(source.unit.dimension)) cannot be used with \(name) in '\(factor?.unit.symbol ?? "")' (per \(basis))")
        }
    }
}

/// Sentences for factor-resolution failures.
enum FactorResolutionMessage {
    static func describe(_ error: FactorResolutionError, what: String, activity: String, category: String, year: Int, technology: String?) -> String {
        switch error {
        case .noFactor:
            return "no \(what) for '\(activity)' in category \(category) in the factor library; give one in the record (ef_* or ncv columns) or add it with --factors DIR"
        case .technologyRequired(let known):
            return "the \(what) for '\(activity)' in \(category) depends on the technology; add a 'technology' column with one of: \(known.joined(separator: ", "))"
        case .unknownTechnology(let given, let known):
            return "no \(what) for '\(activity)' in \(category) with technology '\(given)'; known technologies: \(known.joined(separator: ", "))"
        case .noFactorForYear(_, let known):
            let range = known.count > 1 ? "\(known.first ?? 0)-\(known.last ?? 0)" : known.map(String.init).joined()
            return "no \(what) for '\(activity)' in \(year): the library has the years \(range); give ef_co2 and ef_unit in the record or add the year's factor with --factors DIR"
        case .ambiguous(let a, let b):
            return "two factors match equally for the \(what) of '\(activity)' in \(category): \(a.id) (\(a.location)) and \(b.id) (\(b.location)); make one more specific"
        }
    }
}
