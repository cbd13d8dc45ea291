import Foundation
import GHGCore
import GHGFactors
import GHGMethods

/// Compiling the business-as-usual projection: drivers and each line's activity index.
extension ScenarioModel {
    /// Each driver's value in every projected year; a missing year is an error at the driver's path.
    static func resolveDrivers(_ definition: ScenarioDefinition) throws(InputError) -> [(spec: DriverSpec, values: [Double])] {
        let span = definition.years
        var drivers: [(spec: DriverSpec, values: [Double])] = []
        for spec in definition.drivers {
            switch spec.resolve(span) {
            case .success(let values):
                if let bad = values.firstIndex(where: { !($0 > 0) || !$0.isFinite }) {
                    throw InputError(
                        at: spec.location, "\(spec.name) must stay positive; its growth gives \(values[bad].messageText) in \(span.lowerBound + bad)")
                }
                drivers.append((spec, values))
            case .failure(let missing):
                let part = missing.region.isEmpty ? "" : " (part \(missing.region))"
                let what = spec.name == "grdp" ? "GRDP" : "the driver \"\(spec.name)\""
                throw InputError(
                    at: missing.location,
                    "\(what)\(part) has no value for \(missing.year); the scenario projects \(span.lowerBound)-\(span.upperBound): give the year, interpolate between given years, or give a growth rate that covers it")
            }
        }
        return drivers
    }


    /// The BAU activity index of each line in each year, and the rule chosen for it.
    static func bauIndices(
        _ definition: ScenarioDefinition, lines: [BaseLine], drivers: [(spec: DriverSpec, values: [Double])], warnings: inout [Diagnostic]
    ) throws(InputError) -> (index: [[Double]], rules: [Int?]) {
        let tree = CategoryTree.ipcc2006
        let span = definition.years
        let years = Array(span)
        var activityIndex: [[Double]] = []
        var lineRules: [Int?] = []
        // A rule's index is the same for every line it covers: made once per rule.
        var ruleSeries: [Int: [Double]] = [:]
        let specificity = definition.bauRules.map { $0.selector.specificity(tree: tree) }
        for line in lines {
            if let addition = line.addition {
                activityIndex.append(try additionAmounts(definition.additions[addition], span: span))
                lineRules.append(nil)
                continue
            }
            let matching = definition.bauRules.indices.filter {
                definition.bauRules[$0].selector.matches(category: line.category, activity: line.activity, region: line.region, tree: tree)
            }
            guard let best = matching.max(by: { specificity[$0] < specificity[$1] }) else {
                throw InputError(
                    at: definition.bauLocation,
                    "no BAU rule covers \(ScenarioModel.describe(line, tree: tree)); add a rule for it, or a default rule without \"category\" (such as {\"constant\": true})")
            }
            let rule = definition.bauRules[best]
            if let tie = matching.first(where: { $0 != best && specificity[$0] == specificity[best] }) {
                throw InputError(
                    at: rule.location,
                    "this rule and the one at \(definition.bauRules[tie].path) both apply to \(ScenarioModel.describe(line, tree: tree)) and are equally specific; narrow one of them")
            }
            let index: [Double]
            if let cached = ruleSeries[best] {
                index = cached
            } else {
                switch rule.kind {
                case .constant:
                    index = Array(repeating: 1, count: years.count)
                case .index(let series):
                    let values = series.resolve(span)
                    if let missing = values.firstIndex(where: { $0 == nil }) {
                        throw InputError(
                            at: series.location,
                            "the activity index has no value for \(span.lowerBound + missing); give the year, interpolate, or give a growth rate that covers it")
                    }
                    // An index is relative to its base-year value (1, or 100 as statistics publish).
                    let resolved = values.map { $0 ?? 0 }
                    guard resolved[0] > 0 else {
                        throw InputError(at: series.location, "the index must be positive in the base year \(span.lowerBound); found \(resolved[0].messageText)")
                    }
                    index = resolved.map { $0 / resolved[0] }
                case .elasticity(let driverName, let partName, let elasticity):
                    guard let found = drivers.first(where: { $0.spec.name == driverName }) else {
                        throw InputError(at: rule.location, "unknown driver \"\(driverName)\"")
                    }
                    var driver = found.values
                    if let partName {
                        guard let part = found.spec.parts.first(where: { $0.region.lowercased() == partName.lowercased() }) else {
                            throw InputError(
                                at: rule.location,
                                "the driver \"\(driverName)\" has no part \"\(partName)\"; its parts are \(found.spec.parts.map { "\"\($0.region)\"" }.joined(separator: ", "))")
                        }
                        // Resolved whole when the driver was: every year has a value.
                        driver = part.series.resolve(span).map { $0 ?? .nan }
                    }
                    var values = [1.0]
                    for t in 1..<years.count { values.append(values[t - 1] * pow(driver[t] / driver[t - 1], elasticity)) }
                    index = values
                case .amounts(let series, let unit):
                    let values = series.resolve(span)
                    if let missing = values.firstIndex(where: { $0 == nil }) {
                        throw InputError(at: series.location, "the amounts have no value for \(span.lowerBound + missing); give the year, interpolate, or give a growth rate that covers it")
                    }
                    // The selected lines together: their base amount in the series' unit.
                    var baseTotal = 0.0
                    for other in lines where other.addition == nil && rule.selector.matches(category: other.category, activity: other.activity, region: other.region, tree: tree) {
                        do throws(UnitError) {
                            baseTotal += try other.unit.convert(other.amount, to: unit)
                        } catch {
                            throw InputError(at: series.location, "the amounts are in \(unit.symbol) but \(ScenarioModel.describe(other, tree: tree)) is in \(other.unit.symbol): \(error.message)")
                        }
                    }
                    guard baseTotal > 0 else {
                        throw InputError(at: series.location, "the sources these amounts are for have no activity in the base year; give an index or growth rate instead")
                    }
                    let resolved = values.map { $0 ?? 0 }
                    if abs(resolved[0] - baseTotal) > 1e-3 * baseTotal {
                        warnings.append(
                            .warning(
                                at: series.location,
                                "the base-year amount \(resolved[0].messageText) \(unit.symbol) differs from the inventory's \(baseTotal.messageText) \(unit.symbol); the base year stays the inventory and later years follow the amounts given"))
                    }
                    index = [1] + resolved.dropFirst().map { $0 / baseTotal }
                }
                ruleSeries[best] = index
            }
            for value in index where value < 0 || !value.isFinite {
                throw InputError(at: rule.location, "the rule gives a negative or infinite activity for \(ScenarioModel.describe(line, tree: tree))")
            }
            activityIndex.append(index)
            lineRules.append(best)
        }
        for rule in definition.bauRules
        where !lines.contains(where: { $0.addition == nil && rule.selector.matches(category: $0.category, activity: $0.activity, region: $0.region, tree: tree) }) {
            throw InputError(at: rule.location, "the rule acts on \(rule.selector.summary), which has no emissions in the base inventory; check the category, activity and region")
        }
        let disposal = lines.filter { MethodRegistry.isSolidWasteDisposal(tree[$0.category].code) }
        if let first = disposal.first {
            warnings.append(
                .warning(
                    at: definition.bauLocation,
                    "\(disposal.count) solid waste disposal line(s) (\(ScenarioModel.describe(first, tree: tree))...) are projected by scaling their base-year emissions with their rule; the delay of the first-order decay model is not projected, so emissions follow deposits at once"))
        }
        return (activityIndex, lineRules)
    }

    /// A new source's activity in each year: 0 before its first value (and in the base year).
    static func additionAmounts(_ addition: AdditionSpec, span: ClosedRange<Int>) throws(InputError) -> [Double] {
        let first = addition.amounts.points.first?.year ?? span.lowerBound
        var values: [Double] = []
        for (offset, value) in addition.amounts.resolve(span).enumerated() {
            let year = span.lowerBound + offset
            if year < first || year == span.lowerBound {
                values.append(0)
                continue
            }
            guard let value else {
                throw InputError(
                    at: addition.amounts.location,
                    "the new source \(addition.id) has no amount for \(year); give the year, interpolate, or give a growth rate that covers it")
            }
            guard value >= 0, value.isFinite else {
                throw InputError(at: addition.amounts.location, "the new source \(addition.id) has a negative amount in \(year): \(value.messageText)")
            }
            values.append(value)
        }
        return values
    }
}
