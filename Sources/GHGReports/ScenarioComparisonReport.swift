import GHGCore
import GHGScenarios

/// Several scenarios side by side (`ghg compare`): total emissions of each pathway and the
/// intensity per GRDP by year, and every target.
public enum ScenarioComparisonReport {
    public static func render(_ results: [ScenarioResult]) -> String {
        var out = "Scenarios compared\n"
        for result in results {
            let definition = result.definition
            out += "  \(definition.id): \(definition.name) (\(definition.file); base \(definition.base.year), GWP \(definition.base.gwp.rawValue), \(definition.base.boundary.rawValue))\n"
        }
        let years = Array(Set(results.flatMap(\.definition.reportYears))).sorted()
        func cell(_ result: ScenarioResult, _ year: Int, _ value: (Int) -> Double?) -> String {
            guard result.definition.reportYears.contains(year), let number = value(year) else { return "" }
            return ScenarioTableReport.human(number)
        }
        out += "\nTotal emissions (t CO2e)\n"
        var header = ["Year", ""]
        for result in results { header += Pathway.allCases.map { "\(result.definition.id) \($0.title)" } }
        var table = [header]
        for year in years {
            var row = [String(year), ""]
            for result in results { row += Pathway.allCases.map { pathway in cell(result, year) { result.total(pathway, year: $0) } } }
            table.append(row)
        }
        out += InventoryTableReport.layout(table, footerRows: 0)

        let withGRDP = results.filter { $0.model.grdpMillionVND != nil }
        if !withGRDP.isEmpty {
            out += "\nIntensity (t CO2e per million VND of GRDP at constant prices)\n"
            var header = ["Year", ""]
            for result in withGRDP { header += Pathway.allCases.map { "\(result.definition.id) \($0.title)" } }
            var table = [header]
            for year in years {
                var row = [String(year), ""]
                for result in withGRDP {
                    row += Pathway.allCases.map { pathway in
                        guard result.definition.reportYears.contains(year), let value = result.intensity(pathway, year: year) else { return "" }
                        return ScenarioTableReport.intensity(value)
                    }
                }
                table.append(row)
            }
            out += InventoryTableReport.layout(table, footerRows: 0)
        }

        let outcomes = results.flatMap { result in result.targetOutcomes.map { (result.definition.id, $0) } }
        if !outcomes.isEmpty {
            out += "\nTargets\n"
            var table = [["Scenario", "Target", "Pathway", "Requirement", "Years", "Tightest margin", "Result"]]
            for (id, outcome) in outcomes {
                let years = outcome.target.years
                let span = years.count == 1 ? String(years.lowerBound) : "\(years.lowerBound)-\(years.upperBound)"
                let margin = outcome.tightest.map { ScenarioTableReport.figure($0.margin, outcome) + " in \($0.year)" } ?? ""
                table.append([
                    id, outcome.target.id, outcome.target.pathway.rawValue, ScenarioTableReport.requirement(outcome.target), span, margin,
                    outcome.met ? "met" : "MISSED",
                ])
            }
            out += ScenarioTableReport.layoutLeft(table, leftColumns: 5)
        }
        return out
    }

    /// Every scenario's long CSV rows under one header.
    public static func csv(_ results: [ScenarioResult]) -> String {
        var writer = CSVWriter(header: ScenarioCSVReport.header)
        for result in results { ScenarioCSVReport.append(result, to: &writer) }
        return writer.text
    }

    /// `{"scenarios": [...]}`, each as `ghg scenario --format json` writes it.
    public static func json(_ results: [ScenarioResult]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.beginArray("scenarios")
        for result in results {
            json.beginObject()
            ScenarioJSONReport.write(result, into: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }
}
