import GHGActivity
import GHGCore
import GHGFactors

/// A value a calculation used, and where it came from: the audit trail of one number.
public struct FactorUse: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        /// A factor of the library.
        case library
        /// A value the activity record gave itself (Tier 2/3).
        case record
        /// A constant of the method's equation (a molecular-weight ratio such as 44/12, the
        /// inventory year of 365 days).
        case constant
        /// A value computed from other values (a scaling factor such as the rice organic
        /// amendment factor of Eq. 5.3); `citation` says how.
        case derived
    }

    public let parameter: FactorParameter
    public let gas: Gas?
    public let value: Double
    public let unit: MeasureUnit
    public let origin: Origin
    /// The library factor's id; empty for record values.
    public let factorID: String
    /// Document, table, page; or the activity file and line for record values.
    public let citation: String
    /// Why this value was chosen.
    public let reason: String
    /// 95 % bounds where known.
    public let lower: Double?
    public let upper: Double?

    public init(choice: FactorChoice) {
        let factor = choice.factor
        parameter = factor.parameter
        gas = factor.gas
        value = factor.value
        unit = factor.unit
        origin = .library
        factorID = factor.id
        citation = factor.citation
        reason = choice.reason
        lower = factor.lower
        upper = factor.upper
    }

    public init(recordValue value: Double, unit: MeasureUnit, parameter: FactorParameter, gas: Gas?, citation: String) {
        self.parameter = parameter
        self.gas = gas
        self.value = value
        self.unit = unit
        self.origin = .record
        self.factorID = ""
        self.citation = citation
        self.reason = "given by the activity record (Tier 2/3); takes precedence over the library"
        self.lower = nil
        self.upper = nil
    }

    /// A constant of an equation: `value` in `unit`, cited with the equation that defines it.
    public init(constant value: Double, unit: MeasureUnit, name: String, citation: String) {
        self.parameter = FactorUse.constantParameter
        self.gas = nil
        self.value = value
        self.unit = unit
        self.origin = .constant
        self.factorID = name
        self.citation = citation
        self.reason = "constant of the equation"
        self.lower = nil
        self.upper = nil
    }

    /// A value computed from other values of the calculation.
    public init(derived value: Double, unit: MeasureUnit, parameter: FactorParameter, name: String, citation: String) {
        self.parameter = parameter
        self.gas = nil
        self.value = value
        self.unit = unit
        self.origin = .derived
        self.factorID = name
        self.citation = citation
        self.reason = "computed by the method from the values listed"
        self.lower = nil
        self.upper = nil
    }

    /// Constants are not factors of the library; they are listed under this parameter name.
    static let constantParameter = FactorParameter.ef

    public var quantity: Quantity { Quantity(value, unit) }
}

/// One gas emitted by a source.
public struct GasEmission: Sendable, Hashable {
    public let gas: Gas
    public let origin: CarbonOrigin
    public let reporting: Reporting
    /// Tonnes of the gas; negative for removals (CO2 taken up by growing forests) and for
    /// amounts subtracted (CO2 recovered for urea, clinker imported).
    public let massTonnes: Double
    /// The category the emission is reported in, when it is not the source's own: indirect N2O
    /// of managed soils (3.C.5) and of manure management (3.C.6).
    public let category: Int?
    /// What part of the source's emissions this is (`direct`, `indirect: volatilisation` ...);
    /// empty when the source emits the gas once.
    public let label: String

    public init(gas: Gas, origin: CarbonOrigin, reporting: Reporting, massTonnes: Double, category: Int? = nil, label: String = "") {
        self.gas = gas
        self.origin = origin
        self.reporting = reporting
        self.massTonnes = massTonnes
        self.category = category
        self.label = label
    }
}

/// What a method computed for one activity source.
public struct SourceEmissions: Sendable, Hashable {
    /// The method's id, e.g. `stationary_combustion`.
    public let method: String
    /// The IPCC equation(s) applied.
    public let equation: String
    /// Fuel energy in TJ (net calorific basis), where the method computes it.
    public let energyTJ: Double?
    public let gases: [GasEmission]
    /// Every value used, in the order applied.
    public let factors: [FactorUse]
}

/// Why a method cannot compute a source: a message and the activity column to point at.
public struct MethodError: Error, Sendable, Hashable {
    public let column: ActivityColumn
    /// A method column (`water_regime`, `docf` ...) to point at instead of `column`.
    public let methodColumn: String?
    public let message: String

    public init(_ column: ActivityColumn, _ message: String) {
        self.column = column
        self.methodColumn = nil
        self.message = message
    }

    /// An error in a method column; the location falls back to the record's line when the file
    /// has no such column.
    public init(_ column: MethodColumn, _ message: String) {
        self.column = .category
        self.methodColumn = column.name
        self.message = message
    }

    public init(parameter: FactorParameter, _ message: String) {
        self.init(methodColumnNamed: parameter.rawValue, message)
    }

    public init(methodColumnNamed name: String, _ message: String) {
        self.column = .category
        self.methodColumn = name
        self.message = message
    }
}

extension ActivityDataset {
    /// Where a method error points: its method column, or its activity column.
    public func location(of source: ActivitySource, error: MethodError) -> SourceLocation {
        if let name = error.methodColumn { return location(of: source, methodColumn: name) }
        return location(of: source, column: error.column)
    }
}

