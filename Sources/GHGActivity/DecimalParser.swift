#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses plain decimal numbers (`1234`, `-0.5`, `4.3e2`) from bytes, fast and correctly rounded.
///
/// Numbers of up to 15 significant digits with a decimal exponent of at most 22 in magnitude are
/// converted exactly by one multiplication or division (Clinger's fast path); anything else goes
/// to the C library's `strtod`. `nan`, `inf`, thousands separators and decimal commas are rejected.
public enum DecimalParser {
    @usableFromInline static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number in `bytes[start..<end]`, or `nil` if it is not a plain decimal number.
    @inlinable
    public static func parse(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var p = start
        guard p < end else { return nil }
        var negative = false
        if base[p] == UInt8(ascii: "-") { negative = true; p += 1 } else if base[p] == UInt8(ascii: "+") { p += 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var sawDigit = false
        while p < end, base[p] &- 48 < 10 {
            sawDigit = true
            if significant > 0 || base[p] != 48 {
                if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(base[p] &- 48) } else { exponent += 1 }
                significant += 1
            }
            p += 1
        }
        if p < end, base[p] == UInt8(ascii: ".") {
            p += 1
            while p < end, base[p] &- 48 < 10 {
                sawDigit = true
                if significant > 0 || base[p] != 48 {
                    if significant < 19 {
                        mantissa = mantissa &* 10 &+ UInt64(base[p] &- 48)
                        exponent -= 1
                    }
                    significant += 1
                } else {
                    exponent -= 1
                }
                p += 1
            }
        }
        guard sawDigit else { return nil }
        if p < end, base[p] | 0x20 == UInt8(ascii: "e") {
            p += 1
            var exponentNegative = false
            if p < end, base[p] == UInt8(ascii: "-") { exponentNegative = true; p += 1 } else if p < end, base[p] == UInt8(ascii: "+") { p += 1 }
            var value = 0
            var sawExponentDigit = false
            while p < end, base[p] &- 48 < 10 {
                sawExponentDigit = true
                if value < 100_000 { value = value * 10 + Int(base[p] &- 48) }
                p += 1
            }
            guard sawExponentDigit else { return nil }
            exponent += exponentNegative ? -value : value
        }
        guard p == end else { return nil }
        if significant <= 15, exponent >= -22, exponent <= 22 {
            var value = Double(mantissa)
            if exponent >= 0 { value *= powersOfTen[exponent] } else { value /= powersOfTen[-exponent] }
            return negative ? -value : value
        }
        return slowParse(base, start, end)
    }

    @usableFromInline
    static func slowParse(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = end - start
        var buffer = [CChar](repeating: 0, count: length + 1)
        for i in 0..<length { buffer[i] = CChar(bitPattern: base[start + i]) }
        return buffer.withUnsafeBufferPointer { pointer -> Double? in
            guard let text = pointer.baseAddress else { return nil }
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &endPointer)
            guard let endPointer, endPointer - UnsafeMutablePointer(mutating: text) == length, value.isFinite else { return nil }
            return value
        }
    }

    /// A number written with one decimal comma and no point (`10,5`, as spreadsheets in a locale
    /// such as Vietnamese write it in semicolon-separated files), or `nil`.
    public static func parseDecimalComma(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = end - start
        guard length > 0 else { return nil }
        var commas = 0
        for p in start..<end {
            if base[p] == UInt8(ascii: ",") { commas += 1 } else if base[p] == UInt8(ascii: ".") { return nil }
        }
        guard commas == 1 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer -> Double? in
            guard let copy = buffer.baseAddress else { return nil }
            for i in 0..<length { copy[i] = base[start + i] == UInt8(ascii: ",") ? UInt8(ascii: ".") : base[start + i] }
            return parse(UnsafePointer(copy), 0, length)
        }
    }

    /// Parses a string (for small inputs and tests).
    public static func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return parse(UnsafePointer(base), 0, buffer.count)
        }
    }
}
