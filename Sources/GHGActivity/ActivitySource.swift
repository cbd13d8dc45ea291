import GHGCore

/// The records of an activity file that describe the same source, added up.
///
/// Records with the same year, region, category, activity, unit, technology, parameters and data
/// source are one source: emissions are linear in the amount, so the sum is computed once. The
/// source keeps the lines it came from for the audit trail and for error messages.
public struct ActivitySource: Sendable, Hashable {
    /// Index into `ActivityDataset.files`.
    public var file: Int
    public var year: Int
    /// Region or boundary; empty when the file has no region column.
    public var region: String
    /// Index into `CategoryTree.ipcc2006`.
    public var category: Int
    /// Index into the factor library's activities.
    public var activity: Int
    public var unit: MeasureUnit
    public var technology: String?
    public var parameters: RecordParameters
    /// The data-source label; empty when not given.
    public var dataSource: String
    /// Sum of the records' amounts, in `unit`.
    public var amount: Double
    public var recordCount: Int
    /// First and last line of the records, in the file.
    public var firstLine: Int
    public var lastLine: Int
    /// Sum over records with an uncertainty of (amount x uncertainty%)^2, for combining their
    /// 95 % half-widths as independent errors (IPCC 2006 Vol 1 Ch 3, Eq. 3.2).
    public var uncertaintySquares: Double
    /// Records that gave no uncertainty.
    public var recordsWithoutUncertainty: Int
    /// An id of `parameters` within its file (0 when the records give none): sources of one file
    /// with equal ids have equal parameters, a cheap key for grouping them.
    public var parameterID: Int = 0
    /// For a source made by filling a gap of its time series (IPCC 2006 Vol 1 Ch 5), how:
    /// `interpolation between 2014 and 2017`. Nil for sources read from records.
    public var filled: String? = nil

    /// The combined ± percent uncertainty of `amount`, when every record gave one.
    public var uncertaintyPercent: Double? {
        guard recordsWithoutUncertainty == 0, amount > 0 else { return nil }
        return uncertaintySquares.squareRoot() / amount * 100
    }
}

extension ActivitySource {
    /// A source not read from a file (a scenario's new source): `file` and the lines are 0.
    public init(
        year: Int, region: String, category: Int, activity: Int, unit: MeasureUnit, technology: String?, amount: Double,
        parameters: RecordParameters = RecordParameters()
    ) {
        self.file = 0
        self.year = year
        self.region = region
        self.category = category
        self.activity = activity
        self.unit = unit
        self.technology = technology
        self.parameters = parameters
        self.dataSource = ""
        self.amount = amount
        self.recordCount = 0
        self.firstLine = 0
        self.lastLine = 0
        self.uncertaintySquares = 0
        self.recordsWithoutUncertainty = 0
    }
}

/// Activity data read from one or more files.
public struct ActivityDataset: Sendable {
    /// The files as the user named them.
    public var files: [String]
    /// For each file, the 1-based column number of each column it has.
    public var columns: [[ActivityColumn: Int]]
    /// For each file, the 1-based column number of each method column it has, by name.
    public var methodColumns: [[String: Int]]
    /// Sources in file order, then by first line.
    public var sources: [ActivitySource]
    /// Number of records read.
    public var recordCount: Int
    /// Warnings (unknown columns and the like); errors are thrown instead.
    public var warnings: [Diagnostic]
    /// Records that give a notation key (NO, NE, NA, IE, C) instead of an amount, in file order.
    public var notations: [NotationEntry] = []
    /// The fingerprint of each file's bytes (`ContentFingerprint`), aligned with `files`.
    public var fingerprints: [String] = []
    /// Other files the dataset was made with (a gap filler's surrogate statistic).
    public var otherInputs: [InputFile] = []

    public init(
        files: [String] = [], columns: [[ActivityColumn: Int]] = [], methodColumns: [[String: Int]] = [], sources: [ActivitySource] = [],
        recordCount: Int = 0, warnings: [Diagnostic] = []
    ) {
        self.files = files
        self.columns = columns
        self.methodColumns = methodColumns.count == columns.count ? methodColumns : Array(repeating: [:], count: columns.count)
        self.sources = sources
        self.recordCount = recordCount
        self.warnings = warnings
    }

    /// Where a source's first record has a column, for diagnostics.
    public func location(of source: ActivitySource, column: ActivityColumn) -> SourceLocation {
        SourceLocation(file: files[source.file], line: source.firstLine, column: columns[source.file][column])
    }

    /// Where a source's first record has a method column (`water_regime`, `docf` ...), or the
    /// record's line when the file has no such column.
    public func location(of source: ActivitySource, methodColumn name: String) -> SourceLocation {
        SourceLocation(file: files[source.file], line: source.firstLine, column: methodColumns[source.file][name])
    }

    /// Appends another dataset (another file).
    public mutating func append(_ other: ActivityDataset) {
        let offset = files.count
        files += other.files
        columns += other.columns
        methodColumns += other.methodColumns
        if sources.isEmpty && offset == 0 {
            // The first file: its sources are taken as they are (no copy of a large array).
            sources = other.sources
        } else {
            sources.reserveCapacity(sources.count + other.sources.count)
            for var source in other.sources {
                source.file += offset
                sources.append(source)
            }
        }
        recordCount += other.recordCount
        warnings += other.warnings
        fingerprints += other.fingerprints
        otherInputs += other.otherInputs
        notations += other.notations.map { entry in
            var moved = entry
            moved.file += offset
            return moved
        }
    }
}
