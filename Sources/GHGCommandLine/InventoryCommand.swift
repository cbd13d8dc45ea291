import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMRV
import GHGReports

/// `ghg inventory FILE...`: computes the inventory of activity data files.
struct InventoryCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(
            words, options: LibraryOptions.options.union(["format", "gwp", "out", "years", "fill", "surrogate", "facilities"]), flags: ["help", "by-region"])
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
        let statistics = try ActivityDataParser(library: library).parse(files: arguments.positionals)
        tool.report(statistics.warnings)
        let filler = try InventoryCommand.gapFiller(arguments, years: options.years)
        var facilities: [FacilityReport] = []
        var diagnostics: [Diagnostic] = []
        for path in arguments.all("facilities") {
            do {
                facilities.append(try FacilityReport.read(path: path, library: library))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        let prepared = ProvincialActivityData.prepare(
            statistics: statistics, years: options.years ?? [], filler: filler, facilities: facilities, library: library
        ) { source in
            "\(CategoryTree.ipcc2006[source.category].code) \(library.activities[source.activity].id)\(source.region.isEmpty ? "" : " (\(source.region))")"
        }
        tool.report(prepared.unfilled.map { gap in
            Diagnostic.warning(at: nil, "\(gap.description): \(gap.year) is not filled: \(gap.reasons.joined(separator: "; "))")
        })
        tool.report(prepared.rollUpFindings.map { Diagnostic.warning(at: nil, $0.message) })
        let dataset = prepared.dataset
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

    /// The gap filler `--fill METHOD[,METHOD...]` asks for (with `--surrogate FILE` for the
    /// surrogate method); nil without `--fill`.
    static func gapFiller(_ arguments: Arguments, years: [Int]?) throws -> ActivityGapFiller? {
        guard let text = arguments.value("fill") else {
            if arguments.value("surrogate") != nil { throw UsageError("--surrogate is for --fill surrogate") }
            return nil
        }
        guard years != nil else { throw UsageError("--fill needs --years: the years whose gaps are filled, such as --years 2014-2022") }
        var methods: [GapFilling.Method] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let method = GapFilling.Method(rawValue: name), method != .overlap else {
                throw UsageError("--fill: '\(name)' is not a method; expected interpolation, trend or surrogate, or several in order (interpolation,trend)")
            }
            methods.append(method)
        }
        var surrogate: SurrogateSeries?
        if let path = arguments.value("surrogate") {
            guard methods.contains(.surrogate) else {
                throw UsageError("--surrogate is for --fill surrogate; add surrogate to --fill (such as --fill interpolation,surrogate)")
            }
            surrogate = try SurrogateSeries.read(path: path)
        } else if methods.contains(.surrogate) {
            throw UsageError("--fill surrogate needs --surrogate FILE (a CSV of year,value: GRDP, population ...)")
        }
        return ActivityGapFiller(methods: methods, surrogate: surrogate)
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
