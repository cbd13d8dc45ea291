import GHGCore
import GHGFactors

/// The options that choose the factor library, shared by `inventory` and `factors`.
struct LibraryOptions {
    static let options: Set<String> = ["library", "factors", "edition"]

    let bundled: String
    let user: [String]
    let edition: Edition

    init(_ arguments: Arguments, tool: CommandLineTool) throws(UsageError) {
        let bundled = try tool.bundledLibrary(arguments)
        self.bundled = bundled
        self.user = arguments.all("factors")
        if let name = arguments.value("edition") {
            guard let edition = Edition(name: name) else { throw UsageError("unknown edition '\(name)'; expected 2006 or 2019") }
            self.edition = edition
        } else {
            self.edition = .default
        }
    }

    func load() throws(InputError) -> FactorLibrary {
        try FactorLibraryLoader.load(bundled: bundled, user: user, edition: edition)
    }
}

/// The output format option.
enum OutputFormat: String {
    case table, csv, json

    init(_ arguments: Arguments) throws(UsageError) {
        guard let name = arguments.value("format") else {
            self = .table
            return
        }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw UsageError("unknown format '\(name)'; expected table, csv or json")
        }
        self = format
    }
}

extension CommandLineTool {
    /// The bundled factor library folder: `--library`, the environment, or beside the tool.
    func bundledLibrary(_ arguments: Arguments) throws(UsageError) -> String {
        guard
            let folder = FactorLibraryLocator.bundledFolder(
                explicit: arguments.value("library"), environment: environment, executablePath: executablePath)
        else {
            throw UsageError(
                "cannot find the bundled factor library (EmissionFactors/); pass --library DIR or set \(FactorLibraryLocator.environmentVariable)")
        }
        return folder
    }
}
