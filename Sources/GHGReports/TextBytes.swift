/// UTF-8 text built as bytes, for outputs of millions of lines (a batch's long CSV) where String
/// appends and a String per number would be most of the time. The bytes are those the String
/// reports write: `appendMachine` is `NumberFormat.machine`, `appendCSVField` is
/// `CSVWriter.escape`.
public struct TextBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var count: Int { bytes.count }

    /// Empties the text, keeping its memory for the next.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The bytes in `range`, for writing them out.
    public func withUnsafeBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func append(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// The bytes of `other` in `range` (a value written there, say).
    public mutating func append(_ other: TextBytes, range: Range<Int>) {
        other.bytes.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// `text` as one CSV field: quoted when it holds a comma, a quote or a line break.
    public mutating func appendCSVField(_ text: String) {
        bytes.append(contentsOf: CSVWriter.escape(text).utf8)
    }

    /// The decimal digits of `value`.
    public mutating func appendInteger(_ value: Int64) {
        var magnitude = value.magnitude
        // Digits are made from the right into 20 bytes on the stack (UInt64.max has 20).
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            var start = 20
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start..<20]))
        }
    }

    /// `NumberFormat.machine(value)`: the shortest text that reads back as the same `Double`;
    /// whole numbers without a decimal point, `-0` as `0`.
    public mutating func appendMachine(_ value: Double) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
        } else if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else if value.isFinite {
            // Double's own shortest round-trip digits (the text of `description`), handed over
            // as ASCII bytes without a String made for each value.
            value.write(to: &self)
        } else {
            // `write(to:)` spells a NaN with its payload; `description` says `nan`.
            append(value.description)
        }
    }
}

extension TextBytes: TextOutputStream {
    public mutating func write(_ string: String) {
        append(string)
    }

    /// What `Double.write(to:)` calls with its digits: taken as bytes, with no String between.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }
}
