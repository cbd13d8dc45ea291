import GHGScenarios

/// The scenario as tidy long CSV: `scenario,pathway,region,variable,unit,year,value`, one value
/// a row, for spreadsheets, pandas and R.
public enum ScenarioCSVReport {
    public static let header = ["scenario", "pathway", "region", "variable", "unit", "year", "value"]

    public static func render(_ result: ScenarioResult) -> String {
        var writer = CSVWriter(header: header)
        append(result, to: &writer)
        return writer.text
    }

    /// Appends the rows of `result` (for `ghg compare`, several scenarios in one file).
    public static func append(_ result: ScenarioResult, to writer: inout CSVWriter) {
        let years = result.definition.reportYears
        for variable in ScenarioVariable.all(result, years: years) {
            for (index, year) in years.enumerated() {
                guard let value = variable.values[index] else { continue }
                writer.row([
                    result.definition.id, variable.pathway.rawValue, result.definition.region, variable.name, variable.unit, String(year),
                    NumberFormat.machine(value),
                ])
            }
        }
    }
}
