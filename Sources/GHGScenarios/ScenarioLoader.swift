import Foundation
import GHGCore
import GHGFactors

/// Reads a scenario file and compiles it: the JSON, the factor library its base part chooses,
/// the base-year inventory, and the checked model ready to project.
///
/// The factor libraries and base inventories it reads are kept, so that many scenarios on the same
/// base (a batch sweep) read and compute them once. Safe to share between threads.
public final class ScenarioLoader: @unchecked Sendable {
    /// The bundled factor library folder (`EmissionFactors/`).
    public let bundledLibrary: String
    private let lock = NSLock()
    private var libraries: [String: FactorLibrary] = [:]
    private var bases: [String: (lines: [BaseLine], records: Int, warnings: [Diagnostic], inputs: [ScenarioInput])] = [:]

    public init(bundledLibrary: String) {
        self.bundledLibrary = bundledLibrary
    }

    /// The compiled scenario of `file`.
    public func load(_ file: String) throws(InputError) -> ScenarioModel {
        let node = try JSONParser.parse(contentsOf: file)
        var model = try load(root: node, file: file)
        let bytes = try FileBytes(path: file)
        model.inputs.insert(ScenarioInput(path: file, fingerprint: withExtendedLifetime(bytes) { ContentFingerprint.of(bytes.buffer) }), at: 0)
        return model
    }

    /// The compiled scenario of a parsed document; `file` names it in messages and resolves its
    /// relative paths.
    ///
    /// `reuse` is an earlier reading of the same file (a batch's base scenario): the parts no
    /// parameter changed are taken from it.
    public func load(root node: JSONNode, file: String, reusing reuse: ScenarioReuse? = nil) throws(InputError) -> ScenarioModel {
        let (root, base) = try ScenarioReader.readBase(root: JSONCursor(root: node, file: file), reusing: reuse)
        let library = try self.library(base)
        let definition = try ScenarioReader.read(root: root, base: base, library: library, reusing: reuse)
        let computed = try baseLines(base, file: file, library: library)
        var model = try ScenarioModel(
            definition: definition, lines: computed.lines, recordCount: computed.records, library: library, warnings: computed.warnings)
        model.inputs = computed.inputs
        return model
    }

    /// Loads and projects `file`.
    public func run(_ file: String) throws(InputError) -> ScenarioResult {
        Projection.run(try load(file))
    }

    func library(_ base: BaseInventorySpec) throws(InputError) -> FactorLibrary {
        let key = ([base.edition.rawValue] + base.factorFolders).joined(separator: "\n")
        lock.lock()
        defer { lock.unlock() }
        if let cached = libraries[key] { return cached }
        let library = try FactorLibraryLoader.load(bundled: bundledLibrary, user: base.factorFolders, edition: base.edition)
        libraries[key] = library
        return library
    }

    func baseLines(
        _ base: BaseInventorySpec, file: String, library: FactorLibrary
    ) throws(InputError) -> (lines: [BaseLine], records: Int, warnings: [Diagnostic], inputs: [ScenarioInput]) {
        let parts = base.parts.map { "\($0.region ?? "\u{1}")=\($0.resolvedFiles.joined(separator: "|"))" }
        let key = ([String(base.year), base.gwp.rawValue, base.edition.rawValue] + base.factorFolders + parts).joined(separator: "\n")
        lock.lock()
        defer { lock.unlock() }
        if let cached = bases[key] { return cached }
        var warnings: [Diagnostic] = []
        var inputs: [ScenarioInput] = []
        let (lines, records) = try BaseInventory.lines(of: base, scenarioFile: file, library: library, warnings: &warnings, inputs: &inputs)
        bases[key] = (lines, records, warnings, inputs)
        return (lines, records, warnings, inputs)
    }
}
