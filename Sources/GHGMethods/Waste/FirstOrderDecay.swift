import Foundation

/// The first-order decay (FOD) model of solid waste disposal sites: how much of the degradable
/// organic carbon deposited over the years decomposes in each year.
///
/// 2006 IPCC Guidelines Vol 5 Ch 3: decomposable DDOCm accumulated at the end of year T,
/// DDOCma(T) = DDOCmd(T) + DDOCma(T-1) x e^-k (Eq. 3.4); decomposed in year T,
/// DDOCm decomp(T) = DDOCma(T-1) x (1 - e^-k) (Eq. 3.5). Waste deposited in year T starts to
/// decay on 1 January of year T+1, as Eq. 3.4-3.5 are written (the IPCC Waste Model's default
/// reaction start, month M = 13, gives the same). CH4 generated = decomposed x F x 16/12 (Eq. 3.6).
public enum FirstOrderDecay {
    /// DDOCm decomposed in each year, for `years` years from the year of `deposits[0]`.
    ///
    /// - Parameters:
    ///   - deposits: DDOCm deposited in each year (index 0 is the first year); years past its end
    ///     have no deposits.
    ///   - k: the decay rate constant, per year.
    ///   - years: how many years to compute.
    public static func decomposed(deposits: [Double], k: Double, years: Int) -> [Double] {
        var result = [Double](repeating: 0, count: years)
        decomposed(deposits: deposits, k: k, into: &result)
        return result
    }

    /// As `decomposed(deposits:k:years:)`, writing into `result` (its count is the years).
    public static func decomposed(deposits: [Double], k: Double, into result: inout [Double]) {
        let remaining = Foundation.exp(-k)
        let decaying = 1 - remaining
        var accumulated = 0.0
        for year in result.indices {
            result[year] = accumulated * decaying
            accumulated = accumulated * remaining + (year < deposits.count ? deposits[year] : 0)
        }
    }
}
