import GHGCore
import GHGInventory
import GHGMethods

/// The inventory as tidy long CSV: one value a row, ready for a spreadsheet's pivot table.
///
/// Columns: `year,region,reporting,category,category_name,gas,quantity,value,unit,gwp_set,edition,filled`.
/// Each row of the inventory gives two lines: `quantity` = `mass` (unit `t CH4` ...) and `co2e`
/// (unit `t CO2e`, with the GWP set named in `gwp_set`). Only the categories the data report are
/// listed; totals are sums of these lines (see the JSON output for the rolled-up tree). `filled`
/// names how the row's gap-filled sources were made (`interpolation between 2014 and 2017`), and
/// is empty for rows computed from records only. A notation key of the inputs (NO, NE, NA, IE, C)
/// is a line of its own after the rows, with `quantity` = `notation_key`, the key as `value`, and
/// empty `gas` and `unit`.
public enum InventoryCSVReport {
    public static let header = ["year", "region", "reporting", "category", "category_name", "gas", "quantity", "value", "unit", "gwp_set", "edition", "filled"]

    public static func render(_ inventory: Inventory) -> String {
        var writer = CSVWriter(header: header)
        let tree = inventory.tree
        for row in inventory.rows {
            let category = tree[row.category]
            let common = [String(row.year), row.region, row.reporting.rawValue, category.code, category.nameEnglish, row.gas.rawValue]
            let tail = [inventory.options.gwp.rawValue, inventory.edition.rawValue, filled(row, inventory) ?? ""]
            writer.row(common + ["mass", NumberFormat.machine(row.massTonnes), "t \(row.gas.rawValue)"] + tail)
            writer.row(common + ["co2e", NumberFormat.machine(row.co2eTonnes), "t CO2e"] + tail)
        }
        // Notation keys stay keys: a line with quantity `notation_key` and the key as its value.
        for entry in inventory.notations.sorted(by: { ($0.year, $0.category, $0.line) < ($1.year, $1.category, $1.line) }) {
            let category = tree[entry.category]
            writer.row(
                [String(entry.year), inventory.options.byRegion ? entry.region : "", Reporting.territorial.rawValue, category.code, category.nameEnglish, "",
                 "notation_key", entry.key.rawValue, "", inventory.options.gwp.rawValue, inventory.edition.rawValue, ""])
        }
        return writer.text
    }

    /// How the gap-filled sources of `row` were made, `; `-separated; nil when none was filled.
    public static func filled(_ row: InventoryRow, _ inventory: Inventory) -> String? {
        var methods: [String] = []
        for contribution in row.contributions {
            if let filled = inventory.sources[contribution.source].source.filled, !methods.contains(filled) { methods.append(filled) }
        }
        return methods.isEmpty ? nil : methods.joined(separator: "; ")
    }
}
