import Foundation
import GHGCore
import GHGFactors

/// Uncertainties given by the inventory team for whole categories (a CSV file, see
/// docs/mrv.md): where the activity records or the factor library give none, or to replace
/// what the library gives. Every row names its source.
///
/// ```
/// category,gas,activity,activity_uncertainty,factor_uncertainty,source,note
/// 1.A.1,CO2,,5,7,"IPCC 2006 Vol 2 Ch 2, 2.4.1",
/// 3.A.1,CH4,,10,-30/+50,"expert judgement, provincial DARD 2024",
/// ```
///
/// `category` covers the category and everything below it; `gas` and `activity` narrow the row
/// (empty: any). For a source, the most specific matching row that gives the value is used
/// (activity and factor uncertainties apart): activity before gas before the deeper category.
public struct UncertaintyTable: Sendable {
    public struct Entry: Sendable {
        public let categoryCode: String
        public let category: Int
        public let gas: Gas?
        public let activityID: String?
        public let activity: UncertaintyRange?
        public let factor: UncertaintyRange?
        public let source: String
        public let location: SourceLocation

        /// A key shared by every source whose factor uncertainty comes from this row: they are
        /// fully correlated (one draw an iteration).
        public var factorKey: String { "\(location.file):\(location.line ?? 0)" }
    }

    public let entries: [Entry]
    /// The file read, with its fingerprint; nil for a table made in code.
    public let file: InputFile?

    public init(entries: [Entry] = [], file: InputFile? = nil) {
        self.entries = entries
        self.file = file
    }

    static let columns = ["category", "gas", "activity", "activity_uncertainty", "factor_uncertainty", "source", "note"]

    /// Reads a table; every mistake is reported with its line and column.
    public static func read(path: String, library: FactorLibrary) throws(InputError) -> UncertaintyTable {
        let table = try CSVTable.read(path: path)
        var diagnostics: [Diagnostic] = []
        for (index, name) in table.header.enumerated() where !columns.contains(name) {
            diagnostics.append(
                .error(at: SourceLocation(file: path, line: 1, column: index + 1), "unknown column '\(name)'; expected \(columns.joined(separator: ", "))"))
        }
        for name in ["category", "source"] where table.column(name) == nil {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1), "missing column '\(name)'"))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        let tree = CategoryTree.ipcc2006
        var entries: [Entry] = []
        for row in table.rows {
            func field(_ name: String) -> (text: String, location: SourceLocation) {
                let column = table.column(name)
                let text = column.map { row.fields[$0] } ?? ""
                return (text, SourceLocation(file: path, line: row.line, column: (column ?? 0) + 1))
            }
            let (code, codeAt) = field("category")
            guard let category = tree.index(of: code) else {
                diagnostics.append(.error(at: codeAt, "'\(code)' is not an IPCC 2006 category code (see `ghg categories`)"))
                continue
            }
            var gas: Gas?
            let (gasText, gasAt) = field("gas")
            if !gasText.isEmpty {
                gas = Gas(rawValue: gasText)
                if gas == nil {
                    diagnostics.append(.error(at: gasAt, "unknown gas '\(gasText)'; expected one of \(Gas.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            }
            let (activityText, activityAt) = field("activity")
            // An alias (`diesel`) stands for the library's id (`gas_diesel_oil`).
            var activityID: String?
            if !activityText.isEmpty {
                if let index = library.activity(named: activityText) {
                    activityID = library.activities[index].id
                } else {
                    diagnostics.append(.error(at: activityAt, "unknown activity '\(activityText)' (see `ghg factors --activities`)"))
                }
            }
            var ranges: [UncertaintyRange?] = []
            for name in ["activity_uncertainty", "factor_uncertainty"] {
                let (text, at) = field(name)
                if text.isEmpty {
                    ranges.append(nil)
                } else if let range = parse(text) {
                    ranges.append(range)
                } else {
                    ranges.append(nil)
                    diagnostics.append(
                        .error(at: at, "'\(text)' is not an uncertainty; expected the ± percent of the 95 % interval (5) or its two sides (-30/+50)"))
                }
            }
            if ranges.allSatisfy({ $0 == nil }) {
                diagnostics.append(.error(at: SourceLocation(file: path, line: row.line), "the row gives neither an activity nor a factor uncertainty"))
            }
            let (source, sourceAt) = field("source")
            if source.isEmpty { diagnostics.append(.error(at: sourceAt, "every uncertainty needs its source (document, table or expert judgement)")) }
            entries.append(
                Entry(
                    categoryCode: code, category: category, gas: gas, activityID: activityID, activity: ranges[0],
                    factor: ranges[1], source: source, location: SourceLocation(file: path, line: row.line)))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return UncertaintyTable(entries: entries, file: InputFile(role: "uncertainties", path: path, fingerprint: table.fingerprint))
    }

    /// `5` (±5 %) or `-30/+50`.
    static func parse(_ text: String) -> UncertaintyRange? {
        let trimmed = text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "±", with: "").trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/")
        if parts.count == 1, let value = Double(parts[0]), value >= 0, value.isFinite { return UncertaintyRange(symmetric: value) }
        guard parts.count == 2, let lower = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let upper = Double(parts[1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "+", with: "")),
            lower <= 0, upper >= 0, lower > -100 || upper == 0
        else { return nil }
        return UncertaintyRange(lowerPercent: -lower, upperPercent: upper)
    }

    /// The most specific row for a source of `category`, `gas` and `activityID` that gives the
    /// value `giving` asks for: activity and factor uncertainties are looked up apart, so that
    /// one row can give a category's activity uncertainty for all gases and others each gas's
    /// factor uncertainty.
    public func entry(category: Int, gas: Gas, activityID: String, giving: (Entry) -> Bool) -> Entry? {
        let tree = CategoryTree.ipcc2006
        let lineage = tree.lineage(of: category)
        var best: (entry: Entry, rank: (Int, Int, Int))?
        for entry in entries where giving(entry) && lineage.contains(entry.category) {
            if let wanted = entry.gas, wanted != gas { continue }
            if let wanted = entry.activityID, wanted != activityID { continue }
            let rank = (entry.activityID == nil ? 0 : 1, entry.gas == nil ? 0 : 1, tree[entry.category].depth)
            if best == nil || rank > best!.rank { best = (entry, rank) }
        }
        return best?.entry
    }
}
