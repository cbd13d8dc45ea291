import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// Checks facility reports against the factor library: each facility's activities are computed
/// again as an inventory (by facility), what the facility declares is compared with it by
/// category and activity and in total, differences beyond a tolerance are flagged, and the
/// facilities at or above the Decree 06/2022/ND-CP threshold (3,000 t CO2e a year) are named.
public struct FacilityVerification: Sendable {
    /// A difference between declared and computed beyond this many percent is a discrepancy.
    public var tolerancePercent = 5.0
    /// Decree 06/2022/ND-CP: facilities emitting at least 3,000 t CO2e a year inventory their
    /// emissions (as summarised in secondary legal sources; see docs/verification.md).
    public var thresholdTonnes = 3000.0

    public init(tolerancePercent: Double = 5, thresholdTonnes: Double = 3000) {
        self.tolerancePercent = tolerancePercent
        self.thresholdTonnes = thresholdTonnes
    }

    /// One comparison: a facility's category and activity in a year, or its total.
    public struct Line: Sendable {
        public let facility: String
        public let year: Int
        /// Nil for the facility's total.
        public let category: Int?
        public let activityID: String?
        /// Sum of the declarations; nil when none of the rows declares.
        public let declared: Double?
        /// Computed: direct emissions (territorial) and purchased electricity (scope 2), t CO2e.
        public let computedDirect: Double
        public let computedScope2: Double
        public let lines: [Int]
        /// What the declaration is compared with: the computed emissions of the rows that declare
        /// (all of them for a category and activity; for a total, those of its lines that declare).
        public let computedDeclared: Double

        public var computed: Double { computedDirect + computedScope2 }
        /// (declared - computed) / computed over the rows that declare, percent.
        public var differencePercent: Double? {
            guard let declared, computedDeclared != 0 else { return nil }
            return (declared - computedDeclared) / computedDeclared * 100
        }
    }

    public struct Facility: Sendable {
        public let id: String
        public let name: String
        public let sector: String
        public let year: Int
        public let total: Line
        public let lines: [Line]
        /// At or above the threshold by the computed total (direct and purchased electricity).
        public let aboveThreshold: Bool
        public let discrepancies: Int
    }

    public struct SectorSummary: Sendable {
        public let sector: String
        public let year: Int
        public let facilities: Int
        public let declared: Double
        public let computed: Double
        public let withDiscrepancies: Int
        public let aboveThreshold: Int
    }

    public struct Result: Sendable {
        public let facilities: [Facility]
        public let sectors: [SectorSummary]
        public let tolerancePercent: Double
        public let thresholdTonnes: Double
    }

    /// Verifies several reports: the facilities of each, and one summary by sector and year.
    public func verify(_ reports: [FacilityReport], library: FactorLibrary, gwp: GWPSet = .default) throws(InputError) -> Result {
        var facilities: [Facility] = []
        var sectors: [SectorSummary] = []
        for report in reports {
            let result = try verify(report, library: library, gwp: gwp)
            facilities += result.facilities
            sectors += result.sectors
        }
        return Result(facilities: facilities, sectors: Self.merge(sectors), tolerancePercent: tolerancePercent, thresholdTonnes: thresholdTonnes)
    }

    public func verify(_ report: FacilityReport, library: FactorLibrary, gwp: GWPSet = .default) throws(InputError) -> Result {
        var options = InventoryOptions(gwp: gwp)
        options.byRegion = true
        let inventory = try InventoryBuilder(library: library, options: options).build(report.dataset)
        struct Key: Hashable, Comparable {
            let facility: String, year: Int, category: Int, activity: String
            static func < (a: Key, b: Key) -> Bool { (a.facility, a.year, a.category, a.activity) < (b.facility, b.year, b.category, b.activity) }
        }
        var direct: [Key: Double] = [:], scope2: [Key: Double] = [:]
        for result in inventory.sources {
            let key = Key(facility: result.source.region, year: result.source.year, category: result.source.category, activity: result.activityID)
            for (index, emission) in result.emissions.gases.enumerated() {
                switch emission.reporting {
                case .territorial: direct[key, default: 0] += result.co2eTonnes[index]
                case .scope2Electricity: scope2[key, default: 0] += result.co2eTonnes[index]
                default: continue
                }
            }
        }
        var declared: [Key: Double] = [:], declaredAny = Set<Key>(), lines: [Key: [Int]] = [:]
        var names: [String: (name: String, sector: String)] = [:]  // by facility and year
        for row in report.rows {
            let key = Key(facility: row.facility, year: row.year, category: row.category, activity: row.activityID)
            if let value = row.declaredCO2e {
                declared[key, default: 0] += value
                declaredAny.insert(key)
            }
            lines[key, default: []].append(row.line)
            let nameKey = "\(row.facility)\u{1}\(row.year)"
            if names[nameKey] == nil || names[nameKey]!.name.isEmpty || names[nameKey]!.sector.isEmpty {
                let known = names[nameKey]
                names[nameKey] = (known?.name.isEmpty == false ? known!.name : row.name, known?.sector.isEmpty == false ? known!.sector : row.sector)
            }
        }
        let keys = Set(direct.keys).union(scope2.keys).union(lines.keys).sorted()
        var facilities: [Facility] = []
        var index = 0
        while index < keys.count {
            let facility = keys[index].facility, year = keys[index].year
            var group: [Line] = []
            while index < keys.count, keys[index].facility == facility, keys[index].year == year {
                let key = keys[index]
                group.append(
                    Line(
                        facility: facility, year: year, category: key.category, activityID: key.activity,
                        declared: declaredAny.contains(key) ? declared[key] : nil, computedDirect: direct[key] ?? 0, computedScope2: scope2[key] ?? 0,
                        lines: (lines[key] ?? []).sorted(), computedDeclared: (direct[key] ?? 0) + (scope2[key] ?? 0)))
                index += 1
            }
            let anyDeclared = group.contains { $0.declared != nil }
            let total = Line(
                facility: facility, year: year, category: nil, activityID: nil,
                declared: anyDeclared ? group.reduce(0) { $0 + ($1.declared ?? 0) } : nil, computedDirect: group.reduce(0) { $0 + $1.computedDirect },
                computedScope2: group.reduce(0) { $0 + $1.computedScope2 }, lines: group.flatMap(\.lines).sorted(),
                computedDeclared: group.filter { $0.declared != nil }.reduce(0) { $0 + $1.computed })
            let discrepancies = (group + [total]).filter { isDiscrepancy($0) }.count
            facilities.append(
                Facility(
                    id: facility, name: names["\(facility)\u{1}\(year)"]?.name ?? "", sector: names["\(facility)\u{1}\(year)"]?.sector ?? "", year: year,
                    total: total, lines: group,
                    aboveThreshold: total.computed >= thresholdTonnes, discrepancies: discrepancies))
        }
        var sectors: [SectorSummary] = []
        let sectorKeys = Set(facilities.map { "\($0.sector)\u{1}\($0.year)" }).sorted()
        for sectorKey in sectorKeys {
            let members = facilities.filter { "\($0.sector)\u{1}\($0.year)" == sectorKey }
            sectors.append(
                SectorSummary(
                    sector: members[0].sector, year: members[0].year, facilities: members.count, declared: members.reduce(0) { $0 + ($1.total.declared ?? 0) },
                    computed: members.reduce(0) { $0 + $1.total.computed }, withDiscrepancies: members.filter { $0.discrepancies > 0 }.count,
                    aboveThreshold: members.filter(\.aboveThreshold).count))
        }
        return Result(facilities: facilities, sectors: sectors, tolerancePercent: tolerancePercent, thresholdTonnes: thresholdTonnes)
    }

    /// A line whose declaration differs from the computation beyond the tolerance, or that
    /// declares emissions the computation does not find.
    public func isDiscrepancy(_ line: Line) -> Bool {
        guard let declared = line.declared else { return false }
        guard let difference = line.differencePercent else { return declared != 0 }
        return abs(difference) > tolerancePercent
    }

    /// Sector summaries of several reports added up by sector and year.
    static func merge(_ summaries: [SectorSummary]) -> [SectorSummary] {
        var merged: [String: SectorSummary] = [:]
        for summary in summaries {
            let key = "\(summary.sector)\u{1}\(summary.year)"
            guard let existing = merged[key] else {
                merged[key] = summary
                continue
            }
            merged[key] = SectorSummary(
                sector: summary.sector, year: summary.year, facilities: existing.facilities + summary.facilities,
                declared: existing.declared + summary.declared, computed: existing.computed + summary.computed,
                withDiscrepancies: existing.withDiscrepancies + summary.withDiscrepancies, aboveThreshold: existing.aboveThreshold + summary.aboveThreshold)
        }
        return merged.keys.sorted().map { merged[$0]! }
    }
}
