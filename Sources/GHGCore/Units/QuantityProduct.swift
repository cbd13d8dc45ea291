/// A product of quantities, such as fuel mass x NCV x emission factor, turned into a target unit
/// with dimensions checked and all unit scales combined exactly into one factor.
///
/// Multiplying the plain numbers first and applying the combined scale once keeps the published
/// figures exact: 1000 t x 43.0 TJ/Gg x 74 100 kg/TJ is 3 186 300 000 (exact) times 1/1 000 000,
/// giving 3186.3 t with a single rounding.
public struct QuantityProduct: Sendable, Hashable {
    public private(set) var value: Double
    public private(set) var dimension: Dimension
    private var exactScale: ExactRatio?
    private var approximateScale: Double

    public init(_ quantity: Quantity) {
        value = quantity.value
        dimension = quantity.unit.dimension
        exactScale = quantity.unit.scale
        approximateScale = quantity.unit.scale.doubleValue
    }

    /// Multiplies by `quantity`.
    public mutating func multiply(by quantity: Quantity) {
        value *= quantity.value
        dimension = dimension * quantity.unit.dimension
        exactScale = exactScale.flatMap { $0.multiplied(by: quantity.unit.scale) }
        approximateScale *= quantity.unit.scale.doubleValue
    }

    /// Divides by `quantity`.
    public mutating func divide(by quantity: Quantity) {
        value /= quantity.value
        dimension = dimension / quantity.unit.dimension
        exactScale = exactScale.flatMap { $0.divided(by: quantity.unit.scale) }
        approximateScale /= quantity.unit.scale.doubleValue
    }

    /// The product in `unit`.
    /// - Throws: `UnitError` if the product's dimension is not the unit's.
    public func value(in unit: MeasureUnit) throws(UnitError) -> Double {
        guard dimension == unit.dimension else {
            throw UnitError("the calculation gives a \(dimension) quantity, not \(unit.dimension) ('\(unit.symbol)')")
        }
        if let exactScale, let ratio = exactScale.divided(by: unit.scale) {
            return ratio.apply(to: value)
        }
        return value * (approximateScale / unit.scale.doubleValue)
    }
}
