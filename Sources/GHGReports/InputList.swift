/// The input files of a report with the fingerprint of their bytes, so that every output names
/// exactly what it was made from.
public struct InputList: Sendable {
    public let files: [String]
    public let fingerprints: [String]

    public init(files: [String], fingerprints: [String]) {
        self.files = files
        self.fingerprints = fingerprints
    }

    /// `a.csv (fingerprint 0123456789abcdef), b.csv (...)`.
    public var text: String {
        zip(files, fingerprints + Array(repeating: "", count: max(0, files.count - fingerprints.count)))
            .map { $1.isEmpty ? $0 : "\($0) (fingerprint \($1))" }.joined(separator: ", ")
    }

    /// The head of a JSON report: `"tool"`, `"inputs"` (the paths) and `"input_files"` (each
    /// path with its fingerprint).
    public func writeHeader(to json: inout JSONWriter) {
        json.string("tool", "\(ToolInfo.name) \(ToolInfo.version)")
        json.beginArray("inputs")
        for file in files { json.string(nil, file) }
        json.endArray()
        writeFiles(to: &json)
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
