import Foundation
import GHGCore
import GHGFactors
import GHGMethods

/// Compiling the factor paths: the factor of each line's gases in each year.
extension ScenarioModel {
    /// A factor path's value in every projected year: the factor (for `values`, from the year
    /// after the base year) or the multiplier relative to the base year (for `index`).
    struct ResolvedPath {
        let values: [Double]
    }

    /// Resolves every factor path of the scenario.
    static func resolvePaths(_ definition: ScenarioDefinition) throws(InputError) -> [ResolvedPath] {
        let span = definition.years
        var resolvedPaths: [ResolvedPath] = []
        for path in definition.factorPaths {
            let resolved = ScenarioModel.seriesValues(path.kind, span: span)
            // Factor values apply after the base year (the base year is the inventory); an index
            // also needs its base-year value, to be relative to it.
            var needed = resolved.values
            if case .values = path.kind { needed[0] = 0 }
            if let missing = needed.firstIndex(where: { $0 == nil }) {
                throw InputError(at: resolved.location, "the factor path has no value for \(span.lowerBound + missing); give the year, interpolate, or give a growth rate that covers it")
            }
            var values = needed.map { $0 ?? 0 }
            if let bad = values.firstIndex(where: { $0 < 0 || !$0.isFinite }) {
                throw InputError(at: resolved.location, "a factor cannot be negative; the path gives \(values[bad].messageText) in \(span.lowerBound + bad)")
            }
            if case .index = path.kind {
                guard values[0] > 0 else {
                    throw InputError(at: resolved.location, "the index must be positive in the base year \(span.lowerBound); found \(values[0])")
                }
                let base = values[0]
                values = values.map { $0 / base }
            }
            resolvedPaths.append(ResolvedPath(values: values))
        }
        return resolvedPaths
    }

    /// The most specific factor path for `gas` of sources of `category`, `activity` and `region`;
    /// two equally specific ones are an error.
    static func bestPath(
        _ definition: ScenarioDefinition, category: Int, activity: Int, region: String, gas: Gas, describe: () -> String
    ) throws(InputError) -> Int? {
        let tree = CategoryTree.ipcc2006
        var best: Int?
        for (index, path) in definition.factorPaths.enumerated()
        where path.gas == gas && path.selector.matches(category: category, activity: activity, region: region, tree: tree) {
            guard let current = best else {
                best = index
                continue
            }
            let a = definition.factorPaths[current].selector.specificity(tree: tree), b = path.selector.specificity(tree: tree)
            if a == b {
                throw InputError(at: path.location, "this path and the one at \(definition.factorPaths[current].path) both apply to \(describe()); narrow one of them")
            }
            if b > a { best = index }
        }
        return best
    }

    /// The path of a slot as the projection applies it: t per unit of the line's amount, or an index.
    static func slotPath(
        _ definition: ScenarioDefinition, path: Int, resolved: [ResolvedPath], amountUnit: MeasureUnit, line: BaseLine
    ) throws(InputError) -> SlotPath {
        let spec = definition.factorPaths[path]
        switch spec.kind {
        case .index:
            return .index(resolved[path].values)
        case .values(_, let unit):
            let scale = try ScenarioModel.tonnesPerUnit(1, unit, amountUnit: amountUnit, location: spec.location, line: line, tree: .ipcc2006)
            return .absolute(resolved[path].values.map { $0 * scale })
        }
    }

    /// How each line's own gases (not those a fuel switch brings) follow the factor paths, and
    /// which path applies to each.
    static func factorPaths(
        _ definition: ScenarioDefinition, lines: [BaseLine], resolved: [ResolvedPath], usedBySwitches: Set<Int>
    ) throws(InputError) -> (paths: [[SlotPath?]], choice: [[Int?]]) {
        let tree = CategoryTree.ipcc2006
        var slotPaths: [[SlotPath?]] = lines.map { Array(repeating: nil, count: $0.gases.count) }
        var pathChoice: [[Int?]] = lines.map { $0.gases.map(\.switchedPath) }
        var used = usedBySwitches
        for lineIndex in lines.indices {
            let line = lines[lineIndex]
            for slot in line.gases.indices where line.gases[slot].switchedBy == nil {
                let gas = line.gases[slot].gas
                guard
                    let path = try bestPath(
                        definition, category: line.category, activity: line.activity, region: line.region, gas: gas,
                        describe: { ScenarioModel.describe(line, tree: tree) })
                else { continue }
                if case .values = definition.factorPaths[path].kind,
                    line.gases.filter({ $0.gas == gas && $0.switchedBy == nil }).count > 1
                {
                    throw InputError(
                        at: definition.factorPaths[path].location,
                        "\(ScenarioModel.describe(line, tree: tree)) emits \(gas.rawValue) in several categories; give an index instead of values, or select more narrowly")
                }
                slotPaths[lineIndex][slot] = try slotPath(definition, path: path, resolved: resolved, amountUnit: line.unit, line: line)
                pathChoice[lineIndex][slot] = path
                used.insert(path)
            }
        }
        for (index, path) in definition.factorPaths.enumerated() where !used.contains(index) {
            throw InputError(at: path.location, "the path acts on \(path.selector.summary) \(path.gas.rawValue), which the base inventory does not emit")
        }
        return (slotPaths, pathChoice)
    }
}
