import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGMethods

/// A scenario compiled for projection: the base lines, and every series resolved to one value a
/// year in plain arrays, so that projecting is arithmetic only. Compiling checks everything a
/// projection needs (a driver or path for every year, a BAU rule for every line, a measure that
/// selects something) and reports a mistake at its JSON path.
public struct ScenarioModel: Sendable {
    public let definition: ScenarioDefinition
    public let lines: [BaseLine]
    /// The projected years, base year first.
    public let years: [Int]
    /// The rows results are reported in: territorial and scope 2 categories with their ancestors.
    public let rows: [ReportRow]
    /// Records read for the base year.
    public let recordCount: Int
    /// The factor library folders used, with their fingerprints.
    public let libraryFolders: [FactorLibraryFolder]
    /// For each line, the BAU rule that applies (index into `definition.bauRules`).
    public let lineRules: [Int]
    /// For each line and slot, the factor path that applies (index into `definition.factorPaths`).
    public let slotPathChoice: [[Int?]]
    /// Driver values for each projected year (the parts summed), in the driver's unit.
    public let drivers: [(spec: DriverSpec, values: [Double])]
    /// The activity index of each line in each year (1 in the base year).
    let activityIndex: [[Double]]
    /// For each line and slot, the rows it adds to.
    let slotRows: [[[Int]]]
    /// For each line and slot, whether it counts in the scenario total.
    let slotCounts: [[Bool]]
    /// For each line and slot, how the factor changes (nil: it does not).
    let slotPaths: [[SlotPath?]]
    /// For each line, the measures acting on it, in order of application.
    let steps: [[MeasureStep]]

    /// The measures (indices into `definition.measures`) acting on a line, in order.
    public func measures(onLine line: Int) -> [Int] { steps[line].map(\.measure) }
    /// The share of each measure in effect in each year.
    let rampShares: [[Double]]
    /// For each target, which lines it covers.
    let targetLines: [[Bool]]
    public let warnings: [Diagnostic]

    /// A reported row: a category in the territorial total or in scope 2.
    public struct ReportRow: Sendable, Hashable, Comparable {
        public let reporting: Reporting
        public let category: Int

        public static func < (a: ReportRow, b: ReportRow) -> Bool { (a.reporting, a.category) < (b.reporting, b.category) }
    }

    enum SlotPath: Sendable {
        /// t of the gas per unit of the line's amount, each year.
        case absolute([Double])
        /// Multiplier of the base-year factor, each year.
        case index([Double])
    }

    struct MeasureStep: Sendable {
        let measure: Int
        let kind: Kind
        enum Kind: Sendable {
            case reduceEmissions(fraction: Double, ofBAU: Bool)
            case reduceActivity(fraction: Double, ofBAU: Bool)
            case efficiency(fraction: Double, start: Int)
            /// `perUnit`: t of each slot's gas emitted per unit of the line's amount switched.
            case fuelSwitch(fraction: Double, perUnit: [Double])
            case newFactor(fraction: Double, slot: Int, perUnit: Double)
        }
    }

    /// The driver named `name`, if the scenario has it.
    public func driverValues(_ name: String) -> [Double]? { drivers.first { $0.spec.name == name }?.values }

    /// GRDP in million VND for each projected year, if the scenario gives GRDP.
    public var grdpMillionVND: [Double]? {
        guard let grdp = drivers.first(where: { $0.spec.name == "grdp" }), let scale = grdp.spec.millionVNDPerUnit else { return nil }
        return grdp.values.map { $0 * scale }
    }
}

extension ScenarioModel {
    /// Compiles `definition` with the base-year lines computed from its base inventory.
    public init(definition: ScenarioDefinition, lines baseLines: [BaseLine], recordCount: Int, library: FactorLibrary, warnings baseWarnings: [Diagnostic] = [])
        throws(InputError)
    {
        let tree = CategoryTree.ipcc2006
        let file = definition.file
        let span = definition.years
        let years = Array(span)
        var warnings = baseWarnings
        func at(_ path: String) -> SourceLocation { SourceLocation(file: file, jsonPath: path) }

        // Drivers: every projected year must have a value.
        var drivers: [(spec: DriverSpec, values: [Double])] = []
        for spec in definition.drivers {
            switch spec.resolve(span) {
            case .success(let values): drivers.append((spec, values))
            case .failure(let missing):
                let part = missing.region.isEmpty ? "" : " (part \(missing.region))"
                let what = spec.name == "grdp" ? "GRDP" : "the driver \"\(spec.name)\""
                throw InputError(
                    at: missing.location,
                    "\(what)\(part) has no value for \(missing.year); the scenario projects \(span.lowerBound)-\(span.upperBound): give the year, interpolate between given years, or give a growth rate that covers it")
            }
        }

        // Lines: slots may grow (a fuel switch brings the new fuel's gases).
        var lines = baseLines
        // BAU rule of each line.
        var activityIndex: [[Double]] = []
        var lineRules: [Int] = []
        var ruleSeries: [Int: [Double]] = [:]
        for line in lines {
            let matching = definition.bauRules.indices.filter {
                definition.bauRules[$0].selector.matches(category: line.category, activity: line.activity, region: line.region, tree: tree)
            }
            guard let best = matching.max(by: { definition.bauRules[$0].selector.specificity(tree: tree) < definition.bauRules[$1].selector.specificity(tree: tree) }) else {
                throw InputError(
                    at: at("$.bau"),
                    "no BAU rule covers \(ScenarioModel.describe(line, tree: tree)); add a rule for it, or a default rule without \"category\" (such as {\"constant\": true})")
            }
            let rule = definition.bauRules[best]
            let specificity = rule.selector.specificity(tree: tree)
            if let tie = matching.first(where: { $0 != best && definition.bauRules[$0].selector.specificity(tree: tree) == specificity }) {
                throw InputError(
                    at: rule.location,
                    "this rule and the one at \(definition.bauRules[tie].path) both apply to \(ScenarioModel.describe(line, tree: tree)) and are equally specific; narrow one of them")
            }
            let index: [Double]
            switch rule.kind {
            case .constant:
                index = Array(repeating: 1, count: years.count)
            case .index(let series):
                if let cached = ruleSeries[best] {
                    index = cached
                } else {
                    let values = series.resolve(span)
                    if let missing = values.firstIndex(where: { $0 == nil }) {
                        throw InputError(
                            at: series.location,
                            "the activity index has no value for \(span.lowerBound + missing); give the year, interpolate, or give a growth rate that covers it")
                    }
                    // An index is relative to its base-year value (1, or 100 as statistics publish).
                    let resolved = values.map { $0 ?? 0 }
                    guard resolved[0] > 0 else {
                        throw InputError(at: series.location, "the index must be positive in the base year \(span.lowerBound); found \(resolved[0])")
                    }
                    index = resolved.map { $0 / resolved[0] }
                    ruleSeries[best] = index
                }
            case .elasticity(let driverName, let elasticity):
                guard let driver = drivers.first(where: { $0.spec.name == driverName })?.values else {
                    throw InputError(at: rule.location, "unknown driver \"\(driverName)\"")
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
                for other in lines where rule.selector.matches(category: other.category, activity: other.activity, region: other.region, tree: tree) {
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
                            "the base-year amount \(resolved[0]) \(unit.symbol) differs from the inventory's \(baseTotal) \(unit.symbol); the base year stays the inventory and later years follow the amounts given"))
                }
                index = [1] + resolved.dropFirst().map { $0 / baseTotal }
            }
            for value in index where value < 0 || !value.isFinite {
                throw InputError(at: rule.location, "the rule gives a negative or infinite activity for \(ScenarioModel.describe(line, tree: tree))")
            }
            activityIndex.append(index)
            lineRules.append(best)
        }

        // Measures: ramps, and the lines each acts on with precomputed factors.
        let measures = definition.measures
        let rampShares = measures.map { measure in years.map { measure.ramp.share(in: $0) } }
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
                    var perUnit = Array(repeating: 0.0, count: lines[lineIndex].gases.count)
                    for emission in emissions.gases where emission.reporting == .territorial || emission.reporting == .scope2Electricity {
                        let category = emission.category ?? line.category
                        if let slot = lines[lineIndex].gases.firstIndex(where: {
                            $0.gas == emission.gas && $0.origin == emission.origin && $0.reporting == emission.reporting && $0.category == category
                        }) {
                            perUnit[slot] += emission.massTonnes
                        } else {
                            lines[lineIndex].gases.append(
                                BaseLine.Slot(
                                    gas: emission.gas, origin: emission.origin, reporting: emission.reporting, category: category, massTonnes: 0,
                                    gwp: definition.base.gwp.gwp(emission.gas, origin: emission.origin)))
                            perUnit.append(emission.massTonnes)
                        }
                    }
                    kind = .fuelSwitch(fraction: percent / 100, perUnit: perUnit)
                case .newFactor(let percent, let gas, let value, let unit):
                    let slots = lines[lineIndex].gases.indices.filter { lines[lineIndex].gases[$0].gas == gas }
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
                steps[lineIndex].append(MeasureStep(measure: measureIndex, kind: kind))
            }
            guard selected > 0 else {
                throw InputError(at: measure.location, "the measure acts on \(measure.selector.summary), which has no emissions in the base inventory")
            }
        }

        // Factor paths, per slot.
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

        // Rows: each slot's category and its ancestors, in territorial or scope 2.
        var rowSet = Set<ReportRow>()
        for line in lines {
            for slot in line.gases {
                for category in tree.lineage(of: slot.category) { rowSet.insert(ReportRow(reporting: slot.reporting, category: category)) }
            }
        }
        let rows = rowSet.sorted()
        var rowIndex: [ReportRow: Int] = [:]
        for (index, row) in rows.enumerated() { rowIndex[row] = index }
        let slotRows = lines.map { line in
            line.gases.map { slot in tree.lineage(of: slot.category).compactMap { rowIndex[ReportRow(reporting: slot.reporting, category: $0)] } }
        }
        let boundary = definition.base.boundary
        let slotCounts = lines.map { line in
            line.gases.map { $0.reporting == .territorial || (boundary == .territorialAndScope2 && $0.reporting == .scope2Electricity) }
        }
        let targetLines = definition.targets.map { target in
            lines.map { target.selector.matches(category: $0.category, activity: $0.activity, region: $0.region, tree: tree) }
        }
        for (index, target) in definition.targets.enumerated() where !targetLines[index].contains(true) {
            throw InputError(at: target.location, "the target is about \(target.selector.summary), which has no emissions in the base inventory")
        }

        self.definition = definition
        self.lines = lines
        self.years = years
        self.rows = rows
        self.recordCount = recordCount
        self.libraryFolders = library.folders
        self.lineRules = lineRules
        self.slotPathChoice = pathChoice
        self.drivers = drivers
        self.activityIndex = activityIndex
        self.slotRows = slotRows
        self.slotCounts = slotCounts
        self.slotPaths = slotPaths
        self.steps = steps
        self.rampShares = rampShares
        self.targetLines = targetLines
        self.warnings = warnings
    }

    /// t of gas per unit of activity for a factor `value` in `unit`, applied to amounts in
    /// `amountUnit`; an error unless amount x factor is a mass.
    static func tonnesPerUnit(
        _ value: Double, _ unit: MeasureUnit, amountUnit: MeasureUnit, location: SourceLocation, line: BaseLine, tree: CategoryTree
    ) throws(InputError) -> Double {
        var product = QuantityProduct(Quantity(1, amountUnit))
        product.multiply(by: Quantity(value, unit))
        do throws(UnitError) {
            return try product.value(in: Units.t)
        } catch {
            throw InputError(
                at: location,
                "a factor in \(unit.symbol) does not apply to \(describe(line, tree: tree)), whose amounts are in \(amountUnit.symbol): amount x factor must be a mass (\(error.message))")
        }
    }

    static func seriesValues(_ kind: FactorPath.Kind, span: ClosedRange<Int>) -> (values: [Double?], location: SourceLocation) {
        switch kind {
        case .index(let series): return (series.resolve(span), series.location)
        case .values(let series, _): return (series.resolve(span), series.location)
        }
    }

    /// `1.A.1.a coal (t) in Tra Vinh`, for messages.
    static func describe(_ line: BaseLine, tree: CategoryTree) -> String {
        var text = "\(tree[line.category].code) \(line.activityID)"
        if let technology = line.technology { text += " [\(technology)]" }
        text += " (\(line.unit.symbol))"
        if !line.region.isEmpty { text += " in \(line.region)" }
        return text
    }
}
