/// One category of the IPCC 2006 tree, such as `1.A.3.b` Road Transportation.
public struct IPCCCategory: Sendable, Hashable {
    /// The dotted code, e.g. `1.A.1.a.i`.
    public let code: String
    public let nameEnglish: String
    public let nameVietnamese: String
    /// Index of the parent in its tree; `nil` for a sector (1 Energy ... 5 Other).
    public let parent: Int?
    /// 0 for a sector, 1 for `1.A`, and so on.
    public let depth: Int
    /// Reported as a memo item outside national totals (international bunkers, multilateral
    /// operations; 2006 IPCC Guidelines Vol 1 Ch 8, Table 8.2 "Memo Items").
    public let isMemoItem: Bool
}
