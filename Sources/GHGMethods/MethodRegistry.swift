import GHGActivity
import GHGCore
import GHGFactors

/// Chooses the method for an activity source from its category and activity.
///
/// Grid electricity, in any category, goes to `GridElectricityMethod`. Fuels go by category:
/// road 1.A.3.b, off-road 1.A.3.e.ii and 1.A.4.c.ii, railways 1.A.3.c, navigation 1.A.3.d and
/// 1.A.4.c.iii, aviation 1.A.3.a, and stationary combustion for the rest of 1.A. Sectors without a
/// method yet are an error naming the category.
public struct MethodRegistry: Sendable {
    public init() {}

    /// Category prefixes and their fuel-combustion method, most specific first.
    static let fuelMethods: [(prefix: String, method: FuelCombustionMethod)] = [
        ("1.A.3.a", .aviation),
        ("1.A.3.b", .road),
        ("1.A.3.c", .railways),
        ("1.A.3.d", .navigation),
        ("1.A.3.e.ii", .offRoad),
        ("1.A.4.c.ii", .offRoad),
        ("1.A.4.c.iii", .navigation),
        ("1.A", .stationary),
    ]

    /// Technologies of off-road machinery (IPCC 2006 Vol 2 Table 3.3.1): records with one of
    /// them use the off-road method in any 1.A category (e.g. construction machinery in 1.A.2).
    static let offRoadTechnologies: Set<String> = ["off_road", "2_stroke", "4_stroke", "2_stroke_forestry"]

    /// Categories under 1.A that are not emissions from burning a fuel.
    static let notFuelCombustion: [(prefix: String, why: String)] = [
        ("1.A.3.b.v", "evaporative emissions (NMVOC, not a direct greenhouse gas of the 2006 Guidelines)"),
        ("1.A.3.b.vi", "CO2 from urea-based catalysts (Vol 2 Ch 3 Eq. 3.2.2)"),
    ]

    /// The method for `source`.
    public func method(for source: ActivitySource, context: MethodContext) throws(MethodError) -> any EmissionMethod {
        let activity = context.library.activities[source.activity]
        let code = context.tree[source.category].code
        if activity.kind == .electricity { return GridElectricityMethod.shared }
        if let technology = source.technology, MethodRegistry.offRoadTechnologies.contains(technology),
            CategoryTree.code(code, isWithin: "1.A")
        {
            return FuelCombustionMethod.offRoad
        }
        let notCombustion = MethodRegistry.notFuelCombustion.first { CategoryTree.code(code, isWithin: $0.prefix) }
        if let notCombustion {
            throw MethodError(
                .category,
                "category \(code) (\(context.tree[source.category].nameEnglish)) is \(notCombustion.why), not fuel combustion; report the fuel burnt under 1.A.3.b.i-iv")
        }
        for (prefix, method) in MethodRegistry.fuelMethods where CategoryTree.code(code, isWithin: prefix) {
            return method
        }
        throw MethodError(
            .category,
            "no method yet for burning '\(activity.id)' in category \(code) (\(context.tree[source.category].nameEnglish)); fuel combustion is reported under 1.A")
    }
}
