import GHGCore
import GHGFactors

/// Lists factors of the library (for `ghg factors`) as a table, CSV or JSON.
public enum FactorListReport {
    public static func table(_ factors: [Factor], library: FactorLibrary) -> String {
        var rows: [[String]] = [["id", "parameter", "activity", "gas", "category", "technology", "year", "value", "unit", "95% range", "table"]]
        for factor in factors {
            let range = factor.lower != nil || factor.upper != nil
                ? "\(factor.lower.map(NumberFormat.machine) ?? "?")-\(factor.upper.map(NumberFormat.machine) ?? "?")" : ""
            rows.append([
                factor.id, factor.parameter.rawValue, library.activities[factor.activity].id, factor.gas?.rawValue ?? "",
                factor.categories.joined(separator: ";"), factor.technology ?? "", factor.year.map(String.init) ?? "",
                NumberFormat.machine(factor.value), factor.unit.symbol, range,
                [factor.table, factor.layer == .user ? "user: \(factor.location)" : ""].filter { !$0.isEmpty }.joined(separator: ", "),
            ])
        }
        var out = "Factor library: \(library.summary)\n\(factors.count) factor\(factors.count == 1 ? "" : "s")\n"
        out += align(rows)
        return out
    }

    public static func csv(_ factors: [Factor], library: FactorLibrary) -> String {
        var writer = CSVWriter(header: FactorLibraryLoader.factorColumns + ["layer", "file", "line"])
        for factor in factors {
            writer.row([
                factor.id, factor.parameter.rawValue, library.activities[factor.activity].id, factor.categories.joined(separator: ";"),
                factor.technology ?? "", factor.gas?.rawValue ?? "", factor.year.map(String.init) ?? "", NumberFormat.machine(factor.value),
                factor.unit.symbol, factor.lower.map(NumberFormat.machine) ?? "", factor.upper.map(NumberFormat.machine) ?? "",
                factor.edition?.rawValue ?? "", factor.source, factor.table, factor.page, factor.note,
                factor.layer == .user ? "user" : "bundled", factor.location.file, factor.location.line.map(String.init) ?? "",
            ])
        }
        return writer.text
    }

    public static func json(_ factors: [Factor], library: FactorLibrary) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("library", library.summary)
        json.beginArray("factors")
        for factor in factors {
            json.beginObject()
            json.string("id", factor.id)
            json.string("parameter", factor.parameter.rawValue)
            json.string("activity", library.activities[factor.activity].id)
            json.beginArray("categories")
            for code in factor.categories { json.string(nil, code) }
            json.endArray()
            json.optionalString("technology", factor.technology)
            json.optionalString("gas", factor.gas?.rawValue)
            if let year = factor.year { json.int("year", year) } else { json.null("year") }
            json.number("value", factor.value)
            json.string("unit", factor.unit.symbol)
            json.optionalNumber("lower", factor.lower)
            json.optionalNumber("upper", factor.upper)
            json.optionalString("edition", factor.edition?.rawValue)
            json.string("source", factor.source)
            json.string("table", factor.table)
            json.string("page", factor.page)
            json.string("note", factor.note)
            json.string("layer", factor.layer == .user ? "user" : "bundled")
            json.string("file", factor.location.file)
            json.int("line", factor.location.line ?? 0)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    /// The activity vocabulary as a table.
    public static func activities(_ library: FactorLibrary) -> String {
        var rows: [[String]] = [["activity", "kind", "name", "tên (tiếng Việt)", "aliases"]]
        for activity in library.activities {
            rows.append([activity.id, activity.kind.rawValue, activity.nameEnglish, activity.nameVietnamese, activity.aliases.joined(separator: " ")])
        }
        return align(rows)
    }

    static func align(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "  ").replacingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}
