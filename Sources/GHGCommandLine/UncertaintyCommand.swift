import Foundation
import GHGCore
import GHGMRV
import GHGReports

/// `ghg uncertainty FILE...`: Approach 1 (error propagation) and, with `--method montecarlo`,
/// Approach 2.
struct UncertaintyCommand {
    let tool: CommandLineTool
    static let usage = "ghg uncertainty FILE... [--method approach1|montecarlo] [--iterations N] [--seed S] [--uncertainties FILE]"

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: MRVInputs.options.union(["method", "iterations", "seed", "jobs"]), flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.uncertainty + tool.librarySettings)
            return .success
        }
        let format = try OutputFormat(arguments)
        guard format != .csv else { throw UsageError("--format: ghg uncertainty writes table or json") }
        let method = arguments.value("method") ?? "approach1"
        guard ["approach1", "montecarlo"].contains(method) else { throw UsageError("--method: expected approach1 or montecarlo, found '\(method)'") }
        var monteCarlo: MonteCarlo?
        if method == "montecarlo" {
            let iterations = try UncertaintyCommand.positive(arguments, "iterations", default: 10_000)
            var seed: UInt64 = 2006
            if let text = arguments.value("seed") {
                guard let value = UInt64(text) else { throw UsageError("--seed: expected a whole number of 0 or more, found '\(text)'") }
                seed = value
            }
            monteCarlo = MonteCarlo(iterations: iterations, seed: seed, jobs: try UncertaintyCommand.positive(arguments, "jobs", default: availableCores()))
        } else if arguments.value("iterations") != nil || arguments.value("seed") != nil || arguments.value("jobs") != nil {
            throw UsageError("--iterations, --seed and --jobs are for --method montecarlo")
        }
        let inputs = try MRVInputs(arguments, tool: tool, usage: UncertaintyCommand.usage)
        let analysis = try UncertaintyAnalysis(inventory: inputs.inventory, table: inputs.table, baseYear: inputs.baseYear, year: inputs.year, monteCarlo: monteCarlo)
        tool.report(analysis.unusedTableRows.map { entry in
            Diagnostic.warning(
                at: entry.location,
                "this row of the uncertainty table covers no emission of \(analysis.baseYear) or \(analysis.year) that uses it (check the category, gas and activity; an activity uncertainty the records give themselves comes first)")
        })
        let table = arguments.value("uncertainties")
        let text = format == .json
            ? UncertaintyReport.json(analysis, inputs: inputs.inputList, uncertaintyTable: table)
            : UncertaintyReport.table(analysis, inputs: inputs.inputList.text, provenance: inputs.inputList.provenanceLines)
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }

    static func positive(_ arguments: Arguments, _ name: String, default value: Int) throws(UsageError) -> Int {
        guard let text = arguments.value(name) else { return value }
        guard let number = Int(text), number >= 1 else { throw UsageError("--\(name): expected a whole number of at least 1, found '\(text)'") }
        return number
    }
}
