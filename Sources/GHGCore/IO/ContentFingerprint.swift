/// A 64-bit fingerprint of a file's bytes, as 16 hex digits, that changes whenever a byte
/// changes: outputs name their inputs with it, so a result can be traced to the exact files it
/// came from. Blocks of 1 MB are hashed on all cores, 8 bytes at a time, and the block hashes
/// combined in order; the same bytes give the same fingerprint on any machine. Not
/// cryptographic: it detects changes, it does not resist forgery.
public enum ContentFingerprint {
    static let blockSize = 1 << 20

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let blocks = blockCount(bytes.count)
        let shared = UncheckedSendable(bytes)
        let hashes = parallelMap(count: blocks, jobs: min(blocks, 8)) { block in blockHash(shared.value, block) }
        return combine(hashes, byteCount: bytes.count)
    }

    /// The number of blocks of a file of `byteCount` bytes (at least one).
    public static func blockCount(_ byteCount: Int) -> Int { max(1, (byteCount + blockSize - 1) / blockSize) }

    /// The hash of block `block`: for callers that hash the blocks while they read the bytes
    /// for another purpose (the activity parser), then `combine` them.
    public static func blockHash(_ bytes: UnsafeBufferPointer<UInt8>, _ block: Int) -> UInt64 {
        let start = block * blockSize
        return hash(bytes, start..<min(start + blockSize, bytes.count), seed: UInt64(block))
    }

    /// The fingerprint from every block's hash, in order.
    public static func combine(_ hashes: [UInt64], byteCount: Int) -> String {
        var combined: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(byteCount)
        for value in hashes { combined = mix(combined ^ value) }
        let hex = String(combined, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64) -> UInt64 {
        var h = mix(seed &+ 0x6A09_E667_F3BC_C909)
        var position = range.lowerBound
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        while position + 8 <= range.upperBound {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            h = (h ^ (word &* 0x87C3_7B91_1142_53D5)) &* 0x4CF5_AD43_2745_937F
            h = h << 31 | h >> 33
            position += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while position < range.upperBound {
            tail |= UInt64(base[position]) << shift
            shift += 8
            position += 1
        }
        return mix(h ^ tail ^ UInt64(range.count))
    }

    /// The SplitMix64 finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
