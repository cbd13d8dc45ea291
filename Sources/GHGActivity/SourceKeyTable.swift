/// An open-addressing hash table from `SourceKey` to a slot number, for the parser's hot loop.
///
/// Swift's `Dictionary` hashes with SipHash, which is most of the cost of a record; source keys
/// are eight small integers chosen by the parser, so a multiply-xor mix is enough and collisions
/// cannot be provoked by the input (ids are assigned in order of appearance).
struct SourceKeyTable {
    private(set) var keys: [SourceKey] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = Array(repeating: -1, count: 1024)
        mask = 1023
    }

    var count: Int { keys.count }

    /// The slot of `key`, adding it (as the next slot) if new; `isNew` tells which.
    @inline(__always)
    mutating func slot(for key: SourceKey) -> (slot: Int, isNew: Bool) {
        var position = SourceKeyTable.hash(key) & mask
        while true {
            let id = slots[position]
            if id < 0 { break }
            if keys[Int(id)] == key { return (Int(id), false) }
            position = (position + 1) & mask
        }
        let id = keys.count
        keys.append(key)
        slots[position] = Int32(id)
        if keys.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, key) in keys.enumerated() {
            var position = SourceKeyTable.hash(key) & mask
            while slots[position] >= 0 { position = (position + 1) & mask }
            slots[position] = Int32(id)
        }
    }

    @inline(__always)
    static func hash(_ key: SourceKey) -> Int {
        let a = UInt64(UInt32(bitPattern: key.year)) | UInt64(UInt32(bitPattern: key.category)) << 32
        let b = UInt64(UInt32(bitPattern: key.activity)) | UInt64(UInt32(bitPattern: key.unit)) << 32
        let c = UInt64(UInt32(bitPattern: key.region)) | UInt64(UInt32(bitPattern: key.technology)) << 32
        let d = UInt64(UInt32(bitPattern: key.parameters)) | UInt64(UInt32(bitPattern: key.dataSource)) << 32
        var h = (a ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ b ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        h = (h ^ c ^ (h >> 32)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ d ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
