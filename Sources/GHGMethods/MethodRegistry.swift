import GHGActivity
import GHGCore
import GHGFactors

/// Chooses the method for an activity source from its category and activity.
///
/// Grid electricity, in any category, goes to `GridElectricityMethod`. Fuels go by category:
/// road 1.A.3.b, off-road 1.A.3.e.ii and 1.A.4.c.ii, railways 1.A.3.c, navigation 1.A.3.d and
/// 1.A.4.c.iii, aviation 1.A.3.a, and stationary combustion for the rest of 1.A. Industry,
/// agriculture, land and waste categories go to their sector methods (`sectorMethods`); solid
/// waste disposal (4.A) is computed over all years by `SolidWasteDisposal`. Categories without
/// a method are an error naming the category.
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

    /// Category prefixes of the other sectors and their method, most specific first.
    static let sectorMethods: [(prefix: String, method: any EmissionMethod)] = [
        ("2.A.1", CementProductionMethod.shared),
        ("2.A.2", ProcessEmissionMethod(
            id: "lime_production", equation: "CO2 = lime produced x EF lime (2006 IPCC Vol 3 Eq. 2.8, Table 2.4)", gases: [.co2],
            qualifier: .technology, amountDimensions: [.mass], amountMeaning: "the lime produced")),
        ("2.A.4", ProcessEmissionMethod(
            id: "carbonate_use", equation: "CO2 = carbonate consumed x EF carbonate (2006 IPCC Vol 3 Eq. 2.14, Table 2.1)", gases: [.co2],
            amountDimensions: [.mass], amountMeaning: "the carbonate consumed")),
        ("2.B.1", AmmoniaProductionMethod.shared),
        ("2.C.1", ProcessEmissionMethod(
            id: "iron_steel_production", equation: "E = production x EF by route or product (2006 IPCC Vol 3 Eq. 4.1, 4.4-4.7, Tables 4.1-4.3)",
            gases: [.co2, .ch4], qualifier: .technology, amountDimensions: [.mass], amountMeaning: "the production")),
        ("2.F.1", RefrigerationMethod.shared),
        ("3.A.1", ProcessEmissionMethod(
            id: "enteric_fermentation", equation: "CH4 = heads x EF (2006 IPCC Vol 4 Eq. 10.19, 10.20, Tables 10.10, 10.11)", gases: [.ch4],
            qualifier: .technology, amountDimensions: [.count], amountMeaning: "the livestock population", origin: .biogenic)),
        ("3.A.2", ManureManagementMethod.shared),
        ("3.B.1", ForestLandMethod.shared),
        ("3.C.1", BiomassBurningMethod.shared),
        ("3.C.2", ProcessEmissionMethod(
            id: "liming", equation: "CO2 = (limestone x EF + dolomite x EF) x 44/12 (2006 IPCC Vol 4 Eq. 11.12)", gases: [.co2],
            amountDimensions: [.mass], amountMeaning: "the lime applied")),
        ("3.C.3", ProcessEmissionMethod(
            id: "urea_application", equation: "CO2 = urea x EF x 44/12 (2006 IPCC Vol 4 Eq. 11.13)", gases: [.co2], amountDimensions: [.mass],
            amountMeaning: "the urea applied")),
        ("3.C.4", ManagedSoilsMethod.shared),
        ("3.C.7", RiceCultivationMethod.shared),
        ("4.B", ProcessEmissionMethod(
            id: "biological_treatment", equation: "CH4, N2O = waste treated x EF (2006 IPCC Vol 5 Eq. 4.1, 4.2, Table 4.1)", gases: [.ch4, .n2o],
            qualifier: .technology, amountDimensions: [.mass], amountMeaning: "the waste treated", origin: .biogenic)),
        ("4.C", IncinerationMethod.shared),
        ("4.D", WastewaterMethod.shared),
    ]

    /// Categories whose emissions a method reports from records of another category.
    static let reportedElsewhere: [(prefix: String, why: String)] = [
        ("3.C.5", "indirect N2O of managed soils is computed from the nitrogen inputs recorded under 3.C.4"),
        ("3.C.6", "indirect N2O of manure management is computed from the livestock recorded under 3.A.2"),
        ("4.A", "solid waste disposal is computed by the first-order decay model over all years (SolidWasteDisposal)"),
    ]

    /// Whether a category is computed by the first-order decay model of solid waste disposal.
    public static func isSolidWasteDisposal(_ code: String) -> Bool { CategoryTree.code(code, isWithin: "4.A") }

    /// The method for `source`.
    public func method(for source: ActivitySource, context: MethodContext) throws(MethodError) -> any EmissionMethod {
        let activity = context.library.activities[source.activity]
        let code = context.tree[source.category].code
        if activity.kind == .electricity { return GridElectricityMethod.shared }
        if !CategoryTree.code(code, isWithin: "1") {
            for (prefix, method) in MethodRegistry.sectorMethods where CategoryTree.code(code, isWithin: prefix) {
                return method
            }
            if let elsewhere = MethodRegistry.reportedElsewhere.first(where: { CategoryTree.code(code, isWithin: $0.prefix) }) {
                throw MethodError(.category, "category \(code) (\(context.tree[source.category].nameEnglish)): \(elsewhere.why)")
            }
            throw MethodError(
                .category,
                "no method yet for category \(code) (\(context.tree[source.category].nameEnglish)); methods exist for 1.A, 2.A.1, 2.A.2, 2.A.4, 2.B.1, 2.C.1, 2.F.1, 3.A.1, 3.A.2, 3.B.1, 3.C.1-3.C.4, 3.C.7, 4.A-4.D")
        }
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
