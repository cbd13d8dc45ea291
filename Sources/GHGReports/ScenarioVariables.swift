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
        let outcomes = result.targetOutcomes
        return descriptors(of: result.model).filter { including($0.name) }.map { variable in
            ScenarioVariable(
                pathway: variable.pathway, name: variable.name, unit: variable.unit,
                values: years.map { variable.value(in: result, year: $0, outcomes: outcomes) })
        }
    }

    /// What a variable is without its values: its name, its unit and where a result holds it.
    /// The list depends on the compiled scenario only, so runs of one shape share it.
    public struct Descriptor: Sendable, Hashable {
        public let pathway: Pathway
        public let name: String
        public let unit: String
        public let quantity: Quantity

        public enum Quantity: Sendable, Hashable {
            case total
            case gas(Gas)
            /// A reported row (`ScenarioModel.rows`).
            case row(Int)
            /// A driver (`ScenarioModel.drivers`).
            case driver(Int)
            case intensity
            case intensityChange
            case reduction
            case reductionShare
            case tier(Tier)
            /// A measure (`ScenarioDefinition.measures`).
            case measure(Int)
            /// The activity of a line (`ScenarioModel.lines`).
            case activity(Int)
            /// A target (`ScenarioDefinition.targets`) and which of its figures.
            case target(Int, TargetFigure)
        }

        public enum TargetFigure: Sendable, Hashable {
            case achieved, required, margin
        }

        /// The value in `year`; `outcomes` are `result.targetOutcomes` (computed once by the caller).
        public func value(in result: ScenarioResult, year: Int, outcomes: [TargetOutcome]) -> Double? {
            switch quantity {
            case .total: return result.total(pathway, year: year)
            case .gas(let gas): return result.mass(gas, pathway, year: year)
            case .row(let row): return result.co2e(pathway, year: year, row: row)
            case .driver(let driver): return result.model.drivers[driver].values[result.yearIndex(year)]
            case .intensity: return result.intensity(pathway, year: year)
            case .intensityChange: return result.intensityChangePercent(pathway, year: year)
            case .reduction: return result.total(.bau, year: year) - result.total(pathway, year: year)
            case .reductionShare:
                let bau = result.total(.bau, year: year)
                return bau != 0 ? (bau - result.total(pathway, year: year)) / bau * 100 : nil
            case .tier(let tier): return result.reduction(tier: tier, year: year)
            case .measure(let measure): return result.reduction(measure: measure, year: year)
            case .activity(let line): return result.amount(pathway, year: year, line: line)
            case .target(let target, let figure):
                guard let check = outcomes[target].checks.first(where: { $0.year == year }) else { return nil }
                switch figure {
                case .achieved: return check.achieved
                case .required: return check.required
                case .margin: return check.margin
                }
            }
        }
    }

    /// The variables of a compiled scenario, in the order the reports list them.
    public static func descriptors(of model: ScenarioModel) -> [Descriptor] {
        let tree = CategoryTree.ipcc2006
        let definition = model.definition
        let baseYear = model.years[0]
        let gases = Gas.allCases.filter { gas in model.lines.contains { line in line.gases.contains { $0.gas == gas } } }
        var list: [Descriptor] = []
        for pathway in Pathway.allCases {
            func add(_ name: String, _ unit: String, _ quantity: Descriptor.Quantity) {
                list.append(Descriptor(pathway: pathway, name: name, unit: unit, quantity: quantity))
            }
            add("Emissions|Kyoto Gases", "t CO2-equiv/yr", .total)
            for gas in gases { add("Emissions|\(gas.rawValue)", "t \(gas.rawValue)/yr", .gas(gas)) }
            for (index, row) in model.rows.enumerated() {
                let prefix = row.reporting == .territorial ? "Emissions|Kyoto Gases|" : "Emissions|Kyoto Gases|Scope 2|"
                add(prefix + tree[row.category].code, "t CO2-equiv/yr", .row(index))
            }
            for (index, (spec, _)) in model.drivers.enumerated() {
                let name = spec.name == "grdp" ? "GRDP|\(capitalized(spec.prices ?? ""))" : spec.name == "population" ? "Population" : "Driver|\(spec.name)"
                add(name, spec.name == "grdp" ? "\(spec.unit)/yr" : spec.unit, .driver(index))
            }
            if model.grdpMillionVND != nil {
                add("Emissions Intensity|GRDP", "t CO2-equiv/million VND", .intensity)
                add("Emissions Intensity|GRDP|Change from \(baseYear)", "%", .intensityChange)
            }
            if pathway != .bau {
                add("Emissions Reduction|Kyoto Gases", "t CO2-equiv/yr", .reduction)
                add("Emissions Reduction|Kyoto Gases|Share of BAU", "%", .reductionShare)
                let tiers: [Tier] = pathway == .voluntary ? [.voluntary] : [.voluntary, .conditional]
                for tier in tiers {
                    add("Emissions Reduction|Kyoto Gases|Tier|\(capitalized(tier.rawValue))", "t CO2-equiv/yr", .tier(tier))
                }
                for (index, measure) in definition.measures.enumerated() where tiers.contains(measure.tier) {
                    add("Emissions Reduction|Kyoto Gases|Measure|\(measure.id)", "t CO2-equiv/yr", .measure(index))
                }
            }
            for (index, line) in model.lines.enumerated() {
                var name = "Activity|\(tree[line.category].code)|\(line.activityID)"
                if let technology = line.technology { name += "|\(technology)" }
                if !line.region.isEmpty { name += "|\(line.region)" }
                // Flows (mass, energy, volume) are per year; stocks (head, ha, person) are not.
                let dimension = line.unit.dimension
                let isStock = dimension.count != 0 || dimension.area != 0
                add(name, isStock ? line.unit.symbol : "\(line.unit.symbol)/yr", .activity(index))
            }
            for (index, target) in definition.targets.enumerated() where target.pathway == pathway {
                let unit = TargetOutcome.unit(of: target)
                add("Target|\(target.id)|Achieved", unit, .target(index, .achieved))
                add("Target|\(target.id)|Required", unit, .target(index, .required))
                add("Target|\(target.id)|Margin", unit, .target(index, .margin))
            }
        }
        return list
    }

    /// Whether two compiled scenarios report the same variables (names, units, order), so that
    /// the descriptors of one serve the other: the runs of a sweep that changes only numbers.
    public static func haveSameDescriptors(_ a: ScenarioModel, _ b: ScenarioModel) -> Bool {
        guard a.years.first == b.years.first, a.rows == b.rows, a.lines.count == b.lines.count,
            a.drivers.count == b.drivers.count, (a.grdpMillionVND == nil) == (b.grdpMillionVND == nil)
        else { return false }
        for (x, y) in zip(a.lines, b.lines) {
            guard x.category == y.category, x.activityID == y.activityID, x.technology == y.technology, x.region == y.region, x.unit == y.unit,
                x.gases.map(\.gas) == y.gases.map(\.gas)
            else { return false }
        }
        for (x, y) in zip(a.drivers, b.drivers) {
            guard x.spec.name == y.spec.name, x.spec.prices == y.spec.prices, x.spec.unit == y.spec.unit else { return false }
        }
        let (m, n) = (a.definition.measures, b.definition.measures)
        guard m.count == n.count, zip(m, n).allSatisfy({ $0.id == $1.id && $0.tier == $1.tier }) else { return false }
        let (s, t) = (a.definition.targets, b.definition.targets)
        return s.count == t.count
            && zip(s, t).allSatisfy { $0.id == $1.id && $0.pathway == $1.pathway && TargetOutcome.unit(of: $0) == TargetOutcome.unit(of: $1) }
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
