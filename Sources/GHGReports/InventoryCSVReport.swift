import GHGCore
import GHGInventory

/// The inventory as tidy long CSV: one value a row, ready for a spreadsheet's pivot table.
///
/// Columns: `year,region,reporting,category,category_name,gas,quantity,value,unit,gwp_set,edition`.
/// Each row of the inventory gives two lines: `quantity` = `mass` (unit `t CH4` ...) and `co2e`
/// (unit `t CO2e`, with the GWP set named in `gwp_set`). Only the categories the data report are
/// listed; totals are sums of these lines (see the JSON output for the rolled-up tree).
public enum InventoryCSVReport {
    public static let header = ["year", "region", "reporting", "category", "category_name", "gas", "quantity", "value", "unit", "gwp_set", "edition"]

    public static func render(_ inventory: Inventory) -> String {
        var writer = CSVWriter(header: header)
        let tree = inventory.tree
        for row in inventory.rows {
            let category = tree[row.category]
            let common = [String(row.year), row.region, row.reporting.rawValue, category.code, category.nameEnglish, row.gas.rawValue]
            let tail = [inventory.options.gwp.rawValue, inventory.edition.rawValue]
            writer.row(common + ["mass", NumberFormat.machine(row.massTonnes), "t \(row.gas.rawValue)"] + tail)
            writer.row(common + ["co2e", NumberFormat.machine(row.co2eTonnes), "t CO2e"] + tail)
        }
        return writer.text
    }
}
