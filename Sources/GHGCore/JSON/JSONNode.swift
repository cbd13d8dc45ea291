/// A parsed JSON value with the line and column where it starts, so that messages about it can
/// point at the place to fix.
///
/// Lines and columns are 1-based; columns count Unicode scalars from the start of the line (a tab
/// counts as one).
public struct JSONNode: Sendable, Hashable {
    /// The value itself; containers hold nodes, so every nested value keeps its position.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        /// The number and its text as written (for messages).
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        /// Members in the order written.
        case object([JSONMember])
    }

    public var value: Value
    /// Line of the value's first character.
    public var line: Int
    /// Column of the value's first character.
    public var column: Int

    public init(value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// "an object", "an array", "a string", "a number", "true", "false", "null" — for messages.
    public var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The kind with the value when it is short, for "found ..." in messages:
    /// `a string "ten"`, `the number 12`, `true`, `an object`.
    var foundDescription: String {
        switch value {
        case .string(let text): "a string \(JSONNode.quoted(text, limit: 40))"
        case .number(_, let text): "the number \(text)"
        default: kindDescription
        }
    }

    /// `text` in double quotes with JSON escapes, shortened with "…" past `limit` characters.
    static func quoted(_ text: String, limit: Int = 80) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + hex4(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Four uppercase hex digits (more when the value needs them).
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// One member of a JSON object: the key, where the key is written, and the value.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    /// Line of the key's opening quote.
    public var keyLine: Int
    /// Column of the key's opening quote.
    public var keyColumn: Int
    public var value: JSONNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
