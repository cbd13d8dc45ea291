import GHGCore
import GHGFactors

/// A source the base year does not have but BAU does: a power plant, factory or landfill that
/// starts after the base year. Its activity in each year is given (in `unit`); it is 0 in the base
/// year and before its first value. Its emissions per unit come from the factor library, as for
/// a record with these category, activity and technology; measures and factor paths act on it
/// like on any base line.
public struct AdditionSpec: Sendable {
    public var id: String
    public var region: String
    public var category: Int
    public var activity: Int
    public var activityID: String
    public var technology: String?
    public var unit: MeasureUnit
    public var amounts: SeriesSpec
    public var path: String
    public var location: SourceLocation
}

extension AdditionSpec {
    static func decode(_ cursor: JSONCursor, baseYear: Int, horizon: Int, library: FactorLibrary) throws(InputError) -> AdditionSpec {
        try cursor.checkKeys(["id", "region", "category", "activity", "technology", "unit", "amounts", "note"])
        let id = try cursor.required("id", "a short unique id such as \"new-power-plant\"").string()
        let categoryCursor = try cursor.required("category", "the IPCC 2006 category of the new source")
        let code = try categoryCursor.string()
        guard let category = CategoryTree.ipcc2006.index(of: code) else {
            throw categoryCursor.error("unknown IPCC 2006 category \"\(code)\"; `ghg categories` lists them")
        }
        let activityCursor = try cursor.required("activity", "the activity id in the factor library")
        let name = try activityCursor.string()
        guard let activity = library.activity(named: name) else {
            throw activityCursor.error("unknown activity \"\(name)\"; `ghg factors` lists the activities of the factor library")
        }
        let unit = try cursor.required("unit", "the unit of the amounts, such as \"TJ\" or \"t\"").measureUnit()
        let amountsCursor = try cursor.required("amounts", "the activity in each year: {\"values\": {\"2020\": 0, \"2025\": 1200}}")
        let amounts = try SeriesSpec.decode(amountsCursor, horizon: horizon)
        if amounts.points.contains(where: { $0.year <= baseYear && $0.value != 0 }) {
            throw amountsCursor.error("a new source has no activity in the base year \(baseYear) (the base year is the inventory); start its values after \(baseYear), or at 0")
        }
        for point in amounts.points where point.value < 0 {
            throw amountsCursor.error("an amount cannot be negative; \(point.year) is \(point.value)")
        }
        return AdditionSpec(
            id: id, region: try cursor.member("region")?.string() ?? "", category: category, activity: activity,
            activityID: library.activities[activity].id, technology: try cursor.member("technology")?.string(), unit: unit, amounts: amounts,
            path: cursor.path, location: cursor.location)
    }
}
