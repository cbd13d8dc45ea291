import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// One line of the base-year inventory as a scenario projects it: the sources of one region,
/// category, activity, technology and unit added up, with each gas they emit.
///
/// Methods are linear in the amount (the first-order decay of 4.A aside, whose base-year
/// emissions are scaled like the others), so adding sources up changes no projected number.
public struct BaseLine: Sendable {
    public var region: String
    /// Index into `CategoryTree.ipcc2006`: the source's category, which rules and measures select.
    public var category: Int
    /// Index into the factor library's activities, and its id.
    public var activity: Int
    public var activityID: String
    public var technology: String?
    public var unit: MeasureUnit
    public var amount: Double
    public var gases: [Slot]
    /// One source of the line, to compute a fuel switch with the same record parameters.
    public var representative: ActivitySource
    /// Where the records are: `file:first-last` for each source.
    public var records: [String]
    /// For a new source of the BAU, its index in `definition.additions`; its `amount` is then 1
    /// unit and its gases are per unit.
    public var addition: Int? = nil

    /// One gas the line emits, in one reporting and category.
    public struct Slot: Sendable, Hashable {
        public var gas: Gas
        public var origin: CarbonOrigin
        public var reporting: Reporting
        /// The category the emission is reported in (3.C.5 for indirect N2O, say).
        public var category: Int
        public var massTonnes: Double
        /// CO2e per tonne of the gas in the run's GWP set (AR6 CH4 depends on the origin).
        public var gwp: Double
        /// The id of the fuel-switch measure that brought this gas (the new fuel's emissions);
        /// `nil` for the line's own gases.
        public var switchedBy: String? = nil
        /// For a switched-in gas, the factor path it follows (index into `definition.factorPaths`).
        public var switchedPath: Int? = nil
    }
}

/// Computes the base-year inventory of a scenario, one part per former province, and groups its
/// sources into lines.
public enum BaseInventory {
    /// The lines of the base year, in a stable order (region, category, activity, technology, unit).
    public static func lines(
        of spec: BaseInventorySpec, scenarioFile: String, library: FactorLibrary, warnings: inout [Diagnostic]
    ) throws(InputError) -> (lines: [BaseLine], recordCount: Int) {
        var inputs: [ScenarioInput] = []
        let result = try lines(of: spec, scenarioFile: scenarioFile, library: library, warnings: &warnings, inputs: &inputs)
        return (result.lines, result.recordCount)
    }

    /// The same, with the activity files read and the fingerprints of their bytes.
    public static func lines(
        of spec: BaseInventorySpec, scenarioFile: String, library: FactorLibrary, warnings: inout [Diagnostic], inputs: inout [ScenarioInput]
    ) throws(InputError) -> (lines: [BaseLine], recordCount: Int) {
        var lines: [BaseLine] = []
        var index: [LineKey: Int] = [:]
        var recordCount = 0
        let options = InventoryOptions(gwp: spec.gwp, byRegion: true, years: [spec.year])
        for part in spec.parts {
            for (name, resolved) in zip(part.files, part.resolvedFiles) where !FileManager.default.fileExists(atPath: resolved) {
                throw InputError(
                    at: part.location,
                    "cannot find the activity data file \(name)\(name == resolved ? "" : " (\(resolved))"); paths are relative to the scenario file's folder")
            }
            let dataset = try ActivityDataParser(library: library).parse(files: part.resolvedFiles)
            inputs += zip(part.files, dataset.fingerprints).map { ScenarioInput(path: $0, fingerprint: $1) }
            warnings += dataset.warnings
            let inventory = try InventoryBuilder(library: library, options: options).build(dataset)
            let sources = inventory.sources.filter { $0.source.year == spec.year }
            guard !sources.isEmpty else {
                throw InputError(
                    at: part.location,
                    "no activity records for the base year \(spec.year) in \(part.files.joined(separator: ", "))")
            }
            recordCount += sources.reduce(0) { $0 + $1.source.recordCount }
            for result in sources {
                let source = result.source
                let region = part.region ?? source.region
                let key = LineKey(region: region, category: source.category, activity: source.activity, technology: source.technology, unit: source.unit)
                let lineIndex: Int
                if let existing = index[key] {
                    lineIndex = existing
                    lines[lineIndex].amount += source.amount
                } else {
                    lineIndex = lines.count
                    index[key] = lineIndex
                    lines.append(
                        BaseLine(
                            region: region, category: source.category, activity: source.activity, activityID: result.activityID,
                            technology: source.technology, unit: source.unit, amount: source.amount, gases: [], representative: source,
                            records: []))
                }
                lines[lineIndex].records.append("\(dataset.files[source.file]):\(source.firstLine)-\(source.lastLine)")
                for emission in result.emissions.gases {
                    guard emission.reporting == .territorial || emission.reporting == .scope2Electricity else { continue }
                    let category = emission.category ?? source.category
                    let gwp = spec.gwp.gwp(emission.gas, origin: emission.origin)
                    if let slot = lines[lineIndex].gases.firstIndex(where: {
                        $0.gas == emission.gas && $0.origin == emission.origin && $0.reporting == emission.reporting && $0.category == category
                    }) {
                        lines[lineIndex].gases[slot].massTonnes += emission.massTonnes
                    } else {
                        lines[lineIndex].gases.append(
                            BaseLine.Slot(
                                gas: emission.gas, origin: emission.origin, reporting: emission.reporting, category: category,
                                massTonnes: emission.massTonnes, gwp: gwp))
                    }
                }
            }
        }
        // Lines with only memo items (international bunkers, biomass CO2) have nothing to project.
        lines = lines.filter { !$0.gases.isEmpty }
        let order = lines.indices.sorted { a, b in
            let x = lines[a], y = lines[b]
            return (x.region, x.category, x.activityID, x.technology ?? "", x.unit.symbol) < (y.region, y.category, y.activityID, y.technology ?? "", y.unit.symbol)
        }
        return (order.map { lines[$0] }, recordCount)
    }

    /// The lines of the scenario's new sources: 1 unit of activity each, with the emissions the
    /// factor library gives per unit.
    public static func lines(of additions: [AdditionSpec], definition: ScenarioDefinition, library: FactorLibrary) throws(InputError) -> [BaseLine] {
        let tree = CategoryTree.ipcc2006
        let context = MethodContext(library: library, tree: tree, fileName: definition.file)
        let registry = MethodRegistry()
        var lines: [BaseLine] = []
        for (index, addition) in additions.enumerated() {
            let source = ActivitySource(
                year: definition.base.year, region: addition.region, category: addition.category, activity: addition.activity, unit: addition.unit,
                technology: addition.technology, amount: 1)
            let emissions: SourceEmissions
            do throws(MethodError) {
                emissions = try registry.method(for: source, context: context).emissions(of: source, context: context)
            } catch {
                throw InputError(at: addition.location, "the new source \(addition.id): \(error.message)")
            }
            var line = BaseLine(
                region: addition.region, category: addition.category, activity: addition.activity, activityID: addition.activityID,
                technology: addition.technology, unit: addition.unit, amount: 1, gases: [], representative: source, records: [addition.path],
                addition: index)
            for emission in emissions.gases where emission.reporting == .territorial || emission.reporting == .scope2Electricity {
                line.gases.append(
                    BaseLine.Slot(
                        gas: emission.gas, origin: emission.origin, reporting: emission.reporting, category: emission.category ?? addition.category,
                        massTonnes: emission.massTonnes, gwp: definition.base.gwp.gwp(emission.gas, origin: emission.origin)))
            }
            guard !line.gases.isEmpty else {
                throw InputError(at: addition.location, "the new source \(addition.id) emits nothing in the territorial total or scope 2")
            }
            lines.append(line)
        }
        return lines
    }

    struct LineKey: Hashable {
        let region: String
        let category: Int
        let activity: Int
        let technology: String?
        let unit: MeasureUnit
    }
}
