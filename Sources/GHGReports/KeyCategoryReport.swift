import GHGCore
import GHGMRV

/// Key category analysis as the tables of IPCC 2006 Vol 1 Ch 4 (Table 4.2 for the level, 4.3 for
/// the trend), readable or as JSON.
public enum KeyCategoryReport {
    public static func table(_ analyses: [KeyCategoryAnalysis], inputs: String, provenance: String = "") -> String {
        let tree = CategoryTree.ipcc2006
        var out = "Key categories (\(ToolInfo.name) \(ToolInfo.version)): IPCC 2006 Vol 1 Ch 4\n"
        out += "Input:  \(inputs)\n" + provenance
        for analysis in analyses {
            let approach = analysis.approach == .approach1 ? "Approach 1" : "Approach 2 (weighted by uncertainty)"
            let what = analysis.assessment == .level ? "level assessment, \(analysis.year)" : "trend assessment, \(analysis.baseYear)-\(analysis.year)"
            out += "\n\(approach), \(what): key up to \(Int(analysis.threshold * 100)) % of the cumulative total\n"
            if let reason = analysis.undefinedReason {
                out += "  Not defined: \(reason)\n"
                continue
            }
            // The base year's column only when it is another year.
            let twoYears = analysis.baseYear != analysis.year
            var rows: [[String]] = [
                ["category", "gas", "name"] + (twoYears ? ["\(analysis.baseYear) t CO2e"] : []) + ["\(analysis.year) t CO2e"]
                    + (analysis.approach == .approach2 ? ["uncertainty %"] : []) + ["share %", "cumulative %", "key"]
            ]
            for line in analysis.lines {
                rows.append(
                    [line.key.code, line.key.gas.rawValue, shortName(tree[line.key.category].nameEnglish)]
                        + (twoYears ? [NumberFormat.human(line.baseEmissions)] : []) + [NumberFormat.human(line.emissions)]
                        + (analysis.approach == .approach2 ? [line.uncertaintyPercent.map { NumberFormat.grouped($0, decimals: 2) } ?? ""] : [])
                        + [NumberFormat.grouped(line.share * 100, decimals: 2), NumberFormat.grouped(line.cumulative * 100, decimals: 2), line.isKey ? "key" : ""])
            }
            out += InventoryTableReport.layout(rows, footerRows: 0, leftColumns: 3)
            out += "  \(analysis.keyLines.count) key of \(analysis.lines.count)\n"
            if !analysis.notEstimated.isEmpty {
                out += "  Covers \(NumberFormat.grouped(analysis.coveredShare * 100, decimals: 1)) % of the absolute emissions of \(analysis.year); left out (uncertainty not estimated: see ghg uncertainty): "
                out += "\(analysis.notEstimated.map { "\($0.code) \($0.gas.rawValue)" }.joined(separator: ", "))\n"
            }
        }
        return out
    }

    public static func json(_ analyses: [KeyCategoryAnalysis], inputs: InputList, uncertaintyTable: String?) -> String {
        var json = JSONWriter()
        json.beginObject()
        inputs.writeHeader(to: &json)
        json.optionalString("uncertainty_table", uncertaintyTable)
        json.beginArray("assessments")
        for analysis in analyses {
            json.beginObject()
            json.string("approach", analysis.approach.rawValue)
            json.string("assessment", analysis.assessment.rawValue)
            json.int("base_year", analysis.baseYear)
            json.int("year", analysis.year)
            json.number("threshold", analysis.threshold)
            json.number("covered_share", analysis.coveredShare)
            json.optionalString("undefined", analysis.undefinedReason)
            json.beginArray("lines")
            for line in analysis.lines {
                json.beginObject()
                json.string("category", line.key.code)
                json.string("gas", line.key.gas.rawValue)
                json.number("base_year_co2e_t", line.baseEmissions)
                json.number("year_co2e_t", line.emissions)
                json.optionalNumber("uncertainty_percent", line.uncertaintyPercent)
                json.number("assessment", line.assessment)
                json.number("share", line.share)
                json.number("cumulative", line.cumulative)
                json.bool("key", line.isKey)
                json.endObject()
            }
            json.endArray()
            json.beginArray("not_estimated")
            for key in analysis.notEstimated {
                json.beginObject()
                json.string("category", key.code)
                json.string("gas", key.gas.rawValue)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    static func shortName(_ name: String) -> String { name.count > 40 ? String(name.prefix(39)) + "…" : name }
}
