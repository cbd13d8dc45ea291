import GHGCore

/// Which field of a record holds which column, as read from the header line.
struct ColumnLayout: Sendable {
    /// Field index of each column, or -1 when the file does not have it.
    var field: [Int]
    var delimiter: UInt8
    var fieldCount: Int
    /// The file has at least one of the parameter-override columns.
    var hasParameterColumns: Bool
    /// The sector methods' columns the file has, and their field indices.
    var methodColumns: [MethodColumn] = []
    var methodFields: [Int] = []

    @inline(__always) func index(_ column: ActivityColumn) -> Int { field[ColumnLayout.slot(column)] }

    static func slot(_ column: ActivityColumn) -> Int { ActivityColumn.allCases.firstIndex(of: column) ?? 0 }
}

/// The header line of an activity file, checked: required columns present, none repeated.
struct ActivityHeader: Sendable {
    let fileName: String
    let layout: ColumnLayout
    /// 1-based column number of each column present.
    let columnNumbers: [ActivityColumn: Int]
    /// 1-based column number of each method column present, by name.
    let methodColumnNumbers: [String: Int]
    let bodyStart: Int
    let bodyFirstLine: Int
    let warnings: [Diagnostic]

    /// - Parameters:
    ///   - extraColumns: columns the caller reads itself (a facility report's `declared_co2e_t`):
    ///     not warned about.
    ///   - aliases: other names of activity columns (`facility_id` for `region`).
    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String, extraColumns: Set<String> = [], aliases: [String: ActivityColumn] = [:]) throws(InputError) {
        self.fileName = fileName
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let requiredList = ActivityColumn.required.map(\.rawValue).joined(separator: ",")
        // The delimiter: a comma, or a semicolon or tab if the first line has no comma
        // (spreadsheets set to a European locale save with semicolons).
        var delimiter = UInt8(ascii: ",")
        var lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let firstLine = bytes[start..<lineEnd]
        if !firstLine.contains(UInt8(ascii: ",")) {
            if firstLine.contains(UInt8(ascii: ";")) { delimiter = UInt8(ascii: ";") } else if firstLine.contains(UInt8(ascii: "\t")) { delimiter = UInt8(ascii: "\t") }
        }
        var scanner = CSVScanner(bytes: bytes, range: start..<bytes.count, delimiter: delimiter)
        var fields: [CSVField] = []
        let hasHeader: Bool
        do {
            hasHeader = try scanner.nextRecord(into: &fields)
        } catch {
            throw InputError(at: SourceLocation(file: fileName, line: error.line, column: error.column), error.message)
        }
        guard hasHeader else {
            throw InputError(
                at: SourceLocation(file: fileName, line: 1),
                "the file is empty; expected a header line with at least the columns \(requiredList)")
        }
        let headerLine = scanner.recordLine
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var field = Array(repeating: -1, count: ActivityColumn.allCases.count)
        var numbers: [ActivityColumn: Int] = [:]
        var methodNumbers: [String: Int] = [:]
        var methodColumns: [MethodColumn] = []
        var methodFields: [Int] = []
        for (index, raw) in fields.enumerated() {
            let name = scanner.string(raw).lowercased()
            let location = SourceLocation(file: fileName, line: headerLine, column: index + 1)
            if let method = MethodColumn.named(name) {
                if let first = methodNumbers[name] {
                    diagnostics.append(.error(at: location, "column '\(name)' appears twice in the header (columns \(first) and \(index + 1))"))
                    continue
                }
                methodNumbers[name] = index + 1
                methodColumns.append(method)
                methodFields.append(index)
                continue
            }
            guard let column = ActivityColumn(rawValue: name) ?? aliases[name] else {
                if extraColumns.contains(name) { continue }
                if name.isEmpty {
                    warnings.append(.warning(at: location, "a column without a name is ignored"))
                } else {
                    warnings.append(.warning(at: location, "column '\(name)' is not an activity-data column and is ignored (known: \(ActivityColumn.allCases.map(\.rawValue).joined(separator: ", ")), and the method columns of docs/activity-data.md)"))
                }
                continue
            }
            if let first = numbers[column] {
                diagnostics.append(.error(at: location, "column '\(name)' appears twice in the header (columns \(first) and \(index + 1))"))
                continue
            }
            numbers[column] = index + 1
            field[ColumnLayout.slot(column)] = index
        }
        let missing = ActivityColumn.required.filter { numbers[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(
                .error(
                    at: SourceLocation(file: fileName, line: headerLine),
                    "missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")); an activity file has at least the columns \(requiredList)"))
        }
        for (value, unit) in [(ActivityColumn.efCO2, ActivityColumn.efUnit), (.efCH4, .efUnit), (.efN2O, .efUnit), (.ncv, .ncvUnit), (.density, .densityUnit)]
        where numbers[value] != nil && numbers[unit] == nil {
            diagnostics.append(.error(at: SourceLocation(file: fileName, line: headerLine, column: numbers[value]), "column '\(value.rawValue)' needs a '\(unit.rawValue)' column giving its unit"))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        let parameterColumns: [ActivityColumn] = [.efCO2, .efCH4, .efN2O, .ncv, .density]
        layout = ColumnLayout(
            field: field, delimiter: delimiter, fieldCount: fields.count,
            hasParameterColumns: parameterColumns.contains { numbers[$0] != nil } || !methodColumns.isEmpty,
            methodColumns: methodColumns, methodFields: methodFields)
        columnNumbers = numbers
        methodColumnNumbers = methodNumbers
        bodyStart = scanner.position
        bodyFirstLine = scanner.line
        self.warnings = warnings
    }
}
