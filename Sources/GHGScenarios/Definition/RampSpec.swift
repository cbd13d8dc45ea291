import GHGCore

/// How a measure is taken up over time: the share of its full effect in each year.
///
/// `{"start": 2016, "full": 2020}` rises in equal steps from 1/5 in 2016 to all of it in 2020
/// (linear from 0 in the year before `start`); a list of points
/// `[{"year": 2016, "percent": 25}, {"year": 2020, "percent": 100}]` is linear between them. Before
/// the first point the share is 0; after the last it stays at the last value.
public struct RampSpec: Sendable, Hashable {
    /// (year, share 0...1), strictly ascending years.
    public var points: [Point]
    public var path: String
    public var location: SourceLocation

    public struct Point: Sendable, Hashable {
        public var year: Int
        public var share: Double
    }

    /// The first year with an effect; `nil` if the share stays 0.
    public var start: Int? {
        for (index, point) in points.enumerated() where point.share > 0 {
            return index == 0 ? point.year : points[index - 1].year + 1
        }
        return nil
    }

    /// The share in `year`.
    public func share(in year: Int) -> Double {
        guard let first = points.first, year >= first.year else { return 0 }
        guard let next = points.firstIndex(where: { $0.year > year }) else { return points[points.count - 1].share }
        let a = points[next - 1], b = points[next]
        return a.share + (b.share - a.share) * Double(year - a.year) / Double(b.year - a.year)
    }
}

extension RampSpec {
    static func decode(_ cursor: JSONCursor) throws(InputError) -> RampSpec {
        if cursor.isArray {
            var points: [Point] = []
            for element in try cursor.elements() {
                try element.checkKeys(["year", "percent"])
                let yearCursor = try element.required("year", "the year of this point")
                let year = try yearCursor.year()
                if let last = points.last, year <= last.year {
                    throw yearCursor.error("the ramp goes backwards in time: \(year) comes after \(last.year)")
                }
                points.append(Point(year: year, share: try element.required("percent", "the share of the measure in effect, 0 to 100").percent() / 100))
            }
            guard !points.isEmpty else { throw cursor.error("the ramp needs at least one point") }
            return RampSpec(points: points, path: cursor.path, location: cursor.location)
        }
        try cursor.checkKeys(["start", "full"])
        let start = try cursor.required("start", "the first year the measure has an effect").year()
        guard let fullCursor = try cursor.member("full") else {
            return RampSpec(points: [Point(year: start, share: 1)], path: cursor.path, location: cursor.location)
        }
        let full = try fullCursor.year()
        guard full >= start else {
            throw fullCursor.error("the ramp goes backwards in time: full effect in \(full) is before the start in \(start)")
        }
        if full == start { return RampSpec(points: [Point(year: start, share: 1)], path: cursor.path, location: cursor.location) }
        return RampSpec(points: [Point(year: start - 1, share: 0), Point(year: full, share: 1)], path: cursor.path, location: cursor.location)
    }
}
