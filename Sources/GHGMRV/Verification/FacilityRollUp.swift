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
            // The facilities' amounts in the unit of the first provincial source.
            var region = ""
            if let first = matching.first {
                region = dataset.sources[first].region
                let unit = dataset.sources[first].unit
                var facilityAmount = 0.0
                var convertible = true
                for source in facilitySources {
                    if let converted = try? Quantity(source.amount, source.unit).converted(to: unit) {
                        facilityAmount += converted.value
                    } else {
                        convertible = false
                    }
                }
                let name = "\(tree[key.category].code) \(library.activities[key.activity].id)"
                if !convertible || matching.contains(where: { dataset.sources[$0].unit.dimension != unit.dimension }) {
                    findings.append(
                        QualityFinding(
                            .warning, "double-counting", year: key.year, category: key.category,
                            "\(name) in \(key.year): the facility reports and the provincial statistics use units that cannot be netted; the facilities' amounts are added without reducing the statistics: check for double counting"))
                } else {
                    let statistics = matching.reduce(0.0) { $0 + dataset.sources[$1].amount }
                    if facilityAmount > statistics * (1 + 1e-9) {
                        findings.append(
                            QualityFinding(
                                .warning, "double-counting", year: key.year, category: key.category,
                                "\(name) in \(key.year): the facilities report \(facilityAmount) \(unit.symbol), more than the provincial statistics (\(statistics) \(unit.symbol)): the statistics' share is set to 0; check both"))
                    }
                    // Reduce the provincial sources in proportion to their amounts.
                    let remainder = max(0, statistics - facilityAmount)
                    for index in matching {
                        let share = statistics > 0 ? dataset.sources[index].amount / statistics : 0
                        dataset.sources[index].amount = remainder * share
                        dataset.sources[index].dataSource += (dataset.sources[index].dataSource.isEmpty ? "" : "; ") + "less the facility reports"
                    }
                }
            } else {
                findings.append(
                    QualityFinding(
                        .info, "double-counting", year: key.year, category: key.category,
                        "\(tree[key.category].code) \(library.activities[key.activity].id) in \(key.year): facilities report an activity the provincial data do not have; their records are added"))
            }
            for var source in facilitySources {
                let facility = source.region
                source.region = region
                source.dataSource = "facility \(facility)" + (source.dataSource.isEmpty ? "" : ": \(source.dataSource)")
                dataset.sources.append(source)
            }
        }
        return Result(dataset: dataset, findings: findings)
    }
}
