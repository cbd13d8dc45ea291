import GHGCore
import GHGReports
import GHGScenarios

/// `ghg compare FILE...`: several scenarios side by side.
struct CompareCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: ["format", "out", "library"], flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.compare + tool.libraryFolderSetting)
            return .success
        }
        guard arguments.positionals.count >= 1 else {
            throw UsageError("missing the scenario files; usage: ghg compare FILE... [--format table|csv|json|iamc] [--out FILE]")
        }
        let format = try ScenarioFormat(arguments)
        let loader = ScenarioLoader(bundledLibrary: try tool.bundledLibrary(arguments))
        var results: [ScenarioResult] = []
        var problems: [Diagnostic] = []
        for file in arguments.positionals {
            do {
                results.append(try loader.run(file))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        var seen: [String: String] = [:]
        for result in results {
            if let other = seen[result.definition.id] {
                throw InputError(
                    at: SourceLocation(file: result.definition.file, jsonPath: "$.id"),
                    "this scenario and \(other) have the same id \"\(result.definition.id)\"; give each scenario its own \"id\" to tell them apart")
            }
            seen[result.definition.id] = result.definition.file
        }
        for result in results { tool.report(result.warnings) }
        let text: String
        switch format {
        case .table: text = ScenarioComparisonReport.render(results)
        case .csv: text = ScenarioComparisonReport.csv(results)
        case .json: text = ScenarioComparisonReport.json(results)
        case .iamc: text = ScenarioIAMCReport.render(results)
        }
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}
