import GHGCore
import GHGMethods

/// Totals of every node of the category tree for one year, region and kind of reporting: each
/// node holds its own rows plus the totals of its children, so that a parent is exactly the sum
/// of what is below it, and the grand total is the sum of the sectors.
public struct CategoryRollup: Sendable, Hashable {
    public let year: Int
    public let region: String
    public let reporting: Reporting
    /// Totals by category index, for every category that has emissions at or below it.
    public let nodes: [Int: GasTotals]
    /// Sum of the sectors.
    public let total: GasTotals

    /// Builds the roll-up from rows of one year, region and reporting.
    init(year: Int, region: String, reporting: Reporting, rows: [InventoryRow], tree: CategoryTree) {
        self.year = year
        self.region = region
        self.reporting = reporting
        var nodes: [Int: GasTotals] = [:]
        for row in rows {
            nodes[row.category, default: GasTotals()].add(row.gas, mass: row.massTonnes, co2e: row.co2eTonnes, removals: row.removalsCO2eTonnes)
        }
        // Children come after parents in the tree's order: walking it backwards adds every node
        // to its parent after all of its own children have been added to it.
        var withAncestors = Set(nodes.keys)
        for index in nodes.keys { withAncestors.formUnion(tree.lineage(of: index)) }
        for index in withAncestors.sorted(by: >) {
            guard let parent = tree[index].parent, let own = nodes[index] else { continue }
            nodes[parent, default: GasTotals()].add(own)
        }
        var total = GasTotals()
        for index in withAncestors.sorted() where tree[index].parent == nil {
            if let sector = nodes[index] { total.add(sector) }
        }
        self.nodes = nodes
        self.total = total
    }
}
