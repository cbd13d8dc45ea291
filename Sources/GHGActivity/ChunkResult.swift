import GHGCore

/// Record-level parameters as read, before their units are checked: numbers and interned unit ids.
struct RawParameters: Hashable {
    var efCO2: Double?
    var efCH4: Double?
    var efN2O: Double?
    var efUnit: Int32 = -1
    var ncv: Double?
    var ncvUnit: Int32 = -1
    var density: Double?
    var densityUnit: Int32 = -1
    /// Per method column of the file: interned text id (text columns) or the number's bit
    /// pattern (number columns); `RawParameters.absent` when the record leaves it empty.
    var methodValues: [Int64] = []

    static let absent = Int64.min
}

/// The records of one source as counted in a chunk.
struct SourceKey: Hashable {
    var year: Int32
    var category: Int32
    var activity: Int32
    var unit: Int32
    var region: Int32
    var technology: Int32
    var parameters: Int32
    var dataSource: Int32
}

struct SourceTotals {
    var amount: Double
    var recordCount: Int
    var firstLine: Int
    var lastLine: Int
    var uncertaintySquares: Double
    var recordsWithoutUncertainty: Int

    mutating func add(_ other: SourceTotals) {
        amount += other.amount
        recordCount += other.recordCount
        firstLine = min(firstLine, other.firstLine)
        lastLine = max(lastLine, other.lastLine)
        uncertaintySquares += other.uncertaintySquares
        recordsWithoutUncertainty += other.recordsWithoutUncertainty
    }
}

/// A record that gives a notation key instead of an amount, with interned text ids.
struct RawNotation {
    var year: Int32
    var category: Int32
    var activity: Int32
    var region: Int32
    var dataSource: Int32
    var key: NotationKey
    var line: Int
}

/// A problem in one record, located relative to its chunk.
struct RecordError {
    var line: Int
    var column: Int
    var message: String
}

/// What parsing one chunk of an activity file produced: interned text, sources with their totals,
/// and errors. Lines are relative to the chunk (its first line is 1).
struct ChunkResult {
    var lineCount = 0
    var recordCount = 0
    var categories = ByteInterner()
    var activities = ByteInterner()
    /// Units of `unit`, `ef_unit`, `ncv_unit` and `density_unit`.
    var units = ByteInterner()
    /// The field index where each unit was first seen.
    var unitColumns: [Int] = []
    var regions = ByteInterner()
    var technologies = ByteInterner()
    var dataSources = ByteInterner()
    /// Text of the method columns (`water_regime`, `site` ...), all columns in one table.
    var methodTexts = ByteInterner()
    var parameterSets: [RawParameters] = [RawParameters()]
    var sources = SourceKeyTable()
    var totals: [SourceTotals] = []
    var notations: [RawNotation] = []
    var errors: [RecordError] = []
    var errorCount = 0

    /// Parses the records of `range` (see `ChunkParser`).
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, layout: ColumnLayout, errorLimit: Int, usesRecordKeys: Bool = true
    ) -> ChunkResult {
        var parser = ChunkParser(bytes: bytes, range: range, layout: layout, errorLimit: errorLimit)
        parser.usesRecordKeys = usesRecordKeys
        parser.run()
        return parser.result
    }
}
