import Foundation

/// A strict RFC 8259 JSON parser that keeps the line and column of every value.
///
/// Used for scenario definitions and other hand-written inputs, so it accepts nothing beyond the
/// standard (no comments, trailing commas, single quotes, NaN, duplicate keys) and says precisely
/// what it found and what it expected. It never crashes on any input.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted; deeper input is an error, not a crash.
    public static let maximumDepth = 256

    /// Parses a whole document; `file` names it in diagnostics.
    /// - Throws: `InputError` at the line and column of the first problem.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> JSONNode {
        var parser = JSONByteParser(bytes: bytes, file: file)
        return try parser.parseDocument()
    }

    /// Reads and parses the file at `path`, which names it in diagnostics.
    /// - Throws: `InputError` naming the path when it cannot be read, or at the first syntax problem.
    public static func parse(contentsOf path: String) throws(InputError) -> JSONNode {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let location = SourceLocation(file: path)
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(at: location, "cannot read: no such file")
        }
        if isDirectory.boolValue {
            throw InputError(at: location, "cannot read: it is a directory; expected a JSON file")
        }
        guard manager.isReadableFile(atPath: path) else {
            throw InputError(at: location, "cannot read: permission denied")
        }
        guard let data = manager.contents(atPath: path) else {
            throw InputError(at: location, "cannot read: the file could not be read")
        }
        return try parse([UInt8](data), file: path)
    }
}

/// A line and column in the input.
private struct TextPosition {
    var line: Int
    var column: Int

    var phrase: String { "line \(line), column \(column)" }
}

/// Where a value appears, to say what was expected when it is missing.
private enum ValueContext {
    case document
    case member(String)
    case element(Int)
}

/// The recursive-descent scanner over the bytes, with an index and the current line.
private struct JSONByteParser {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    /// The last column computed, so that columns along a long line are counted once.
    var cachedOffset = 0
    var cachedColumn = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: Positions and errors

    /// The position of `offset`, which must be on the current line.
    mutating func position(at offset: Int) -> TextPosition {
        var from = lineStart
        var column = 1
        if cachedOffset >= lineStart && cachedOffset <= offset {
            from = cachedOffset
            column = cachedColumn
        }
        var i = from
        let end = min(offset, bytes.count)
        while i < end {
            // Count scalars: every byte that does not continue a UTF-8 sequence starts one.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        cachedOffset = end
        cachedColumn = column
        return TextPosition(line: line, column: column)
    }

    mutating func currentPosition() -> TextPosition { position(at: index) }

    func error(at position: TextPosition, _ message: String) -> InputError {
        InputError(at: SourceLocation(file: file, line: position.line, column: position.column), message)
    }

    mutating func errorHere(_ message: String) -> InputError {
        error(at: currentPosition(), message)
    }

    // MARK: Describing what was found

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// The run of word characters (letters, digits, `_ . + -`) at `offset`, shortened when long.
    func word(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
        let limit = 24
        let text = String(decoding: bytes[offset..<min(end, offset + limit)], as: UTF8.self)
        return end - offset > limit ? text + "…" : text
    }

    /// The length of the valid UTF-8 sequence at `offset`, or nil when it is not valid UTF-8.
    func utf8SequenceLength(at offset: Int) -> Int? {
        let count = bytes.count
        let first = bytes[offset]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            offset + k < count && bytes[offset + k] >= low && bytes[offset + k] <= high
        }
        switch first {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }

    /// What is at `offset`, for "found ...": `end of file`, `'x'`, `'tru'`, `'é' (U+00E9)`.
    func describeFound(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte < 0x80 {
            if Self.isWordByte(byte) { return "'\(word(at: offset))'" }
            switch byte {
            case 0x09: return "a tab"
            case 0x0A, 0x0D: return "a line break"
            case 0x00..<0x20, 0x7F: return "the control character U+\(JSONNode.hex4(UInt32(byte)))"
            case UInt8(ascii: "'"): return "a single quote (')"
            default: return "'\(Character(Unicode.Scalar(byte)))'"
            }
        }
        guard let length = utf8SequenceLength(at: offset) else {
            return "an invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
        let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return "a character" }
        let code = "U+\(JSONNode.hex4(scalar.value))"
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
            .privateUse, .unassigned, .surrogate:
            return scalar.value == 0xFEFF ? "a byte order mark \(code)" : "the invisible character \(code)"
        default:
            return "'\(text)' (\(code))"
        }
    }

    /// A hint for a common mistake at `offset`, with a leading "; ", or "".
    func hint(at offset: Int) -> String {
        guard offset < bytes.count else { return "" }
        switch bytes[offset] {
        case UInt8(ascii: "'"): return "; strings and keys must be in double quotes"
        case UInt8(ascii: "/"): return "; comments are not allowed in JSON"
        default: return ""
        }
    }

    // MARK: Document and values

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            case 0x0D:
                // CR LF and a lone CR both end a line.
                index += 1
                if index < bytes.count && bytes[index] == 0x0A { index += 1 }
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func parseDocument() throws(InputError) -> JSONNode {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            index = 3
            lineStart = 3
            cachedOffset = 3
        }
        skipWhitespace()
        guard index < bytes.count else { throw errorHere("empty file: expected a JSON value") }
        let root = try parseValue(depth: 0, context: .document)
        skipWhitespace()
        if index < bytes.count {
            throw errorHere("unexpected text after the JSON value, found \(describeFound(at: index))"
                + "; a file holds a single JSON value")
        }
        return root
    }

    /// Parses the value at `index` (whitespace already skipped); `depth` counts enclosing containers.
    mutating func parseValue(depth: Int, context: ValueContext) throws(InputError) -> JSONNode {
        let start = currentPosition()
        guard index < bytes.count else { throw missingValue(context) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1, start: start)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1, start: start)
        case UInt8(ascii: "\""):
            let text = try parseString(start: start)
            return JSONNode(value: .string(text), line: start.line, column: start.column)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber(start: start)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            if let literal = matchLiteral() {
                return JSONNode(value: literal, line: start.line, column: start.column)
            }
            throw badWord(context)
        default:
            throw badWord(context)
        }
    }

    /// What a missing value was for: "expected a JSON value for the member \"tier\"".
    func expectedValue(_ context: ValueContext) -> String {
        switch context {
        case .document: "expected a JSON value"
        case .member(let key): "expected a value for the member \(JSONNode.quoted(key))"
        case .element(let position): "expected a value for array element [\(position)]"
        }
    }

    mutating func missingValue(_ context: ValueContext) -> InputError {
        errorHere("\(expectedValue(context)), found \(describeFound(at: index))")
    }

    /// The error for text that does not start a value, with hints for common mistakes.
    mutating func badWord(_ context: ValueContext) -> InputError {
        guard index < bytes.count else { return missingValue(context) }
        let byte = bytes[index]
        if Self.isWordByte(byte) {
            let text = word(at: index)
            switch text {
            case "NaN", "Infinity", "+Infinity", "-Infinity":
                return errorHere("\(text) is not a valid JSON number; JSON has no NaN or infinity")
            default:
                break
            }
            if byte == UInt8(ascii: "+") {
                return errorHere("invalid number '\(text)': a JSON number cannot start with '+'")
            }
            if byte == UInt8(ascii: ".") {
                return errorHere("invalid number '\(text)': a JSON number must start with a digit, as in 0.5")
            }
            let lower = text.lowercased()
            if lower == "true" || lower == "false" || lower == "null" {
                return errorHere("\(expectedValue(context)), found '\(text)'; JSON literals are lowercase: \(lower)")
            }
            if let literal = ["true", "false", "null"].first(where: { $0.hasPrefix(lower) || lower.hasPrefix($0) }) {
                return errorHere("\(expectedValue(context)), found '\(text)'; did you mean \(literal)?")
            }
            return errorHere("\(expectedValue(context)), found '\(text)'; text values must be in double quotes")
        }
        return errorHere("\(expectedValue(context)), found \(describeFound(at: index))\(hint(at: index))")
    }

    /// Matches `true`, `false` or `null` as a whole word at `index`, advancing past it.
    mutating func matchLiteral() -> JSONNode.Value? {
        let value: JSONNode.Value
        let literal: StaticString
        switch bytes[index] {
        case UInt8(ascii: "t"): (value, literal) = (.bool(true), "true")
        case UInt8(ascii: "f"): (value, literal) = (.bool(false), "false")
        default: (value, literal) = (.null, "null")
        }
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return nil }
        let matches = literal.withUTF8Buffer { expected in
            expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { return nil }
        if index + length < bytes.count && Self.isWordByte(bytes[index + length]) { return nil }
        index += length
        return value
    }

    // MARK: Containers

    mutating func checkDepth(_ depth: Int, start: TextPosition) throws(InputError) {
        if depth > JSONParser.maximumDepth {
            throw error(at: start, "nesting is deeper than \(JSONParser.maximumDepth) levels of arrays and objects")
        }
    }

    /// " (the object opened at line 1, column 1 is not closed)" when at the end of the file.
    func unclosed(_ kind: String, _ start: TextPosition) -> String {
        index < bytes.count ? "" : "; the \(kind) opened at \(start.phrase) is not closed"
    }

    mutating func parseObject(depth: Int, start: TextPosition) throws(InputError) -> JSONNode {
        try checkDepth(depth, start: start)
        index += 1  // {
        skipWhitespace()
        var members: [JSONMember] = []
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(value: .object(members), line: start.line, column: start.column)
        }
        // Small objects are checked for duplicates by a scan; large ones by a dictionary.
        var seen: [String: Int] = [:]
        let scanLimit = 16
        var afterComma = false
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw missingKey(afterComma: afterComma, start: start)
            }
            let keyPosition = currentPosition()
            let key = try parseString(start: keyPosition)
            let firstIndex: Int?
            if members.count < scanLimit {
                firstIndex = members.firstIndex { $0.key == key }
            } else {
                if seen.isEmpty {
                    for (offset, member) in members.enumerated() where seen[member.key] == nil {
                        seen[member.key] = offset
                    }
                }
                firstIndex = seen[key]
                if firstIndex == nil { seen[key] = members.count }
            }
            if let firstIndex {
                let first = members[firstIndex]
                throw error(
                    at: keyPosition,
                    "duplicate key \(JSONNode.quoted(key)) (first at line \(first.keyLine), column \(first.keyColumn))")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw errorHere(
                    "expected ':' after the key \(JSONNode.quoted(key)), found \(describeFound(at: index))"
                        + unclosed("object", start))
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth, context: .member(key))
            members.append(JSONMember(key: key, keyLine: keyPosition.line, keyColumn: keyPosition.column, value: value))
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: ",") {
                let comma = currentPosition()
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                    throw error(at: comma, "trailing comma before '}'")
                }
                afterComma = true
                continue
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONNode(value: .object(members), line: start.line, column: start.column)
            }
            throw errorHere(
                "expected ',' or '}' after the member \(JSONNode.quoted(key)), found \(describeFound(at: index))"
                    + hint(at: index) + unclosed("object", start))
        }
    }

    mutating func missingKey(afterComma: Bool, start: TextPosition) -> InputError {
        let expected = afterComma ? "expected a key in double quotes after ','" : "expected a key in double quotes or '}'"
        var message = "\(expected), found \(describeFound(at: index))"
        if index < bytes.count {
            let byte = bytes[index]
            if Self.isWordByte(byte) {
                message += "; keys must be in double quotes"
            } else if byte == UInt8(ascii: "]") {
                message += "; the object opened at \(start.phrase) is closed with '}'"
            } else {
                message += hint(at: index)
            }
        }
        message += unclosed("object", start)
        return errorHere(message)
    }

    mutating func parseArray(depth: Int, start: TextPosition) throws(InputError) -> JSONNode {
        try checkDepth(depth, start: start)
        index += 1  // [
        skipWhitespace()
        var elements: [JSONNode] = []
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(value: .array(elements), line: start.line, column: start.column)
        }
        while true {
            if index >= bytes.count {
                throw errorHere(
                    "\(expectedValue(.element(elements.count))), found end of file" + unclosed("array", start))
            }
            elements.append(try parseValue(depth: depth, context: .element(elements.count)))
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: ",") {
                let comma = currentPosition()
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                    throw error(at: comma, "trailing comma before ']'")
                }
                continue
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                index += 1
                return JSONNode(value: .array(elements), line: start.line, column: start.column)
            }
            var message =
                "expected ',' or ']' after array element [\(elements.count - 1)], found \(describeFound(at: index))"
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                message += "; the array opened at \(start.phrase) is closed with ']'"
            }
            throw errorHere(message + hint(at: index) + unclosed("array", start))
        }
    }

    // MARK: Strings

    /// Parses the string whose opening quote is at `index` and at `start`; all strings stay on
    /// one line, so positions inside it are on the current line.
    mutating func parseString(start: TextPosition) throws(InputError) -> String {
        index += 1  // opening quote
        var runStart = index
        var decoded: [UInt8]? = nil  // only when there are escapes
        while true {
            guard index < bytes.count else {
                throw error(at: start, "unterminated string: no closing '\"' before the end of the file")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                var buffer = decoded ?? []
                buffer.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &buffer, stringStart: start)
                decoded = buffer
                runStart = index
                continue
            }
            if byte < 0x20 {
                if byte == 0x0A || byte == 0x0D {
                    throw error(
                        at: start,
                        "unterminated string: no closing '\"' before the end of the line"
                            + " (a line break inside a string must be written as \\n)")
                }
                let escape = byte == 0x09 ? "\\t" : "\\u\(JSONNode.hex4(UInt32(byte)))"
                throw errorHere(
                    "\(describeFound(at: index)) inside a string must be written as \(escape)")
            }
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = utf8SequenceLength(at: index) else {
                throw errorHere("invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)) in a string")
            }
            index += length
        }
        let text: String
        if var buffer = decoded {
            buffer.append(contentsOf: bytes[runStart..<index])
            text = String(decoding: buffer, as: UTF8.self)
        } else {
            text = String(decoding: bytes[runStart..<index], as: UTF8.self)
        }
        index += 1  // closing quote
        return text
    }

    /// Decodes the escape at `index` (a backslash) into `buffer` and moves past it.
    mutating func parseEscape(into buffer: inout [UInt8], stringStart: TextPosition) throws(InputError) {
        let escapeStart = index
        guard index + 1 < bytes.count else {
            throw error(at: stringStart, "unterminated string: no closing '\"' before the end of the file")
        }
        let simple: UInt8?
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            let found: String
            let next = bytes[index + 1]
            if next >= 0x21 && next < 0x7F {
                found = "'\\\(Character(Unicode.Scalar(next)))'"
            } else {
                found = "'\\' followed by \(describeFound(at: index + 1))"
            }
            throw errorHere(
                "invalid escape \(found) in a string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
        if let simple {
            buffer.append(simple)
            index += 2
            return
        }
        let first = try hexQuad(at: index + 2, escapeStart: escapeStart)
        index += 6
        var scalarValue = first
        switch first {
        case 0xD800...0xDBFF:
            // A high surrogate must be followed at once by an escaped low surrogate.
            let next = index
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                let second = try? hexQuad(at: next + 2, escapeStart: next), (0xDC00...0xDFFF).contains(second)
            else {
                index = escapeStart
                throw errorHere(
                    "lone surrogate '\\u\(JSONNode.hex4(first))' in a string: a high surrogate must be followed"
                        + " by a low surrogate \\uDC00-\\uDFFF")
            }
            scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            index += 6
        case 0xDC00...0xDFFF:
            index = escapeStart
            throw errorHere(
                "lone surrogate '\\u\(JSONNode.hex4(first))' in a string: a low surrogate must follow"
                    + " a high surrogate \\uD800-\\uDBFF")
        default:
            break
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            index = escapeStart
            throw errorHere("invalid escape in a string: U+\(JSONNode.hex4(scalarValue)) is not a character")
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    /// The four hex digits at `offset`, for a `\u` escape starting at `escapeStart`.
    mutating func hexQuad(at offset: Int, escapeStart: Int) throws(InputError) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 {
            let at = offset + k
            let digit: UInt32
            if at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(bytes[at] - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(bytes[at] - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(bytes[at] - UInt8(ascii: "A") + 10)
                default:
                    throw error(at: position(at: escapeStart), badHex(at: at))
                }
            } else {
                throw error(at: position(at: escapeStart), badHex(at: at))
            }
            value = value << 4 | digit
        }
        return value
    }

    func badHex(at offset: Int) -> String {
        let found = offset < bytes.count && bytes[offset] == UInt8(ascii: "\"") ? "'\"'" : describeFound(at: offset)
        return "expected 4 hex digits after '\\u' in a string, found \(found)"
    }

    // MARK: Numbers

    func isDigit(_ offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
    }

    mutating func parseNumber(start: TextPosition) throws(InputError) -> JSONNode {
        let startIndex = index
        func invalid(_ reason: String) -> InputError {
            error(at: start, "invalid number '\(word(at: startIndex))': \(reason)")
        }
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if !isDigit(index) {
                if index < bytes.count, Self.isWordByte(bytes[index]) {
                    let text = word(at: startIndex)
                    if text.hasPrefix("-Infinity") || text.hasPrefix("-NaN") {
                        throw error(at: start, "\(text) is not a valid JSON number; JSON has no NaN or infinity")
                    }
                    throw invalid("expected a digit after '-'")
                }
                throw error(at: start, "expected a digit after '-', found \(describeFound(at: index))")
            }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw invalid("a JSON number cannot have leading zeros") }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if !isDigit(index) { throw invalid("expected a digit after the decimal point") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            if !isDigit(index) { throw invalid("expected a digit in the exponent") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && Self.isWordByte(bytes[index]) {
            let text = word(at: startIndex)
            if text.hasPrefix("0x") || text.hasPrefix("-0x") || text.hasPrefix("0X") || text.hasPrefix("-0X") {
                throw invalid("hexadecimal numbers are not allowed in JSON")
            }
            throw invalid("not a JSON number")
        }
        let text = String(decoding: bytes[startIndex..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw error(at: start, "the number \(text) is too large (beyond the range of a 64-bit floating-point number)")
        }
        return JSONNode(value: .number(number, text: text), line: start.line, column: start.column)
    }
}
