import GHGCore
import GHGFactors
import GHGReports
import GHGScenarios

/// `ghg scenario FILE`: projects a scenario (BAU, voluntary, conditional) and checks its targets.
struct ScenarioCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: ["format", "out", "library"], flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.scenario + tool.libraryFolderSetting)
            return .success
        }
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty
                    ? "missing the scenario file; usage: ghg scenario FILE [--format table|csv|json|iamc] [--out FILE]"
                    : "ghg scenario takes one scenario file; to put several side by side use ghg compare")
        }
        let format = try ScenarioFormat(arguments)
        let result = try ScenarioLoader(bundledLibrary: try tool.bundledLibrary(arguments)).run(file)
        tool.report(result.warnings)
        let text: String
        switch format {
        case .table: text = ScenarioTableReport.render(result)
        case .csv: text = ScenarioCSVReport.render(result)
        case .json: text = ScenarioJSONReport.render(result)
        case .iamc: text = ScenarioIAMCReport.render(result)
        }
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}

/// The output formats of `scenario` and `compare`.
enum ScenarioFormat: String {
    case table, csv, json, iamc

    init(_ arguments: Arguments) throws(UsageError) {
        guard let name = arguments.value("format") else {
            self = .table
            return
        }
        guard let format = ScenarioFormat(rawValue: name.lowercased()) else {
            throw UsageError("unknown format '\(name)'; expected table, csv, json or iamc")
        }
        self = format
    }
}
