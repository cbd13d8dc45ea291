import GHGActivity
import GHGCore
import GHGFactors
import GHGMethods

/// Computes an inventory from activity data with a factor library.
///
/// Each source (records added up) is computed once by the method its category and activity call
/// for; its gases are converted to CO2e with the run's GWP set (AR6 CH4 by fossil or non-fossil
/// origin) and added to the rows of its year, region, category and gas. Every problem is
/// collected with the file, line and column of the source's first record; no inventory is
/// returned unless all sources compute.
public struct InventoryBuilder: Sendable {
    public let library: FactorLibrary
    public let options: InventoryOptions
    public let registry = MethodRegistry()
    public let tree: CategoryTree = .ipcc2006

    public init(library: FactorLibrary, options: InventoryOptions = InventoryOptions()) {
        self.library = library
        self.options = options
    }

    /// What a calculation plan depends on.
    struct PlanKey: Hashable {
        let activity: Int
        let category: Int
        let technology: String?
        let year: Int
        let unit: MeasureUnit
        let parameters: RecordParameters

        init(_ source: ActivitySource) {
            activity = source.activity
            category = source.category
            technology = source.technology
            year = source.year
            unit = source.unit
            parameters = source.parameters
        }
    }

    public func build(_ dataset: ActivityDataset) throws(InputError) -> Inventory {
        var diagnostics: [Diagnostic] = []
        var results: [SourceResult] = []
        results.reserveCapacity(dataset.sources.count)
        // Plans depend on what a source is, not on its amount: made once per kind of source.
        var plans: [PlanKey: Result<CalculationPlan, MethodError>] = [:]
        let asked = options.years.map(Set.init)
        var disposal: [ActivitySource] = []
        for source in dataset.sources {
            if MethodRegistry.isSolidWasteDisposal(tree[source.category].code) {
                disposal.append(source)
                continue
            }
            if let asked, !asked.contains(source.year) { continue }
            let key = PlanKey(source)
            let planned: Result<CalculationPlan, MethodError>
            if let cached = plans[key] {
                planned = cached
                if case .failure = cached { continue }  // reported at the first source of its kind
            } else {
                let context = MethodContext(library: library, tree: tree, fileName: dataset.files[source.file])
                planned = Result { () throws(MethodError) -> CalculationPlan in
                    try registry.method(for: source, context: context).plan(for: source, context: context)
                }
                plans[key] = planned
            }
            do throws(MethodError) {
                let emissions = try planned.get().evaluate(source)
                guard emissions.gases.allSatisfy({ $0.massTonnes.isFinite }) else {
                    throw MethodError(.amount, "the calculation gave a number too large to represent; check the amount and the factors")
                }
                let co2e = emissions.gases.map { $0.massTonnes * options.gwp.gwp($0.gas, origin: $0.origin) }
                results.append(
                    SourceResult(
                        source: source, activityID: library.activities[source.activity].id, emissions: emissions, co2eTonnes: co2e))
            } catch {
                diagnostics.append(.error(at: dataset.location(of: source, error: error), error.message))
            }
        }
        if !disposal.isEmpty {
            let years = options.years ?? Array(Set(dataset.sources.map(\.year))).sorted()
            let context = MethodContext(library: library, tree: tree, fileName: "")
            let (yearly, failures) = SolidWasteDisposal(context: context, files: dataset.files).compute(disposal, years: years)
            results.reserveCapacity(results.count + yearly.count)
            for failure in failures {
                diagnostics.append(.error(at: dataset.location(of: failure.source, error: failure.error), failure.error.message))
            }
            for index in yearly.indices {
                var source = disposal[yearly[index].sourceIndex]
                source.year = yearly[index].year
                source.amount = yearly[index].depositedTonnes
                source.unit = Units.t
                let co2e = yearly[index].emissions.gases.map { $0.massTonnes * options.gwp.gwp($0.gas, origin: $0.origin) }
                results.append(
                    SourceResult(
                        source: source, activityID: library.activities[source.activity].id, emissions: yearly[index].emissions,
                        co2eTonnes: co2e))
            }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }

        var rowIndex: [RowKey: Int] = [:]
        var keys: [RowKey] = []
        var rows: [InventoryRow] = []
        // Fields are read in place: copying whole source results (large values) would dominate.
        for sourceIndex in results.indices {
            let year = results[sourceIndex].source.year
            let sourceCategory = results[sourceIndex].source.category
            let gasCount = results[sourceIndex].emissions.gases.count
            for gasIndex in 0..<gasCount {
                let emission = results[sourceIndex].emissions.gases[gasIndex]
                let co2e = results[sourceIndex].co2eTonnes[gasIndex]
                let key = RowKey(
                    year: year, region: options.byRegion ? results[sourceIndex].source.region : "", reporting: emission.reporting,
                    category: emission.category ?? sourceCategory, gas: emission.gas)
                let slot: Int
                if let existing = rowIndex[key] {
                    slot = existing
                } else {
                    slot = rows.count
                    rowIndex[key] = slot
                    keys.append(key)
                    rows.append(
                        InventoryRow(
                            year: key.year, region: key.region, reporting: key.reporting, category: key.category, gas: key.gas,
                            massTonnes: 0, co2eTonnes: 0, contributions: []))
                }
                rows[slot].massTonnes += emission.massTonnes
                rows[slot].co2eTonnes += co2e
                // Removals are CO2 taken up by land (3.B); other negative amounts are subtractions.
                if co2e < 0, CategoryTree.code(tree[key.category].code, isWithin: "3.B") {
                    rows[slot].removalsCO2eTonnes += co2e
                }
                rows[slot].contributions.append(InventoryRow.Contribution(source: sourceIndex, massTonnes: emission.massTonnes, co2eTonnes: co2e))
            }
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        let sortedRows = order.map { rows[$0] }

        // Rows are sorted by year, region and reporting first: each run of equal ones is a roll-up.
        var rollups: [CategoryRollup] = []
        var runStart = 0
        for index in sortedRows.indices {
            let row = sortedRows[index]
            let next = index + 1 < sortedRows.count ? sortedRows[index + 1] : nil
            guard next?.year != row.year || next?.region != row.region || next?.reporting != row.reporting else { continue }
            rollups.append(
                CategoryRollup(
                    year: row.year, region: row.region, reporting: row.reporting, rows: Array(sortedRows[runStart...index]),
                    tree: tree))
            runStart = index + 1
        }
        var inventory = Inventory(
            options: options, inputFiles: dataset.files, recordCount: dataset.recordCount, librarySummary: library.summary,
            libraryFolders: library.folders, edition: library.edition, sources: results, rows: sortedRows, rollups: rollups,
            warnings: dataset.warnings)
        inventory.notations = dataset.notations.filter { asked?.contains($0.year) ?? true }
        inventory.inputFingerprints = dataset.fingerprints
        inventory.otherInputs = dataset.otherInputs
        return inventory
    }
}
