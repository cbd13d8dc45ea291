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

    /// `"input_files": [{"path": ..., "fingerprint": ...}]`.
    public func write(to json: inout JSONWriter) {
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
