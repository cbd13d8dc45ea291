import GHGCore
import GHGScenarios

/// The variables a scenario reports, named in the IAMC style (`Emissions|Kyoto Gases|1.A.1`):
/// the one list behind the long CSV and the IAMC table, so both always agree.
///
/// For each pathway: total CO2e within the boundary; each gas; each category row (territorial,
/// and scope 2 apart); GRDP, population and the other drivers; intensity per GRDP and its change
/// against the base year; for the voluntary and conditional pathways the reduction below BAU in
/// t CO2e and percent, by tier and by measure; the activity of each base line; and the targets
/// of the pathway (achieved, required, margin) in the years they are checked.
public struct ScenarioVariable: Sendable {
    public let pathway: Pathway
    public let name: String
    public let unit: String
    /// The value of each reported year; `nil` where the variable has none (a target outside its years).
    public let values: [Double?]

    /// The variables of `result` over `years`, in a fixed order; only those whose name passes
    /// `including` are computed.
    public static func all(_ result: ScenarioResult, years: [Int], including: (String) -> Bool = { _ in true }) -> [ScenarioVariable] {
        let tree = CategoryTree.ipcc2006
        let model = result.model
        let baseYear = result.years[0]
        var list: [ScenarioVariable] = []
        for pathway in Pathway.allCases {
            func add(_ name: String, _ unit: String, _ value: (Int) -> Double?) {
                guard including(name) else { return }
                list.append(ScenarioVariable(pathway: pathway, name: name, unit: unit, values: years.map(value)))
            }
            add("Emissions|Kyoto Gases", "t CO2-equiv/yr") { result.total(pathway, year: $0) }
            for gas in result.gases { add("Emissions|\(gas.rawValue)", "t \(gas.rawValue)/yr") { result.mass(gas, pathway, year: $0) } }
            for (index, row) in model.rows.enumerated() {
                let prefix = row.reporting == .territorial ? "Emissions|Kyoto Gases|" : "Emissions|Kyoto Gases|Scope 2|"
                add(prefix + tree[row.category].code, "t CO2-equiv/yr") { result.co2e(pathway, year: $0, row: index) }
            }
            for (spec, _) in model.drivers {
                let name = spec.name == "grdp" ? "GRDP|\(capitalized(spec.prices ?? ""))" : spec.name == "population" ? "Population" : "Driver|\(spec.name)"
                add(name, spec.name == "grdp" ? "\(spec.unit)/yr" : spec.unit) { model.driverValues(spec.name)?[result.yearIndex($0)] }
            }
            if model.grdpMillionVND != nil {
                add("Emissions Intensity|GRDP", "t CO2-equiv/million VND") { result.intensity(pathway, year: $0) }
                add("Emissions Intensity|GRDP|Change from \(baseYear)", "%") { result.intensityChangePercent(pathway, year: $0) }
            }
            if pathway != .bau {
                add("Emissions Reduction|Kyoto Gases", "t CO2-equiv/yr") { result.total(.bau, year: $0) - result.total(pathway, year: $0) }
                add("Emissions Reduction|Kyoto Gases|Share of BAU", "%") { year in
                    let bau = result.total(.bau, year: year)
                    return bau != 0 ? (bau - result.total(pathway, year: year)) / bau * 100 : nil
                }
                let tiers: [Tier] = pathway == .voluntary ? [.voluntary] : [.voluntary, .conditional]
                for tier in tiers {
                    add("Emissions Reduction|Kyoto Gases|Tier|\(capitalized(tier.rawValue))", "t CO2-equiv/yr") { result.reduction(tier: tier, year: $0) }
                }
                for (index, measure) in result.definition.measures.enumerated() where tiers.contains(measure.tier) {
                    add("Emissions Reduction|Kyoto Gases|Measure|\(measure.id)", "t CO2-equiv/yr") { result.reduction(measure: index, year: $0) }
                }
            }
            for (index, line) in model.lines.enumerated() {
                var name = "Activity|\(tree[line.category].code)|\(line.activityID)"
                if let technology = line.technology { name += "|\(technology)" }
                if !line.region.isEmpty { name += "|\(line.region)" }
                // Flows (mass, energy, volume) are per year; stocks (head, ha, person) are not.
                let dimension = line.unit.dimension
                let isStock = dimension.count != 0 || dimension.area != 0
                add(name, isStock ? line.unit.symbol : "\(line.unit.symbol)/yr") { result.amount(pathway, year: $0, line: index) }
            }
            for outcome in result.targetOutcomes where outcome.target.pathway == pathway {
                let checks = Dictionary(uniqueKeysWithValues: outcome.checks.map { ($0.year, $0) })
                let id = outcome.target.id
                add("Target|\(id)|Achieved", outcome.unit) { checks[$0]?.achieved }
                add("Target|\(id)|Required", outcome.unit) { checks[$0]?.required }
                add("Target|\(id)|Margin", outcome.unit) { checks[$0]?.margin }
            }
        }
        return list
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
