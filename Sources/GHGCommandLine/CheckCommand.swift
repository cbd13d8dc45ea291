import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMRV
import GHGReports

/// `ghg check FILE...`: the QA/QC checks of the inventory of activity data files; exit code 2
/// when a check finds an error.
struct CheckCommand {
    let tool: CommandLineTool
    static let usage = "ghg check FILE... [--reference SUPPLY.csv] [--jump PERCENT] [--years LIST] [--format table|json]"

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: LibraryOptions.options.union(["format", "gwp", "out", "years", "reference", "jump"]), flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.check + tool.librarySettings)
            return .success
        }
        guard !arguments.positionals.isEmpty else { throw UsageError("missing the activity data file; usage: \(CheckCommand.usage)") }
        let format = try OutputFormat(arguments)
        guard format != .csv else { throw UsageError("--format: ghg check writes table or json") }
        var checks = QualityChecks()
        if let text = arguments.value("jump") {
            guard let percent = Double(text), percent > 0 else { throw UsageError("--jump: expected a percentage above 0, found '\(text)'") }
            checks.jumpThresholdPercent = percent
        }
        var options = InventoryOptions()
        if let name = arguments.value("gwp") {
            guard let gwp = GWPSet(name: name) else { throw UsageError("unknown GWP set '\(name)'; expected AR4, AR5 or AR6") }
            options.gwp = gwp
        }
        if let text = arguments.value("years") { options.years = try InventoryCommand.years(text) }
        let library = try LibraryOptions(arguments, tool: tool).load()
        if let path = arguments.value("reference") { checks.referenceApproach = try ReferenceApproach.read(path: path, library: library) }
        let dataset = try ActivityDataParser(library: library).parse(files: arguments.positionals)
        tool.report(dataset.warnings)
        let inventory = try InventoryBuilder(library: library, options: options).build(dataset)
        let findings = try checks.run(inventory, library: library)
        var inputs = InputList(files: inventory.inputFiles, fingerprints: inventory.inputFingerprints, library: library, gwp: options.gwp)
        if let file = checks.referenceApproach?.file { inputs.otherInputs.append(file) }
        let text = format == .json
            ? QualityReport.json(findings, inputs: inputs, reference: arguments.value("reference"))
            : QualityReport.table(findings, inputs: inputs.text, provenance: inputs.provenanceLines)
        try tool.emit(text, out: arguments.value("out"))
        return findings.contains { $0.severity == .error } ? .checksFailed : .success
    }
}
