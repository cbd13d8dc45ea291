/// Writes CSV rows, quoting fields that need it (RFC 4180).
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) {
        row(header)
    }

    /// A writer without a header line (rows to append to a file that has one).
    public init() {}

    public mutating func row(_ fields: [String]) {
        text += fields.map(CSVWriter.escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

import GHGCore
