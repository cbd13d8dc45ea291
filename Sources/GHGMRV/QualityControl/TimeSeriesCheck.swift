import GHGCore
import GHGActivity
import GHGInventory

/// Time-series consistency (IPCC 2006 Vol 1 Ch 5 and 6.6): a category and gas whose emissions
/// change from one reported year to the next by more than `threshold` percent (or appear or
/// vanish) is flagged, to be explained (a new plant, a method change) or corrected.
public enum TimeSeriesCheck {
    public static func run(_ inventory: Inventory, thresholdPercent: Double) -> [QualityFinding] {
        let tree = CategoryTree.ipcc2006
        var series: [CategoryGas: [Int: Double]] = [:]
        for row in inventory.rows where row.reporting == .territorial {
            series[CategoryGas(category: row.category, gas: row.gas), default: [:]][row.year, default: 0] += row.co2eTonnes
        }
        let years = inventory.years
        var findings: [QualityFinding] = []
        for key in series.keys.sorted() {
            let values = series[key]!
            for (previous, year) in zip(years, years.dropFirst()) {
                let before = values[previous] ?? 0, after = values[year] ?? 0
                let name = "\(key.gas.rawValue) of \(tree[key.category].code) \(tree[key.category].nameEnglish)"
                if before == 0, after == 0 { continue }
                if before == 0 || after == 0 {
                    // Keys for the whole category only, as in the completeness check.
                    let keyed = inventory.notations.contains {
                        $0.activityID == nil && $0.year == (before == 0 ? previous : year) && tree.lineage(of: key.category).contains($0.category)
                    }
                    if !keyed {
                        findings.append(
                            QualityFinding(
                                .warning, "time-series", year: year, category: key.category,
                                before == 0 ? "\(name) appears in \(year) (none in \(previous)): a new source, or one missing in \(previous)?"
                                    : "\(name) is absent in \(year) (\(Int(before.rounded())) t CO2e in \(previous)): give the records or a notation key"))
                    }
                    continue
                }
                let change = (after - before) / abs(before) * 100
                if abs(change) > thresholdPercent {
                    findings.append(
                        QualityFinding(
                            .warning, "time-series", year: year, category: key.category,
                            "\(name) \(change > 0 ? "rises" : "falls") \(Int(abs(change).rounded())) % from \(previous) to \(year) (more than \(thresholdPercent == thresholdPercent.rounded() ? String(Int(thresholdPercent)) : String(thresholdPercent)) %): explain or check the data"))
                }
            }
        }
        return findings
    }
}
