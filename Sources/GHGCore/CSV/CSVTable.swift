/// A small CSV file read whole into strings: a header and rows, each row with its line number.
///
/// For the factor library and other small inputs. Large activity files use `CSVScanner` directly.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line number in the file.
        public var line: Int
        /// The fields, trimmed, one per header column (missing trailing fields are empty).
        public var fields: [String]
    }

    public var path: String
    public var header: [String]
    public var rows: [Row]
    /// `ContentFingerprint` of the bytes read, so that outputs can name the exact file.
    public var fingerprint: String

    /// Reads and splits a CSV file, checking that the header has no empty or repeated names and
    /// that no row has more fields than the header.
    public static func read(path: String) throws(InputError) -> CSVTable {
        let file = try FileBytes(path: path)
        return try parse(file.buffer, path: path)
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(InputError) -> CSVTable {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var scanner = CSVScanner(bytes: bytes, range: start..<bytes.count)
        var fields: [CSVField] = []
        var diagnostics: [Diagnostic] = []
        let hasHeader: Bool
        do {
            hasHeader = try scanner.nextRecord(into: &fields)
        } catch {
            throw InputError(at: SourceLocation(file: path, line: error.line, column: error.column), error.message)
        }
        guard hasHeader else {
            throw InputError(at: SourceLocation(file: path, line: 1), "the file is empty; expected a header line")
        }
        let header = fields.map { scanner.string($0) }
        let headerLine = scanner.recordLine
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if name.isEmpty {
                diagnostics.append(.error(at: SourceLocation(file: path, line: headerLine, column: index + 1), "empty column name in the header"))
            } else if let first = seen[name] {
                diagnostics.append(.error(at: SourceLocation(file: path, line: headerLine, column: index + 1), "column '\(name)' appears twice in the header (columns \(first + 1) and \(index + 1))"))
            } else {
                seen[name] = index
            }
        }
        var rows: [Row] = []
        while true {
            do {
                guard try scanner.nextRecord(into: &fields) else { break }
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: path, line: error.line, column: error.column), error.message))
                break
            }
            var values = fields.map { scanner.string($0) }
            if values.allSatisfy(\.isEmpty) { continue }
            if values.count > header.count {
                if values[header.count...].allSatisfy(\.isEmpty) {
                    values.removeLast(values.count - header.count)
                } else {
                    diagnostics.append(.error(at: SourceLocation(file: path, line: scanner.recordLine, column: header.count + 1), "the row has \(values.count) fields but the header has \(header.count) columns"))
                    continue
                }
            }
            while values.count < header.count { values.append("") }
            rows.append(Row(line: scanner.recordLine, fields: values))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return CSVTable(path: path, header: header, rows: rows, fingerprint: ContentFingerprint.of(bytes))
    }

    /// The index of a column by name.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
