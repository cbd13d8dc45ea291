import GHGCore
import GHGActivity
import GHGInventory

/// Completeness (IPCC 2006 Vol 1 Ch 6, 6.6; notation keys of Ch 8, Table 8.2): every category at
/// the reporting level (three levels of the code, such as 1.A.1 or 3.A.2, or a shorter code
/// without sub-categories) has, in each year, territorial emissions or a notation key, on itself,
/// on a sub-category, or (a key) on a parent. Keys that name an activity speak for it alone and
/// cover no category. A key that contradicts territorial emissions of the same category and year
/// is an error.
public enum CompletenessCheck {
    public static func run(_ inventory: Inventory) -> [QualityFinding] {
        let tree = CategoryTree.ipcc2006
        var findings: [QualityFinding] = []
        let years = Array(Set(inventory.years + inventory.notations.map(\.year))).sorted()
        let reportingLevel = tree.categories.indices.filter { index in
            let category = tree[index]
            guard !tree.isMemoItem(index) else { return false }
            if category.depth == 2 { return true }
            return category.depth < 2 && !tree.categories.contains { $0.parent == index }
        }
        for year in years {
            var withEmissions = Set<Int>()
            // Territorial emissions only: scope 2 electricity and memo items are not the category's.
            let territorial = inventory.rows.filter { $0.year == year && $0.massTonnes != 0 && $0.reporting == .territorial }
            for row in territorial { withEmissions.formUnion(tree.lineage(of: row.category)) }
            var keyed: [Int: NotationKey] = [:]
            var keyedBelow = Set<Int>()
            // A key that names an activity is about that activity only: it does not cover the category.
            for entry in inventory.notations where entry.year == year && entry.activityID == nil {
                keyed[entry.category] = entry.key
                keyedBelow.formUnion(tree.lineage(of: entry.category))
                // A key that says there is nothing, where the inventory has emissions.
                let rows = territorial.filter { tree.lineage(of: $0.category).contains(entry.category) }
                if !rows.isEmpty, [.notOccurring, .notApplicable, .notEstimated].contains(entry.key) {
                    findings.append(
                        QualityFinding(
                            .error, "notation-key", year: year, category: entry.category,
                            "\(entry.key.rawValue) (\(entry.key.meaning)) is given for \(tree[entry.category].code) in \(year), which has emissions of \(Set(rows.map { $0.gas.rawValue }).sorted().joined(separator: ", ")): remove the key or the records"))
                }
            }
            // One finding per sector and year, listing its categories not reported.
            var missing: [Int: [Int]] = [:]
            // A key for one activity contradicts records of that activity in the same category.
            for entry in inventory.notations where entry.year == year && entry.activityID != nil
                && [.notOccurring, .notApplicable, .notEstimated].contains(entry.key)
            {
                let records = inventory.sources.filter {
                    $0.source.year == year && $0.activityID == entry.activityID && tree.lineage(of: $0.source.category).contains(entry.category)
                }
                if !records.isEmpty {
                    findings.append(
                        QualityFinding(
                            .error, "notation-key", year: year, category: entry.category,
                            "\(entry.key.rawValue) (\(entry.key.meaning)) is given for \(entry.activityID!) in \(tree[entry.category].code) in \(year), which has records of it (\(inventory.inputFiles[records[0].source.file]):\(records[0].source.firstLine)): remove the key or the records"))
                }
            }
            for index in reportingLevel {
                let covered = withEmissions.contains(index) || keyedBelow.contains(index) || tree.lineage(of: index).contains { keyed[$0] != nil }
                if !covered { missing[tree.sector(of: index), default: []].append(index) }
            }
            for sector in missing.keys.sorted() {
                let codes = missing[sector]!.map { tree[$0].code }
                findings.append(
                    QualityFinding(
                        .warning, "completeness", year: year, category: sector,
                        "\(tree[sector].code) \(tree[sector].nameEnglish), \(year): \(codes.count) categor\(codes.count == 1 ? "y has" : "ies have") no territorial emissions and no notation key: \(codes.joined(separator: ", ")); give their activity data or a key (NO, NE, NA, IE, C) in an activity file"))
            }
        }
        return findings
    }
}
