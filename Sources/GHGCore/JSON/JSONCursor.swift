/// A JSON value together with its path from the root, for decoding inputs with errors that say
/// where the problem is (`file:line:column: $.measures[2].tier`) and what was expected.
public struct JSONCursor: Sendable {
    public let node: JSONNode
    /// The JSON path: `$` for the root, `.key` for members (`["odd key"]` when the key is not an
    /// identifier), `[i]` for elements counted from 0, as in `$.measures[2].tier`.
    public let path: String
    /// The file as the user named it.
    public let file: String

    /// A cursor at the root of a parsed document.
    public init(root: JSONNode, file: String) {
        self.init(node: root, path: "$", file: file)
    }

    init(node: JSONNode, path: String, file: String) {
        self.node = node
        self.path = path
        self.file = file
    }

    /// Where the value starts, with its path.
    public var location: SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column, jsonPath: path)
    }

    /// An error at this value.
    public func error(_ message: String) -> InputError {
        InputError(at: location, message)
    }

    /// "expected X, found Y" at this value.
    func mismatch(_ expected: String) -> InputError {
        error("expected \(expected), found \(node.foundDescription)")
    }

    // MARK: Paths

    /// The path of member `key` under `path`.
    static func memberPath(_ path: String, _ key: String) -> String {
        isIdentifier(key) ? "\(path).\(key)" : "\(path)[\(JSONNode.quoted(key, limit: .max))]"
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`
    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_")
        }
        guard isLetter(first) else { return false }
        return key.utf8.allSatisfy { isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }

    func child(_ member: JSONMember) -> JSONCursor {
        JSONCursor(node: member.value, path: Self.memberPath(path, member.key), file: file)
    }

    // MARK: Objects

    public var isObject: Bool {
        if case .object = node.value { return true }
        return false
    }

    /// The members in the order written; throws when this is not an object.
    func objectMembers() throws(InputError) -> [JSONMember] {
        guard case .object(let members) = node.value else { throw mismatch("an object") }
        return members
    }

    /// The keys in the order written.
    /// - Throws: when this is not an object.
    public func keys() throws(InputError) -> [String] {
        try objectMembers().map(\.key)
    }

    /// Whether this is an object with member `key` (even a null one).
    public func has(_ key: String) -> Bool {
        guard case .object(let members) = node.value else { return false }
        return members.contains { $0.key == key }
    }

    /// Member `key`, or nil when it is absent or null (so that null means "not given").
    /// - Throws: when this is not an object.
    public func member(_ key: String) throws(InputError) -> JSONCursor? {
        guard let member = try objectMembers().first(where: { $0.key == key }) else { return nil }
        if case .null = member.value.value { return nil }
        return child(member)
    }

    /// Member `key`, which must be present and not null; `expected` says what it should hold,
    /// as in "missing key \"horizon\" (expected a year)".
    /// - Throws: at this object when the key is missing, at the value when it is null.
    public func required(_ key: String, _ expected: String) throws(InputError) -> JSONCursor {
        guard let member = try objectMembers().first(where: { $0.key == key }) else {
            throw error("missing key \(JSONNode.quoted(key)) (expected \(expected))")
        }
        let value = child(member)
        if case .null = member.value.value {
            throw value.error("\(JSONNode.quoted(key)) is null; expected \(expected)")
        }
        return value
    }

    /// Rejects keys outside `allowed`, so that a misspelt optional key is not silently ignored.
    ///
    /// Each unknown key is reported at its own position and path: "unknown key \"tierr\"; expected
    /// one of: a, b, c; did you mean \"tier\"?".
    /// - Throws: when this is not an object, or has keys outside `allowed`.
    public func checkKeys(_ allowed: [String]) throws(InputError) {
        var diagnostics: [Diagnostic] = []
        for member in try objectMembers() where !allowed.contains(member.key) {
            var message = "unknown key \(JSONNode.quoted(member.key)); expected one of: \(allowed.joined(separator: ", "))"
            if let suggestion = Self.suggestion(for: member.key, among: allowed) {
                message += "; did you mean \(JSONNode.quoted(suggestion))?"
            }
            let location = SourceLocation(
                file: file, line: member.keyLine, column: member.keyColumn, jsonPath: Self.memberPath(path, member.key))
            diagnostics.append(.error(at: location, message))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
    }

    /// The members in the order written, each with its own path.
    /// - Throws: when this is not an object.
    public func members() throws(InputError) -> [(key: String, value: JSONCursor)] {
        try objectMembers().map { (key: $0.key, value: child($0)) }
    }

    // MARK: Arrays

    public var isArray: Bool {
        if case .array = node.value { return true }
        return false
    }

    /// The elements, each with its path `[i]`.
    /// - Throws: when this is not an array.
    public func elements() throws(InputError) -> [JSONCursor] {
        guard case .array(let elements) = node.value else { throw mismatch("an array") }
        return elements.enumerated().map { JSONCursor(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// An array, or a single value treated as an array of one (for `"categories": "1.A"` as well
    /// as `["1.A", "2.B"]`).
    public func elementsOrSingle() throws(InputError) -> [JSONCursor] {
        isArray ? try elements() : [self]
    }

    // MARK: Scalars

    public var isNull: Bool {
        if case .null = node.value { return true }
        return false
    }

    public var isNumber: Bool {
        if case .number = node.value { return true }
        return false
    }

    public var isString: Bool {
        if case .string = node.value { return true }
        return false
    }

    /// The string value.
    /// - Throws: "expected a string, found ..." otherwise.
    public func string() throws(InputError) -> String {
        guard case .string(let text) = node.value else { throw mismatch("a string") }
        return text
    }

    /// The number value, always finite (the parser rejects numbers beyond the range of Double).
    /// - Throws: "expected a number, found ..." otherwise.
    public func double() throws(InputError) -> Double {
        guard case .number(let number, _) = node.value, number.isFinite else { throw mismatch("a number") }
        return number
    }

    /// A number with no fractional part that fits `Int` (`2030`, `2.03e3`, `2030.0`).
    /// - Throws: "expected a whole number, found 2030.5", or when it is beyond the range of `Int`.
    public func int() throws(InputError) -> Int {
        guard case .number(let number, let text) = node.value else { throw mismatch("a whole number") }
        // Plain integers are converted from the text so that large ones keep every digit.
        if let exact = Int(text) { return exact }
        guard number.isFinite, number.rounded(.towardZero) == number else {
            throw error("expected a whole number, found \(text)")
        }
        // 2^63 is exactly representable; every whole Double below it in magnitude fits Int.
        guard number >= -9_223_372_036_854_775_808.0, number < 9_223_372_036_854_775_808.0 else {
            throw error("expected a whole number between \(Int.min) and \(Int.max), found \(text)")
        }
        return Int(number)
    }

    /// The boolean value.
    /// - Throws: "expected true or false, found ..." otherwise.
    public func bool() throws(InputError) -> Bool {
        guard case .bool(let flag) = node.value else { throw mismatch("true or false") }
        return flag
    }

    /// A string among `choices`.
    /// - Throws: "unknown value \"volontary\"; expected one of: voluntary, conditional; did you mean
    ///   \"voluntary\"?" otherwise.
    public func oneOf(_ choices: [String]) throws(InputError) -> String {
        guard case .string(let text) = node.value else {
            throw mismatch("one of: \(choices.joined(separator: ", "))")
        }
        if choices.contains(text) { return text }
        var message = "unknown value \(JSONNode.quoted(text)); expected one of: \(choices.joined(separator: ", "))"
        if let suggestion = Self.suggestion(for: text, among: choices) {
            message += "; did you mean \(JSONNode.quoted(suggestion))?"
        }
        throw error(message)
    }

    // MARK: Suggestions

    /// The candidate closest to `text` within edit distance 2 (and closer than replacing every
    /// character), first in `candidates` order on ties; nil when none is close.
    static func suggestion(for text: String, among candidates: [String]) -> String? {
        let lowered = Array(text.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(lowered, other)
            guard distance <= 2, distance < max(lowered.count, other.count) else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each count 1 ("teir" is 1 from "tier").
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
