import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMRV
import GHGReports

/// What the MRV commands (`uncertainty`, `keycat`) read: activity data files computed into an
/// inventory, an optional uncertainty table, and the two years compared.
struct MRVInputs {
    static let options: Set<String> = LibraryOptions.options.union(["format", "gwp", "out", "base-year", "year", "uncertainties"])

    let files: [String]
    let inventory: Inventory
    let table: UncertaintyTable
    let library: FactorLibrary
    let baseYear: Int?
    let year: Int?

    init(_ arguments: Arguments, tool: CommandLineTool, usage: String) throws {
        guard !arguments.positionals.isEmpty else { throw UsageError("missing the activity data file; usage: \(usage)") }
        files = arguments.positionals
        var options = InventoryOptions()
        if let name = arguments.value("gwp") {
            guard let gwp = GWPSet(name: name) else { throw UsageError("unknown GWP set '\(name)'; expected AR4, AR5 or AR6") }
            options.gwp = gwp
        }
        baseYear = try MRVInputs.year(arguments, "base-year")
        year = try MRVInputs.year(arguments, "year")
        let library = try LibraryOptions(arguments, tool: tool).load()
        self.library = library
        let dataset = try ActivityDataParser(library: library).parse(files: files)
        tool.report(dataset.warnings)
        inventory = try InventoryBuilder(library: library, options: options).build(dataset)
        table = try arguments.value("uncertainties").map { path throws(InputError) in try UncertaintyTable.read(path: path, library: library) } ?? UncertaintyTable()
    }

    static func year(_ arguments: Arguments, _ name: String) throws(UsageError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let year = Int(text), (1900...2100).contains(year) else { throw UsageError("--\(name): expected a year between 1900 and 2100, found '\(text)'") }
        return year
    }

    /// The activity files with their fingerprints.
    var inputList: InputList {
        var list = InputList(files: inventory.inputFiles, fingerprints: inventory.inputFingerprints, library: library, gwp: inventory.options.gwp)
        list.otherInputs = inventory.otherInputs + (table.file.map { [$0] } ?? [])
        return list
    }
}
