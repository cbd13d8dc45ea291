import GHGActivity
import GHGCore
import GHGFactors

/// Puts facility reports into a provincial inventory without counting their emissions twice:
/// provincial statistics of a fuel or product in a category already include what the reporting
/// facilities used. For each year, category, activity and technology that facilities report,
/// the provincial amount is reduced by theirs (converted to its unit) and the facilities' own
/// records (with their own measured factors) are added. Facilities that report more than the
/// statistics hold are a finding: the remainder is then 0, never negative.
public enum FacilityRollUp {
    public struct Result: Sendable {
        public let dataset: ActivityDataset
        public let findings: [QualityFinding]
    }

    public static func combine(provincial: ActivityDataset, facilities reports: [FacilityReport], library: FactorLibrary) -> Result {
        let tree = CategoryTree.ipcc2006
        var dataset = provincial
        var findings: [QualityFinding] = []
        struct Key: Hashable {
            let year: Int, category: Int, activity: Int, technology: String?
        }
        // What the facilities report, by key, with the facility sources to add.
        var reported: [Key: [ActivitySource]] = [:]
        var order: [Key] = []
        for report in reports {
            let fileOffset = dataset.files.count
            dataset.files += report.dataset.files
            dataset.columns += report.dataset.columns
            dataset.methodColumns += report.dataset.methodColumns
            dataset.fingerprints += report.dataset.fingerprints
            dataset.recordCount += report.dataset.recordCount
            dataset.warnings += report.dataset.warnings
            dataset.notations += report.dataset.notations.map { entry in
                var moved = entry
                moved.file += fileOffset
                return moved
            }
            for var source in report.dataset.sources {
                source.file += fileOffset
                let key = Key(year: source.year, category: source.category, activity: source.activity, technology: source.technology)
                if reported[key] == nil { order.append(key) }
                reported[key, default: []].append(source)
            }
        }
        for key in order {
            let facilitySources = reported[key]!
            let matching = dataset.sources.indices.filter { index in
                let source = dataset.sources[index]
                return source.file < provincial.files.count && source.year == key.year && source.category == key.category
                    && source.activity == key.activity && source.technology == key.technology
            }
            // Amounts in the unit of the first provincial source: the statistics' sources may use
            // several units of one dimension (t and kt), and so may the facilities.
            var region = regionOfYear(dataset, provincialFiles: provincial.files.count, year: key.year)
            if let first = matching.first {
                region = dataset.sources[first].region
                let unit = dataset.sources[first].unit
                func amount(_ source: ActivitySource) -> Double? { try? Quantity(source.amount, source.unit).converted(to: unit).value }
                let facilityAmounts = facilitySources.map(amount)
                let statisticsAmounts = matching.map { amount(dataset.sources[$0]) }
                let name = "\(tree[key.category].code) \(library.activities[key.activity].id)"
                if facilityAmounts.contains(where: { $0 == nil }) || statisticsAmounts.contains(where: { $0 == nil }) {
                    findings.append(
                        QualityFinding(
                            .warning, "double-counting", year: key.year, category: key.category,
                            "\(name) in \(key.year): the facility reports and the provincial statistics use units that cannot be netted; the facilities' amounts are added without reducing the statistics: check for double counting"))
                } else {
                    let statistics = statisticsAmounts.reduce(0.0) { $0 + $1! }
                    let facilityAmount = facilityAmounts.reduce(0.0) { $0 + $1! }
                    if facilityAmount > statistics * (1 + 1e-9) {
                        findings.append(
                            QualityFinding(
                                .warning, "double-counting", year: key.year, category: key.category,
                                "\(name) in \(key.year): the facilities report \(facilityAmount) \(unit.symbol), more than the provincial statistics (\(statistics) \(unit.symbol)): the statistics' share is set to 0; check both"))
                    }
                    // Reduce the provincial sources in proportion to their amounts (each keeps its unit).
                    let remainder = max(0, statistics - facilityAmount)
                    for index in matching {
                        dataset.sources[index].amount *= statistics > 0 ? remainder / statistics : 0
                        dataset.sources[index].dataSource += (dataset.sources[index].dataSource.isEmpty ? "" : "; ") + "less the facility reports"
                    }
                }
            } else {
                let otherTechnology = dataset.sources.contains {
                    $0.file < provincial.files.count && $0.year == key.year && $0.category == key.category && $0.activity == key.activity
                }
                let what = otherTechnology
                    ? "the provincial data have this activity in this category only with another technology (\(key.technology ?? "none") in the facility reports)"
                    : "the provincial data have no such activity in this category"
                findings.append(
                    QualityFinding(
                        .warning, "double-counting", year: key.year, category: key.category,
                        "\(tree[key.category].code) \(library.activities[key.activity].id) in \(key.year): \(what); the facilities' records are added as they are: if the statistics hold them elsewhere, they are counted twice"))
            }
            for var source in facilitySources {
                let facility = source.region
                // In the province's region; where it has several, under the facility's id.
                source.region = region.isEmpty ? facility : region
                source.dataSource = "facility \(facility)" + (source.dataSource.isEmpty ? "" : ": \(source.dataSource)")
                dataset.sources.append(source)
            }
        }
        return Result(dataset: dataset, findings: findings)
    }

    /// The region of the provincial sources of `year` when they all have one, so that facility
    /// sources the statistics lack are reported in it; empty otherwise.
    static func regionOfYear(_ dataset: ActivityDataset, provincialFiles: Int, year: Int) -> String {
        let regions = Set(dataset.sources.filter { $0.file < provincialFiles && $0.year == year }.map(\.region))
        return regions.count == 1 ? regions.first! : ""
    }
}
