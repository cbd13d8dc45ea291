import GHGCore
import GHGInventory
import GHGMethods

/// Double counting (IPCC 2006 Vol 1 Ch 6): grid electricity consumed (scope 2) and electricity
/// generated in the territory (1.A.1.a) are both reported, so a total of territorial plus scope 2
/// counts that generation twice; and one activity of one category given in two units in a year
/// (tonnes and TJ, say) may be the same fuel counted twice.
public enum DoubleCountingCheck {
    public static func run(_ inventory: Inventory) -> [QualityFinding] {
        let tree = CategoryTree.ipcc2006
        var findings: [QualityFinding] = []
        guard let generation = tree.index(of: "1.A.1.a") else { return [] }
        for year in inventory.years {
            let rows = inventory.rows.filter { $0.year == year }
            let generated = rows.filter { $0.reporting == .territorial && tree.lineage(of: $0.category).contains(generation) }.reduce(0) { $0 + $1.co2eTonnes }
            let consumed = rows.filter { $0.reporting == .scope2Electricity }.reduce(0) { $0 + $1.co2eTonnes }
            if generated > 0, consumed > 0 {
                findings.append(
                    QualityFinding(
                        .info, "double-counting", year: year, category: generation,
                        "\(year): the territory generates electricity (1.A.1.a, \(Int(generated.rounded())) t CO2e) and consumes grid electricity (scope 2, \(Int(consumed.rounded())) t CO2e); a territorial + scope 2 total counts the generation consumed locally twice: report them apart"))
            }
            var units: [String: Set<String>] = [:]
            for result in inventory.sources where result.source.year == year {
                units["\(tree[result.source.category].code) \(result.activityID)\(result.source.region.isEmpty ? "" : " (\(result.source.region))")", default: []]
                    .insert(result.source.unit.symbol)
            }
            for (name, symbols) in units.sorted(by: { $0.key < $1.key }) where symbols.count > 1 {
                findings.append(
                    QualityFinding(
                        .warning, "double-counting", year: year,
                        "\(name) is given in \(symbols.sorted().joined(separator: " and ")) in \(year): if these are the same fuel, it is counted twice"))
            }
        }
        return findings
    }
}
