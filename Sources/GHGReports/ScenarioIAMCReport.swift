import GHGScenarios

/// The scenario in the IAMC layout read by climate-policy tools (pyam, the IPCC AR6 scenario
/// database): `model,scenario,region,variable,unit`, then one column a year. The scenario column
/// is `<id>|BAU`, `<id>|Voluntary`, `<id>|Conditional`.
public enum ScenarioIAMCReport {
    public static func render(_ result: ScenarioResult) -> String { render([result]) }

    /// Several scenarios in one table; years are the union of their reported years.
    public static func render(_ results: [ScenarioResult]) -> String {
        let years = Array(Set(results.flatMap(\.definition.reportYears))).sorted()
        var writer = CSVWriter(header: ["model", "scenario", "region", "variable", "unit"] + years.map(String.init))
        for result in results {
            let definition = result.definition
            let own = definition.reportYears
            for variable in ScenarioVariable.all(result, years: own) {
                let byYear = Dictionary(uniqueKeysWithValues: zip(own, variable.values))
                writer.row(
                    [definition.model, "\(definition.id)|\(variable.pathway.title)", definition.region, variable.name, variable.unit]
                        + years.map { year in (byYear[year] ?? nil).map(NumberFormat.machine) ?? "" })
            }
        }
        return writer.text
    }
}
