import Foundation
import GHGCore
import GHGInventory
import GHGMethods

/// How the emissions of a category in a year were computed, from the inventory's audit trail:
/// each source with its records (file and lines), method, equation, every value used with its
/// source, the gases, the GWP, and the sum. For `ghg explain`.
public enum ExplainReport {
    /// The sources of `category` (and the categories below it) in `year`, territorial or not.
    public static func sources(_ inventory: Inventory, category: Int, year: Int) -> [Int] {
        let tree = inventory.tree
        return inventory.sources.indices.filter { index in
            let result = inventory.sources[index]
            guard result.source.year == year else { return false }
            return result.emissions.gases.contains { emission in tree.lineage(of: emission.category ?? result.source.category).contains(category) }
        }
    }

    public static func table(_ inventory: Inventory, category: Int, year: Int) -> String {
        let tree = inventory.tree
        let gwp = inventory.options.gwp
        let node = tree[category]
        var out = "How \(node.code) \(node.nameEnglish) in \(year) was computed (\(ToolInfo.name) \(ToolInfo.version))\n"
        out += "Input:          \(InputList(inventory: inventory).text)\n"
        out += "Factor library: \(inventory.librarySummary)\n"
        out += "GWP:            \(gwp.summary)\n"
        let indices = sources(inventory, category: category, year: year)
        let keys = inventory.notations.filter { $0.year == year && tree.lineage(of: $0.category).contains(category) }
        for entry in keys {
            out += "\nNotation key: \(tree[entry.category].code) \(entry.key.rawValue) (\(entry.key.meaning)), \(inventory.inputFiles[entry.file]):\(entry.line)"
            out += entry.dataSource.isEmpty ? "\n" : "; \(entry.dataSource)\n"
        }
        guard !indices.isEmpty else {
            out += "\nNo source of \(node.code) or below it has records in \(year).\n"
            return out
        }
        var totals: [Reporting: Double] = [:]
        for (number, index) in indices.enumerated() {
            let result = inventory.sources[index]
            let source = result.source
            out += "\nSource \(number + 1) of \(indices.count): \(tree[source.category].code) \(result.activityID)"
            if let technology = source.technology { out += " [\(technology)]" }
            if !source.region.isEmpty { out += ", \(source.region)" }
            out += "\n"
            if let filled = source.filled {
                out += "  Amount:   \(NumberFormat.human(source.amount)) \(source.unit.symbol), not from records: gap filled by \(filled)\n"
            } else {
                out += "  Records:  \(inventory.inputFiles[source.file]) line\(source.firstLine == source.lastLine ? " \(source.firstLine)" : "s \(source.firstLine)-\(source.lastLine)") (\(source.recordCount) record\(source.recordCount == 1 ? "" : "s"))"
                out += source.dataSource.isEmpty ? "\n" : ", data source: \(source.dataSource)\n"
                out += "  Amount:   \(NumberFormat.human(source.amount)) \(source.unit.symbol)"
                out += source.uncertaintyPercent.map { " ±\(NumberFormat.grouped($0, decimals: 1)) %\n" } ?? "\n"
            }
            out += "  Method:   \(result.emissions.method), \(result.emissions.equation)\n"
            if let energy = result.emissions.energyTJ { out += "  Energy:   \(NumberFormat.human(energy)) TJ\n" }
            out += "  Values used:\n"
            for use in result.emissions.factors {
                let gas = use.gas.map { " \($0.rawValue)" } ?? ""
                let bounds = use.lower.flatMap { lower in use.upper.map { " (95 %: \(NumberFormat.machine(lower))-\(NumberFormat.machine($0)))" } } ?? ""
                let unit = use.unit.symbol == "1" ? "" : " \(use.unit.symbol)"
                out += "    \(use.parameter.rawValue)\(gas) = \(NumberFormat.machine(use.value))\(unit)\(bounds): "
                out += "\(use.factorID.isEmpty ? "" : use.factorID + ", ")\(use.citation); \(use.reason)\n"
            }
            out += "  Emissions:\n"
            for (gasIndex, emission) in result.emissions.gases.enumerated() {
                let reported = emission.category ?? source.category
                guard tree.lineage(of: reported).contains(category) else { continue }
                let co2e = result.co2eTonnes[gasIndex]
                totals[emission.reporting, default: 0] += co2e
                let factor = gwp.gwp(emission.gas, origin: emission.origin)
                out += "    \(emission.gas.rawValue)\(emission.label.isEmpty ? "" : " (\(emission.label))"): \(shown(emission.massTonnes)) t"
                out += " x GWP \(NumberFormat.machine(factor)) = \(shown(co2e)) t CO2e"
                out += emission.reporting == .territorial ? "" : " [\(emission.reporting.title)]"
                out += reported == source.category ? "\n" : " (reported in \(tree[reported].code))\n"
            }
        }
        out += "\nTotal of \(node.code) in \(year)\n"
        for reporting in Reporting.allCases {
            guard let total = totals[reporting] else { continue }
            out += "  \(reporting.title): \(shown(total)) t CO2e\n"
        }
        return out
    }

    /// A figure to 10 significant digits: the sums' last binary digits (131143.21930000003) are
    /// noise; the JSON inventory has the exact values.
    static func shown(_ value: Double) -> String {
        guard value != 0, value.isFinite, let rounded = Double(String(format: "%.10g", value)) else { return NumberFormat.machine(value) }
        return NumberFormat.machine(rounded)
    }
}
