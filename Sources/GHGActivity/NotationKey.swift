import GHGCore

/// The notation keys of IPCC 2006 Vol 1 Ch 8 (Table 8.2) and of UNFCCC reporting, written in an
/// activity file's `amount` column instead of a number: they say why a category has no figure,
/// and they stay keys through every output (never a zero).
public enum NotationKey: String, Sendable, Hashable, CaseIterable {
    /// Not occurring: the activity does not take place in the territory.
    case notOccurring = "NO"
    /// Not estimated: it occurs but has not been estimated.
    case notEstimated = "NE"
    /// Not applicable: the activity occurs but does not emit this gas.
    case notApplicable = "NA"
    /// Included elsewhere: estimated and included under another category.
    case includedElsewhere = "IE"
    /// Confidential: not reported to protect confidential information (included in a total).
    case confidential = "C"

    public var meaning: String {
        switch self {
        case .notOccurring: return "not occurring"
        case .notEstimated: return "not estimated"
        case .notApplicable: return "not applicable"
        case .includedElsewhere: return "included elsewhere"
        case .confidential: return "confidential"
        }
    }

    /// The key whose text is `bytes[start..<end]`.
    static func parse(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> NotationKey? {
        switch end - start {
        case 1: return base[start] == UInt8(ascii: "C") ? .confidential : nil
        case 2:
            switch (base[start], base[start + 1]) {
            case (UInt8(ascii: "N"), UInt8(ascii: "O")): return .notOccurring
            case (UInt8(ascii: "N"), UInt8(ascii: "E")): return .notEstimated
            case (UInt8(ascii: "N"), UInt8(ascii: "A")): return .notApplicable
            case (UInt8(ascii: "I"), UInt8(ascii: "E")): return .includedElsewhere
            default: return nil
            }
        default: return nil
        }
    }
}

/// A record of an activity file that gives a notation key instead of an amount: a category (and
/// optionally an activity) in a year and region.
public struct NotationEntry: Sendable, Hashable {
    /// Index into `ActivityDataset.files`.
    public var file: Int
    public var line: Int
    public var year: Int
    public var region: String
    /// Index into `CategoryTree.ipcc2006`.
    public var category: Int
    /// The factor library's activity id, when the record names one.
    public var activityID: String?
    public var key: NotationKey
    /// The record's data-source label (its explanation, for IE: where the emissions are).
    public var dataSource: String
}
