/// A unit of measure: its symbol, dimension and exact size in base units.
///
/// Base units: gram (mass), joule (energy), litre (volume), square metre (area), head (count),
/// day (time).
/// A mass unit may name the substance it measures (`t CO2`, `kg CH4`, `t CO2e`, `kg C`), so
/// that a mass of CH4 is never taken for a mass of CO2 equivalent.
public struct MeasureUnit: Hashable, Sendable, CustomStringConvertible {
    /// The canonical symbol, e.g. `kg/TJ`, `t CO2/MWh`.
    public let symbol: String
    public let dimension: Dimension
    /// Size in base units.
    public let scale: ExactRatio
    /// The substance a mass numerator measures (`CO2`, `CH4`, `CO2e`, `C`, ...), if named.
    public let substance: String?

    public init(symbol: String, dimension: Dimension, scale: ExactRatio, substance: String? = nil) {
        self.symbol = symbol
        self.dimension = dimension
        self.scale = scale
        self.substance = substance
    }

    public var description: String { symbol }

    /// `numerator/denominator`, e.g. `kg` / `TJ` = `kg/TJ`.
    public static func / (numerator: MeasureUnit, denominator: MeasureUnit) -> MeasureUnit {
        let scale = numerator.scale.divided(by: denominator.scale) ?? ExactRatio.one
        return MeasureUnit(
            symbol: "\(numerator.symbol)/\(denominator.symbol)", dimension: numerator.dimension / denominator.dimension,
            scale: scale, substance: numerator.substance)
    }

    /// The factor that turns a value in this unit into a value in `target`.
    ///
    /// - Throws: `UnitError` when the dimensions differ, or when both name different substances.
    public func conversion(to target: MeasureUnit) throws(UnitError) -> UnitConversion {
        guard dimension == target.dimension else {
            throw UnitError(
                "cannot convert '\(symbol)' (\(dimension)) to '\(target.symbol)' (\(target.dimension)): the dimensions differ")
        }
        if let mine = substance, let theirs = target.substance, mine != theirs {
            throw UnitError("cannot convert '\(symbol)' to '\(target.symbol)': a mass of \(mine) is not a mass of \(theirs)")
        }
        if let exact = scale.divided(by: target.scale) {
            return UnitConversion(exact: exact)
        }
        return UnitConversion(approximate: scale.doubleValue / target.scale.doubleValue)
    }

    /// Converts `value` from this unit to `target`.
    public func convert(_ value: Double, to target: MeasureUnit) throws(UnitError) -> Double {
        try conversion(to: target).apply(to: value)
    }
}

/// A multiplier from one unit to another, exact where the ratio fits 64-bit integers.
public struct UnitConversion: Hashable, Sendable {
    public let exact: ExactRatio?
    public let factor: Double

    public init(exact: ExactRatio) {
        self.exact = exact
        self.factor = exact.doubleValue
    }

    public init(approximate factor: Double) {
        self.exact = nil
        self.factor = factor
    }

    @inlinable
    public func apply(to value: Double) -> Double {
        if let exact { return exact.apply(to: value) }
        return value * factor
    }
}

/// A unit that cannot be parsed, or two units that cannot be converted.
public struct UnitError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
