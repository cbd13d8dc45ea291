import GHGCore
import GHGFactors
import GHGInventory

/// The input files of a report with the fingerprint of their bytes, and the factor library and
/// GWP set used, so that every output names exactly what it was made from.
public struct InputList: Sendable {
    public let files: [String]
    public let fingerprints: [String]
    /// The factor library's summary (folders, fingerprints, edition) and folders, when known.
    public var librarySummary: String?
    public var libraryFolders: [FactorLibraryFolder] = []
    public var edition: Edition?
    public var gwp: GWPSet?
    /// Files read besides the activity data (uncertainty table, fuel supply, surrogate).
    public var otherInputs: [InputFile] = []

    public init(files: [String], fingerprints: [String]) {
        self.files = files
        self.fingerprints = fingerprints
    }

    /// The inputs of a computation with `library` and `gwp`.
    public init(files: [String], fingerprints: [String], library: FactorLibrary, gwp: GWPSet) {
        self.init(files: files, fingerprints: fingerprints)
        librarySummary = library.summary
        libraryFolders = library.folders
        edition = library.edition
        self.gwp = gwp
    }

    /// The activity files an inventory was computed from, and the other files its data was made
    /// with, each with its fingerprint.
    public init(inventory: Inventory) {
        self.init(files: inventory.inputFiles, fingerprints: inventory.inputFingerprints)
        otherInputs = inventory.otherInputs
    }

    /// The lines `Factor library: ...` and `GWP: ...` of a table, when known.
    public var provenanceLines: String {
        var out = ""
        if let librarySummary { out += "Factor library: \(librarySummary)\n" }
        if let gwp { out += "GWP:            \(gwp.summary)\n" }
        return out
    }

    /// `a.csv (fingerprint 0123456789abcdef), b.csv (...)`, then the other inputs as
    /// `, uncertainties: u.csv (fingerprint ...)`.
    public var text: String {
        (zip(files, fingerprints + Array(repeating: "", count: max(0, files.count - fingerprints.count)))
            .map { $1.isEmpty ? $0 : "\($0) (fingerprint \($1))" } + otherInputs.map(\.text)).joined(separator: ", ")
    }

    /// The head of a JSON report: `"tool"`, `"inputs"` (the paths), `"input_files"` (each
    /// path with its fingerprint) and `"other_inputs"`.
    public func writeHeader(to json: inout JSONWriter) {
        json.string("tool", "\(ToolInfo.name) \(ToolInfo.version)")
        json.beginArray("inputs")
        for file in files { json.string(nil, file) }
        json.endArray()
        writeFiles(to: &json)
        InputList.writeOtherInputs(otherInputs, to: &json)
        if !libraryFolders.isEmpty { writeLibrary(to: &json) }
        if let edition { json.string("edition", edition.rawValue) }
        if let gwp { json.string("gwp", gwp.rawValue) }
    }

    /// `"factor_library"`: each folder's path and fingerprint.
    public func writeLibrary(to json: inout JSONWriter) {
        json.beginArray("factor_library")
        for folder in libraryFolders {
            json.beginObject()
            json.string("path", folder.path)
            json.string("fingerprint", folder.fingerprint)
            json.endObject()
        }
        json.endArray()
    }

    /// `"other_inputs"`: the files read besides the activity data, each as `{role, path,
    /// fingerprint}` (an empty array when there are none).
    public static func writeOtherInputs(_ files: [InputFile], to json: inout JSONWriter) {
        json.beginArray("other_inputs")
        for file in files {
            json.beginObject()
            json.string("role", file.role)
            json.string("path", file.path)
            json.string("fingerprint", file.fingerprint)
            json.endObject()
        }
        json.endArray()
    }

    /// `"input_files"`: each path with its fingerprint.
    public func writeFiles(to json: inout JSONWriter) {
        json.beginArray("input_files")
        for (index, file) in files.enumerated() {
            json.beginObject()
            json.string("path", file)
            json.optionalString("fingerprint", index < fingerprints.count ? fingerprints[index] : nil)
            json.endObject()
        }
        json.endArray()
    }
}
