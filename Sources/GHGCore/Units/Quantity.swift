/// A value with its unit.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    public var value: Double
    public var unit: MeasureUnit

    public init(_ value: Double, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same quantity in `target`.
    /// - Throws: `UnitError` naming both units when the dimensions differ.
    public func converted(to target: MeasureUnit) throws(UnitError) -> Quantity {
        Quantity(try unit.convert(value, to: target), target)
    }

    public var description: String { "\(value) \(unit.symbol)" }
}
