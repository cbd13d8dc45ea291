import GHGCore
import GHGFactors

/// Reads activity data files (tidy CSV, one record a row) into `ActivitySource`s.
///
/// The file is memory-mapped and cut at line breaks into chunks of fixed size, which are parsed on
/// all cores; each chunk keeps integers per record (text columns are interned) and adds records up
/// by source. Chunks are merged in file order, so the result (down to the last bit of every sum)
/// does not depend on the number of cores. Every problem is reported with file, line and column;
/// nothing is returned unless the whole file is valid.
public struct ActivityDataParser: Sendable {
    public let library: FactorLibrary
    public let tree: CategoryTree
    /// Bytes per chunk. Fixed, not derived from the core count, to keep results reproducible.
    public var chunkSize: Int = 16 << 20
    /// At most this many errors are reported (the count of the rest is given).
    public var errorLimit: Int = 50
    /// Columns the caller reads itself, not warned about as unknown.
    public var extraColumns: Set<String> = []
    /// Other names of activity columns (a facility report's `facility_id` is the `region`).
    public var columnAliases: [String: ActivityColumn] = [:]
    /// The fast path for records whose other fields were seen before (`ChunkParser`); off
    /// only in tests that compare it with the full path.
    var usesRecordKeys = true

    public init(library: FactorLibrary, tree: CategoryTree = .ipcc2006) {
        self.library = library
        self.tree = tree
    }

    /// Reads one activity data file.
    public func parse(file path: String) throws(InputError) -> ActivityDataset {
        let file = try FileBytes(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) -> ActivityDataset in
            try parse(bytes: file.buffer, fileName: path)
        }
    }

    /// Reads several files into one dataset (e.g. former provinces merged into today's boundary).
    public func parse(files paths: [String]) throws(InputError) -> ActivityDataset {
        var dataset = ActivityDataset()
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do {
                dataset.append(try parse(file: path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return dataset
    }

    /// Reads activity data held in memory.
    public func parse(bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(InputError) -> ActivityDataset {
        let header = try ActivityHeader(bytes: bytes, fileName: fileName, extraColumns: extraColumns, aliases: columnAliases)
        let chunks = chunkRanges(bytes, from: header.bodyStart)
        let layout = header.layout
        let shared = UncheckedSendable(bytes)
        // Each chunk's task also hashes its share of the fingerprint's blocks (fixed 1 MB
        // blocks, so the fingerprint does not depend on the chunks), while the bytes are still
        // in the cache.
        let blocks = ContentFingerprint.blockCount(bytes.count)
        let results = parallelMap(count: chunks.count) { index in
            let result = ChunkResult.parse(shared.value, range: chunks[index], layout: layout, errorLimit: errorLimit, usesRecordKeys: usesRecordKeys)
            let share = (blocks * index / chunks.count)..<(blocks * (index + 1) / chunks.count)
            return (result, share.map { ContentFingerprint.blockHash(shared.value, $0) })
        }
        var merger = ChunkMerger(fileName: fileName, header: header, library: library, tree: tree, errorLimit: errorLimit)
        var line = header.bodyFirstLine
        for (result, _) in results {
            merger.merge(result, baseLine: line - 1)
            line += result.lineCount
        }
        var dataset = try merger.finish()
        dataset.fingerprints = [ContentFingerprint.combine(results.flatMap(\.1), byteCount: bytes.count)]
        return dataset
    }

    /// Chunk boundaries: every `chunkSize` bytes, moved forward to just after a line break.
    func chunkRanges(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = start
        let count = bytes.count
        while lower < count {
            var upper = min(lower + chunkSize, count)
            while upper < count, bytes[upper - 1] != UInt8(ascii: "\n") { upper += 1 }
            ranges.append(lower..<upper)
            lower = upper
        }
        if ranges.isEmpty { ranges.append(start..<start) }
        return ranges
    }
}
