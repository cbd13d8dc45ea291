/// Where an emission is reported: in the territorial total, or apart from it.
///
/// The 2006 IPCC Guidelines report international bunkers, multilateral operations (1.A.5.c) and CO2
/// from biomass combustion as memo
/// items, outside national totals (Vol 1 Ch 8, Table 8.2). Electricity bought from the grid is an
/// indirect (scope 2) emission of the consumer: its CO2 is emitted at power plants, which the
/// territorial inventory counts under 1.A.1 if they are inside the boundary; reporting it apart
/// means it is never counted twice (GPC, Global Protocol for Community-Scale GHG Inventories, 2014,
/// section 3.3 on scopes).
public enum Reporting: String, Sendable, Hashable, CaseIterable, Comparable {
    case territorial
    case memoBiomassCO2 = "memo_biomass_co2"
    case memoInternationalBunkers = "memo_international_bunkers"
    case memoMultilateralOperations = "memo_multilateral_operations"
    case scope2Electricity = "scope2_electricity"

    public var title: String {
        switch self {
        case .territorial: return "Territorial emissions"
        case .memoBiomassCO2: return "Memo item: CO2 from biomass combustion (not in the total)"
        case .memoInternationalBunkers: return "Memo item: international bunkers (not in the total)"
        case .memoMultilateralOperations: return "Memo item: multilateral operations (not in the total)"
        case .scope2Electricity: return "Indirect emissions from grid electricity consumed (scope 2, not in the territorial total)"
        }
    }

    public static func < (lhs: Reporting, rhs: Reporting) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
