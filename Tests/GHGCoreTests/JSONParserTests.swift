import Foundation
import Testing

@testable import GHGCore

@Suite("JSON parser and cursor")
struct JSONParserTests {
    // MARK: Helpers

    func parse(_ text: String) throws(InputError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8), file: "t.json")
    }

    /// The first diagnostic of a failed parse, or nil when the input parses.
    func parseError(_ bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try JSONParser.parse(bytes, file: "t.json")
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    /// Expects `text` to fail at `line`:`column` with a message containing `message`.
    func expectError(
        _ text: String, line: Int, column: Int, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        expectError(Array(text.utf8), line: line, column: column, message, sourceLocation: sourceLocation)
    }

    func expectError(
        _ bytes: [UInt8], line: Int, column: Int, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let diagnostic = parseError(bytes) else {
            Issue.record("expected an error containing \(message)", sourceLocation: sourceLocation)
            return
        }
        #expect(diagnostic.location?.file == "t.json", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.line == line, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.column == column, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.message.contains(message), "\(diagnostic)", sourceLocation: sourceLocation)
    }

    func cursor(_ text: String) throws -> JSONCursor {
        JSONCursor(root: try parse(text), file: "s.json")
    }

    /// The first diagnostic of a cursor operation expected to fail.
    func cursorError<T>(_ body: () throws(InputError) -> T) -> Diagnostic? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    // MARK: Values

    @Test("every kind of value, members in order")
    func valueKinds() throws {
        let node = try parse(#"{"n": null, "t": true, "f": false, "x": -12.5e2, "s": "hi", "a": [1, []], "o": {}}"#)
        guard case .object(let members) = node.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["n", "t", "f", "x", "s", "a", "o"])
        #expect(members[0].value.value == .null)
        #expect(members[1].value.value == .bool(true))
        #expect(members[2].value.value == .bool(false))
        #expect(members[3].value.value == .number(-1250, text: "-12.5e2"))
        #expect(members[4].value.value == .string("hi"))
        #expect(members.map(\.value.kindDescription) == ["null", "true", "false", "a number", "a string", "an array", "an object"])
        if case .array(let elements) = members[5].value.value {
            #expect(elements.count == 2)
            #expect(elements[1].value == .array([]))
        } else {
            Issue.record("not an array")
        }
        #expect(members[6].value.value == .object([]))
    }

    @Test("numbers by the JSON grammar, with their text")
    func numbers() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", 0), ("1.5", 1.5), ("1e10", 1e10), ("1E-3", 0.001), ("-0.0e+1", 0),
            ("123456789", 123_456_789), ("2.5E+2", 250), ("1e-400", 0),
        ]
        for (text, expected) in cases {
            #expect(try parse(text).value == .number(expected, text: text))
        }
        #expect(try parse(" 42 ").value == .number(42, text: "42"))
    }

    @Test("string escapes, surrogate pairs and raw UTF-8")
    func strings() throws {
        let node = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u4E2D \uD83D\uDE00 \u0000""#)
        #expect(node.value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t é中 😀 \u{0}"))
        #expect(try parse("\"é中😀\"").value == .string("é中😀"))
        #expect(try parse(#""""#).value == .string(""))
        #expect(try parse(#""abc\n""#).value == .string("abc\n"))
    }

    // MARK: Positions

    @Test("line and column of nested values, counting Unicode scalars")
    func positions() throws {
        let text = """
            {
              "a": [1,
                    {"b": "x\\ny"}],
              "c": "é😀", "d": 5
            }
            """
        let root = try parse(text)
        #expect(root.line == 1 && root.column == 1)
        guard case .object(let members) = root.value,
            case .array(let elements) = members[0].value.value,
            case .object(let inner) = elements[1].value
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(members[0].keyLine == 2 && members[0].keyColumn == 3)
        #expect(members[0].value.line == 2 && members[0].value.column == 8)
        #expect(elements[0].line == 2 && elements[0].column == 9)
        #expect(elements[1].line == 3 && elements[1].column == 9)
        #expect(inner[0].keyLine == 3 && inner[0].keyColumn == 10)
        #expect(inner[0].value.line == 3 && inner[0].value.column == 15)
        #expect(inner[0].value.value == .string("x\ny"))
        // After a string with an escaped line break and one with multi-byte characters.
        #expect(members[1].keyLine == 4 && members[1].keyColumn == 3)
        #expect(members[1].value.line == 4 && members[1].value.column == 8)
        #expect(members[2].keyLine == 4 && members[2].keyColumn == 14)
        #expect(members[2].value.line == 4 && members[2].value.column == 19)
    }

    @Test("CRLF and lone CR line endings")
    func lineEndings() throws {
        for newline in ["\r\n", "\r", "\n"] {
            let text = ["{", "  \"a\": 1,", "  \"b\": [true]", "}"].joined(separator: newline)
            let root = try parse(text)
            guard case .object(let members) = root.value, case .array(let elements) = members[1].value.value else {
                Issue.record("unexpected shape")
                continue
            }
            #expect(members[1].keyLine == 3 && members[1].keyColumn == 3)
            #expect(elements[0].line == 3 && elements[0].column == 9)
        }
        expectError("{\r\n  \"a\": 1,\r\n  \"b\" 2\r\n}", line: 3, column: 7, "expected ':' after the key \"b\", found '2'")
    }

    @Test("a UTF-8 byte order mark at the start is skipped")
    func byteOrderMark() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8), file: "t.json")
        guard case .object(let members) = root.value else {
            Issue.record("not an object")
            return
        }
        #expect(root.column == 1)
        #expect(members[0].value.line == 1 && members[0].value.column == 7)
        expectError([0xEF, 0xBB, 0xBF], line: 1, column: 1, "empty file: expected a JSON value")
        // A BOM anywhere else is not whitespace.
        expectError(Array("[1,".utf8) + [0xEF, 0xBB, 0xBF] + Array("2]".utf8), line: 1, column: 4, "byte order mark")
    }

    // MARK: Syntax errors

    @Test("structural errors say what was found and what was expected")
    func structuralErrors() {
        expectError(#"{"tier": 1 "x": 2}"#, line: 1, column: 12, #"expected ',' or '}' after the member "tier", found '"'"#)
        expectError("[1 2]", line: 1, column: 4, "expected ',' or ']' after array element [0], found '2'")
        expectError(#"{"a" 1}"#, line: 1, column: 6, #"expected ':' after the key "a", found '1'"#)
        expectError("{tier: 1}", line: 1, column: 2, "expected a key in double quotes or '}', found 'tier'; keys must be in double quotes")
        expectError(#"{"a": 1, b: 2}"#, line: 1, column: 10, "expected a key in double quotes after ',', found 'b'")
        expectError("{'a': 1}", line: 1, column: 2, "double quotes")
        expectError(#"{"a": }"#, line: 1, column: 7, #"expected a value for the member "a", found '}'"#)
        expectError("[1, }", line: 1, column: 5, "expected a value for array element [1], found '}'")
        expectError("[1}", line: 1, column: 3, "the array opened at line 1, column 1 is closed with ']'")
        expectError("[1, 2, ]", line: 1, column: 6, "trailing comma before ']'")
        expectError("{\"a\": 1,\n}", line: 1, column: 8, "trailing comma before '}'")
        expectError("// note\n{}", line: 1, column: 1, "comments are not allowed in JSON")
        expectError("{} x", line: 1, column: 4, "unexpected text after the JSON value")
        expectError("{}{}", line: 1, column: 3, "unexpected text after the JSON value, found '{'")
        expectError("", line: 1, column: 1, "empty file: expected a JSON value")
        expectError("  \n ", line: 2, column: 2, "empty file: expected a JSON value")
    }

    @Test("the end of the file inside a container names where it was opened")
    func unclosedContainers() {
        expectError("{\n  \"a\": 1", line: 2, column: 9, "found end of file; the object opened at line 1, column 1 is not closed")
        expectError("[1,\n [2", line: 2, column: 4, "found end of file; the array opened at line 2, column 2 is not closed")
        expectError("[", line: 1, column: 2, "expected a value for array element [0], found end of file")
        expectError(#"{"a":"#, line: 1, column: 6, #"expected a value for the member "a", found end of file"#)
        expectError("{", line: 1, column: 2, "found end of file; the object opened at line 1, column 1 is not closed")
    }

    @Test("string errors: unterminated, raw control characters, bad escapes, lone surrogates")
    func stringErrors() {
        expectError(#"{"a": "abc"#, line: 1, column: 7, "unterminated string")
        expectError("{\"a\": \"ab\ncd\"}", line: 1, column: 7, "unterminated string: no closing '\"' before the end of the line")
        expectError(#""ab\"#, line: 1, column: 1, "unterminated string")
        expectError("\"a\tb\"", line: 1, column: 3, "a tab inside a string must be written as \\t")
        expectError("\"a\u{1}b\"", line: 1, column: 3, "U+0001 inside a string must be written as \\u0001")
        expectError(#""a\xb""#, line: 1, column: 3, "invalid escape '\\x' in a string")
        expectError(#""\u12G4""#, line: 1, column: 2, "expected 4 hex digits after '\\u' in a string, found 'G4'")
        expectError(#""\u12""#, line: 1, column: 2, "expected 4 hex digits after '\\u' in a string, found '\"'")
        expectError(#""x\uD83D""#, line: 1, column: 3, "lone surrogate '\\uD83D'")
        expectError(#""x\uD83Dabc""#, line: 1, column: 3, "a high surrogate must be followed by a low surrogate")
        expectError(#""x\uD83D\u0041""#, line: 1, column: 3, "lone surrogate '\\uD83D'")
        expectError(#""x\uDE00""#, line: 1, column: 3, "lone surrogate '\\uDE00' in a string: a low surrogate must follow")
    }

    @Test("invalid UTF-8 is an error, in strings and outside them")
    func invalidUTF8() {
        let quote = UInt8(ascii: "\"")
        expectError([quote, 0x61, 0xFF, 0x62, quote], line: 1, column: 3, "invalid UTF-8 byte 0xFF in a string")
        // Overlong encoding, encoded surrogate, truncated sequence, beyond U+10FFFF.
        expectError([quote, 0xC0, 0x80, quote], line: 1, column: 2, "invalid UTF-8 byte 0xC0")
        expectError([quote, 0xED, 0xA0, 0x80, quote], line: 1, column: 2, "invalid UTF-8 byte 0xED")
        expectError([quote, 0xE4, 0xB8, quote], line: 1, column: 2, "invalid UTF-8 byte 0xE4")
        expectError([quote, 0xF4, 0x90, 0x80, 0x80, quote], line: 1, column: 2, "invalid UTF-8 byte 0xF4")
        expectError([UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")], line: 1, column: 2, "found an invalid UTF-8 byte 0xFF")
        expectError(Array("[\u{A0}1]".utf8), line: 1, column: 2, "found the invisible character U+00A0")
        expectError(Array("[é]".utf8), line: 1, column: 2, "found 'é' (U+00E9)")
    }

    @Test("number errors: leading zeros, '+', hex, NaN, infinity, overflow")
    func numberErrors() {
        expectError("[01]", line: 1, column: 2, "invalid number '01': a JSON number cannot have leading zeros")
        expectError("[-007]", line: 1, column: 2, "leading zeros")
        expectError("[+1]", line: 1, column: 2, "a JSON number cannot start with '+'")
        expectError("[.5]", line: 1, column: 2, "must start with a digit")
        expectError("[1.]", line: 1, column: 2, "expected a digit after the decimal point")
        expectError("[1.e5]", line: 1, column: 2, "expected a digit after the decimal point")
        expectError("[1e]", line: 1, column: 2, "expected a digit in the exponent")
        expectError("[1e+]", line: 1, column: 2, "expected a digit in the exponent")
        expectError("[0x1F]", line: 1, column: 2, "invalid number '0x1F': hexadecimal numbers are not allowed")
        expectError("[1.2.3]", line: 1, column: 2, "invalid number '1.2.3'")
        expectError("[NaN]", line: 1, column: 2, "NaN is not a valid JSON number")
        expectError("[Infinity]", line: 1, column: 2, "Infinity is not a valid JSON number")
        expectError("[-Infinity]", line: 1, column: 2, "-Infinity is not a valid JSON number")
        expectError("[-]", line: 1, column: 2, "expected a digit after '-', found ']'")
        expectError("[1e400]", line: 1, column: 2, "the number 1e400 is too large")
        expectError("[-1e400]", line: 1, column: 2, "the number -1e400 is too large")
    }

    @Test("literals must be exact and lowercase")
    func literalErrors() {
        expectError("[True]", line: 1, column: 2, "found 'True'; JSON literals are lowercase: true")
        expectError("[tru]", line: 1, column: 2, "expected a value for array element [0], found 'tru'; did you mean true?")
        expectError("[truex]", line: 1, column: 2, "found 'truex'")
        expectError("[nul", line: 1, column: 2, "did you mean null?")
        expectError(#"{"a": yes}"#, line: 1, column: 7, "text values must be in double quotes")
    }

    @Test("duplicate keys are errors that name the first occurrence")
    func duplicateKeys() throws {
        expectError("{\n  \"tier\": 1,\n  \"x\": 2,\n  \"tier\": 3\n}", line: 4, column: 3,
            #"duplicate key "tier" (first at line 2, column 3)"#)
        // Large objects use a dictionary; the message is the same.
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let large = "{\(members), \"k7\": 0}"
        let first = try #require(large.range(of: "\"k7\"")).lowerBound.utf16Offset(in: large) + 1
        let second = try #require(large.range(of: "\"k7\"", options: .backwards)).lowerBound.utf16Offset(in: large) + 1
        expectError(large, line: 1, column: second, "duplicate key \"k7\" (first at line 1, column \(first))")
        // The same key in different objects is fine.
        #expect(parseError(Array(#"[{"a": 1}, {"a": 2, "b": {"a": 3}}]"#.utf8)) == nil)
        // Keys are compared after decoding escapes.
        expectError(#"{"a": 1, "\u0061": 2}"#, line: 1, column: 10, #"duplicate key "a""#)
    }

    @Test("nesting is limited to 256 levels, without overflowing the stack")
    func depthLimit() throws {
        let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        _ = try parse(deepest)
        let objects = String(repeating: "{\"a\":", count: 256) + "1" + String(repeating: "}", count: 256)
        _ = try parse(objects)
        expectError(String(repeating: "[", count: 257) + String(repeating: "]", count: 257), line: 1, column: 257,
            "nesting is deeper than 256 levels")
        expectError(String(repeating: "[{\"a\":", count: 200), line: 1, column: 769, "nesting is deeper than 256 levels")
        expectError(String(repeating: "[", count: 100_000), line: 1, column: 257, "nesting is deeper than 256 levels")
    }

    @Test("reading a file: missing files name the path")
    func readingFiles() throws {
        let missing = "/nonexistent/dir/scenario.json"
        do {
            _ = try JSONParser.parse(contentsOf: missing)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location?.file == missing)
            #expect(error.diagnostics.first?.message.hasPrefix("cannot read: ") == true)
            #expect(error.description.contains(missing))
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("json-parser-\(UUID().uuidString).json").path
        try Data("{\n  \"a\": [1, 2]\n}\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let root = try JSONParser.parse(contentsOf: path)
        #expect(root.kindDescription == "an object")
        try Data("{\n  \"a\": [1 2]\n}\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try JSONParser.parse(contentsOf: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location == GHGCore.SourceLocation(file: path, line: 2, column: 11))
        }
    }

    // MARK: Robustness

    /// A reproducible generator for the mutation test.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let sampleDocument = """
        {
          "name": "Province \\"A\\" \\u00e9\\uD83D\\uDE00 é",
          "horizon": 2050,
          "measures": [
            {"id": "m1", "tier": "voluntary", "share": 0.25, "ramp": {"start": 2026, "end": 2030}},
            {"id": "m2", "tier": "conditional", "share": -1.5e-3, "enabled": true, "note": null},
            [], {}, [false, 0, -0.0, 1E+2]
          ]
        }
        """

    @Test("every prefix of a valid document fails cleanly")
    func prefixes() throws {
        let bytes = Array(Self.sampleDocument.utf8)
        _ = try JSONParser.parse(bytes, file: "t.json")
        for length in 0..<bytes.count {
            guard let diagnostic = parseError(Array(bytes[0..<length])) else {
                Issue.record("prefix of length \(length) parsed")
                continue
            }
            let line = diagnostic.location?.line ?? 0
            let column = diagnostic.location?.column ?? 0
            #expect(line >= 1 && line <= 9 && column >= 1)
        }
    }

    @Test("random byte mutations never crash")
    func mutations() {
        let original = Array(Self.sampleDocument.utf8)
        var generator = SplitMix64(state: 20_240_601)
        let interesting: [UInt8] = Array("{}[],:\"\\-0123456789eE.+tfnu \n\r\t".utf8) + [0x00, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        var failures = 0
        for _ in 0..<600 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<max(bytes.count, 1), using: &generator)
                let byte =
                    Bool.random(using: &generator)
                    ? interesting[Int.random(in: 0..<interesting.count, using: &generator)]
                    : UInt8.random(in: 0...255, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where !bytes.isEmpty: bytes[position] = byte
                case 1: bytes.insert(byte, at: min(position, bytes.count))
                default: if !bytes.isEmpty { bytes.remove(at: position) }
                }
            }
            if let diagnostic = parseError(bytes) {
                failures += 1
                #expect((diagnostic.location?.line ?? 0) >= 1 && (diagnostic.location?.column ?? 0) >= 1)
                #expect(!diagnostic.message.isEmpty)
            }
        }
        #expect(failures > 300)
        // Pure noise as well.
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = parseError(bytes)
        }
    }

    // MARK: Cursor

    static let scenario = """
        {
          "horizon": 2050,
          "base": null,
          "measures": [
            {"name": "a", "tier": "voluntary", "categories": ["1.A", "2.B"]},
            {"name": "b", "ramp": {"start": 2030.5, "end": 1e300}, "odd key": 1, "categories": "1.A"}
          ],
          "tierr": "x",
          "zzz": 1
        }
        """

    @Test("paths and locations of nested values")
    func cursorPaths() throws {
        let root = try cursor(Self.scenario)
        #expect(root.path == "$")
        let measures = try root.required("measures", "a list of measures").elements()
        #expect(measures.map(\.path) == ["$.measures[0]", "$.measures[1]"])
        let start = try #require(try measures[1].member("ramp")?.member("start"))
        #expect(start.path == "$.measures[1].ramp.start")
        #expect(start.location == GHGCore.SourceLocation(file: "s.json", line: 6, column: 37, jsonPath: "$.measures[1].ramp.start"))
        #expect(start.location.description == "s.json:6:37: $.measures[1].ramp.start")
        let odd = try #require(try measures[1].member("odd key"))
        #expect(odd.path == #"$.measures[1]["odd key"]"#)
        let members = try measures[1].members()
        #expect(members.map(\.key) == ["name", "ramp", "odd key", "categories"])
        #expect(members.map(\.value.path) == ["$.measures[1].name", "$.measures[1].ramp", #"$.measures[1]["odd key"]"#, "$.measures[1].categories"])
        #expect(JSONCursor.memberPath("$", "_a1") == "$._a1")
        #expect(JSONCursor.memberPath("$", "1a") == #"$["1a"]"#)
        #expect(JSONCursor.memberPath("$", "") == #"$[""]"#)
        #expect(JSONCursor.memberPath("$", "é") == #"$["é"]"#)
        #expect(JSONCursor.memberPath("$", "a\"b") == #"$["a\"b"]"#)
        let error = start.error("bad start")
        #expect(error.description == "s.json:6:37: $.measures[1].ramp.start: error: bad start")
    }

    @Test("objects: keys, has, member, required")
    func cursorObjects() throws {
        let root = try cursor(Self.scenario)
        #expect(root.isObject)
        #expect(try root.keys() == ["horizon", "base", "measures", "tierr", "zzz"])
        #expect(root.has("base") && !root.has("nope"))
        #expect(try root.member("base") == nil)
        #expect(try root.member("nope") == nil)
        #expect(try root.member("horizon")?.int() == 2050)
        #expect(try root.required("horizon", "a year").int() == 2050)

        let missing = cursorError { () throws(InputError) in try root.required("target", "a year") }
        #expect(missing?.message == #"missing key "target" (expected a year)"#)
        #expect(missing?.location == GHGCore.SourceLocation(file: "s.json", line: 1, column: 1, jsonPath: "$"))
        let null = cursorError { () throws(InputError) in try root.required("base", "a year") }
        #expect(null?.message == #""base" is null; expected a year"#)
        #expect(null?.location?.jsonPath == "$.base")

        let name = try #require(try root.required("measures", "").elements().first?.member("name"))
        let notObject = cursorError { () throws(InputError) in try name.keys() }
        #expect(notObject?.message == #"expected an object, found a string "a""#)
        #expect(notObject?.location?.jsonPath == "$.measures[0].name")
        #expect(cursorError { () throws(InputError) in try name.member("x") }?.message.hasPrefix("expected an object, found a string") == true)
        #expect(!name.has("x"))
    }

    @Test("checkKeys reports each unknown key at its position, with did-you-mean")
    func cursorCheckKeys() throws {
        let root = try cursor(Self.scenario)
        do {
            try root.checkKeys(["horizon", "base", "measures", "tier"])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 2)
            let first = error.diagnostics[0]
            #expect(first.message == #"unknown key "tierr"; expected one of: horizon, base, measures, tier; did you mean "tier"?"#)
            #expect(first.location == GHGCore.SourceLocation(file: "s.json", line: 8, column: 3, jsonPath: "$.tierr"))
            let second = error.diagnostics[1]
            #expect(second.message == #"unknown key "zzz"; expected one of: horizon, base, measures, tier"#)
            #expect(second.location?.line == 9)
        }
        try root.checkKeys(["horizon", "base", "measures", "tierr", "zzz", "extra"])
        let measure = try root.required("measures", "").elements()[1]
        let odd = cursorError { () throws(InputError) in try measure.checkKeys(["name", "ramp", "categories"]) }
        #expect(odd?.location?.jsonPath == #"$.measures[1]["odd key"]"#)
        #expect(odd?.location?.column == 60)
        #expect(JSONCursor.suggestion(for: "teir", among: ["name", "tier"]) == "tier")
        #expect(JSONCursor.suggestion(for: "Tier", among: ["name", "tier"]) == "tier")
        #expect(JSONCursor.suggestion(for: "ab", among: ["x"]) == nil)
        #expect(JSONCursor.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }

    @Test("arrays and a single value treated as an array of one")
    func cursorArrays() throws {
        let measures = try cursor(Self.scenario).required("measures", "").elements()
        let list = try measures[0].required("categories", "categories").elementsOrSingle()
        #expect(try list.map { try $0.string() } == ["1.A", "2.B"])
        #expect(list.map(\.path) == ["$.measures[0].categories[0]", "$.measures[0].categories[1]"])
        let single = try measures[1].required("categories", "categories").elementsOrSingle()
        #expect(try single.map { try $0.string() } == ["1.A"])
        #expect(single.map(\.path) == ["$.measures[1].categories"])
        let notArray = cursorError { () throws(InputError) in try measures[1].required("name", "").elements() }
        #expect(notArray?.message == #"expected an array, found a string "b""#)
    }

    @Test("scalars: string, double, int, bool, with what was expected and found")
    func cursorScalars() throws {
        let root = try cursor(#"{"s": "ten", "n": 2030.5, "w": 2.03e3, "f": 2030.0, "big": 1e300, "max": 9223372036854775807, "over": 9223372036854775808, "neg": -9223372036854775808, "b": false, "z": null, "long": "\#(String(repeating: "x", count: 60))"}"#)
        func field(_ key: String) throws -> JSONCursor {
            try root.required(key, "")
        }
        #expect(try field("s").string() == "ten")
        #expect(try field("n").double() == 2030.5)
        #expect(try field("w").int() == 2030)
        #expect(try field("f").int() == 2030)
        #expect(try field("max").int() == Int.max)
        #expect(try field("neg").int() == Int.min)
        #expect(try field("b").bool() == false)
        #expect(try root.member("z") == nil)
        let z = try #require(try root.members().first { $0.key == "z" }?.value)
        #expect(z.isNull && !z.isNumber && !z.isString && !z.isArray && !z.isObject)
        #expect(try field("n").isNumber && field("s").isString)

        let s = try field("s")
        #expect(cursorError { () throws(InputError) in try s.double() }?.message == #"expected a number, found a string "ten""#)
        #expect(cursorError { () throws(InputError) in try s.bool() }?.message == #"expected true or false, found a string "ten""#)
        let n = try field("n")
        let fractional = cursorError { () throws(InputError) in try n.int() }
        #expect(fractional?.message == "expected a whole number, found 2030.5")
        #expect(fractional?.location?.jsonPath == "$.n")
        #expect(cursorError { () throws(InputError) in try n.string() }?.message == "expected a string, found the number 2030.5")
        let big = try field("big")
        #expect(cursorError { () throws(InputError) in try big.int() }?.message.contains("expected a whole number between") == true)
        let over = try field("over")
        #expect(cursorError { () throws(InputError) in try over.int() }?.message.hasSuffix("found 9223372036854775808") == true)
        let b = try field("b")
        #expect(cursorError { () throws(InputError) in try b.int() }?.message == "expected a whole number, found false")
        let long = try field("long")
        #expect(cursorError { () throws(InputError) in try long.double() }?.message
            == "expected a number, found a string \"\(String(repeating: "x", count: 40))…\"")
    }

    @Test("oneOf accepts listed strings and suggests the closest")
    func cursorOneOf() throws {
        let root = try cursor(#"{"a": "voluntary", "b": "volontary", "c": "other", "d": 3}"#)
        let choices = ["voluntary", "conditional"]
        #expect(try root.required("a", "").oneOf(choices) == "voluntary")
        let b = try root.required("b", "")
        let misspelt = cursorError { () throws(InputError) in try b.oneOf(choices) }
        #expect(misspelt?.message == #"unknown value "volontary"; expected one of: voluntary, conditional; did you mean "voluntary"?"#)
        #expect(misspelt?.location == GHGCore.SourceLocation(file: "s.json", line: 1, column: 25, jsonPath: "$.b"))
        let c = try root.required("c", "")
        #expect(cursorError { () throws(InputError) in try c.oneOf(choices) }?.message
            == #"unknown value "other"; expected one of: voluntary, conditional"#)
        let d = try root.required("d", "")
        #expect(cursorError { () throws(InputError) in try d.oneOf(choices) }?.message
            == "expected one of: voluntary, conditional, found the number 3")
    }
}
