import GHGCore

/// Record-level parameters as read, before their units are checked: numbers and interned unit ids.
struct RawParameters: Hashable {
    var efCO2: Double?
    var efCH4: Double?
    var efN2O: Double?
    var efUnit: Int32 = -1
    var ncv: Double?
    var ncvUnit: Int32 = -1
    var density: Double?
    var densityUnit: Int32 = -1
}

/// The records of one source as counted in a chunk.
struct SourceKey: Hashable {
    var year: Int32
    var category: Int32
    var activity: Int32
    var unit: Int32
    var region: Int32
    var technology: Int32
    var parameters: Int32
    var dataSource: Int32
}

struct SourceTotals {
    var amount: Double
    var recordCount: Int
    var firstLine: Int
    var lastLine: Int
    var uncertaintySquares: Double
    var recordsWithoutUncertainty: Int

    mutating func add(_ other: SourceTotals) {
        amount += other.amount
        recordCount += other.recordCount
        firstLine = min(firstLine, other.firstLine)
        lastLine = max(lastLine, other.lastLine)
        uncertaintySquares += other.uncertaintySquares
        recordsWithoutUncertainty += other.recordsWithoutUncertainty
    }
}

/// A problem in one record, located relative to its chunk.
struct RecordError {
    var line: Int
    var column: Int
    var message: String
}

/// What parsing one chunk of an activity file produced: interned text, sources with their totals,
/// and errors. Lines are relative to the chunk (its first line is 1).
struct ChunkResult {
    var lineCount = 0
    var recordCount = 0
    var categories = ByteInterner()
    var activities = ByteInterner()
    /// Units of `unit`, `ef_unit`, `ncv_unit` and `density_unit`.
    var units = ByteInterner()
    /// The field index where each unit was first seen.
    var unitColumns: [Int] = []
    var regions = ByteInterner()
    var technologies = ByteInterner()
    var dataSources = ByteInterner()
    var parameterSets: [RawParameters] = [RawParameters()]
    var parameterLines: [Int] = [0]
    var keys: [SourceKey] = []
    var totals: [SourceTotals] = []
    var errors: [RecordError] = []
    var errorCount = 0

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, layout: ColumnLayout, errorLimit: Int) -> ChunkResult {
        var result = ChunkResult()
        guard let base = bytes.baseAddress, !range.isEmpty else { return result }
        var scanner = CSVScanner(bytes: bytes, range: range, firstLine: 1, delimiter: layout.delimiter)
        var fields: [CSVField] = []
        fields.reserveCapacity(layout.fieldCount + 2)
        var parameterIndex: [RawParameters: Int32] = [:]
        var sourceIndex: [SourceKey: Int32] = [:]
        var lastKey = SourceKey(year: -1, category: -1, activity: -1, unit: -1, region: -1, technology: -1, parameters: -1, dataSource: -1)
        var lastSlot: Int32 = -1

        let yearField = layout.index(.year), categoryField = layout.index(.category)
        let activityField = layout.index(.activity), amountField = layout.index(.amount), unitField = layout.index(.unit)
        let regionField = layout.index(.region), technologyField = layout.index(.technology)
        let sourceField = layout.index(.source), uncertaintyField = layout.index(.uncertainty)
        let efFields = [layout.index(.efCO2), layout.index(.efCH4), layout.index(.efN2O)]
        let efUnitField = layout.index(.efUnit), ncvField = layout.index(.ncv), ncvUnitField = layout.index(.ncvUnit)
        let densityField = layout.index(.density), densityUnitField = layout.index(.densityUnit)

        func fail(_ line: Int, _ field: Int, _ message: String) {
            result.errorCount += 1
            if result.errors.count < errorLimit { result.errors.append(RecordError(line: line, column: field + 1, message: message)) }
        }

        while true {
            let more: Bool
            do {
                more = try scanner.nextRecord(into: &fields)
            } catch {
                fail(error.line, error.column - 1, error.message)
                break
            }
            guard more else { break }
            let line = scanner.recordLine
            let fieldCount = fields.count
            if fieldCount == 1 && fields[0].isEmpty { continue }

            // The bytes of a field, trimmed of spaces; empty when the record is short.
            @inline(__always) func bounds(_ field: Int) -> (Int, Int) {
                guard field >= 0, field < fieldCount else { return (0, 0) }
                var start = fields[field].start, end = fields[field].end
                while start < end, base[start] == 32 || base[start] == 9 { start += 1 }
                while end > start, base[end - 1] == 32 || base[end - 1] == 9 { end -= 1 }
                return (start, end)
            }
            @inline(__always) func intern(_ interner: inout ByteInterner, _ field: Int) -> Int32 {
                guard field >= 0 else { return -1 }
                if field < fieldCount, fields[field].hasEscapedQuotes {
                    return interner.intern(scanner.string(fields[field]), line: line)
                }
                let (start, end) = bounds(field)
                return interner.intern(base, start, end, line: line)
            }
            @inline(__always) func text(_ field: Int) -> String {
                let (start, end) = bounds(field)
                return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
            }
            func number(_ field: Int, _ name: String, allowEmpty: Bool) -> Double?? {
                let (start, end) = bounds(field)
                if start == end {
                    if allowEmpty { return .some(nil) }
                    fail(line, field, "\(name) is empty; expected a number")
                    return nil
                }
                guard let value = DecimalParser.parse(base, start, end) else {
                    let shown = text(field)
                    let hint = shown.contains(",") ? " (use a point for decimals and no thousands separators)" : ""
                    fail(line, field, "\(name) '\(shown)' is not a number\(hint)")
                    return nil
                }
                guard value >= 0 else {
                    fail(line, field, "\(name) \(text(field)) is negative; expected zero or more")
                    return nil
                }
                return .some(value)
            }

            if fieldCount > layout.fieldCount {
                var extra = false
                for i in layout.fieldCount..<fieldCount where !fields[i].isEmpty { extra = true }
                if extra {
                    fail(line, layout.fieldCount, "the record has \(fieldCount) fields but the header has \(layout.fieldCount) columns")
                    continue
                }
            }
            let errorsBefore = result.errorCount

            // year
            var year: Int32 = 0
            do {
                let (start, end) = bounds(yearField)
                var value = 0
                var valid = end > start && end - start <= 4
                var p = start
                while valid, p < end {
                    let digit = base[p] &- 48
                    if digit < 10 { value = value * 10 + Int(digit) } else { valid = false }
                    p += 1
                }
                if !valid || value < 1900 || value > 2100 {
                    fail(line, yearField, start == end ? "year is empty; expected a year such as 2019" : "year '\(text(yearField))' is not a year between 1900 and 2100")
                }
                year = Int32(value)
            }
            let category = intern(&result.categories, categoryField)
            if bounds(categoryField).0 == bounds(categoryField).1 { fail(line, categoryField, "category is empty; expected an IPCC 2006 code such as 1.A.1.a.i") }
            let activity = intern(&result.activities, activityField)
            if bounds(activityField).0 == bounds(activityField).1 { fail(line, activityField, "activity is empty; expected an activity such as gas_diesel_oil") }
            let unit = intern(&result.units, unitField)
            if result.unitColumns.count < result.units.count { result.unitColumns.append(unitField) }
            if bounds(unitField).0 == bounds(unitField).1 { fail(line, unitField, "unit is empty; expected a unit such as t, TJ or MWh") }
            let amount = number(amountField, "amount", allowEmpty: false)
            let region = intern(&result.regions, regionField)
            let technology = intern(&result.technologies, technologyField)
            let dataSource = intern(&result.dataSources, sourceField)
            var uncertainty: Double?
            if uncertaintyField >= 0, let parsed = number(uncertaintyField, "uncertainty", allowEmpty: true) { uncertainty = parsed }

            var parameters: Int32 = 0
            if layout.hasParameterColumns {
                var raw = RawParameters()
                var any = false
                func unitID(_ field: Int, for valueField: Int, _ name: String) -> Int32 {
                    let (start, end) = bounds(field)
                    guard start < end else {
                        fail(line, field, "\(name) is empty but column \(valueField + 1) gives a value; expected its unit")
                        return -1
                    }
                    let id = intern(&result.units, field)
                    if result.unitColumns.count < result.units.count { result.unitColumns.append(field) }
                    return id
                }
                for (slot, field) in efFields.enumerated() where field >= 0 {
                    guard let value = number(field, ActivityColumn.allCases[ColumnLayout.slot(.efCO2) + slot].rawValue, allowEmpty: true), let value else { continue }
                    any = true
                    switch slot {
                    case 0: raw.efCO2 = value
                    case 1: raw.efCH4 = value
                    default: raw.efN2O = value
                    }
                    if raw.efUnit < 0 { raw.efUnit = unitID(efUnitField, for: field, "ef_unit") }
                }
                if ncvField >= 0, let value = number(ncvField, "ncv", allowEmpty: true), let value {
                    any = true
                    raw.ncv = value
                    raw.ncvUnit = unitID(ncvUnitField, for: ncvField, "ncv_unit")
                }
                if densityField >= 0, let value = number(densityField, "density", allowEmpty: true), let value {
                    any = true
                    raw.density = value
                    raw.densityUnit = unitID(densityUnitField, for: densityField, "density_unit")
                }
                if any {
                    if let existing = parameterIndex[raw] {
                        parameters = existing
                    } else {
                        parameters = Int32(result.parameterSets.count)
                        parameterIndex[raw] = parameters
                        result.parameterSets.append(raw)
                        result.parameterLines.append(line)
                    }
                }
            }
            guard result.errorCount == errorsBefore, let amount, let amount else { continue }

            let key = SourceKey(
                year: year, category: category, activity: activity, unit: unit, region: region, technology: technology,
                parameters: parameters, dataSource: dataSource)
            let slot: Int
            if key == lastKey {
                slot = Int(lastSlot)
            } else if let existing = sourceIndex[key] {
                slot = Int(existing)
            } else {
                slot = result.keys.count
                sourceIndex[key] = Int32(slot)
                result.keys.append(key)
                result.totals.append(SourceTotals(amount: 0, recordCount: 0, firstLine: line, lastLine: line, uncertaintySquares: 0, recordsWithoutUncertainty: 0))
            }
            lastKey = key
            lastSlot = Int32(slot)
            result.totals[slot].amount += amount
            result.totals[slot].recordCount += 1
            result.totals[slot].lastLine = line
            if let uncertainty {
                let half = amount * uncertainty / 100
                result.totals[slot].uncertaintySquares += half * half
            } else {
                result.totals[slot].recordsWithoutUncertainty += 1
            }
            result.recordCount += 1
        }
        result.lineCount = scanner.line - 1
        return result
    }
}
