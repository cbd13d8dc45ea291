import Foundation
import GHGCore

/// A yearly series written as given values, interpolation between them and growth rates: how
/// scenario files give GRDP, population, activity paths, factor paths and ramps.
///
/// A year's value is, in this order of precedence: the value given for it; else the interpolation
/// between the given years around it (when `interpolate` is set); else the previous year's value
/// grown by the rate of a growth period covering the year. Anything else is missing, and the
/// scenario says which year and where.
public struct SeriesSpec: Sendable {
    public enum Interpolation: String, Sendable, CaseIterable {
        /// No interpolation: years between given values need a growth rate.
        case none
        /// A straight line between two given values.
        case linear
        /// A constant growth rate between two given values (both must be positive).
        case geometric
    }

    /// A constant yearly growth rate over `from...to`: value(y) = value(y-1) x (1 + percent/100).
    public struct GrowthPeriod: Sendable {
        public var from: Int
        public var to: Int
        public var percent: Double
        public var path: String
    }

    /// Given values, in ascending years.
    public var points: [(year: Int, value: Double)]
    public var interpolation: Interpolation
    public var growth: [GrowthPeriod]
    /// Where the series is in the file, for messages.
    public var location: SourceLocation

    public init(points: [(year: Int, value: Double)], interpolation: Interpolation = .none, growth: [GrowthPeriod] = [], location: SourceLocation) {
        self.points = points.sorted { $0.year < $1.year }
        self.interpolation = interpolation
        self.growth = growth
        self.location = location
    }

    /// The value of every year of `years`; `nil` where the series does not define one.
    public func resolve(_ years: ClosedRange<Int>) -> [Double?] {
        let start = min(points.first?.year ?? years.lowerBound, years.lowerBound)
        var given: [Int: Double] = [:]
        for point in points { given[point.year] = point.value }
        var previous: Double?
        var result: [Double?] = []
        result.reserveCapacity(years.count)
        var pointIndex = 0
        for year in start...years.upperBound {
            while pointIndex < points.count, points[pointIndex].year < year { pointIndex += 1 }
            var value: Double?
            if let exact = given[year] {
                value = exact
            } else if interpolation != .none, pointIndex > 0, pointIndex < points.count {
                let (y0, v0) = points[pointIndex - 1]
                let (y1, v1) = points[pointIndex]
                let fraction = Double(year - y0) / Double(y1 - y0)
                switch interpolation {
                case .linear: value = v0 + (v1 - v0) * fraction
                case .geometric: value = v0 * pow(v1 / v0, fraction)
                case .none: value = nil
                }
            } else if let previous, let period = growth.first(where: { $0.from <= year && year <= $0.to }) {
                value = previous * (1 + period.percent / 100)
            }
            previous = value
            if year >= years.lowerBound { result.append(value) }
        }
        return result
    }
}

extension SeriesSpec {
    /// The keys a series object may have.
    static let keys = ["values", "interpolate", "growth_percent", "growth"]

    /// Reads `{"values": {"2014": 100, "2020": 150}, "interpolate": "linear", "growth_percent": 7}`
    /// or `"growth": [{"from": 2015, "to": 2020, "percent": 7}]`. `horizon` closes open growth
    /// periods; `otherKeys` are the other keys of the object the series is part of. With
    /// `impliedBase`, a series without values is an index of 1 in that year (growth rules).
    static func decode(_ cursor: JSONCursor, horizon: Int, otherKeys: [String] = [], impliedBase: Int? = nil) throws(InputError) -> SeriesSpec {
        try cursor.checkKeys(keys + otherKeys)
        var points: [(year: Int, value: Double)] = []
        if let impliedBase, !cursor.has("values") { points.append((impliedBase, 1)) }
        if let values = try cursor.member("values") {
            for (key, value) in try values.members() {
                guard key.count == 4, let year = Int(key), (1900...2100).contains(year) else {
                    throw value.error("expected a year between 1900 and 2100 as the key, found \"\(key)\"")
                }
                points.append((year, try value.double()))
            }
        }
        var interpolation = Interpolation.none
        if let text = try cursor.member("interpolate") {
            interpolation = Interpolation(rawValue: try text.oneOf(Interpolation.allCases.map(\.rawValue))) ?? .none
            if interpolation == .geometric {
                for point in points where point.value <= 0 {
                    throw text.error("geometric interpolation needs positive values; \(point.year) is \(point.value)")
                }
            }
        }
        var growth: [GrowthPeriod] = []
        if let rate = try cursor.member("growth_percent") {
            guard !cursor.has("growth") else { throw rate.error("give either growth_percent or growth periods, not both") }
            guard let last = points.last else {
                throw rate.error("a growth rate needs a starting value: give \"values\" with at least the first year")
            }
            growth.append(GrowthPeriod(from: last.year + 1, to: max(horizon, last.year + 1), percent: try rate.double(), path: rate.path))
        }
        if let periods = try cursor.member("growth") {
            for element in try periods.elements() {
                try element.checkKeys(["from", "to", "percent"])
                let from = try element.required("from", "the first year the rate applies to").int()
                let to = try element.member("to")?.int() ?? horizon
                guard to >= from else {
                    throw (try element.member("to") ?? element).error("the growth period goes backwards in time: from \(from) to \(to)")
                }
                let percent = try element.required("percent", "the yearly growth in percent").double()
                if let overlap = growth.first(where: { $0.from <= to && from <= $0.to }) {
                    throw element.error("the growth period \(from)-\(to) overlaps the period \(overlap.from)-\(overlap.to) at \(overlap.path)")
                }
                growth.append(GrowthPeriod(from: from, to: to, percent: percent, path: element.path))
            }
            guard points.first.map({ first in growth.allSatisfy { $0.from > first.year } }) ?? false else {
                throw periods.error("growth periods need a starting value: give \"values\" with a year before the first period")
            }
        }
        guard !points.isEmpty else {
            throw cursor.error("the series has no values: give \"values\" such as {\"2014\": 1250}")
        }
        return SeriesSpec(points: points, interpolation: interpolation, growth: growth, location: cursor.location)
    }
}
