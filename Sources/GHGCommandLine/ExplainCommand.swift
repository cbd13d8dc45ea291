import Foundation
import GHGActivity
import GHGCore
import GHGInventory
import GHGReports

/// `ghg explain FILE... CATEGORY YEAR`: how the emissions of a category in a year were computed.
struct ExplainCommand {
    let tool: CommandLineTool
    static let usage = "ghg explain FILE... CATEGORY YEAR [--gwp AR4|AR5|AR6] [--factors DIR] [--library DIR] [--edition 2006|2019] [--out FILE]"

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: LibraryOptions.options.union(["gwp", "out"]), flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.explain + tool.librarySettings)
            return .success
        }
        let positionals = arguments.positionals
        guard positionals.count >= 3 else { throw UsageError("expected activity files, a category and a year; usage: \(ExplainCommand.usage)") }
        let code = positionals[positionals.count - 2], yearText = positionals[positionals.count - 1]
        guard let category = CategoryTree.ipcc2006.index(of: code) else {
            throw UsageError("'\(code)' is not an IPCC 2006 category code (see ghg categories); usage: \(ExplainCommand.usage)")
        }
        guard let year = Int(yearText), (1900...2100).contains(year) else { throw UsageError("'\(yearText)' is not a year; usage: \(ExplainCommand.usage)") }
        var options = InventoryOptions()
        if let name = arguments.value("gwp") {
            guard let gwp = GWPSet(name: name) else { throw UsageError("unknown GWP set '\(name)'; expected AR4, AR5 or AR6") }
            options.gwp = gwp
        }
        options.years = [year]
        let library = try LibraryOptions(arguments, tool: tool).load()
        let dataset = try ActivityDataParser(library: library).parse(files: Array(positionals.dropLast(2)))
        tool.report(dataset.warnings)
        let inventory = try InventoryBuilder(library: library, options: options).build(dataset)
        try tool.emit(ExplainReport.table(inventory, category: category, year: year), out: arguments.value("out"))
        return .success
    }
}
