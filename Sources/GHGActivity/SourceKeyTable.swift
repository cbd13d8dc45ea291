/// An open-addressing hash table from `SourceKey` to a slot number, for the parser's hot loop.
///
/// Swift's `Dictionary` hashes with SipHash, which is most of the cost of a record; source keys
/// are eight small integers chosen by the parser, so a multiply-xor mix is enough and collisions
/// cannot be provoked by the input (ids are assigned in order of appearance).
///
/// Each table entry carries 32 bits of its key's hash beside the id, so that a probe compares a
/// stored key only when the hashes agree: with hundreds of thousands of sources (a commune-level
/// file) the keys are out of the cache, and a key new to the table then costs one memory access,
/// not one per occupied entry probed.
struct SourceKeyTable {
    private(set) var keys: [SourceKey] = []
    /// 0 for an empty entry, else the hash's high 32 bits and the id + 1.
    private var slots: [UInt64]
    private var mask: Int

    init() {
        slots = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    var count: Int { keys.count }

    /// The slot of `key`, adding it (as the next slot) if new; `isNew` tells which.
    @inline(__always)
    mutating func slot(for key: SourceKey) -> (slot: Int, isNew: Bool) {
        let hash = SourceKeyTable.hash(key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var position = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[position]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if keys[id] == key { return (id, false) }
            }
            position = (position + 1) & mask
        }
        let id = keys.count
        keys.append(key)
        slots[position] = tag | UInt64(id + 1)
        if keys.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (id, key) in keys.enumerated() {
            let hash = SourceKeyTable.hash(key)
            var position = Int(truncatingIfNeeded: hash) & mask
            while slots[position] != 0 { position = (position + 1) & mask }
            slots[position] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
    }

    /// A 64-bit mix of the key's eight ids: the low bits place it, the high 32 bits tag it.
    @inline(__always)
    static func hash(_ key: SourceKey) -> UInt64 {
        let a = UInt64(UInt32(bitPattern: key.year)) | UInt64(UInt32(bitPattern: key.category)) << 32
        let b = UInt64(UInt32(bitPattern: key.activity)) | UInt64(UInt32(bitPattern: key.unit)) << 32
        let c = UInt64(UInt32(bitPattern: key.region)) | UInt64(UInt32(bitPattern: key.technology)) << 32
        let d = UInt64(UInt32(bitPattern: key.parameters)) | UInt64(UInt32(bitPattern: key.dataSource)) << 32
        var h = (a ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ b ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        h = (h ^ c ^ (h >> 32)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ d ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }
}
