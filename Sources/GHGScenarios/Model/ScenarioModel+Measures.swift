import Foundation
import GHGCore
import GHGFactors
import GHGMethods

/// Compiling the measures: which lines each acts on, and what it does to them.
extension ScenarioModel {
    /// The steps each line's measures take, with fuel-switch and new-factor rates computed; a
    /// fuel switch adds the new fuel's gases to the line. Also returns the factor paths the
    /// switched-to activities follow.
    static func measureSteps(
        _ definition: ScenarioDefinition, lines: inout [BaseLine], library: FactorLibrary, resolved: [ResolvedPath], warnings: inout [Diagnostic]
    ) throws(InputError) -> (steps: [[MeasureStep]], usedPaths: Set<Int>) {
        let tree = CategoryTree.ipcc2006
        let file = definition.file
        let years = Array(definition.years)
        var usedPaths = Set<Int>()
        let measures = definition.measures
        var steps: [[MeasureStep]] = Array(repeating: [], count: lines.count)
        let registry = MethodRegistry()
        for (measureIndex, measure) in measures.enumerated() {
            var selected = 0
            for lineIndex in lines.indices {
                let line = lines[lineIndex]
                guard measure.selector.matches(category: line.category, activity: line.activity, region: line.region, tree: tree) else { continue }
                let baseCO2e = line.gases.reduce(0.0) { $0 + $1.massTonnes * $1.gwp }
                if baseCO2e < 0 {
                    warnings.append(.warning(at: measure.location, "the measure skips \(ScenarioModel.describe(line, tree: tree)): it is a net removal, and measures reduce emissions"))
                    continue
                }
                selected += 1
                let kind: MeasureStep.Kind
                switch measure.action {
                case .reduceEmissions(let percent, let basis):
                    kind = .reduceEmissions(fraction: percent / 100, ofBAU: basis == .bau)
                case .reduceActivity(let percent, let basis):
                    kind = .reduceActivity(fraction: percent / 100, ofBAU: basis == .bau)
                case .efficiency(let percent):
                    kind = .efficiency(fraction: percent / 100, start: measure.ramp.start ?? measure.ramp.points[0].year)
                case .fuelSwitch(let percent, let activity, let activityID, let technology, let ratio):
                    var source = line.representative
                    source.activity = activity
                    source.technology = technology
                    source.amount = ratio
                    source.unit = line.unit
                    let context = MethodContext(library: library, tree: tree, fileName: file)
                    let emissions: SourceEmissions
                    do throws(MethodError) {
                        emissions = try registry.method(for: source, context: context).emissions(of: source, context: context)
                    } catch {
                        throw InputError(at: measure.location, "switching \(ScenarioModel.describe(line, tree: tree)) to \(activityID): \(error.message)")
                    }
                    // The new fuel's gases get slots of their own, following the factor path
                    // for the new activity where there is one (the grid factor for electricity).
                    var slots: [Int] = []
                    var perUnit: [[Double]] = []
                    for emission in emissions.gases where emission.reporting == .territorial || emission.reporting == .scope2Electricity {
                        let category = emission.category ?? line.category
                        slots.append(lines[lineIndex].gases.count)
                        lines[lineIndex].gases.append(
                            BaseLine.Slot(
                                gas: emission.gas, origin: emission.origin, reporting: emission.reporting, category: category, massTonnes: 0,
                                gwp: definition.base.gwp.gwp(emission.gas, origin: emission.origin), switchedBy: measure.id))
                        var yearly = Array(repeating: emission.massTonnes, count: years.count)
                        if emission.category == nil,
                            let path = try bestPath(
                                definition, category: line.category, activity: activity, region: line.region, gas: emission.gas,
                                describe: { "\(tree[line.category].code) \(activityID) switched to by \(measure.id)" })
                        {
                            usedPaths.insert(path)
                            lines[lineIndex].gases[slots[slots.count - 1]].switchedPath = path
                            switch try slotPath(definition, path: path, resolved: resolved, amountUnit: line.unit, line: line) {
                            case .absolute(let factor): for t in 1..<years.count { yearly[t] = factor[t] * ratio }
                            case .index(let index): for t in 1..<years.count { yearly[t] = emission.massTonnes * index[t] }
                            }
                        }
                        perUnit.append(yearly)
                    }
                    kind = .fuelSwitch(fraction: percent / 100, slots: slots, perUnit: perUnit)
                case .newFactor(let percent, let gas, let value, let unit):
                    let slots = lines[lineIndex].gases.indices.filter { lines[lineIndex].gases[$0].gas == gas && lines[lineIndex].gases[$0].switchedBy == nil }
                    guard slots.count == 1, let slot = slots.first else {
                        throw InputError(
                            at: measure.location,
                            slots.isEmpty
                                ? "\(ScenarioModel.describe(line, tree: tree)) emits no \(gas.rawValue) in the base year; a new factor replaces an existing one"
                                : "\(ScenarioModel.describe(line, tree: tree)) emits \(gas.rawValue) in several categories; select the sources more narrowly")
                    }
                    let perUnit = try ScenarioModel.tonnesPerUnit(value, unit, amountUnit: line.unit, location: measure.location, line: line, tree: tree)
                    kind = .newFactor(fraction: percent / 100, slot: slot, perUnit: perUnit)
                }
                steps[lineIndex].append(MeasureStep(measure: measureIndex, tier: measure.tier, kind: kind))
            }
            guard selected > 0 else {
                throw InputError(at: measure.location, "the measure acts on \(measure.selector.summary), which has no emissions in the base inventory")
            }
        }
        return (steps, usedPaths)
    }
}
