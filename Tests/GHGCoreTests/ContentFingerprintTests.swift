import GHGCore
import Testing

@Suite("Content fingerprints")
struct ContentFingerprintTests {
    func fingerprint(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { ContentFingerprint.of($0) } }

    @Test("the same bytes give the same 16 hex digits; any change of a byte, or of the length, another")
    func changes() {
        // Over 2 MB, so that several blocks are hashed in parallel and combined.
        var bytes = (0..<2_500_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let original = fingerprint(bytes)
        #expect(original.count == 16 && original.allSatisfy(\.isHexDigit))
        #expect(fingerprint(bytes) == original)
        for position in [0, 7, 8, 1_048_575, 1_048_576, 2_500_002] {
            var changed = bytes
            changed[position] ^= 1
            #expect(fingerprint(changed) != original, "byte \(position)")
        }
        bytes.append(0)
        #expect(fingerprint(bytes) != original)
        #expect(fingerprint([]) != fingerprint([0]))
    }
}
