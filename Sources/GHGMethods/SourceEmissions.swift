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

    public var quantity: Quantity { Quantity(value, unit) }
}

/// One gas emitted by a source.
public struct GasEmission: Sendable, Hashable {
    public let gas: Gas
    public let origin: CarbonOrigin
    public let reporting: Reporting
    public let massTonnes: Double
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
    public let message: String

    public init(_ column: ActivityColumn, _ message: String) {
        self.column = column
        self.message = message
    }
}

