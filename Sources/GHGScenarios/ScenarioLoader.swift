import GHGCore
import GHGFactors

/// Reads a scenario file and compiles it: the JSON, the factor library its base part chooses,
/// the base-year inventory, and the checked model ready to project.
public struct ScenarioLoader: Sendable {
    /// The bundled factor library folder (`EmissionFactors/`).
    public let bundledLibrary: String

    public init(bundledLibrary: String) {
        self.bundledLibrary = bundledLibrary
    }

    /// The compiled scenario of `file`.
    public func load(_ file: String) throws(InputError) -> ScenarioModel {
        let (root, base) = try ScenarioReader.readBase(file: file)
        let library = try FactorLibraryLoader.load(bundled: bundledLibrary, user: base.factorFolders, edition: base.edition)
        let definition = try ScenarioReader.read(root: root, base: base, library: library)
        var warnings: [Diagnostic] = []
        let (lines, records) = try BaseInventory.lines(of: base, scenarioFile: file, library: library, warnings: &warnings)
        return try ScenarioModel(definition: definition, lines: lines, recordCount: records, library: library, warnings: warnings)
    }

    /// Loads and projects `file`.
    public func run(_ file: String) throws(InputError) -> ScenarioResult {
        Projection.run(try load(file))
    }
}
