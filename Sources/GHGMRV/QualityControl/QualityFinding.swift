import GHGCore

/// One finding of the quality checks (IPCC 2006 Vol 1 Ch 6, QA/QC): how serious, which check,
/// where (year, category), and what to do.
public struct QualityFinding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        /// The inventory contradicts itself or its inputs: `ghg check` exits 2.
        case error
        /// Worth explaining or fixing before reporting.
        case warning
        /// For the record.
        case info

        public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
        var order: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    public let severity: Severity
    /// The check: `completeness`, `notation-key`, `time-series`, `implied-factor`,
    /// `reference-approach`, `double-counting`.
    public let check: String
    public let year: Int?
    /// Index into `CategoryTree.ipcc2006`.
    public let category: Int?
    public let message: String

    public init(_ severity: Severity, _ check: String, year: Int? = nil, category: Int? = nil, _ message: String) {
        self.severity = severity
        self.check = check
        self.year = year
        self.category = category
        self.message = message
    }

    public var categoryCode: String? { category.map { CategoryTree.ipcc2006[$0].code } }
}
