/// A positive rational number kept exact: the size of a unit in base units.
///
/// Unit sizes are integers or ratios of integers by definition (1 kWh = 3 600 000 J,
/// 1 toe = 41 868 000 000 J), so conversions are computed exactly and rounded once, when applied.
public struct ExactRatio: Hashable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// A reduced ratio; `nil` when a part overflows 64 bits.
    public init?(_ numerator: Int64, _ denominator: Int64 = 1) {
        guard numerator > 0, denominator > 0 else { return nil }
        let divisor = ExactRatio.gcd(numerator, denominator)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    public static let one = ExactRatio(numerator: 1, denominator: 1)

    private init(numerator: Int64, denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// `self / other`, exactly; `nil` if it overflows.
    public func divided(by other: ExactRatio) -> ExactRatio? {
        // (a/b) / (c/d) = (a*d) / (b*c), cancelling common factors first.
        let g1 = ExactRatio.gcd(numerator, other.numerator)
        let g2 = ExactRatio.gcd(denominator, other.denominator)
        let (top, o1) = (numerator / g1).multipliedReportingOverflow(by: other.denominator / g2)
        let (bottom, o2) = (denominator / g2).multipliedReportingOverflow(by: other.numerator / g1)
        guard !o1, !o2 else { return nil }
        return ExactRatio(top, bottom)
    }

    /// `self * other`, exactly; `nil` if it overflows.
    public func multiplied(by other: ExactRatio) -> ExactRatio? {
        guard let inverse = ExactRatio(other.denominator, other.numerator) else { return nil }
        return divided(by: inverse)
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// Multiplies a value by this ratio with a single rounding when numerator or denominator is 1.
    @inlinable
    public func apply(to value: Double) -> Double {
        if denominator == 1 { return value * Double(numerator) }
        if numerator == 1 { return value / Double(denominator) }
        return value * Double(numerator) / Double(denominator)
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}
