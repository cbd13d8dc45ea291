import Foundation
import Testing

/// A wrong command line exits 64 and says what is accepted; help and version exit 0.
@Suite("Usage")
struct UsageTests {
    @Test func unknownOptionExits64AndListsTheOptions() {
        expectUsageError(
            ["inventory", PackagePaths.exampleActivity.path, "--bogus"],
            mentions: ["unknown option '--bogus'", "--format", "--gwp", "ghg help inventory"])
    }

    @Test func unknownCommandExits64AndListsTheCommands() {
        expectUsageError(["frobnicate"], mentions: ["unknown command 'frobnicate'", "inventory, uncertainty, keycat, check, verify, explain, scenario, compare, batch, merge, factors, categories"])
    }

    @Test func unknownGWPSetExits64AndListsTheSets() {
        expectUsageError(
            ["inventory", PackagePaths.exampleActivity.path, "--gwp", "AR9"],
            mentions: ["unknown GWP set 'AR9'", "AR4", "AR5", "AR6"])
    }

    @Test func unknownFormatExits64() {
        expectUsageError(
            ["inventory", PackagePaths.exampleActivity.path, "--format", "xml"], mentions: ["unknown format 'xml'", "table, csv or json"])
    }

    @Test func unknownEditionExits64() {
        expectUsageError(["inventory", PackagePaths.exampleActivity.path, "--edition", "1996"], mentions: ["unknown edition '1996'"])
    }

    @Test func optionWithoutValueExits64() {
        expectUsageError(["inventory", PackagePaths.exampleActivity.path, "--gwp"], mentions: ["option --gwp needs a value"])
    }

    @Test func flagWithValueExits64() {
        expectUsageError(["inventory", PackagePaths.exampleActivity.path, "--by-region=yes"], mentions: ["--by-region takes no value"])
    }

    @Test func inventoryWithoutFileExits64() {
        expectUsageError(["inventory"], mentions: ["missing the activity data file"])
    }

    @Test func usageErrorWritesNoOutputFile() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path("inventory.json")
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path, "--gwp", "AR9", "--out", out])
        #expect(result.exitCode == 64, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try scratch.contents().isEmpty)
    }

    @Test func unknownFactorsOptionsExit64() {
        expectUsageError(["factors", "--category", "9.Z"], mentions: ["unknown IPCC 2006 category code '9.Z'"])
        expectUsageError(["factors", "--activity", "unobtainium"], mentions: ["unknown activity 'unobtainium'", "ghg factors --activities"])
        expectUsageError(["factors", "--gas", "XeF6"], mentions: ["unknown gas 'XeF6'"])
        expectUsageError(["categories", "--gwp", "AR5"], mentions: ["unknown option '--gwp'"])
    }

    @Test func libraryFolderThatDoesNotExistIsAnInputError() throws {
        let scratch = try ScratchFolder()
        let missing = scratch.path("no-library")
        let result = runGHG(["factors", "--library", missing])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("\(missing): error: the factor folder does not exist"), "\(result)")
    }

    @Test func outputToMissingFolderExits73() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path("no-such-folder/inventory.csv")
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "csv", "--out", out])
        #expect(result.exitCode == 73, "\(result)")
        #expect(result.standardError.contains("cannot write"), "\(result)")
        #expect(try scratch.contents().isEmpty)
    }

    // MARK: Help

    @Test func noArgumentsPrintsTheOverview() {
        let result = runGHG([])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("Usage: ghg <command>"))
        #expect(result.standardError.isEmpty)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func overviewHelpHasExamples(_ arguments: [String]) {
        let result = runGHG(arguments)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("Examples"), "\(result)")
        #expect(result.standardOutput.contains("inventory"), "\(result)")
        #expect(result.standardError.isEmpty)
    }

    @Test(arguments: ["inventory", "factors", "categories"])
    func commandHelpHasExamples(_ command: String) {
        for arguments in [["help", command], [command, "--help"], [command, "-h"]] {
            let result = runGHG(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result)")
            #expect(result.standardOutput.contains("Examples"), "\(arguments): \(result)")
            #expect(result.standardOutput.contains("ghg \(command)"), "\(arguments): \(result)")
        }
    }

    @Test func inventoryHelpDocumentsTheOptions() {
        let text = runGHG(["help", "inventory"]).standardOutput
        for option in ["--format", "--gwp", "--factors", "--library", "--edition", "--by-region", "--out"] {
            #expect(text.contains(option), "help inventory should document \(option)")
        }
    }

    @Test func versionPrintsNameAndVersion() {
        let result = runGHG(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("ghg "), "\(result)")
    }
}
