/// Writes JSON with keys in the order given, so that outputs are byte-for-byte reproducible.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit = "  "

    public init() {}

    private var indent: String { String(repeating: indentUnit, count: needsComma.count - 1) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        if needsComma.count > 1 { text += "\n" + indent }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func key(_ name: String?) {
        separator()
        if let name { text += JSONWriter.quote(name) + ": " }
    }

    public mutating func beginObject(_ name: String? = nil) {
        key(name)
        text += "{"
        needsComma.append(false)
    }

    public mutating func endObject() {
        let hadMembers = needsComma.removeLast()
        text += hadMembers ? "\n" + indent + "}" : "}"
    }

    public mutating func beginArray(_ name: String? = nil) {
        key(name)
        text += "["
        needsComma.append(false)
    }

    public mutating func endArray() {
        let hadMembers = needsComma.removeLast()
        text += hadMembers ? "\n" + indent + "]" : "]"
    }

    public mutating func string(_ name: String?, _ value: String) {
        key(name)
        text += JSONWriter.quote(value)
    }

    public mutating func number(_ name: String?, _ value: Double) {
        key(name)
        text += value.isFinite ? NumberFormat.machine(value) : "null"
    }

    public mutating func int(_ name: String?, _ value: Int) {
        key(name)
        text += String(value)
    }

    public mutating func bool(_ name: String?, _ value: Bool) {
        key(name)
        text += value ? "true" : "false"
    }

    public mutating func null(_ name: String?) {
        key(name)
        text += "null"
    }

    /// A string or null.
    public mutating func optionalString(_ name: String?, _ value: String?) {
        if let value { string(name, value) } else { null(name) }
    }

    /// A number or null.
    public mutating func optionalNumber(_ name: String?, _ value: Double?) {
        if let value { number(name, value) } else { null(name) }
    }

    static func quote(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
