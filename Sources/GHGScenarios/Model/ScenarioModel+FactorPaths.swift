import Foundation
import GHGCore
import GHGFactors
import GHGMethods

/// Compiling the factor paths: the factor of each line's gases in each year.
extension ScenarioModel {
    /// How each line's gases follow the factor paths, and which path applies to each.
    static func factorPaths(_ definition: ScenarioDefinition, lines: [BaseLine]) throws(InputError) -> (paths: [[SlotPath?]], choice: [[Int?]]) {
        let tree = CategoryTree.ipcc2006
        let span = definition.years
        var slotPaths: [[SlotPath?]] = lines.map { Array(repeating: nil, count: $0.gases.count) }
        var pathChoice: [[Int?]] = lines.map { Array(repeating: nil, count: $0.gases.count) }
        for (pathIndex, path) in definition.factorPaths.enumerated() {
            var applied = 0
            let resolved = ScenarioModel.seriesValues(path.kind, span: span)
            // Factor values apply after the base year (the base year is the inventory); an index
            // also needs its base-year value, to be relative to it.
            var needed = resolved.values
            if case .values = path.kind { needed[0] = 0 }
            if let missing = needed.firstIndex(where: { $0 == nil }) {
                throw InputError(at: resolved.location, "the factor path has no value for \(span.lowerBound + missing); give the year, interpolate, or give a growth rate that covers it")
            }
            let values = needed.map { $0 ?? 0 }
            if let bad = values.firstIndex(where: { $0 < 0 || !$0.isFinite }) {
                throw InputError(at: resolved.location, "a factor cannot be negative; the path gives \(values[bad]) in \(span.lowerBound + bad)")
            }
            for lineIndex in lines.indices {
                let line = lines[lineIndex]
                guard path.selector.matches(category: line.category, activity: line.activity, region: line.region, tree: tree) else { continue }
                let slots = line.gases.indices.filter { line.gases[$0].gas == path.gas }
                if case .values = path.kind, slots.count > 1 {
                    throw InputError(at: path.location, "\(ScenarioModel.describe(line, tree: tree)) emits \(path.gas.rawValue) in several categories; give an index instead of values, or select more narrowly")
                }
                for slot in slots {
                    if let other = pathChoice[lineIndex][slot] {
                        let a = definition.factorPaths[other].selector.specificity(tree: tree), b = path.selector.specificity(tree: tree)
                        if a == b {
                            throw InputError(at: path.location, "this path and the one at \(definition.factorPaths[other].path) both apply to \(ScenarioModel.describe(line, tree: tree)); narrow one of them")
                        }
                        if a > b { continue }
                    }
                    switch path.kind {
                    case .index:
                        guard values[0] > 0 else {
                            throw InputError(at: resolved.location, "the index must be positive in the base year \(span.lowerBound); found \(values[0])")
                        }
                        slotPaths[lineIndex][slot] = .index(values.map { $0 / values[0] })
                    case .values(_, let unit):
                        let scale = try ScenarioModel.tonnesPerUnit(1, unit, amountUnit: line.unit, location: path.location, line: line, tree: tree)
                        slotPaths[lineIndex][slot] = .absolute(values.map { $0 * scale })
                    }
                    pathChoice[lineIndex][slot] = pathIndex
                    applied += 1
                }
            }
            guard applied > 0 else {
                throw InputError(at: path.location, "the path acts on \(path.selector.summary) \(path.gas.rawValue), which the base inventory does not emit")
            }
        }
        return (slotPaths, pathChoice)
    }
}
