import Foundation
import GHGCore

/// Projects a compiled scenario: BAU, then the voluntary measures, then the conditional ones,
/// line by line and year by year.
///
/// For each line and year the BAU activity is the base amount times the line's activity index,
/// and each gas is the base mass times the same index (times the factor path's index), or the
/// amount times the path's factor. The measures then act in sequence on what is left (see
/// `MeasureSpec`); each measure's contribution is the CO2e (within the scenario boundary) it
/// removed. Plain arrays of doubles in the loops; the results are flat arrays.
public enum Projection {
    public static func run(_ model: ScenarioModel) -> ScenarioResult {
        let yearCount = model.years.count
        let rowCount = model.rows.count
        let measureCount = model.definition.measures.count
        let pathwayCount = Pathway.allCases.count
        let gasCount = Gas.allCases.count
        var rows = Array(repeating: 0.0, count: pathwayCount * yearCount * rowCount)
        var totals = Array(repeating: 0.0, count: pathwayCount * yearCount)
        var gasTotals = Array(repeating: 0.0, count: pathwayCount * yearCount * gasCount)
        var amounts = Array(repeating: 0.0, count: pathwayCount * yearCount * model.lines.count)
        var reductions = Array(repeating: 0.0, count: measureCount * yearCount)
        var targetTotals = Array(repeating: 0.0, count: model.definition.targets.count * pathwayCount * yearCount)
        var capped: [Int: Int] = [:]
        let tiers = Tier.allCases
        let gasSlots = model.slotGasIndex
        let targetsOfLine = model.targetsOfLine

        var mass: [Double] = []
        for lineIndex in model.lines.indices {
            let line = model.lines[lineIndex]
            let slotCount = line.gases.count
            let counts = model.slotCounts[lineIndex]
            let paths = model.slotPaths[lineIndex]
            let steps = model.steps[lineIndex]
            // Plain arrays of the line's slots, read in the loops below without touching `line`.
            let gwp = line.gases.map(\.gwp)
            let baseMass = line.gases.map(\.massTonnes)
            let isOwn = line.gases.map { $0.switchedBy == nil }
            let slotRows = model.slotRows[lineIndex]
            let gasSlot = gasSlots[lineIndex]
            let lineTargets = targetsOfLine[lineIndex]
            let index = model.activityIndex[lineIndex]
            mass = Array(repeating: 0, count: slotCount)

            /// CO2e within the boundary: what measures are credited with.
            func co2e() -> Double {
                var sum = 0.0
                for slot in 0..<slotCount where counts[slot] { sum += mass[slot] * gwp[slot] }
                return sum
            }
            /// CO2e of all the line's gases, scope 2 included: what a share of BAU is a share of.
            func lineCO2e() -> Double {
                var sum = 0.0
                for slot in 0..<slotCount { sum += mass[slot] * gwp[slot] }
                return sum
            }
            func record(_ pathway: Int, _ year: Int, amount: Double) {
                amounts[(pathway * yearCount + year) * model.lines.count + lineIndex] = amount
                var lineTotal = 0.0
                for slot in 0..<slotCount {
                    let value = mass[slot] * gwp[slot]
                    for row in slotRows[slot] { rows[(pathway * yearCount + year) * rowCount + row] += value }
                    if counts[slot] {
                        lineTotal += value
                        gasTotals[(pathway * yearCount + year) * gasCount + gasSlot[slot]] += mass[slot]
                    }
                }
                totals[pathway * yearCount + year] += lineTotal
                for target in lineTargets { targetTotals[(target * pathwayCount + pathway) * yearCount + year] += lineTotal }
            }

            for year in 0..<yearCount {
                let growth = index[year]
                var amount = line.amount * growth
                for slot in 0..<slotCount {
                    switch paths[slot] {
                    case .none: mass[slot] = baseMass[slot] * growth
                    case .index(let factor): mass[slot] = baseMass[slot] * growth * (year == 0 ? 1 : factor[year])
                    case .absolute(let factor): mass[slot] = year == 0 ? baseMass[slot] * growth : amount * factor[year]
                    }
                }
                let bauAmount = amount
                let bauCO2e = lineCO2e()
                record(Pathway.bau.index, year, amount: amount)
                var stepIndex = 0
                for tier in tiers {
                    while stepIndex < steps.count, steps[stepIndex].tier == tier {
                        let step = steps[stepIndex]
                        stepIndex += 1
                        let share = model.rampShares[step.measure][year]
                        guard share > 0 else { continue }
                        let before = co2e()
                        var scale = 1.0
                        switch step.kind {
                        case .reduceEmissions(let fraction, let ofBAU):
                            if ofBAU {
                                let wanted = fraction * share * bauCO2e
                                let current = lineCO2e()
                                guard current > 0 else { break }
                                if wanted > current * (1 + 1e-12) { capped[step.measure] = min(capped[step.measure] ?? Int.max, model.years[year]) }
                                scale = max(0, 1 - wanted / current)
                            } else {
                                scale = 1 - fraction * share
                            }
                            for slot in 0..<slotCount { mass[slot] *= scale }
                        case .reduceActivity(let fraction, let ofBAU):
                            if ofBAU {
                                let wanted = fraction * share * bauAmount
                                guard amount > 0 else { break }
                                if wanted > amount * (1 + 1e-12) { capped[step.measure] = min(capped[step.measure] ?? Int.max, model.years[year]) }
                                scale = max(0, 1 - wanted / amount)
                            } else {
                                scale = 1 - fraction * share
                            }
                            amount *= scale
                            for slot in 0..<slotCount { mass[slot] *= scale }
                        case .efficiency(let fraction, let start):
                            let elapsed = model.years[year] - start + 1
                            guard elapsed > 0 else { break }
                            scale = 1 - share * (1 - pow(1 - fraction, Double(elapsed)))
                            amount *= scale
                            for slot in 0..<slotCount { mass[slot] *= scale }
                        case .fuelSwitch(let fraction, let slots, let perUnit):
                            let moved = amount * fraction * share
                            let kept = 1 - fraction * share
                            amount -= moved
                            for slot in 0..<slotCount where isOwn[slot] { mass[slot] *= kept }
                            for (k, slot) in slots.enumerated() { mass[slot] += moved * perUnit[k][year] }
                        case .newFactor(let fraction, let slot, let perUnit):
                            let covered = fraction * share
                            mass[slot] = mass[slot] * (1 - covered) + amount * covered * perUnit
                        }
                        reductions[step.measure * yearCount + year] += before - co2e()
                    }
                    record(tier.pathway.index, year, amount: amount)
                }
            }
        }
        let warnings = capped.sorted { $0.key < $1.key }.map { measure, year in
            let spec = model.definition.measures[measure]
            return Diagnostic.warning(
                at: spec.location,
                "from \(year) the measure \"\(spec.id)\" asks for more than the measures before it left; it is capped at what remains (check for double counting)")
        }
        return ScenarioResult(
            model: model, rowCO2e: rows, totals: totals, gasTotals: gasTotals, amounts: amounts, measureReductions: reductions,
            targetTotals: targetTotals, warnings: model.warnings + warnings)
    }
}

extension Pathway {
    /// Position in `allCases`: the layout of result arrays.
    public var index: Int {
        switch self {
        case .bau: return 0
        case .voluntary: return 1
        case .conditional: return 2
        }
    }
}
