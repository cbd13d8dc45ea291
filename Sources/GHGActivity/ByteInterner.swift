/// Gives each distinct byte string an integer id, remembering where it was first seen.
///
/// The parser keeps one per text column and chunk, so that per record it stores integers, never
/// strings; strings are made once per distinct value when chunks are merged.
struct ByteInterner {
    /// Starts with one unused byte so that its base address is never nil.
    private var arena: [UInt8] = [0]
    private var starts: [Int] = []
    private var lengths: [Int] = []
    /// Line (relative to the chunk) and column where each value was first seen.
    private(set) var firstLines: [Int] = []
    /// Open addressing: 0 for an empty slot, else the value's hash in the high 32 bits (so
    /// that a probe rarely has to look at the stored bytes of another value) and its id + 1.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    var count: Int { starts.count }

    /// The id of `bytes[start..<end]`, adding it if new.
    @inline(__always)
    mutating func intern(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> Int32 {
        let probe = self.probe(base, start, end)
        if let id = probe.id { return id }
        let length = end - start
        let id = Int32(starts.count)
        starts.append(arena.count)
        lengths.append(length)
        firstLines.append(line)
        arena.append(contentsOf: UnsafeBufferPointer(start: base + start, count: length))
        slots[probe.slot] = probe.tag | UInt64(id + 1)
        if starts.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes[start..<end]` if it was interned before; nothing is added.
    @inline(__always)
    func find(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        probe(base, start, end).id
    }

    /// Where `bytes[start..<end]` is in the table (`id`), or the empty slot it would take, with
    /// its hash tag.
    @inline(__always)
    private func probe(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int32?, slot: Int, tag: UInt64) {
        let length = end - start
        let hash = ByteInterner.hash(base + start, length)
        let tag = ByteInterner.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot, tag) }
            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if entry & 0xFFFF_FFFF_0000_0000 == tag, lengths[index] == length, equal(index, base + start, length) {
                return (Int32(index), slot, tag)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a string (for values that had to be unescaped).
    mutating func intern(_ text: String, line: Int) -> Int32 {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            return intern(base, 0, buffer.count - 1, line: line)
        }
    }

    func string(_ id: Int32) -> String {
        let index = Int(id)
        return String(decoding: arena[starts[index]..<starts[index] + lengths[index]], as: UTF8.self)
    }

    @inline(__always)
    private func equal(_ index: Int, _ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return false }
            let a = UnsafeRawPointer(storedBase + starts[index]), b = UnsafeRawPointer(bytes)
            // Eight bytes at a time: the values are short codes and names.
            var i = 0
            while i + 8 <= length {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            while i < length {
                if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return }
            for index in 0..<starts.count {
                let hash = ByteInterner.hash(storedBase + starts[index], lengths[index])
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = ByteInterner.tag(hash) | UInt64(index + 1)
            }
        }
    }

    /// A fast 64-bit hash of short byte strings, eight bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        let raw = UnsafeRawPointer(bytes)
        while i + 8 <= length {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < length {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h
    }
}
