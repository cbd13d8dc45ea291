import GHGCore
import GHGInventory
import GHGMethods

/// The inventory as a readable table: for each year (and region), the category tree with the
/// mass of each gas and the CO2 equivalent, the total, the memo items and scope 2 apart, and the
/// factors used with their sources.
public enum InventoryTableReport {
    public static func render(_ inventory: Inventory) -> String {
        let tree = inventory.tree
        var out = ""
        out += "GHG inventory (\(ToolInfo.name) \(ToolInfo.version))\n"
        out += "Input:          \(InputList(inventory: inventory).text); \(inventory.recordCount) records, \(inventory.sources.count) sources\n"
        out += "Factor library: \(inventory.librarySummary)\n"
        out += "GWP:            \(inventory.options.gwp.summary)\n"
        out += "Units:          tonnes of each gas; CO2e in tonnes of CO2 equivalent\n"
        let regions = Array(Set(inventory.rollups.map(\.region))).sorted()
        for year in inventory.years {
            for region in regions {
                let rollups = Reporting.allCases.compactMap { inventory.rollup(year: year, region: region, reporting: $0) }
                guard !rollups.isEmpty else { continue }
                for rollup in rollups {
                    out += "\n" + String(year) + (region.isEmpty ? "" : " · \(region)") + " · " + rollup.reporting.title + "\n"
                    out += renderRollup(rollup, tree: tree, fullTree: rollup.reporting == .territorial)
                }
            }
        }
        if !inventory.notations.isEmpty {
            out += "\nNotation keys (no figure, by the inputs' own account)\n"
            for entry in inventory.notations.sorted(by: { ($0.year, $0.category, $0.line) < ($1.year, $1.category, $1.line) }) {
                let category = tree[entry.category]
                out += "  \(entry.year) \(category.code) \(category.nameEnglish)\(entry.activityID.map { " \($0)" } ?? "")\(entry.region.isEmpty ? "" : " (\(entry.region))"): "
                out += "\(entry.key.rawValue) (\(entry.key.meaning))\(entry.dataSource.isEmpty ? "" : "; \(entry.dataSource)")\n"
            }
        }
        let filled = inventory.sources.filter { $0.source.filled != nil }
        if !filled.isEmpty {
            out += "\nFilled gaps of the time series (IPCC 2006 Vol 1 Ch 5), not read from records\n"
            for result in filled {
                let source = result.source
                out += "  \(source.year) \(tree[source.category].code) \(result.activityID)\(source.region.isEmpty ? "" : " (\(source.region))"): "
                out += "\(NumberFormat.human(source.amount)) \(source.unit.symbol), \(source.filled!)\n"
            }
        }
        out += "\nFactors used\n"
        var seen = Set<String>()
        var recordValues = 0
        for result in inventory.sources {
            for use in result.emissions.factors {
                if use.origin == .record { recordValues += 1 }
                guard use.origin == .library, seen.insert(use.factorID).inserted else { continue }
                let gas = use.gas.map { " \($0.rawValue)" } ?? ""
                out += "  \(use.factorID): \(use.parameter.rawValue)\(gas) = \(NumberFormat.machine(use.value)) \(use.unit.symbol) (\(use.citation))\n"
            }
        }
        if recordValues > 0 { out += "  and \(recordValues) values given by activity records (Tier 2/3)\n" }
        out += "\nThe audit trail (each row's records, lines, method, equation and factors): --format json\n"
        return out
    }

    static func renderRollup(_ rollup: CategoryRollup, tree: CategoryTree, fullTree: Bool) -> String {
        let gases = Gas.allCases.filter { rollup.total.reported.contains($0) }
        // Outside the territorial table only the reported categories are listed, not their parents.
        let parents = Set(rollup.nodes.keys.compactMap { tree[$0].parent })
        let nodes = rollup.nodes.keys.sorted().filter { index in fullTree || !parents.contains(index) }
        var table: [[String]] = [["Code", "Category"] + gases.map(\.rawValue) + ["CO2e"]]
        for index in nodes {
            guard let totals = rollup.nodes[index] else { continue }
            let category = tree[index]
            let name = String(repeating: "  ", count: category.depth) + category.nameEnglish
            table.append([category.code, truncate(name, 46)] + gases.map { cell(totals, $0) } + [NumberFormat.human(totals.co2eTonnes)])
        }
        table.append(["Total", ""] + gases.map { cell(rollup.total, $0) } + [NumberFormat.human(rollup.total.co2eTonnes)])
        if rollup.total.removalsCO2eTonnes != 0 {
            let blank = gases.map { _ in "" }
            table.append(["", "gross emissions"] + blank + [NumberFormat.human(rollup.total.grossCO2eTonnes)])
            table.append(["", "removals (3.B, included in Total)"] + blank + [NumberFormat.human(rollup.total.removalsCO2eTonnes)])
            return layout(table, footerRows: 3)
        }
        return layout(table)
    }

    static func cell(_ totals: GasTotals, _ gas: Gas) -> String {
        totals.reported.contains(gas) ? NumberFormat.human(totals.mass(gas)) : "-"
    }

    static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// Aligns the cells: text columns (the first `leftColumns`, and the last when
    /// `lastColumnIsText`) to the left, numbers to the right; rules under the header and above the
    /// last `footerRows` rows (totals).
    static func layout(_ table: [[String]], footerRows: Int = 1, leftColumns: Int = 2, lastColumnIsText: Bool = false) -> String {
        guard let first = table.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for row in table { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for (r, row) in table.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += i < leftColumns || (lastColumnIsText && i == row.count - 1) ? cell + pad : pad + cell
                if i < row.count - 1 { line += "  " }
            }
            out += "  " + line.replacingTrailingSpaces() + "\n"
            if r == 0 || (footerRows > 0 && r == table.count - 1 - footerRows) {
                out += "  " + String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n"
            }
        }
        return out
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
