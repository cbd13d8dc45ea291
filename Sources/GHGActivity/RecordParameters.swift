import GHGCore
import GHGFactors

/// Method parameters a record gives itself (Tier 2/3 data), overriding the factor library.
///
/// All values are checked for units when the inventory uses them: `efUnit` must be a mass per
/// unit of activity, `ncvUnit` an energy per mass, `densityUnit` a mass per volume.
public struct RecordParameters: Sendable, Hashable {
    public var efCO2: Double?
    public var efCH4: Double?
    public var efN2O: Double?
    public var efUnit: MeasureUnit?
    public var ncv: Double?
    public var ncvUnit: MeasureUnit?
    public var density: Double?
    public var densityUnit: MeasureUnit?
    /// Text of the method columns the record fills (`water_regime`, `site_type` ...), normalised
    /// ids by column name.
    public var qualifiers: [String: String]
    /// Numbers of the method columns the record fills (`cultivation_days`, `docf` ...), by name.
    public var values: [String: Double]

    public init(
        efCO2: Double? = nil, efCH4: Double? = nil, efN2O: Double? = nil, efUnit: MeasureUnit? = nil, ncv: Double? = nil,
        ncvUnit: MeasureUnit? = nil, density: Double? = nil, densityUnit: MeasureUnit? = nil,
        qualifiers: [String: String] = [:], values: [String: Double] = [:]
    ) {
        self.efCO2 = efCO2
        self.efCH4 = efCH4
        self.efN2O = efN2O
        self.efUnit = efUnit
        self.ncv = ncv
        self.ncvUnit = ncvUnit
        self.density = density
        self.densityUnit = densityUnit
        self.qualifiers = qualifiers
        self.values = values
    }

    /// The record's text in a method column, if it gives one.
    public func qualifier(_ column: MethodColumn) -> String? { qualifiers[column.name] }

    /// The record's number in a method column, if it gives one.
    public func value(_ column: MethodColumn) -> Double? { values[column.name] }

    /// The record's own value of a factor parameter (a column named after it), if it gives one.
    public func value(of parameter: FactorParameter) -> Double? { values[parameter.rawValue] }

    public static let none = RecordParameters()

    public var isEmpty: Bool { self == .none }

    /// The record's own emission factor for `gas`, if it gives one.
    public func emissionFactor(for gas: Gas) -> Double? {
        switch gas {
        case .co2: return efCO2
        case .ch4: return efCH4
        case .n2o: return efN2O
        default: return nil
        }
    }
}
