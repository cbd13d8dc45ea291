import Foundation
import GHGCore
import GHGScenarios

/// A scenario as readable tables: emissions and reductions by pathway and year; GRDP and
/// intensity; categories in the target and horizon years; what each measure contributes and
/// costs; and each target, met or missed, with its margin.
public enum ScenarioTableReport {
    public static func render(_ result: ScenarioResult) -> String {
        let definition = result.definition
        let model = result.model
        let years = definition.reportYears
        let tree = CategoryTree.ipcc2006
        var out = "Scenario: \(definition.name) (\(definition.id))\n"
        out += "File:           \(definition.file)\n"
        if !definition.region.isEmpty { out += "Region:         \(definition.region)\n" }
        let parts = definition.base.parts.map { part in (part.region.map { "\($0): " } ?? "") + part.files.joined(separator: ", ") }
        let added = definition.additions.count
        out += "Base inventory: \(definition.base.year); \(parts.joined(separator: "; ")) (\(model.recordCount) records, \(model.lines.count - added) lines)\n"
        if added > 0 { out += "New sources:    \(definition.additions.map(\.id).joined(separator: ", "))\n" }
        out += "Projection:     \(definition.base.year)-\(definition.horizon); GWP \(definition.base.gwp.rawValue); IPCC \(definition.base.edition.rawValue); boundary \(definition.base.boundary.rawValue)\n"
        if !model.inputs.isEmpty {
            out += "Fingerprints:   \(model.inputs.map { "\($0.path) \($0.fingerprint)" }.joined(separator: "; "))\n"
        }
        out += "Factor library: \(model.libraryFolders.map { "\($0.path) (fingerprint \($0.fingerprint))" }.joined(separator: "; "))\n"
        if !definition.description.isEmpty { out += "About:          \(definition.description)\n" }
        out += "Units:          t CO2e" + (model.drivers.first { $0.spec.name == "grdp" }.map { "; GRDP at \($0.spec.prices ?? "constant") prices" } ?? "") + "\n"

        out += "\nEmissions by pathway (t CO2e); reductions by tier; each pathway's reduction in percent of BAU\n"
        var table = [["Year", "", "BAU", "Voluntary", "Conditional", "Vol. tier", "Cond. tier", "Vol. % below", "Cond. % below"]]
        for year in years {
            let bau = result.total(.bau, year: year)
            table.append([
                String(year), "", human(bau), human(result.total(.voluntary, year: year)), human(result.total(.conditional, year: year)),
                human(result.reduction(tier: .voluntary, year: year)), human(result.reduction(tier: .conditional, year: year)),
                percent(share(bau - result.total(.voluntary, year: year), of: bau)), percent(share(bau - result.total(.conditional, year: year), of: bau)),
            ])
        }
        out += InventoryTableReport.layout(table, footerRows: 0)

        if let grdp = model.drivers.first(where: { $0.spec.name == "grdp" }) {
            out += "\nGRDP and emission intensity (t CO2e per million VND; change against \(definition.base.year))\n"
            var table = [["Year", "", "GRDP (\(grdp.spec.unit))", "BAU", "Voluntary", "Conditional", "BAU %", "Vol. %", "Cond. %"]]
            for year in years {
                table.append(
                    [String(year), "", human(grdp.values[result.yearIndex(year)])]
                        + Pathway.allCases.map { intensity(result.intensity($0, year: year) ?? 0) }
                        + Pathway.allCases.map { signedPercent(result.intensityChangePercent($0, year: year) ?? 0) })
            }
            out += InventoryTableReport.layout(table, footerRows: 0)
        }

        let keyYears = Array(Set(definition.targets.flatMap { [$0.years.lowerBound] } + [definition.horizon])).sorted()
        for year in keyYears {
            out += "\nBy category in \(year) (t CO2e)\n"
            var table = [["Code", "Category", "BAU", "Voluntary", "Conditional", "Vol. % below", "Cond. % below"]]
            for (index, row) in model.rows.enumerated() {
                let category = tree[row.category]
                var name = String(repeating: "  ", count: category.depth) + category.nameEnglish
                if row.reporting != .territorial { name = "scope 2: " + name }
                let bau = result.co2e(.bau, year: year, row: index)
                table.append([
                    category.code, InventoryTableReport.truncate(name, 44), human(bau), human(result.co2e(.voluntary, year: year, row: index)),
                    human(result.co2e(.conditional, year: year, row: index)),
                    percent(share(bau - result.co2e(.voluntary, year: year, row: index), of: bau)),
                    percent(share(bau - result.co2e(.conditional, year: year, row: index), of: bau)),
                ])
            }
            let bau = result.total(.bau, year: year)
            table.append([
                "Total", definition.base.boundary == .territorial ? "territorial" : "territorial and scope 2", human(bau),
                human(result.total(.voluntary, year: year)), human(result.total(.conditional, year: year)),
                percent(share(bau - result.total(.voluntary, year: year), of: bau)), percent(share(bau - result.total(.conditional, year: year), of: bau)),
            ])
            out += InventoryTableReport.layout(table)
        }

        if !definition.measures.isEmpty {
            let last = definition.horizon
            out += "\nMeasures, in the order applied (t CO2e avoided within the boundary)\n"
            let costs = result.measureCosts
            let hasCosts = costs.contains { $0 != nil }
            var table = [["Measure", "Tier", "Action", "Acts on", "In \(last)", "% BAU \(last)", "Cumulative"] + (hasCosts ? ["Cost per t"] : [])]
            for (index, measure) in definition.measures.enumerated() {
                let inLast = result.reduction(measure: index, year: last)
                let cumulative = result.years.reduce(0.0) { $0 + result.reduction(measure: index, year: $1) }
                let cost = costs[index].map { cost in cost.costPerTonne.map { "\(human($0)) \(cost.cost.currency)" } ?? "-" } ?? ""
                table.append([
                    measure.id, measure.tier.rawValue, measure.actionName, InventoryTableReport.truncate(measure.selector.summary, 30), human(inLast),
                    percent(share(inLast, of: result.total(.bau, year: last))), human(cumulative),
                ] + (hasCosts ? [cost] : []))
            }
            out += layoutLeft(table, leftColumns: 4)
        }

        if !definition.targets.isEmpty {
            out += "\nTargets\n"
            var table = [["Target", "Scenario", "Requirement", "Years", "Tightest", "Achieved", "Required", "Margin", "Result"]]
            for outcome in result.targetOutcomes {
                guard let check = outcome.tightest else { continue }
                let years = outcome.target.years
                table.append([
                    outcome.target.id, outcome.target.pathway.rawValue, requirement(outcome.target),
                    years.count == 1 ? String(years.lowerBound) : "\(years.lowerBound)-\(years.upperBound)", String(check.year),
                    figure(check.achieved, outcome), figure(check.required, outcome), figure(check.margin, outcome),
                    outcome.met ? "met" : "MISSED in " + outcome.checks.filter { !$0.met }.map { String($0.year) }.joined(separator: ", "),
                ])
            }
            out += layoutLeft(table, leftColumns: 5)
            out += "  (each target is checked in every year it covers; the tightest year is shown, every year is in --format json)\n"
            let missed = result.targetOutcomes.filter { !$0.met }
            let count = result.targetOutcomes.count
            if missed.isEmpty {
                out += count == 1 ? "The target is met.\n" : "All \(count) targets are met.\n"
            } else {
                out += "\(missed.count) of \(count) target\(count == 1 ? " is" : "s are") missed: \(missed.map(\.target.id).joined(separator: ", ")).\n"
            }
        }
        out += "\nEvery series by year: --format csv or iamc; the base lines, rules and measures behind them: --format json\n"
        return out
    }

    static func requirement(_ target: TargetSpec) -> String {
        let scope = target.selector.categoryCodes.isEmpty ? "" : " (\(target.selector.summary))"
        switch target.kind {
        case .intensity(let percent, let baseYear): return "intensity >= \(NumberFormat.machine(percent)) % below \(baseYear)" + scope
        case .belowBAU(let percent): return "emissions >= \(NumberFormat.machine(percent)) % below BAU" + scope
        case .cap(let maxTonnes): return "emissions <= \(human(maxTonnes)) t CO2e" + scope
        }
    }

    static func figure(_ value: Double, _ outcome: TargetOutcome) -> String {
        switch outcome.target.kind {
        case .belowBAU: return NumberFormat.grouped(value, decimals: 2) + " %"
        case .intensity: return intensity(value)
        case .cap: return human(value)
        }
    }

    static func human(_ value: Double) -> String { value == 0 ? "0" : NumberFormat.grouped(value, decimals: abs(value) >= 100 ? 1 : 3) }

    /// `part` in percent of `whole`; `nil` when `whole` is 0 (printed as "-").
    static func share(_ part: Double, of whole: Double) -> Double? { whole != 0 ? part / whole * 100 : nil }

    static func percent(_ value: Double?) -> String { value.map { NumberFormat.grouped($0, decimals: 2) } ?? "-" }

    /// Intensity with four significant digits (0.05598, 0.009803).
    static func intensity(_ value: Double) -> String {
        guard value > 0 else { return NumberFormat.grouped(value, decimals: 5) }
        let digits = max(0, 3 - Int(log10(value).rounded(.down)))
        return NumberFormat.grouped(value, decimals: min(digits, 9))
    }

    static func signedPercent(_ value: Double) -> String { (value > 0 ? "+" : "") + NumberFormat.grouped(value, decimals: 2) }

    /// A table whose first `leftColumns` and last columns are text.
    static func layoutLeft(_ table: [[String]], leftColumns: Int) -> String {
        InventoryTableReport.layout(table, footerRows: 0, leftColumns: leftColumns, lastColumnIsText: true)
    }
}
