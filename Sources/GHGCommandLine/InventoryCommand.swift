import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGReports

/// `ghg inventory FILE...`: computes the inventory of activity data files.
struct InventoryCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(
            words, options: LibraryOptions.options.union(["format", "gwp", "out"]), flags: ["help", "by-region"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.inventory + tool.librarySettings)
            return .success
        }
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing the activity data file; usage: ghg inventory FILE... [--format table|csv|json] [--gwp AR4|AR5|AR6]")
        }
        let format = try OutputFormat(arguments)
        var options = InventoryOptions()
        if let name = arguments.value("gwp") {
            guard let gwp = GWPSet(name: name) else { throw UsageError("unknown GWP set '\(name)'; expected AR4, AR5 or AR6") }
            options.gwp = gwp
        }
        options.byRegion = arguments.has("by-region")
        let library = try LibraryOptions(arguments, tool: tool).load()
        let dataset = try ActivityDataParser(library: library).parse(files: arguments.positionals)
        tool.report(dataset.warnings)
        let inventory = try InventoryBuilder(library: library, options: options).build(dataset)
        let text: String
        switch format {
        case .table: text = InventoryTableReport.render(inventory)
        case .csv: text = InventoryCSVReport.render(inventory)
        case .json: text = InventoryJSONReport.render(inventory)
        }
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}
