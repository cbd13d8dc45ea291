import GHGCore
import GHGMethods

/// One line of the inventory: a gas emitted in a category, a year and a region.
public struct InventoryRow: Sendable, Hashable {
    public let year: Int
    /// Empty unless the run keeps regions apart.
    public let region: String
    public let reporting: Reporting
    /// Index into `CategoryTree.ipcc2006`.
    public let category: Int
    public let gas: Gas
    public internal(set) var massTonnes: Double
    public internal(set) var co2eTonnes: Double
    /// The part of `co2eTonnes` that is removals (negative contributions, e.g. forest growth);
    /// zero or negative. Gross emissions are `co2eTonnes - removalsCO2eTonnes`.
    public internal(set) var removalsCO2eTonnes: Double = 0
    /// The sources that make up the row, each with its share: indices into `Inventory.sources`.
    public internal(set) var contributions: [Contribution]

    public struct Contribution: Sendable, Hashable {
        public let source: Int
        public let massTonnes: Double
        public let co2eTonnes: Double
    }

    /// The effective GWP: CO2e per tonne of gas (AR6 CH4 mixes fossil and non-fossil values).
    public var effectiveGWP: Double? { massTonnes != 0 ? co2eTonnes / massTonnes : nil }
}

/// The key that orders and groups rows: year, region, reporting, category (tree order), gas.
struct RowKey: Hashable, Comparable {
    let year: Int
    let region: String
    let reporting: Reporting
    let category: Int
    let gas: Gas

    static func < (lhs: RowKey, rhs: RowKey) -> Bool {
        (lhs.year, lhs.region, lhs.reporting, lhs.category, lhs.gas) < (rhs.year, rhs.region, rhs.reporting, rhs.category, rhs.gas)
    }
}
