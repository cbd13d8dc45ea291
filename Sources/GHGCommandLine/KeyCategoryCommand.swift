import Foundation
import GHGCore
import GHGMRV
import GHGReports

/// `ghg keycat FILE...`: key category analysis, level and trend, Approach 1 and (with
/// uncertainties) Approach 2.
struct KeyCategoryCommand {
    let tool: CommandLineTool
    static let usage = "ghg keycat FILE... [--approach 1|2|both] [--base-year Y] [--year T] [--uncertainties FILE]"

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: MRVInputs.options.union(["approach"]), flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.keycat + tool.librarySettings)
            return .success
        }
        let format = try OutputFormat(arguments)
        guard format != .csv else { throw UsageError("--format: ghg keycat writes table or json") }
        let approaches: [KeyCategoryAnalysis.Approach]
        switch arguments.value("approach") ?? "1" {
        case "1": approaches = [.approach1]
        case "2": approaches = [.approach2]
        case "both": approaches = [.approach1, .approach2]
        case let other: throw UsageError("--approach: expected 1, 2 or both, found '\(other)'")
        }
        let inputs = try MRVInputs(arguments, tool: tool, usage: KeyCategoryCommand.usage)
        let uncertainty = try UncertaintyAnalysis(inventory: inputs.inventory, table: inputs.table, baseYear: inputs.baseYear, year: inputs.year)
        var analyses: [KeyCategoryAnalysis] = []
        for approach in approaches {
            var assessments: [KeyCategoryAnalysis.Assessment] = [.level]
            if uncertainty.baseYear != uncertainty.year { assessments.append(.trend) }
            for assessment in assessments {
                analyses.append(
                    KeyCategoryAnalysis(rows: uncertainty.rows, approach: approach, assessment: assessment, baseYear: uncertainty.baseYear, year: uncertainty.year))
            }
        }
        let text = format == .json
            ? KeyCategoryReport.json(analyses, inputs: inputs.inputList, uncertaintyTable: arguments.value("uncertainties"))
            : KeyCategoryReport.table(analyses, inputs: inputs.inputList.text, provenance: inputs.inputList.provenanceLines)
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}
