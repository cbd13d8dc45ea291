import GHGCore
import GHGFactors

/// How the activity of the selected sources grows under business-as-usual.
///
/// The most specific rule that selects a source applies to it (a region named beats none, an
/// activity named beats none, a deeper category beats a shallower one); two rules equally
/// specific for the same source are an error.
public struct GrowthRule: Sendable {
    public enum Kind: Sendable {
        /// The activity stays at its base-year level.
        case constant
        /// An index relative to its base-year value (1 or 100), from growth rates or given values.
        case index(SeriesSpec)
        /// Constant elasticity to a driver: A(t) = A(t-1) x (D(t) / D(t-1))^elasticity, so that
        /// A(t) = A(base) x (D(t) / D(base))^elasticity (the form of LEAP's GrowthAs). With `part`,
        /// the driver's part for one former province rather than the sum.
        case elasticity(driver: String, part: String?, value: Double)
        /// Absolute amounts of the selected sources together, in `unit`; each source is scaled
        /// by the same ratio to the base year.
        case amounts(SeriesSpec, unit: MeasureUnit)
    }

    public var selector: SourceSelector
    public var kind: Kind
    public var path: String
    public var location: SourceLocation
}

extension GrowthRule {
    static let kindKeys = ["constant", "growth_percent", "growth", "index", "elasticity", "amounts"]

    static func decode(_ cursor: JSONCursor, baseYear: Int, horizon: Int, library: FactorLibrary) throws(InputError) -> GrowthRule {
        try cursor.checkKeys(SourceSelector.keys + kindKeys + ["driver", "part", "note"])
        let selector = try SourceSelector.decode(cursor, library: library, requireCategory: false)
        let given = kindKeys.filter { cursor.has($0) }
        guard given.count == 1 || given == ["growth_percent", "growth"] else {
            if given.isEmpty {
                throw cursor.error("the rule says nothing about growth: give one of \(kindKeys.joined(separator: ", "))")
            }
            throw cursor.error("give one kind of growth per rule; this one has \(given.joined(separator: " and "))")
        }
        let kind: Kind
        switch given[0] {
        case "constant":
            guard try cursor.required("constant", "true").bool() else {
                throw cursor.error("\"constant\": false means nothing; give a growth rate instead")
            }
            kind = .constant
        case "growth_percent", "growth":
            // An index of 1 in the base year, grown by the rates.
            var series = try SeriesSpec.decode(cursor, horizon: horizon, otherKeys: SourceSelector.keys + ["note"], impliedBase: baseYear)
            series.location = cursor.location
            kind = .index(series)
        case "index":
            let index = try cursor.required("index", "an index series")
            kind = .index(try SeriesSpec.decode(index, horizon: horizon))
        case "elasticity":
            let driver = try cursor.required("driver", "the driver the activity follows, such as \"grdp\"").string()
            kind = .elasticity(driver: driver, part: try cursor.member("part")?.string(), value: try cursor.required("elasticity", "a number").double())
        default:
            let amounts = try cursor.required("amounts", "a series of amounts with a unit")
            let unit = try amounts.required("unit", "the unit of the amounts, such as \"GWh\"").measureUnit()
            kind = .amounts(try SeriesSpec.decode(amounts, horizon: horizon, otherKeys: ["unit"]), unit: unit)
        }
        if case .elasticity = kind {} else if cursor.has("driver") || cursor.has("part") {
            let driverKey = try cursor.member("driver")
            let partKey = try cursor.member("part")
            let misplaced = driverKey ?? partKey ?? cursor
            throw misplaced.error("\"driver\" and \"part\" go with \"elasticity\"")
        }
        return GrowthRule(selector: selector, kind: kind, path: cursor.path, location: cursor.location)
    }
}
