import Foundation

/// The 95 % confidence interval of an input relative to its value, in percent: `-5/+5` for
/// ±5 %, `-50/+100` for a factor of 0.5 to 2 times the value. IPCC 2006 Vol 1 Ch 3 states
/// uncertainties as half the 95 % confidence interval in percent of the value.
public struct UncertaintyRange: Sendable, Hashable, CustomStringConvertible {
    /// How far below the value the 2.5th percentile is, in percent of the value (0 or more).
    public let lowerPercent: Double
    /// How far above the value the 97.5th percentile is, in percent of the value (0 or more).
    public let upperPercent: Double

    public init(lowerPercent: Double, upperPercent: Double) {
        self.lowerPercent = lowerPercent
        self.upperPercent = upperPercent
    }

    /// ±`percent`.
    public init(symmetric percent: Double) {
        self.init(lowerPercent: percent, upperPercent: percent)
    }

    /// The range of bounds `lower` and `upper` around `value` (a factor's 95 % bounds); nil
    /// unless lower <= value <= upper with value > 0.
    public init?(value: Double, lower: Double?, upper: Double?) {
        guard let lower, let upper, value > 0, lower <= value, value <= upper, lower >= 0 else { return nil }
        self.init(lowerPercent: (value - lower) / value * 100, upperPercent: (upper - value) / value * 100)
    }

    public var isSymmetric: Bool { abs(lowerPercent - upperPercent) <= 1e-9 * max(1, upperPercent) }

    /// The percent used by error propagation (Approach 1), which takes one number: the half-width
    /// of a symmetric range, the larger side of an asymmetric one (the cautious choice, as the
    /// IPCC Inventory Software and national inventory reports commonly make it).
    public var percent: Double { max(lowerPercent, upperPercent) }

    public var description: String {
        isSymmetric ? "±\(Self.format(upperPercent)) %" : "-\(Self.format(lowerPercent))/+\(Self.format(upperPercent)) %"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.3g", value)
    }
}
