import GHGCore

/// An economic driver of the projection: GRDP, population, or any other series a growth rule can
/// follow. A driver may be the sum of parts, one for each former province of a merged one (the
/// 2025 reorganisation, Resolution 202/2025/QH15), each with its own values and growth.
public struct DriverSpec: Sendable {
    /// `grdp`, `population`, or another name.
    public var name: String
    /// The unit as written (`billion VND`, `person`).
    public var unit: String
    /// For GRDP, the price basis (`constant 2010`): intensity compares like with like at constant
    /// prices, so GRDP at current prices is refused.
    public var prices: String?
    /// The parts whose values are summed; one unnamed part when the driver is not split.
    public var parts: [(region: String, series: SeriesSpec)]
    public var path: String
    public var location: SourceLocation

    /// The money units GRDP may be given in, and their size in million VND.
    public static let moneyUnits: [(symbol: String, millionVND: Double)] = [
        ("VND", 1e-6), ("million VND", 1), ("billion VND", 1_000), ("trillion VND", 1_000_000),
    ]

    /// The size of one GRDP unit in million VND (`billion VND` is 1000).
    public var millionVNDPerUnit: Double? { DriverSpec.moneyUnits.first { $0.symbol == unit }?.millionVND }

    /// The driver's value in each of `years` (the parts summed), or the first year a part lacks,
    /// with that part's location.
    public func resolve(_ years: ClosedRange<Int>) -> Result<[Double], MissingYear> {
        var total = Array(repeating: 0.0, count: years.count)
        for part in parts {
            let values = part.series.resolve(years)
            for (offset, value) in values.enumerated() {
                guard let value else {
                    return .failure(MissingYear(year: years.lowerBound + offset, region: part.region, location: part.series.location))
                }
                total[offset] += value
            }
        }
        return .success(total)
    }

    /// A year a series has no value for.
    public struct MissingYear: Error, Sendable {
        public let year: Int
        public let region: String
        public let location: SourceLocation
    }
}

extension DriverSpec {
    static func decode(_ cursor: JSONCursor, name: String, horizon: Int) throws(InputError) -> DriverSpec {
        let ownKeys = ["unit", "prices", "parts", "note"]
        let unit = try cursor.required("unit", name == "grdp" ? "the GRDP unit, such as \"billion VND\"" : "the unit of the driver").string()
        var prices: String?
        if name == "grdp" {
            guard moneyUnits.contains(where: { $0.symbol == unit }) else {
                throw (try cursor.member("unit") ?? cursor).error(
                    "GRDP must be in \(moneyUnits.map(\.symbol).joined(separator: ", ")); found \"\(unit)\"")
            }
            let pricesCursor = try cursor.required("prices", "the price basis, such as \"constant 2010\"")
            let basis = try pricesCursor.string()
            let words = basis.split(separator: " ")
            guard words.count == 2, words[0] == "constant", let year = Int(words[1]), (1990...2100).contains(year) else {
                throw pricesCursor.error(
                    "intensity per GRDP is computed at constant prices: give \"constant 2010\" (the statistics offices publish GRDP at constant 2010 prices); found \"\(basis)\"")
            }
            prices = basis
        }
        var parts: [(region: String, series: SeriesSpec)] = []
        if let partList = try cursor.member("parts") {
            try cursor.checkKeys(ownKeys)
            for element in try partList.elements() {
                let region = try element.required("region", "the former province or part this series is for").string()
                parts.append((region, try SeriesSpec.decode(element, horizon: horizon, otherKeys: ["region", "note"])))
            }
            guard !parts.isEmpty else { throw partList.error("expected at least one part") }
        } else {
            parts.append(("", try SeriesSpec.decode(cursor, horizon: horizon, otherKeys: ownKeys)))
        }
        for part in parts {
            for point in part.series.points where point.value <= 0 {
                throw InputError(at: part.series.location, "\(name) must be positive; \(point.year) is \(point.value)")
            }
        }
        return DriverSpec(name: name, unit: unit, prices: prices, parts: parts, path: cursor.path, location: cursor.location)
    }
}
