/// Writes JSON with keys in the order given, so that outputs are byte-for-byte reproducible.
///
/// The document is built as UTF-8 bytes: an inventory's audit trail has hundreds of megabytes
/// of it, and appending to a `String` scalar by scalar was most of the time of `--format json`.
public struct JSONWriter {
    private var buffer = TextBytes()
    private var needsComma: [Bool] = [false]
    /// `"\n"` and two spaces a level, for each depth reached so far.
    private var breaks: [[UInt8]] = [[UInt8(ascii: "\n")]]

    public init() {}

    /// The document so far.
    public var text: String { String(decoding: buffer.bytes, as: UTF8.self) }

    /// A line break and the indentation of `depth`.
    private mutating func lineBreak(depth: Int) {
        while breaks.count <= depth { breaks.append(breaks[breaks.count - 1] + [UInt8(ascii: " "), UInt8(ascii: " ")]) }
        buffer.append(breaks[depth])
    }

    private mutating func separator() {
        let depth = needsComma.count - 1
        if needsComma[depth] { buffer.append(byte: UInt8(ascii: ",")) }
        if depth > 0 { lineBreak(depth: depth) }
        needsComma[depth] = true
    }

    private mutating func key(_ name: String?) {
        separator()
        if let name {
            JSONWriter.appendQuoted(name, to: &buffer)
            buffer.append(byte: UInt8(ascii: ":"))
            buffer.append(byte: UInt8(ascii: " "))
        }
    }

    public mutating func beginObject(_ name: String? = nil) {
        key(name)
        buffer.append(byte: UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray(_ name: String? = nil) {
        key(name)
        buffer.append(byte: UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = needsComma.removeLast()
        if hadMembers { lineBreak(depth: needsComma.count - 1) }
        buffer.append(byte: bracket)
    }

    public mutating func string(_ name: String?, _ value: String) {
        key(name)
        JSONWriter.appendQuoted(value, to: &buffer)
    }

    public mutating func number(_ name: String?, _ value: Double) {
        key(name)
        if value.isFinite { buffer.appendMachine(value) } else { buffer.append("null") }
    }

    public mutating func int(_ name: String?, _ value: Int) {
        key(name)
        buffer.appendInteger(Int64(value))
    }

    public mutating func bool(_ name: String?, _ value: Bool) {
        key(name)
        buffer.append(value ? "true" : "false")
    }

    public mutating func null(_ name: String?) {
        key(name)
        buffer.append("null")
    }

    /// A string or null.
    public mutating func optionalString(_ name: String?, _ value: String?) {
        if let value { string(name, value) } else { null(name) }
    }

    /// A number or null.
    public mutating func optionalNumber(_ name: String?, _ value: Double?) {
        if let value { number(name, value) } else { null(name) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` in quotes, escaping `"`, `\` and the control characters. Only ASCII bytes
    /// are escaped, so the UTF-8 bytes of other characters are copied as they are.
    static func appendQuoted(_ value: String, to out: inout TextBytes) {
        out.append(byte: UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                plainStart = index + 1
                out.append(byte: UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte: byte)
                case UInt8(ascii: "\n"): out.append(byte: UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(byte: UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(byte: UInt8(ascii: "t"))
                default:
                    let hex = JSONWriter.hexDigits
                    out.append("u00")
                    out.append(byte: hex[Int(byte >> 4)])
                    out.append(byte: hex[Int(byte & 15)])
                }
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        out.append(byte: UInt8(ascii: "\""))
    }
}
