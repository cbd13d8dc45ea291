import GHGBatch
import GHGCore
import GHGFactors
import GHGReports

/// The `ghg` command-line tool: reads the command line, runs a command, prints, and returns the
/// exit code. The executable only calls `run`; tests call it too.
public struct CommandLineTool {
    /// Where output goes: standard output and standard error by default; strings in tests.
    public var standardOutput: (String) -> Void
    public var standardError: (String) -> Void
    public var environment: [String: String]
    public var executablePath: String?
    /// Whether standard error is a terminal: long commands then show a progress line.
    public var showsProgress = false

    public init(
        standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void, environment: [String: String],
        executablePath: String?
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.environment = environment
        self.executablePath = executablePath
    }

    /// Runs `ghg` with `arguments` (without the program name).
    public func run(_ arguments: [String]) -> ExitCode {
        guard let command = arguments.first else {
            standardOutput(HelpText.overview)
            return .success
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "inventory": return try InventoryCommand(tool: self).run(rest)
            case "factors": return try FactorsCommand(tool: self).run(rest)
            case "categories": return try CategoriesCommand(tool: self).run(rest)
            case "scenario": return try ScenarioCommand(tool: self).run(rest)
            case "compare": return try CompareCommand(tool: self).run(rest)
            case "batch": return try BatchCommand(tool: self).run(rest)
            case "merge": return try MergeCommand(tool: self).run(rest)
            case "uncertainty": return try UncertaintyCommand(tool: self).run(rest)
            case "keycat": return try KeyCategoryCommand(tool: self).run(rest)
            case "check": return try CheckCommand(tool: self).run(rest)
            case "verify": return try VerifyCommand(tool: self).run(rest)
            case "explain": return try ExplainCommand(tool: self).run(rest)
            case "help", "--help", "-h":
                standardOutput((HelpText.forCommand(rest.first) ?? HelpText.overview) + librarySettings)
                return .success
            case "--version", "version":
                standardOutput("\(ToolInfo.name) \(ToolInfo.version)\n")
                return .success
            default:
                throw UsageError("unknown command '\(command)'; the commands are inventory, uncertainty, keycat, check, verify, explain, scenario, compare, batch, merge, factors, categories, help")
            }
        } catch let error as UsageError {
            let helpTopic = HelpText.forCommand(command) == nil ? "" : " " + command
            standardError("error: \(error.message)\nRun 'ghg help\(helpTopic)' for usage.\n")
            return .usage
        } catch let error as InputError {
            report(error.diagnostics)
            return .inputError
        } catch let error as BatchError {
            if error.diagnostics.isEmpty { standardError("error: \(error.message)\n") } else { report(error.diagnostics) }
            return error.kind == .cannotWrite ? .cannotWrite : .inputError
        } catch let error as OutputFile.WriteError {
            standardError("error: \(error.message)\n")
            return .cannotWrite
        } catch {
            standardError("error: \(error)\n")
            return .inputError
        }
    }

    /// The factor library and defaults a run would use now, for the help texts.
    var librarySettings: String {
        let found = FactorLibraryLocator.bundledFolder(environment: environment, executablePath: executablePath)
        let library = found.map { "\($0)" } ?? "not found (pass --library DIR or set \(FactorLibraryLocator.environmentVariable))"
        return """

            Settings of a run without flags:
              factor library  \(library)
              edition         \(Edition.default) (--edition 2019 for the 2019 Refinement)
              GWP set         \(GWPSet.default.summary)

            """
    }

    /// The factor library folder a scenario run would use now (the edition and GWP set come from
    /// the scenario file).
    var libraryFolderSetting: String {
        let found = FactorLibraryLocator.bundledFolder(environment: environment, executablePath: executablePath)
        let library = found.map { "\($0)" } ?? "not found (pass --library DIR or set \(FactorLibraryLocator.environmentVariable))"
        return "\nFactor library: \(library) (edition, GWP set and your own factor folders are set in the scenario file's \"base\")\n"
    }

    /// Prints diagnostics, one a line, to standard error.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        standardError(diagnostics.map(\.description).joined(separator: "\n") + "\n")
    }

    /// Writes a command's output to `--out FILE` (whole or not at all) or to standard output.
    func emit(_ text: String, out path: String?) throws(OutputFile.WriteError) {
        if let path {
            try OutputFile.write(text, to: path)
        } else {
            standardOutput(text)
        }
    }
}

