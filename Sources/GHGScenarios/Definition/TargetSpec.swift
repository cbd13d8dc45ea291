import GHGCore
import GHGFactors

/// A target the scenario is checked against, in one pathway and in each year from `year` to
/// `through`.
public struct TargetSpec: Sendable {
    public enum Kind: Sendable {
        /// Emissions per GRDP at least `reductionPercent` below their level in `baseYear`
        /// (the green-growth targets: -15 % by 2030 and -30 % by 2050 against 2014).
        case intensity(reductionPercent: Double, baseYear: Int)
        /// Emissions at least `reductionPercent` below BAU in the same year (the MOIT and NDC tiers).
        case belowBAU(reductionPercent: Double)
        /// Emissions at most `maxTonnes` t CO2e.
        case cap(maxTonnes: Double)
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var pathway: Pathway
    /// The emissions the target is about; all categories when empty.
    public var selector: SourceSelector
    public var years: ClosedRange<Int>
    public var path: String
    public var location: SourceLocation

    public var typeName: String {
        switch kind {
        case .intensity: return "intensity"
        case .belowBAU: return "below_bau"
        case .cap: return "cap"
        }
    }
}

extension TargetSpec {
    static let types = ["intensity", "below_bau", "cap"]

    static func decode(_ cursor: JSONCursor, baseYear: Int, horizon: Int, library: FactorLibrary) throws(InputError) -> TargetSpec {
        let common = ["id", "name", "type", "scenario", "year", "through", "note"] + SourceSelector.keys
        let id = try cursor.required("id", "a short unique id such as \"intensity-2030\"").string()
        let type = try cursor.required("type", "one of \(types.joined(separator: ", "))").oneOf(types)
        let pathwayCursor = try cursor.required("scenario", "the pathway it applies to: bau, voluntary or conditional")
        let pathway = Pathway(rawValue: try pathwayCursor.oneOf(Pathway.allCases.map(\.rawValue))) ?? .bau
        let selector = try SourceSelector.decode(cursor, library: library, requireCategory: false)
        let yearCursor = try cursor.required("year", "the year the target applies (from)")
        let year = try yearCursor.year()
        guard (baseYear...horizon).contains(year) else {
            throw yearCursor.error("the target year \(year) is outside the projection \(baseYear)-\(horizon)")
        }
        var through = year
        if let throughCursor = try cursor.member("through") {
            through = try throughCursor.year()
            guard through >= year else { throw throughCursor.error("\"through\" \(through) is before \"year\" \(year)") }
            guard through <= horizon else { throw throughCursor.error("\"through\" \(through) is after the horizon \(horizon)") }
        }
        let kind: Kind
        switch type {
        case "intensity":
            try cursor.checkKeys(common + ["reduction_percent", "base_year"])
            let percent = try cursor.required("reduction_percent", "how far below the base year's intensity, in percent").percent()
            let baseCursor = try cursor.member("base_year")
            let base = try baseCursor?.year() ?? baseYear
            guard (baseYear...horizon).contains(base) else {
                throw (baseCursor ?? cursor).error("the intensity base year \(base) is outside the projection \(baseYear)-\(horizon)")
            }
            kind = .intensity(reductionPercent: percent, baseYear: base)
        case "below_bau":
            try cursor.checkKeys(common + ["reduction_percent"])
            guard pathway != .bau else { throw pathwayCursor.error("a target below BAU applies to the voluntary or conditional scenario, not to BAU") }
            kind = .belowBAU(reductionPercent: try cursor.required("reduction_percent", "how far below BAU, in percent").percent())
        default:
            try cursor.checkKeys(common + ["max", "unit"])
            let maxCursor = try cursor.required("max", "the most emissions allowed")
            let max = try maxCursor.double()
            let unitCursor = try cursor.required("unit", "the unit of the cap, such as \"kt CO2e\"")
            let unit = try unitCursor.measureUnit()
            guard unit.dimension == Units.t.dimension, unit.substance == "CO2e" else {
                throw unitCursor.error("a cap is a mass of CO2 equivalent, such as \"t CO2e\" or \"kt CO2e\"; found \"\(unit.symbol)\"")
            }
            let tonnes: Double
            do throws(UnitError) { tonnes = try unit.convert(max, to: try Units.parse("t CO2e")) } catch { throw unitCursor.error(error.message) }
            kind = .cap(maxTonnes: tonnes)
        }
        return TargetSpec(
            id: id, name: try cursor.member("name")?.string() ?? id, kind: kind, pathway: pathway, selector: selector, years: year...through,
            path: cursor.path, location: cursor.location)
    }
}
