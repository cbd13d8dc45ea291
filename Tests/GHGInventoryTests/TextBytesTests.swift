import GHGReports
import Testing

/// The batch writes its outputs as bytes (`TextBytes`); they must be the bytes the String reports
/// write, so that `ghg batch` and `ghg scenario` agree to the digit.
@Suite("Text as bytes")
struct TextBytesTests {
    static let values: [Double] = [
        0, -0.0, 1, -1, 7, 10, 2014, 123_456_789, -987_654_321, 999_999_999_999_999, 1e15, -1e15, 1e16, 4.5e18, 9.3e18, 1e300, -1e300,
        0.1, 0.2 + 0.1, 1e-5, -1e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 48_605_723.652_000_01, 3186.3, 0.000026,
        -2.5, 1.0 / 3.0, 2.0 / 3.0 * 1e9, .infinity, -.infinity, .nan,
    ]

    @Test("appendMachine writes NumberFormat.machine, for edge cases and a million pseudo-random doubles")
    func machineNumbers() {
        for value in Self.values {
            var text = TextBytes()
            text.appendMachine(value)
            #expect(String(decoding: text.bytes, as: UTF8.self) == NumberFormat.machine(value), "\(value)")
        }
        // A fixed linear congruential sequence of bit patterns: every exponent and sign.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var text = TextBytes()
        var expected = ""
        for _ in 0..<1_000_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state)
            text.appendMachine(value)
            text.append(byte: UInt8(ascii: "\n"))
            expected += NumberFormat.machine(value)
            expected += "\n"
        }
        #expect(String(decoding: text.bytes, as: UTF8.self) == expected)
    }

    @Test("integers, CSV fields and ranges")
    func integersAndFields() {
        var text = TextBytes()
        for value: Int64 in [0, 7, -7, 2050, .max, .min] {
            text.appendInteger(value)
            text.append(byte: UInt8(ascii: " "))
        }
        text.appendCSVField("Viet Nam")
        text.append(byte: UInt8(ascii: ","))
        text.appendCSVField("a,\"b\"")
        #expect(String(decoding: text.bytes, as: UTF8.self) == "0 7 -7 2050 9223372036854775807 -9223372036854775808 Viet Nam,\"a,\"\"b\"\"\"")
        var copy = TextBytes()
        copy.append(text, range: 2..<4)
        #expect(String(decoding: copy.bytes, as: UTF8.self) == "7 ")
        text.removeAll()
        #expect(text.isEmpty)
    }
}
