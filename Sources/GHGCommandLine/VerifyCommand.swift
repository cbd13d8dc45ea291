import Foundation
import GHGCore
import GHGFactors
import GHGMRV
import GHGReports

/// `ghg verify FACILITY_REPORT...`: facility reports recomputed with the factor library and
/// compared with what they declare; exit code 2 when a declaration differs beyond the tolerance.
struct VerifyCommand {
    let tool: CommandLineTool
    static let usage = "ghg verify FACILITY_REPORT... [--tolerance PERCENT] [--threshold T_CO2E] [--format table|json]"

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: LibraryOptions.options.union(["format", "gwp", "out", "tolerance", "threshold"]), flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.verify + tool.librarySettings)
            return .success
        }
        guard !arguments.positionals.isEmpty else { throw UsageError("missing the facility report; usage: \(VerifyCommand.usage)") }
        let format = try OutputFormat(arguments)
        guard format != .csv else { throw UsageError("--format: ghg verify writes table or json") }
        var verification = FacilityVerification()
        if let text = arguments.value("tolerance") {
            guard let value = Double(text), value >= 0 else { throw UsageError("--tolerance: expected a percentage of 0 or more, found '\(text)'") }
            verification.tolerancePercent = value
        }
        if let text = arguments.value("threshold") {
            guard let value = Double(text), value > 0 else { throw UsageError("--threshold: expected t CO2e a year above 0, found '\(text)'") }
            verification.thresholdTonnes = value
        }
        var gwp = GWPSet.default
        if let name = arguments.value("gwp") {
            guard let set = GWPSet(name: name) else { throw UsageError("unknown GWP set '\(name)'; expected AR4, AR5 or AR6") }
            gwp = set
        }
        let library = try LibraryOptions(arguments, tool: tool).load()
        var reports: [FacilityReport] = []
        var diagnostics: [Diagnostic] = []
        for path in arguments.positionals {
            do {
                reports.append(try FacilityReport.read(path: path, library: library))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        for report in reports { tool.report(report.dataset.warnings) }
        let result = try verification.verify(reports, library: library, gwp: gwp)
        let inputs = InputList(files: reports.map(\.file), fingerprints: reports.flatMap(\.dataset.fingerprints), library: library, gwp: gwp)
        let text = format == .json
            ? VerificationReport.json(result, verification: verification, inputs: inputs)
            : VerificationReport.table(result, verification: verification, inputs: inputs.text, provenance: inputs.provenanceLines)
        try tool.emit(text, out: arguments.value("out"))
        return result.facilities.contains { $0.discrepancies > 0 } ? .checksFailed : .success
    }
}
