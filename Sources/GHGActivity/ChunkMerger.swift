import GHGCore
import GHGFactors

/// Joins chunk results in file order and turns interned text into checked values: category
/// indices, activity indices, units. Each unknown value is reported once, where it first occurs.
struct ChunkMerger {
    let fileName: String
    let header: ActivityHeader
    let library: FactorLibrary
    let tree: CategoryTree
    let errorLimit: Int
    /// Record errors given so far (at most `errorLimit`).
    var shownRecordErrors = 0

    private var categories = TextTable()
    private var activities = TextTable()
    private var units = TextTable()
    private var regions = TextTable()
    private var technologies = TextTable()
    private var dataSources = TextTable()
    private var methodTexts = TextTable()
    private var parameterSets: [RawParameters] = [RawParameters()]
    private var parameterIndex: [RawParameters: Int32] = [RawParameters(): 0]
    private var sources = SourceKeyTable()
    private var totals: [SourceTotals] = []
    private var notations: [RawNotation] = []
    private var diagnostics: [Diagnostic] = []
    private var errorCount = 0
    private var recordCount = 0

    init(fileName: String, header: ActivityHeader, library: FactorLibrary, tree: CategoryTree, errorLimit: Int) {
        self.fileName = fileName
        self.header = header
        self.library = library
        self.tree = tree
        self.errorLimit = errorLimit
    }

    /// Global text values with the line and column where each was first seen.
    struct TextTable {
        var values: [String] = []
        var firstSeen: [(line: Int, column: Int)] = []
        var index: [String: Int32] = [:]

        mutating func map(_ interner: ByteInterner, baseLine: Int, column: (Int) -> Int) -> [Int32] {
            (0..<interner.count).map { local in
                let text = interner.string(Int32(local))
                if let existing = index[text] { return existing }
                let id = Int32(values.count)
                index[text] = id
                values.append(text)
                firstSeen.append((baseLine + interner.firstLines[local], column(local)))
                return id
            }
        }
    }

    mutating func merge(_ chunk: ChunkResult, baseLine: Int) {
        recordCount += chunk.recordCount
        errorCount += chunk.errorCount
        // The first `errorLimit` record errors of the file: chunks come in file order.
        for error in chunk.errors where shownRecordErrors < errorLimit {
            shownRecordErrors += 1
            diagnostics.append(.error(at: SourceLocation(file: fileName, line: baseLine + error.line, column: error.column), error.message))
        }
        let layout = header.layout
        let categoryMap = categories.map(chunk.categories, baseLine: baseLine) { _ in layout.index(.category) + 1 }
        let activityMap = activities.map(chunk.activities, baseLine: baseLine) { _ in layout.index(.activity) + 1 }
        let unitMap = units.map(chunk.units, baseLine: baseLine) { chunk.unitColumns[$0] + 1 }
        let regionMap = regions.map(chunk.regions, baseLine: baseLine) { _ in layout.index(.region) + 1 }
        let technologyMap = technologies.map(chunk.technologies, baseLine: baseLine) { _ in layout.index(.technology) + 1 }
        let sourceMap = dataSources.map(chunk.dataSources, baseLine: baseLine) { _ in layout.index(.source) + 1 }
        func mapped(_ map: [Int32], _ id: Int32) -> Int32 { id < 0 ? -1 : map[Int(id)] }
        let methodTextMap = methodTexts.map(chunk.methodTexts, baseLine: baseLine) { _ in 0 }
        var parameterMap: [Int32] = [0]
        for local in 1..<max(chunk.parameterSets.count, 1) {
            var raw = chunk.parameterSets[local]
            raw.efUnit = mapped(unitMap, raw.efUnit)
            raw.ncvUnit = mapped(unitMap, raw.ncvUnit)
            raw.densityUnit = mapped(unitMap, raw.densityUnit)
            for (i, column) in layout.methodColumns.enumerated() where column.kind == .text && raw.methodValues[i] != RawParameters.absent {
                raw.methodValues[i] = Int64(methodTextMap[Int(raw.methodValues[i])])
            }
            if let existing = parameterIndex[raw] {
                parameterMap.append(existing)
            } else {
                let id = Int32(parameterSets.count)
                parameterIndex[raw] = id
                parameterSets.append(raw)
                parameterMap.append(id)
            }
        }
        for var notation in chunk.notations {
            notation.category = mapped(categoryMap, notation.category)
            notation.activity = mapped(activityMap, notation.activity)
            notation.region = mapped(regionMap, notation.region)
            notation.dataSource = mapped(sourceMap, notation.dataSource)
            notation.line += baseLine
            notations.append(notation)
        }
        for (local, key) in chunk.sources.keys.enumerated() {
            let global = SourceKey(
                year: key.year, category: mapped(categoryMap, key.category), activity: mapped(activityMap, key.activity),
                unit: mapped(unitMap, key.unit), region: mapped(regionMap, key.region),
                technology: mapped(technologyMap, key.technology), parameters: parameterMap[Int(key.parameters)],
                dataSource: mapped(sourceMap, key.dataSource))
            var chunkTotals = chunk.totals[local]
            chunkTotals.firstLine += baseLine
            chunkTotals.lastLine += baseLine
            let (slot, isNew) = sources.slot(for: global)
            if isNew {
                totals.append(chunkTotals)
            } else {
                totals[slot].add(chunkTotals)
            }
        }
    }

    /// Checks every distinct value and builds the sources.
    mutating func finish() throws(InputError) -> ActivityDataset {
        func location(_ table: TextTable, _ id: Int) -> SourceLocation {
            SourceLocation(file: fileName, line: table.firstSeen[id].line, column: table.firstSeen[id].column)
        }
        var bad = false
        func fail(_ at: SourceLocation, _ message: String) {
            bad = true
            diagnostics.append(.error(at: at, message))
        }
        let categoryIndex: [Int?] = categories.values.enumerated().map { id, code -> Int? in
            guard !code.isEmpty else { return nil }
            guard let index = tree.index(of: code) else {
                fail(location(categories, id), "unknown IPCC 2006 category code '\(code)'; expected a code of the 2006 IPCC Guidelines such as 1.A.1.a.i, 1.A.3.b or 1.A.4.b (see `ghg categories`)")
                return nil
            }
            return index
        }
        let activityIndex: [Int?] = activities.values.enumerated().map { id, name -> Int? in
            guard !name.isEmpty else { return nil }
            guard let index = library.activity(named: name) else {
                fail(location(activities, id), "unknown activity '\(name)': it is not in the factor library's activities.csv (see `ghg factors --activities`; add your own with --factors DIR)")
                return nil
            }
            return index
        }
        let unitValues: [MeasureUnit?] = units.values.enumerated().map { id, text -> MeasureUnit? in
            guard !text.isEmpty else { return nil }
            do {
                return try Units.parse(text)
            } catch {
                fail(location(units, id), String(describing: error))
                return nil
            }
        }
        var parameters: [RecordParameters?] = [RecordParameters.none]
        for raw in parameterSets.dropFirst() {
            func unit(_ unitID: Int32) -> MeasureUnit? { unitID < 0 ? nil : unitValues[Int(unitID)] }
            var qualifiers: [String: String] = [:]
            var values: [String: Double] = [:]
            for (column, stored) in zip(header.layout.methodColumns, raw.methodValues) where stored != RawParameters.absent {
                if column.kind == .text {
                    qualifiers[column.name] = MethodColumn.normalised(methodTexts.values[Int(stored)])
                } else {
                    values[column.name] = Double(bitPattern: UInt64(bitPattern: stored))
                }
            }
            let converted = RecordParameters(
                efCO2: raw.efCO2, efCH4: raw.efCH4, efN2O: raw.efN2O, efUnit: unit(raw.efUnit), ncv: raw.ncv,
                ncvUnit: unit(raw.ncvUnit), density: raw.density, densityUnit: unit(raw.densityUnit), qualifiers: qualifiers,
                values: values)
            let unitMissing = (raw.efUnit >= 0 && converted.efUnit == nil) || (raw.ncvUnit >= 0 && converted.ncvUnit == nil)
                || (raw.densityUnit >= 0 && converted.densityUnit == nil)
            parameters.append(unitMissing ? nil : converted)
        }
        if errorCount > shownRecordErrors {
            diagnostics.append(.error(at: SourceLocation(file: fileName), "\(errorCount - shownRecordErrors) more record errors not shown"))
        }
        if recordCount == 0 && errorCount == 0 && !bad {
            diagnostics.append(.error(at: SourceLocation(file: fileName, line: header.bodyFirstLine), "the file has a header but no records"))
        }
        // Warnings (unknown columns) are shown with the errors: they may explain them.
        guard diagnostics.isEmpty else { throw InputError(header.warnings + diagnostics) }

        var result: [ActivitySource] = []
        result.reserveCapacity(sources.count)
        for (slot, key) in sources.keys.enumerated() {
            guard let category = categoryIndex[Int(key.category)], let activity = activityIndex[Int(key.activity)],
                let unit = unitValues[Int(key.unit)], let parameters = parameters[Int(key.parameters)]
            else { continue }
            let total = totals[slot]
            let technology = key.technology < 0 ? "" : technologies.values[Int(key.technology)]
            result.append(
                ActivitySource(
                    file: 0, year: Int(key.year), region: key.region < 0 ? "" : regions.values[Int(key.region)],
                    category: category, activity: activity, unit: unit, technology: technology.isEmpty ? nil : technology,
                    parameters: parameters, dataSource: key.dataSource < 0 ? "" : dataSources.values[Int(key.dataSource)],
                    amount: total.amount, recordCount: total.recordCount, firstLine: total.firstLine, lastLine: total.lastLine,
                    uncertaintySquares: total.uncertaintySquares, recordsWithoutUncertainty: total.recordsWithoutUncertainty, parameterID: Int(key.parameters)))
        }
        // Sort small keys, then move each source once (sources are large values).
        let order = result.indices.sorted { result[$0].firstLine < result[$1].firstLine }
        result = order.map { result[$0] }
        var dataset = ActivityDataset(
            files: [fileName], columns: [header.columnNumbers], methodColumns: [header.methodColumnNumbers], sources: result, recordCount: recordCount,
            warnings: header.warnings)
        dataset.notations = notations.compactMap { raw in
            guard let category = categoryIndex[Int(raw.category)] else { return nil }
            return NotationEntry(
                file: 0, line: raw.line, year: Int(raw.year), region: raw.region < 0 ? "" : regions.values[Int(raw.region)], category: category,
                activityID: raw.activity < 0 ? nil : activityIndex[Int(raw.activity)].map { library.activities[$0].id }, key: raw.key,
                dataSource: raw.dataSource < 0 ? "" : dataSources.values[Int(raw.dataSource)])
        }
        return dataset
    }
}
