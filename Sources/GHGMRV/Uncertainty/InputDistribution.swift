import Foundation

/// The distribution a Monte Carlo draw takes for an uncertain input, as a multiplier of its
/// central value, from the input's 95 % range. IPCC 2006 Vol 1 Ch 3 recommends normal
/// distributions for small symmetric uncertainties and lognormal ones for large or asymmetric
/// uncertainties of quantities that cannot be negative; the thresholds here are this tool's:
///
/// - A symmetric range of at most ±50 %: normal, mean 1, standard deviation half-width / 1.96
///   (below zero with a probability under 1 in 20,000).
/// - An asymmetric range with both bounds above zero: lognormal whose 2.5th and 97.5th
///   percentiles are the bounds.
/// - A symmetric range above ±50 %, or a lower bound at zero or below: lognormal with mean 1 and
///   the 97.5th percentile at the upper bound (a positive quantity cannot go below zero).
public enum InputDistribution: Sendable, Hashable {
    case normal(sigma: Double)
    case lognormal(mu: Double, sigma: Double)

    public init(_ range: UncertaintyRange) {
        let low = 1 - range.lowerPercent / 100
        let high = 1 + range.upperPercent / 100
        if range.isSymmetric, range.upperPercent <= 50 {
            self = .normal(sigma: range.upperPercent / 100 / 1.96)
        } else if !range.isSymmetric, low > 0 {
            let sigma = (log(high) - log(low)) / (2 * 1.96)
            self = .lognormal(mu: (log(high) + log(low)) / 2, sigma: sigma)
        } else {
            // Mean 1 (mu = -sigma^2 / 2) and exp(mu + 1.96 sigma) = high: the smaller root of
            // sigma^2 / 2 - 1.96 sigma + ln(high) = 0; above e^1.92 (a factor of 6.8) the upper
            // bound cannot be met with mean 1, and sigma stops at 1.96.
            let discriminant = max(0, 1.96 * 1.96 - 2 * log(high))
            let sigma = 1.96 - discriminant.squareRoot()
            self = .lognormal(mu: -sigma * sigma / 2, sigma: sigma)
        }
    }

    public var isLognormal: Bool {
        if case .lognormal = self { return true }
        return false
    }

    /// The multiplier for a standard normal draw `z`.
    @inline(__always)
    public func multiplier(_ z: Double) -> Double {
        switch self {
        case .normal(let sigma): return 1 + sigma * z
        case .lognormal(let mu, let sigma): return exp(mu + sigma * z)
        }
    }
}
