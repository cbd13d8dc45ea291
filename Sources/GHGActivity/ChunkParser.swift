import GHGCore

/// The hot loop of the activity parser: reads the records of one chunk into `ChunkResult`.
///
/// Per record it stores only integers: text columns are interned, numbers parsed in place, and
/// the record's amount added to its source's totals. A plain struct with stored state (no
/// closures capturing mutable state), so that the compiler needs no dynamic exclusivity checks.
struct ChunkParser {
    let base: UnsafePointer<UInt8>?
    var scanner: CSVScanner
    let layout: ColumnLayout
    let errorLimit: Int
    var result = ChunkResult()
    var fields: [CSVField] = []
    // Interners live here, not in `result`, while parsing: each is passed `inout` directly.
    var categories = ByteInterner()
    var activities = ByteInterner()
    var units = ByteInterner()
    var regions = ByteInterner()
    var technologies = ByteInterner()
    var dataSources = ByteInterner()
    var methodTexts = ByteInterner()
    /// The method-column values of the current record, reused from record to record so that a
    /// record whose parameters were seen before allocates nothing.
    var methodScratch: [Int64] = []
    var parameterIndex: [RawParameters: Int32] = [:]
    var line = 0
    // Field index of each column (-1 when absent).
    let yearField, categoryField, activityField, amountField, unitField: Int
    let regionField, technologyField, sourceField, uncertaintyField: Int
    /// Records already read, by the raw bytes of their fields other than the amount and the
    /// uncertainty (the record key): a record whose key was seen goes straight to that key's
    /// source, with no interning and no checks, because the same bytes were checked the first
    /// time. The source slot of each key id.
    var recordKeys = ByteInterner(capacity: 1024)
    var recordKeySlots: [Int32] = []
    /// Off in tests, to check that the fast path gives exactly what the full path gives; and
    /// turned off for the rest of a chunk whose records are mostly unlike each other (after
    /// 65,536 keys, fewer records found a key than made one), where keys would cost time.
    var usesRecordKeys = true
    var recordKeyHits = 0
    /// The emission-factor columns and their fields.
    let efColumns: [(field: Int, column: ActivityColumn)]
    let efUnitField, ncvField, ncvUnitField, densityField, densityUnitField: Int

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, layout: ColumnLayout, errorLimit: Int) {
        base = bytes.baseAddress
        scanner = CSVScanner(bytes: bytes, range: range, firstLine: 1, delimiter: layout.delimiter)
        self.layout = layout
        self.errorLimit = errorLimit
        fields.reserveCapacity(layout.fieldCount + 4)
        yearField = layout.index(.year)
        categoryField = layout.index(.category)
        activityField = layout.index(.activity)
        amountField = layout.index(.amount)
        unitField = layout.index(.unit)
        regionField = layout.index(.region)
        technologyField = layout.index(.technology)
        sourceField = layout.index(.source)
        uncertaintyField = layout.index(.uncertainty)
        efColumns = [(layout.index(.efCO2), .efCO2), (layout.index(.efCH4), .efCH4), (layout.index(.efN2O), .efN2O)]
        efUnitField = layout.index(.efUnit)
        ncvField = layout.index(.ncv)
        ncvUnitField = layout.index(.ncvUnit)
        densityField = layout.index(.density)
        densityUnitField = layout.index(.densityUnit)
    }

    mutating func run() {
        guard let base else { return }
        let scratch = KeyScratch(fieldCount: layout.fieldCount)
        defer { scratch.deallocate() }
        let shape = LineShape(delimiter: layout.delimiter, fieldCount: layout.fieldCount, amountField: amountField, uncertaintyField: uncertaintyField)
        let end = scanner.end
        while true {
            // The fast path: a plain line (no quotes) whose record key was seen before.
            if usesRecordKeys, scanner.position < end, let split = Self.split(base, from: scanner.position, end: end, shape: shape, into: scratch),
                let id = recordKeys.find(scratch.key, 0, split.keyLength), fastAdd(base, scratch, slot: Int(recordKeySlots[Int(id)]))
            {
                line = scanner.line
                scanner.line += 1
                scanner.position = split.next
                recordKeyHits += 1
                continue
            }
            let more: Bool
            do {
                more = try scanner.nextRecord(into: &fields)
            } catch {
                fail(error.column - 1, error.message, line: error.line)
                scanner.skipLine()
                continue
            }
            guard more else { break }
            line = scanner.recordLine
            if fields.count == 1 && fields[0].isEmpty { continue }
            if let slot = record(), usesRecordKeys, fields.count == layout.fieldCount,
                let split = Self.split(base, from: fields[0].start, end: end, shape: shape, into: scratch),
                recordKeys.find(scratch.key, 0, split.keyLength) == nil
            {
                _ = recordKeys.intern(scratch.key, 0, split.keyLength, line: line)
                recordKeySlots.append(Int32(slot))
                if recordKeySlots.count >= 65_536, recordKeyHits < recordKeySlots.count { usesRecordKeys = false }
            }
        }
        result.lineCount = scanner.line - 1
        result.categories = categories
        result.activities = activities
        result.units = units
        result.regions = regions
        result.technologies = technologies
        result.dataSources = dataSources
        result.methodTexts = methodTexts
    }

    // MARK: The fast path

    /// What splitting a line needs to know of the file's columns.
    struct LineShape {
        let delimiter: UInt8
        let fieldCount: Int
        let amountField: Int
        let uncertaintyField: Int
    }

    /// Buffers for splitting a line: each field's bounds, and the record key.
    struct KeyScratch {
        let starts: UnsafeMutablePointer<Int>
        let ends: UnsafeMutablePointer<Int>
        let key: UnsafeMutablePointer<UInt8>
        static let keyCapacity = 4096

        init(fieldCount: Int) {
            starts = .allocate(capacity: max(1, fieldCount))
            ends = .allocate(capacity: max(1, fieldCount))
            key = .allocate(capacity: KeyScratch.keyCapacity)
        }

        func deallocate() {
            starts.deallocate()
            ends.deallocate()
            key.deallocate()
        }
    }

    /// Splits the line at `start` into its fields and writes its record key: the line without
    /// the bytes of its amount and uncertainty (the delimiters stay, so the key tells the other
    /// fields apart). `nil` when the line needs the full path: a quote, a lone carriage return, a
    /// blank line, a field count other than the header's, or a line too long.
    ///
    /// Eight bytes are looked at a time: the bytes that are a delimiter, a line feed, a carriage
    /// return or a quote are found with word arithmetic, then visited one by one.
    /// A static function of plain values, so that calling it never copies the parser.
    @inline(__always)
    private static func split(
        _ base: UnsafePointer<UInt8>, from start: Int, end: Int, shape: LineShape, into scratch: KeyScratch
    ) -> (next: Int, keyLength: Int)? {
        let delimiter = shape.delimiter
        let fieldCount = shape.fieldCount
        var p = start
        var field = 0
        scratch.starts[0] = p
        var lineEnd = -1
        var next = end
        let ones: UInt64 = 0x0101_0101_0101_0101
        let delimiters = UInt64(delimiter) &* ones
        /// The high bit of each byte of `word` equal to the byte of `pattern`.
        @inline(__always) func equal(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
            let x = word ^ pattern
            return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
        }
        words: while p + 8 <= end {
            let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
            var found = equal(word, delimiters) | equal(word, 0x0A0A_0A0A_0A0A_0A0A) | equal(word, 0x0D0D_0D0D_0D0D_0D0D)
                | equal(word, 0x2222_2222_2222_2222)
            while found != 0 {
                let q = p + found.trailingZeroBitCount >> 3
                let byte = base[q]
                if byte == delimiter {
                    field += 1
                    guard field < fieldCount else { return nil }
                    scratch.ends[field - 1] = q
                    scratch.starts[field] = q + 1
                } else if byte == 10 {
                    lineEnd = q
                    next = q + 1
                    break words
                } else {
                    guard byte == 13, q + 1 < end, base[q + 1] == 10 else { return nil }
                    lineEnd = q
                    next = q + 2
                    break words
                }
                found &= found &- 1
            }
            p += 8
        }
        if lineEnd < 0 {
            lineEnd = end
            while p < end {
                let byte = base[p]
                if byte == delimiter {
                    field += 1
                    guard field < fieldCount else { return nil }
                    scratch.ends[field - 1] = p
                    scratch.starts[field] = p + 1
                } else if byte == 10 {
                    lineEnd = p
                    next = p + 1
                    break
                } else if byte == 13 || byte == 34 {
                    guard byte == 13, p + 1 < end, base[p + 1] == 10 else { return nil }
                    lineEnd = p
                    next = p + 2
                    break
                }
                p += 1
            }
        }
        guard field == fieldCount - 1, lineEnd > start, lineEnd - start + 8 <= KeyScratch.keyCapacity else { return nil }
        scratch.ends[field] = lineEnd
        // The line without the removed fields' bytes, in up to three pieces.
        var length = 0
        @inline(__always) func copy(_ from: Int, _ to: Int) {
            var source = from
            while source + 8 <= to {
                UnsafeMutableRawPointer(scratch.key + length).storeBytes(
                    of: UnsafeRawPointer(base + source).loadUnaligned(as: UInt64.self), as: UInt64.self)
                source += 8
                length += 8
            }
            while source < to {
                scratch.key[length] = base[source]
                source += 1
                length += 1
            }
        }
        let amount = shape.amountField
        let uncertainty = shape.uncertaintyField
        if uncertainty < 0 {
            copy(start, scratch.starts[amount])
            copy(scratch.ends[amount], lineEnd)
        } else {
            let (first, second) = amount < uncertainty ? (amount, uncertainty) : (uncertainty, amount)
            copy(start, scratch.starts[first])
            copy(scratch.ends[first], scratch.starts[second])
            copy(scratch.ends[second], lineEnd)
        }
        return (next, length)
    }

    /// Adds a record of a known key to its source: its amount and uncertainty, as `record()`
    /// would. `false` (nothing added) when either is not a plain number of zero or more: the full
    /// path then reports it, or reads a notation key or a decimal comma.
    @inline(__always)
    private mutating func fastAdd(_ base: UnsafePointer<UInt8>, _ scratch: KeyScratch, slot: Int) -> Bool {
        func trimmed(_ field: Int) -> (Int, Int) {
            var start = scratch.starts[field], end = scratch.ends[field]
            while start < end, base[start] == 32 || base[start] == 9 { start += 1 }
            while end > start, base[end - 1] == 32 || base[end - 1] == 9 { end -= 1 }
            return (start, end)
        }
        let decimalComma = layout.delimiter == UInt8(ascii: ";")
        @inline(__always) func value(_ start: Int, _ end: Int) -> Double? {
            DecimalParser.parse(base, start, end) ?? (decimalComma ? DecimalParser.parseDecimalComma(base, start, end) : nil)
        }
        let (amountStart, amountEnd) = trimmed(amountField)
        guard let amount = value(amountStart, amountEnd), amount >= 0 else { return false }
        var uncertainty: Double?
        if uncertaintyField >= 0 {
            let (start, end) = trimmed(uncertaintyField)
            if start < end {
                guard let parsed = value(start, end), parsed >= 0 else { return false }
                uncertainty = parsed
            }
        }
        add(amount: amount, uncertainty: uncertainty, slot: slot, isNew: false, line: scanner.line)
        return true
    }

    /// Adds one record to its source's totals.
    @inline(__always)
    private mutating func add(amount: Double, uncertainty: Double?, slot: Int, isNew: Bool, line: Int) {
        var totals = isNew
            ? SourceTotals(amount: 0, recordCount: 0, firstLine: line, lastLine: line, uncertaintySquares: 0, recordsWithoutUncertainty: 0)
            : result.totals[slot]
        totals.amount += amount
        totals.recordCount += 1
        totals.lastLine = line
        if let uncertainty {
            let half = amount * uncertainty / 100
            totals.uncertaintySquares += half * half
        } else {
            totals.recordsWithoutUncertainty += 1
        }
        if isNew { result.totals.append(totals) } else { result.totals[slot] = totals }
        result.recordCount += 1
    }

    // MARK: One record

    /// Checks and adds one record; the slot of its source, or nil when it had errors or gives a
    /// notation key.
    @discardableResult
    private mutating func record() -> Int? {
        let fieldCount = fields.count
        if fieldCount > layout.fieldCount {
            for i in layout.fieldCount..<fieldCount where !fields[i].isEmpty {
                fail(layout.fieldCount, "the record has \(fieldCount) fields but the header has \(layout.fieldCount) columns")
                return nil
            }
        }
        let errorsBefore = result.errorCount
        let year = parseYear()
        let categoryText = fieldText(categoryField)
        if categoryText.isEmpty { fail(categoryField, "category is empty; expected an IPCC 2006 code such as 1.A.1.a.i") }
        let category = Self.intern(categoryText, &categories, line: line)
        if let notation = notationKey() {
            // A notation key instead of an amount: the activity and unit may be empty.
            let activity = Self.intern(fieldText(activityField), &activities, line: line)
            let region = Self.intern(fieldText(regionField), &regions, line: line)
            let dataSource = Self.intern(fieldText(sourceField), &dataSources, line: line)
            guard result.errorCount == errorsBefore else { return nil }
            result.notations.append(
                RawNotation(year: year, category: category, activity: activity, region: region, dataSource: dataSource, key: notation, line: line))
            result.recordCount += 1
            return nil
        }
        let activityText = fieldText(activityField)
        if activityText.isEmpty { fail(activityField, "activity is empty; expected an activity such as gas_diesel_oil") }
        let activity = Self.intern(activityText, &activities, line: line)
        let unit = internUnit(unitField, what: "unit")
        let amount = number(amountField, "amount", allowEmpty: false)
        let region = Self.intern(fieldText(regionField), &regions, line: line)
        let technology = Self.intern(fieldText(technologyField), &technologies, line: line)
        let dataSource = Self.intern(fieldText(sourceField), &dataSources, line: line)
        let uncertainty = uncertaintyField >= 0 ? number(uncertaintyField, "uncertainty", allowEmpty: true) : nil
        let parameters = layout.hasParameterColumns ? parameterSet() : 0
        guard result.errorCount == errorsBefore, let amount else { return nil }

        let key = SourceKey(
            year: year, category: category, activity: activity, unit: unit, region: region, technology: technology,
            parameters: parameters, dataSource: dataSource)
        let (slot, isNew) = result.sources.slot(for: key)
        add(amount: amount, uncertainty: uncertainty, slot: slot, isNew: isNew, line: line)
        return slot
    }

    // MARK: Fields

    private mutating func fail(_ field: Int, _ message: String, line explicitLine: Int? = nil) {
        result.errorCount += 1
        if result.errors.count < errorLimit {
            result.errors.append(RecordError(line: explicitLine ?? line, column: field + 1, message: message))
        }
    }

    /// The bytes of a field without surrounding spaces; empty when the record is short.
    @inline(__always)
    private func bounds(_ field: Int) -> (start: Int, end: Int) {
        guard field >= 0, field < fields.count, let base else { return (0, 0) }
        var start = fields[field].start, end = fields[field].end
        while start < end, base[start] == 32 || base[start] == 9 { start += 1 }
        while end > start, base[end - 1] == 32 || base[end - 1] == 9 { end -= 1 }
        return (start, end)
    }

    private func text(_ field: Int) -> String {
        guard field >= 0, field < fields.count else { return "" }
        return scanner.string(fields[field])
    }

    /// Where a field's text is: plain bytes of the buffer, or (rarely) a string that had to be
    /// unescaped. `absent` when the file has no such column.
    enum FieldText {
        case absent
        case bytes(UnsafePointer<UInt8>, Int, Int)
        case unescaped(String)

        /// Present but empty (a missing column is not empty: it is absent).
        var isEmpty: Bool {
            switch self {
            case .absent: return false
            case .bytes(_, let start, let end): return start == end
            case .unescaped(let text): return text.isEmpty
            }
        }
    }

    @inline(__always)
    private func fieldText(_ field: Int) -> FieldText {
        guard field >= 0, let base else { return .absent }
        if field < fields.count, fields[field].hasEscapedQuotes { return .unescaped(scanner.string(fields[field])) }
        let (start, end) = bounds(field)
        return .bytes(base, start, end)
    }

    /// The interned id of a field's text; -1 when the file has no such column.
    @inline(__always)
    private static func intern(_ text: FieldText, _ interner: inout ByteInterner, line: Int) -> Int32 {
        switch text {
        case .absent: return -1
        case .bytes(let base, let start, let end): return interner.intern(base, start, end, line: line)
        case .unescaped(let string): return interner.intern(string, line: line)
        }
    }

    private mutating func internUnit(_ field: Int, what: String) -> Int32 {
        let text = fieldText(field)
        if text.isEmpty { fail(field, "\(what) is empty; expected a unit such as t, TJ or MWh") }
        let id = Self.intern(text, &units, line: line)
        if result.unitColumns.count < units.count { result.unitColumns.append(field) }
        return id
    }

    private mutating func parseYear() -> Int32 {
        let (start, end) = bounds(yearField)
        var value = 0
        var valid = end > start && end - start <= 4
        if valid, let base {
            for p in start..<end {
                let digit = base[p] &- 48
                if digit < 10 { value = value * 10 + Int(digit) } else { valid = false }
            }
        }
        if !valid || value < 1900 || value > 2100 {
            fail(yearField, start == end ? "year is empty; expected a year such as 2019" : "year '\(text(yearField))' is not a year between 1900 and 2100")
        }
        return Int32(truncatingIfNeeded: value)
    }

    /// The notation key (NO, NE, NA, IE, C) the amount field holds instead of a number, if any.
    @inline(__always)
    private func notationKey() -> NotationKey? {
        let (start, end) = bounds(amountField)
        guard end - start <= 2, end > start, let base else { return nil }
        return NotationKey.parse(base, start, end)
    }

    /// A non-negative number; `nil` when empty (if allowed) or invalid (an error is recorded).
    @inline(__always)
    private mutating func number(_ field: Int, _ name: String, allowEmpty: Bool, allowNegative: Bool = false) -> Double? {
        let (start, end) = bounds(field)
        guard start < end, let base else {
            if !allowEmpty { fail(field, "\(name) is empty; expected a number") }
            return nil
        }
        guard let value = DecimalParser.parse(base, start, end) ?? decimalComma(field) else {
            let shown = text(field)
            let hint = shown.contains(",") ? " (use a point for decimals and no thousands separators)" : ""
            fail(field, "\(name) '\(shown)' is not a number\(hint)")
            return nil
        }
        guard value >= 0 || allowNegative else {
            fail(field, "\(name) \(text(field)) is negative; expected zero or more")
            return nil
        }
        return value
    }

    /// In a semicolon-separated file (a spreadsheet in a locale such as Vietnamese that writes
    /// `10,5`), a number with one decimal comma and no point.
    private func decimalComma(_ field: Int) -> Double? {
        guard layout.delimiter == UInt8(ascii: ";") else { return nil }
        if field < fields.count, !fields[field].hasEscapedQuotes, let base {
            let (start, end) = bounds(field)
            return DecimalParser.parseDecimalComma(base, start, end)
        }
        let shown = text(field)
        guard shown.filter({ $0 == "," }).count == 1, !shown.contains(".") else { return nil }
        return DecimalParser.parse(shown.replacingAll(",", with: "."))
    }

    /// The record's own parameters (Tier 2/3 overrides), interned; 0 when it gives none.
    private mutating func parameterSet() -> Int32 {
        var raw = RawParameters()
        var any = false
        for (field, column) in efColumns where field >= 0 {
            guard let value = number(field, column.rawValue, allowEmpty: true) else { continue }
            any = true
            switch column {
            case .efCO2: raw.efCO2 = value
            case .efCH4: raw.efCH4 = value
            default: raw.efN2O = value
            }
            if raw.efUnit < 0 { raw.efUnit = parameterUnit(efUnitField, for: field, "ef_unit") }
        }
        if ncvField >= 0, let value = number(ncvField, "ncv", allowEmpty: true) {
            any = true
            raw.ncv = value
            raw.ncvUnit = parameterUnit(ncvUnitField, for: ncvField, "ncv_unit")
        }
        if densityField >= 0, let value = number(densityField, "density", allowEmpty: true) {
            any = true
            raw.density = value
            raw.densityUnit = parameterUnit(densityUnitField, for: densityField, "density_unit")
        }
        if !layout.methodColumns.isEmpty {
            methodScratch.removeAll(keepingCapacity: true)
            for (column, field) in zip(layout.methodColumns, layout.methodFields) {
                switch column.kind {
                case .text:
                    let text = fieldText(field)
                    if text.isEmpty {
                        methodScratch.append(RawParameters.absent)
                    } else {
                        any = true
                        methodScratch.append(Int64(Self.intern(text, &methodTexts, line: line)))
                    }
                case .number, .signedNumber:
                    guard let value = number(field, column.name, allowEmpty: true, allowNegative: column.kind == .signedNumber) else {
                        methodScratch.append(RawParameters.absent)
                        continue
                    }
                    if column.isFraction && value > 1 {
                        fail(field, "\(column.name) \(text(field)) is above 1; it is a fraction (\(column.meaning)), expected a share between 0 and 1")
                    }
                    any = true
                    methodScratch.append(Int64(bitPattern: value.bitPattern))
                }
            }
            raw.methodValues = methodScratch
        }
        guard any else { return 0 }
        if let existing = parameterIndex[raw] { return existing }
        let id = Int32(result.parameterSets.count)
        parameterIndex[raw] = id
        result.parameterSets.append(raw)
        return id
    }

    private mutating func parameterUnit(_ field: Int, for valueField: Int, _ name: String) -> Int32 {
        let (start, end) = bounds(field)
        guard start < end else {
            fail(field, "\(name) is empty but column \(valueField + 1) gives a value; expected its unit")
            return -1
        }
        return internUnit(field, what: name)
    }
}
