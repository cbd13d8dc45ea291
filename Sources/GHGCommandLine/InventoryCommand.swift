import Foundation
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
            words, options: LibraryOptions.options.union(["format", "gwp", "out", "years"]), flags: ["help", "by-region"])
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
        if let text = arguments.value("years") { options.years = try InventoryCommand.years(text) }
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

    /// `2019`, `2019,2022`, `2015-2030` or a mix: the years to report.
    static func years(_ text: String) throws(UsageError) -> [Int] {
        var years: [Int] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            switch bounds.count {
            case 1:
                guard let year = bounds[0], (1900...2100).contains(year) else { throw UsageError("--years: '\(part)' is not a year between 1900 and 2100") }
                years.append(year)
            case 2:
                guard let from = bounds[0], let to = bounds[1], (1900...2100).contains(from), (1900...2100).contains(to), from <= to else {
                    throw UsageError("--years: '\(part)' is not a range of years such as 2015-2030")
                }
                years += Array(from...to)
            default:
                throw UsageError("--years: '\(part)' is not a year or a range such as 2015-2030")
            }
        }
        guard !years.isEmpty else { throw UsageError("--years needs a year, a list (2019,2022) or a range (2015-2030)") }
        return years
    }
}
