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

    public func emissions(of source: ActivitySource, context: MethodContext) throws(MethodError) -> SourceEmissions {
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
        var calculator = FuelQuantityCalculator(source: source, activity: activity, category: category, context: context)
        let energy = try calculator.energyTJ()
        let isMemoBunker = context.tree.isMemoItem(source.category)
        var results: [GasEmission] = []
        for gas in gases {
            let factor = try calculator.emissionFactor(gas)
            let mass = try calculator.massTonnes(of: gas, factor: factor)
            let origin: CarbonOrigin = activity.kind == .biomassFuel ? .biogenic : .fossil
            let reporting: Reporting
            if isMemoBunker {
                reporting = .memoInternationalBunkers
            } else if gas == .co2 && activity.kind == .biomassFuel {
                reporting = .memoBiomassCO2
            } else {
                reporting = .territorial
            }
            results.append(GasEmission(gas: gas, origin: origin, reporting: reporting, massTonnes: mass))
        }
        return SourceEmissions(method: id, equation: equation, energyTJ: energy, gases: results, factors: calculator.used)
    }
}

/// The unit arithmetic of fuel combustion for one source: finds the NCV, density and emission
/// factors it needs, converts the fuel to the factor's basis, and remembers every value used.
struct FuelQuantityCalculator {
    let source: ActivitySource
    let activity: ActivityDefinition
    let category: IPCCCategory
    let context: MethodContext
    private(set) var used: [FactorUse] = []
    private var ncvUse: FactorUse?
    private var densityUse: FactorUse?

    init(source: ActivitySource, activity: ActivityDefinition, category: IPCCCategory, context: MethodContext) {
        self.source = source
        self.activity = activity
        self.category = category
        self.context = context
    }

    private var recordCitation: String { "\(context.fileName):\(source.firstLine)" }

    private mutating func note(_ use: FactorUse) {
        if !used.contains(use) { used.append(use) }
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
    mutating func ncv() throws(MethodError) -> FactorUse {
        if let ncvUse { return ncvUse }
        let use: FactorUse
        if let value = source.parameters.ncv, let unit = source.parameters.ncvUnit {
            guard FactorParameter.ncv.accepts(unit) else {
                throw MethodError(.ncvUnit, "ncv unit '\(unit.symbol)' (\(unit.dimension)) is not an energy per mass; expected e.g. TJ/Gg, GJ/t or MJ/kg")
            }
            use = FactorUse(recordValue: value, unit: unit, parameter: .ncv, gas: nil, citation: recordCitation)
        } else {
            use = try resolve(.ncv, column: .activity)
        }
        guard use.value > 0 else { throw MethodError(.ncv, "the net calorific value of '\(activity.id)' is zero") }
        ncvUse = use
        return use
    }

    /// The density: the record's own, or the library's.
    mutating func density() throws(MethodError) -> FactorUse {
        if let densityUse { return densityUse }
        let use: FactorUse
        if let value = source.parameters.density, let unit = source.parameters.densityUnit {
            guard FactorParameter.density.accepts(unit) else {
                throw MethodError(.densityUnit, "density unit '\(unit.symbol)' (\(unit.dimension)) is not a mass per volume; expected e.g. t/m3 or kg/L")
            }
            use = FactorUse(recordValue: value, unit: unit, parameter: .density, gas: nil, citation: recordCitation)
        } else {
            do {
                use = try resolve(.density, column: .unit)
            } catch {
                throw MethodError(.unit, "'\(activity.id)' is given by volume ('\(source.unit.symbol)') but no density is known; give a 'density' and 'density_unit' column, or the amount by mass or energy")
            }
        }
        guard use.value > 0 else { throw MethodError(.density, "the density of '\(activity.id)' is zero") }
        densityUse = use
        return use
    }

    /// The emission factor for `gas`: the record's own, or the library's.
    mutating func emissionFactor(_ gas: Gas) throws(MethodError) -> FactorUse {
        if let value = source.parameters.emissionFactor(for: gas), let unit = source.parameters.efUnit {
            let column: ActivityColumn = gas == .co2 ? .efCO2 : gas == .ch4 ? .efCH4 : .efN2O
            try checkEmissionFactorUnit(unit, gas: gas, column: .efUnit)
            _ = column
            return FactorUse(recordValue: value, unit: unit, parameter: .ef, gas: gas, citation: recordCitation)
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

    /// The fuel's energy in TJ, when it can be known (given as energy, or via NCV).
    mutating func energyTJ() throws(MethodError) -> Double? {
        var product = QuantityProduct(Quantity(source.amount, source.unit))
        switch source.unit.dimension {
        case .energy:
            break
        case .mass:
            let ncv = try ncv()
            product.multiply(by: ncv.quantity)
            note(ncv)
        case .volume:
            let density = try density()
            let ncv = try ncv()
            product.multiply(by: density.quantity)
            product.multiply(by: ncv.quantity)
            note(density)
            note(ncv)
        default:
            return nil
        }
        do {
            return try product.value(in: Units.TJ)
        } catch {
            throw MethodError(.unit, error.message)
        }
    }

    /// The mass of `gas` in tonnes: fuel, converted to the factor's basis, x factor.
    mutating func massTonnes(of gas: Gas, factor: FactorUse) throws(MethodError) -> Double {
        // The factor's basis: the dimension of its denominator (mass / basis).
        let basis = Dimension.mass / factor.unit.dimension
        var product = QuantityProduct(Quantity(source.amount, source.unit))
        let from = source.unit.dimension
        switch (from, basis) {
        case let (a, b) where a == b:
            break
        case (.mass, .energy):
            let ncv = try ncv()
            product.multiply(by: ncv.quantity)
            note(ncv)
        case (.volume, .energy):
            let density = try density(), ncv = try ncv()
            product.multiply(by: density.quantity)
            product.multiply(by: ncv.quantity)
            note(density)
            note(ncv)
        case (.volume, .mass):
            let density = try density()
            product.multiply(by: density.quantity)
            note(density)
        case (.energy, .mass):
            let ncv = try ncv()
            product.divide(by: ncv.quantity)
            note(ncv)
        case (.mass, .volume):
            let density = try density()
            product.divide(by: density.quantity)
            note(density)
        case (.energy, .volume):
            let ncv = try ncv(), density = try density()
            product.divide(by: ncv.quantity)
            product.divide(by: density.quantity)
            note(ncv)
            note(density)
        default:
            throw MethodError(
                .unit,
                "fuel in '\(source.unit.symbol)' (\(from)) cannot be used with a \(gas.rawValue) emission factor in '\(factor.unit.symbol)' (per \(basis))")
        }
        product.multiply(by: factor.quantity)
        note(factor)
        do {
            return try product.value(in: Units.t)
        } catch {
            throw MethodError(.unit, error.message)
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

extension FactorParameter: CustomStringConvertible {
    public var description: String {
        switch self {
        case .ncv: return "net calorific value"
        case .ef: return "emission factor"
        case .carbonContent: return "carbon content"
        case .density: return "density"
        }
    }
}
