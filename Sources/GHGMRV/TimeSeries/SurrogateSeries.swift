import Foundation
import GHGCore

/// A surrogate statistic for gap filling (GRDP, population ...), IPCC 2006 Vol 1 Ch 5 Eq. 5.2:
/// a CSV file with the columns `year,value` (and optionally `name`), one year a row.
public struct SurrogateSeries: Sendable {
    /// What the statistic is (the `name` column, else the file name), for the outputs' notes.
    public let name: String
    public let values: [Int: Double]
    /// The file read, with its fingerprint; nil for a series made in code.
    public let file: InputFile?

    public init(name: String, values: [Int: Double], file: InputFile? = nil) {
        self.name = name
        self.values = values
        self.file = file
    }

    public static func read(path: String) throws(InputError) -> SurrogateSeries {
        let table = try CSVTable.read(path: path)
        guard let yearColumn = table.column("year"), let valueColumn = table.column("value") else {
            throw InputError(at: SourceLocation(file: path, line: 1), "a surrogate file has the columns year and value (and optionally name)")
        }
        var values: [Int: Double] = [:]
        var name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var diagnostics: [Diagnostic] = []
        for row in table.rows {
            let yearText = row.fields[yearColumn], valueText = row.fields[valueColumn]
            guard let year = Int(yearText), (1900...2100).contains(year) else {
                diagnostics.append(.error(at: SourceLocation(file: path, line: row.line, column: yearColumn + 1), "'\(yearText)' is not a year"))
                continue
            }
            guard let value = Double(valueText), value.isFinite, value > 0 else {
                diagnostics.append(.error(at: SourceLocation(file: path, line: row.line, column: valueColumn + 1), "'\(valueText)' is not a positive number"))
                continue
            }
            guard values[year] == nil else {
                diagnostics.append(.error(at: SourceLocation(file: path, line: row.line, column: yearColumn + 1), "\(year) is given twice"))
                continue
            }
            values[year] = value
            if let column = table.column("name"), !row.fields[column].isEmpty { name = row.fields[column] }
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        guard !values.isEmpty else { throw InputError(at: SourceLocation(file: path), "the surrogate file has no values") }
        return SurrogateSeries(name: name, values: values, file: InputFile(role: "surrogate", path: path, fingerprint: table.fingerprint))
    }
}
