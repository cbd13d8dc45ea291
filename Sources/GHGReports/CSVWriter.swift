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

    /// The field as CSV writes it: quoted when it holds a comma, a quote or a line break.
    public static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

import GHGCore
