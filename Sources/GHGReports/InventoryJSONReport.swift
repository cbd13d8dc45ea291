import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// The inventory as JSON: the run's settings, the rows, the rolled-up totals of the category tree,
/// and the audit trail (every source with its file, lines, method, equation and factors).
///
/// Rows carry `year`, `region`, `reporting`, `category`, `category_name`, `gas`, `mass_t`,
/// `co2e_t` and `sources` (indices into `sources` with each one's share).
public enum InventoryJSONReport {
    public static func render(_ inventory: Inventory) -> String {
        var json = JSONWriter()
        let tree = inventory.tree
        let gwp = inventory.options.gwp
        json.beginObject()
        json.string("tool", ToolInfo.name)
        json.string("version", ToolInfo.version)
        json.beginArray("inputs")
        for file in inventory.inputFiles { json.string(nil, file) }
        json.endArray()
        let inputs = InputList(inventory: inventory)
        inputs.writeFiles(to: &json)
        InputList.writeOtherInputs(inputs.otherInputs, to: &json)
        json.int("records", inventory.recordCount)
        json.beginObject("factor_library")
        json.string("edition", inventory.edition.rawValue)
        json.string("edition_name", inventory.edition.description)
        json.beginArray("folders")
        for folder in inventory.libraryFolders {
            json.beginObject()
            json.string("path", folder.path)
            json.string("layer", folder.layer == .bundled ? "bundled" : "user")
            json.int("factors", folder.factorCount)
            json.string("fingerprint", folder.fingerprint)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.beginObject("gwp")
        json.string("set", gwp.rawValue)
        json.string("source", gwp.sourceNote)
        json.beginObject("values")
        for gas in Gas.allCases {
            if gas == .ch4 && gwp == .ar6 {
                json.number("CH4_fossil", gwp.gwp(.ch4, origin: .fossil))
                json.number("CH4_non_fossil", gwp.gwp(.ch4, origin: .biogenic))
            } else {
                json.number(gas.rawValue, gwp.gwp(gas))
            }
        }
        json.endObject()
        json.endObject()

        json.beginArray("notation_keys")
        for entry in inventory.notations {
            json.beginObject()
            json.int("year", entry.year)
            json.string("region", entry.region)
            json.string("category", tree[entry.category].code)
            json.optionalString("activity", entry.activityID)
            json.string("key", entry.key.rawValue)
            json.string("meaning", entry.key.meaning)
            json.string("file", inventory.inputFiles[entry.file])
            json.int("line", entry.line)
            json.string("data_source", entry.dataSource)
            json.endObject()
        }
        json.endArray()

        json.beginArray("rows")
        for row in inventory.rows {
            let category = tree[row.category]
            json.beginObject()
            json.int("year", row.year)
            json.string("region", row.region)
            json.string("reporting", row.reporting.rawValue)
            json.string("category", category.code)
            json.string("category_name", category.nameEnglish)
            json.string("category_name_vi", category.nameVietnamese)
            json.string("gas", row.gas.rawValue)
            json.number("mass_t", row.massTonnes)
            json.number("co2e_t", row.co2eTonnes)
            if let filled = InventoryCSVReport.filled(row, inventory) { json.string("filled", filled) }
            json.beginArray("sources")
            for contribution in row.contributions {
                json.beginObject()
                json.int("source", contribution.source)
                json.number("mass_t", contribution.massTonnes)
                json.number("co2e_t", contribution.co2eTonnes)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()

        json.beginArray("totals")
        for rollup in inventory.rollups {
            json.beginObject()
            json.int("year", rollup.year)
            json.string("region", rollup.region)
            json.string("reporting", rollup.reporting.rawValue)
            writeTotals(&json, rollup.total)
            json.beginArray("categories")
            for index in rollup.nodes.keys.sorted() {
                guard let totals = rollup.nodes[index] else { continue }
                json.beginObject()
                json.string("category", tree[index].code)
                json.string("category_name", tree[index].nameEnglish)
                writeTotals(&json, totals)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()

        json.beginArray("sources")
        for (index, result) in inventory.sources.enumerated() {
            writeSource(&json, index: index, result: result, inventory: inventory)
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    static func writeTotals(_ json: inout JSONWriter, _ totals: GasTotals) {
        json.number("co2e_t", totals.co2eTonnes)
        if totals.removalsCO2eTonnes != 0 {
            json.number("gross_emissions_co2e_t", totals.grossCO2eTonnes)
            json.number("removals_co2e_t", totals.removalsCO2eTonnes)
        }
        json.beginObject("mass_t")
        for gas in Gas.allCases where totals.reported.contains(gas) {
            json.number(gas.rawValue, totals.mass(gas))
        }
        json.endObject()
    }

    static func writeSource(_ json: inout JSONWriter, index: Int, result: SourceResult, inventory: Inventory) {
        let source = result.source
        let tree = inventory.tree
        json.beginObject()
        json.int("id", index)
        json.string("file", inventory.inputFiles[source.file])
        json.int("first_line", source.firstLine)
        json.int("last_line", source.lastLine)
        json.int("records", source.recordCount)
        json.int("year", source.year)
        json.string("region", source.region)
        json.string("category", tree[source.category].code)
        json.string("activity", result.activityID)
        json.optionalString("technology", source.technology)
        json.number("amount", source.amount)
        json.string("unit", source.unit.symbol)
        json.string("data_source", source.dataSource)
        json.optionalString("filled", source.filled)
        if !source.parameters.qualifiers.isEmpty || !source.parameters.values.isEmpty {
            json.beginObject("parameters")
            for (name, text) in source.parameters.qualifiers.sorted(by: { $0.key < $1.key }) { json.string(name, text) }
            for (name, value) in source.parameters.values.sorted(by: { $0.key < $1.key }) { json.number(name, value) }
            json.endObject()
        }
        json.optionalNumber("uncertainty_percent", source.uncertaintyPercent)
        json.string("method", result.emissions.method)
        json.string("equation", result.emissions.equation)
        json.optionalNumber("energy_TJ", result.emissions.energyTJ)
        json.beginArray("emissions")
        for (gasIndex, emission) in result.emissions.gases.enumerated() {
            json.beginObject()
            json.string("gas", emission.gas.rawValue)
            json.string("origin", emission.origin.rawValue)
            json.string("reporting", emission.reporting.rawValue)
            if let category = emission.category { json.string("category", tree[category].code) }
            if !emission.label.isEmpty { json.string("part", emission.label) }
            json.number("mass_t", emission.massTonnes)
            json.number("co2e_t", result.co2eTonnes[gasIndex])
            json.endObject()
        }
        json.endArray()
        json.beginArray("factors")
        for use in result.emissions.factors {
            json.beginObject()
            json.string("parameter", use.origin == .constant ? "constant" : use.parameter.rawValue)
            json.optionalString("gas", use.gas?.rawValue)
            json.number("value", use.value)
            json.string("unit", use.unit.symbol)
            json.string("origin", use.origin.rawValue)
            json.string("id", use.factorID)
            json.string("citation", use.citation)
            json.string("reason", use.reason)
            json.optionalNumber("lower", use.lower)
            json.optionalNumber("upper", use.upper)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
