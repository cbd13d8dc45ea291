/// Filling the gaps of a time series, IPCC 2006 Vol 1 Ch 5 (Time series consistency), 5.3.3
/// (splicing techniques). Each value made says how: outputs mark it as filled, with the method.
public enum GapFilling {
    /// How a value was made.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// Linear between the nearest years before and after with values.
        case interpolation
        /// The linear trend (least squares) of the nearest years with values, extended.
        case trend
        /// Proportional to a surrogate statistic (GRDP, population ...): y_t = y_s x (s_t / s_s)
        /// from the nearest year s with both values (Eq. 5.2).
        case surrogate
        /// From an older series x overlapping the new series y: y_t = x_t x mean(y_i / x_i) over
        /// the years i where both exist (Eq. 5.1).
        case overlap
    }

    /// A value made for a year without one.
    public struct FilledValue: Sendable, Hashable {
        public let year: Int
        public let value: Double
        public let method: Method
        /// The years used, in words: `between 2014 and 2017`, `trend of 2015-2019`.
        public let detail: String
    }

    /// Why a year cannot be filled by a method.
    public struct Gap: Error, Sendable, Hashable {
        public let year: Int
        public let message: String
    }

    /// Linear interpolation between the nearest years before and after `year` with values.
    public static func interpolate(_ series: [Int: Double], year: Int) -> Result<FilledValue, Gap> {
        guard let before = series.keys.filter({ $0 < year }).max(), let after = series.keys.filter({ $0 > year }).min() else {
            return .failure(Gap(year: year, message: "\(year) is not between two years with values (interpolation fills inside the series; use the trend or a surrogate at its ends)"))
        }
        let start = series[before]!, end = series[after]!
        let value = start + (end - start) * Double(year - before) / Double(after - before)
        return .success(FilledValue(year: year, value: value, method: .interpolation, detail: "between \(before) and \(after)"))
    }

    /// The least-squares line through the `window` years with values nearest to `year` on its
    /// side of the series (at least 2), extended to `year`; not below zero.
    public static func trend(_ series: [Int: Double], year: Int, window: Int = 5) -> Result<FilledValue, Gap> {
        let years = series.keys.sorted()
        let side: [Int]
        if let last = years.last, year > last {
            side = Array(years.suffix(window))
        } else if let first = years.first, year < first {
            side = Array(years.prefix(window))
        } else {
            return .failure(Gap(year: year, message: "\(year) is inside the series: interpolate"))
        }
        guard side.count >= 2 else {
            return .failure(Gap(year: year, message: "a trend needs at least two years with values; the series has \(side.count)"))
        }
        let n = Double(side.count)
        let meanX = side.reduce(0.0) { $0 + Double($1) } / n
        let meanY = side.reduce(0.0) { $0 + series[$1]! } / n
        var sxy = 0.0, sxx = 0.0
        for x in side {
            let dx = Double(x) - meanX
            sxy += dx * (series[x]! - meanY)
            sxx += dx * dx
        }
        let slope = sxy / sxx
        let value = max(0, meanY + slope * (Double(year) - meanX))
        return .success(FilledValue(year: year, value: value, method: .trend, detail: "of \(side.first!)-\(side.last!) (least squares)"))
    }

    /// Eq. 5.2: y_t = y_s x (s_t / s_s), with s the year nearest to `year` (the earlier on a tie)
    /// where both the series and the surrogate have values.
    public static func surrogate(_ series: [Int: Double], surrogate: [Int: Double], name: String, year: Int) -> Result<FilledValue, Gap> {
        guard let target = surrogate[year] else { return .failure(Gap(year: year, message: "the surrogate \(name) has no value for \(year)")) }
        let shared = series.keys.filter { surrogate[$0].map { $0 != 0 } ?? false }
        guard let reference = shared.min(by: { (abs($0 - year), $0) < (abs($1 - year), $1) }) else {
            return .failure(Gap(year: year, message: "no year has both a value and the surrogate \(name)"))
        }
        let value = series[reference]! * target / surrogate[reference]!
        return .success(FilledValue(year: year, value: value, method: .surrogate, detail: "\(name) relative to \(reference)"))
    }

    /// Eq. 5.1: y_t = x_t x (1 / n) sum over the n overlap years i of y_i / x_i, for a year where
    /// the new series y has no value and the old series x has one.
    public static func overlap(new series: [Int: Double], old: [Int: Double], year: Int) -> Result<FilledValue, Gap> {
        guard let oldValue = old[year] else { return .failure(Gap(year: year, message: "the old series has no value for \(year)")) }
        let overlapYears = series.keys.filter { old[$0].map { $0 != 0 } ?? false }.sorted()
        guard !overlapYears.isEmpty else { return .failure(Gap(year: year, message: "the two series have no year in common")) }
        let ratio = overlapYears.reduce(0.0) { $0 + series[$1]! / old[$1]! } / Double(overlapYears.count)
        return .success(
            FilledValue(year: year, value: oldValue * ratio, method: .overlap, detail: "old series x mean ratio of \(overlapYears.first!)-\(overlapYears.last!)"))
    }
}
