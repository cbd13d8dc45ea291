import Testing

@testable import GHGActivity

@Suite("Decimal parsing")
struct DecimalParserTests {
    @Test("plain decimals parse to the nearest double", arguments: ["0", "43", "3186.3", "0.6766", "-12.5", "1e3", "4.3E-2", "+7", "123456789012345678901234", "0.1", "3.14159265358979323846"])
    func matchesSwift(text: String) throws {
        let parsed = try #require(DecimalParser.parse(text))
        #expect(parsed == Double(text))
    }

    @Test("rejects what is not a plain decimal", arguments: ["", "abc", "1,5", "1 000", "nan", "inf", "1e", ".", "-", "1.2.3", "0x10"])
    func rejects(text: String) {
        #expect(DecimalParser.parse(text) == nil)
    }
}
