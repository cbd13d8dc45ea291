/// A field's place in a CSV buffer: the bytes `start..<end`, without its surrounding quotes.
public struct CSVField: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// The field was quoted and holds doubled quotes (`""`) that stand for one quote.
    public var hasEscapedQuotes: Bool

    @inlinable
    public init(start: Int, end: Int, hasEscapedQuotes: Bool) {
        self.start = start
        self.end = end
        self.hasEscapedQuotes = hasEscapedQuotes
    }

    @inlinable public var isEmpty: Bool { start == end }
}

/// A CSV syntax error: where it is (1-based line and field number) and what went wrong.
public struct CSVSyntaxError: Error, Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var message: String

    @inlinable
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// Splits a byte buffer of CSV (RFC 4180) into records and fields without copying.
///
/// One record a line: a quoted field may hold the delimiter and doubled quotes, but not a line
/// break, so that a file can be cut at any line break and scanned in parallel. Accepts `\n` and
/// `\r\n` line ends; blank lines are skipped (their lines still count).
///
/// - Complexity: O(n) in the bytes scanned, one pass, no allocation beyond the `fields` array.
public struct CSVScanner {
    public let bytes: UnsafeBufferPointer<UInt8>
    public let delimiter: UInt8
    /// Offset of the next byte to read.
    public var position: Int
    /// End offset (exclusive) of the part of `bytes` this scanner reads.
    public let end: Int
    /// 1-based line number of the next line to read.
    public var line: Int
    /// Line number of the record last returned by `nextRecord`.
    public var recordLine: Int = 0

    public init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, firstLine: Int = 1, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.delimiter = delimiter
        let range = range ?? 0..<bytes.count
        self.position = range.lowerBound
        self.end = range.upperBound
        self.line = firstLine
    }

    /// Reads the next non-blank record into `fields` (cleared first).
    /// - Returns: `false` when there are no more records.
    @inlinable
    public mutating func nextRecord(into fields: inout [CSVField]) throws(CSVSyntaxError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return false }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var p = position
        // Skip blank lines.
        while p < end {
            if base[p] == newline { line += 1; p += 1; continue }
            if base[p] == cr, p + 1 < end, base[p + 1] == newline { line += 1; p += 2; continue }
            break
        }
        guard p < end else { position = p; return false }
        recordLine = line
        while true {
            var field = CSVField(start: p, end: p, hasEscapedQuotes: false)
            if base[p] == quote {
                // Quoted field: up to the closing quote not followed by another quote.
                p += 1
                field.start = p
                while true {
                    guard p < end, base[p] != newline else {
                        position = p
                        throw CSVSyntaxError(
                            line: line, column: fields.count + 1,
                            message: "a quoted field is not closed before the end of the line (line breaks inside quotes are not supported)")
                    }
                    if base[p] == quote {
                        if p + 1 < end, base[p + 1] == quote { field.hasEscapedQuotes = true; p += 2; continue }
                        break
                    }
                    p += 1
                }
                field.end = p
                p += 1  // closing quote
                if p < end, base[p] != delimiter, base[p] != newline, base[p] != cr {
                    position = p
                    throw CSVSyntaxError(
                        line: line, column: fields.count + 1,
                        message: "unexpected text after a closing quote; expected a delimiter or the end of the line")
                }
            } else {
                while p < end {
                    let byte = base[p]
                    if byte == delimiter || byte == newline || byte == cr { break }
                    p += 1
                }
                field.end = p
            }
            fields.append(field)
            if p >= end { break }
            let byte = base[p]
            if byte == delimiter { p += 1; if p >= end { fields.append(CSVField(start: p, end: p, hasEscapedQuotes: false)); break }; continue }
            if byte == cr {
                if p + 1 < end, base[p + 1] == newline { p += 2; line += 1; break }
                if p + 1 >= end { p += 1; break }
                position = p
                throw CSVSyntaxError(line: line, column: fields.count, message: "a carriage return inside a field; expected a line end (\\n or \\r\\n)")
            }
            // newline
            p += 1
            line += 1
            break
        }
        position = p
        return true
    }

    /// Moves past the rest of the current line, after a syntax error, so that scanning can go on.
    public mutating func skipLine() {
        guard let base = bytes.baseAddress else { return }
        while position < end, base[position] != UInt8(ascii: "\n") { position += 1 }
        if position < end {
            position += 1
            line += 1
        }
    }

    /// The text of a field, with doubled quotes undone and surrounding spaces trimmed.
    public func string(_ field: CSVField) -> String {
        guard let base = bytes.baseAddress, field.end > field.start else { return "" }
        let raw = UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
        var text = String(decoding: raw, as: UTF8.self)
        if field.hasEscapedQuotes { text = text.replacingAll("\"\"", with: "\"") }
        return text.trimmedASCIIWhitespace()
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    public func trimmedASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) ?? first
        return String(scalars[first...last])
    }

    /// Replaces every occurrence of `target` with `replacement` (without Foundation).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
