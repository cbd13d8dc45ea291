import Foundation
import GHGCore

/// Reads factor folders into a `FactorLibrary`, checking every row.
///
/// A folder holds `activities.csv` (the vocabulary) and any number of factor files (every other
/// `*.csv`), all with the columns documented in `EmissionFactors/README.md`. User folders may add
/// activities and factors; their factors take precedence over the bundled ones.
public enum FactorLibraryLoader {
    /// The columns every factor file has.
    public static let factorColumns = [
        "id", "parameter", "activity", "category", "technology", "gas", "year", "value", "unit", "lower", "upper",
        "edition", "source", "table", "page", "note",
    ]
    /// The columns of `activities.csv`.
    public static let activityColumns = ["activity", "kind", "name_en", "name_vi", "aliases", "source"]

    /// Loads the bundled folder and then each user folder.
    /// - Throws: `InputError` with every problem found, each naming file, line and column.
    public static func load(bundled: String, user: [String] = [], edition: Edition = .default) throws(InputError)
        -> FactorLibrary
    {
        var activities: [ActivityDefinition] = []
        var factors: [Factor] = []
        var folders: [FactorLibraryFolder] = []
        var diagnostics: [Diagnostic] = []
        let tree = CategoryTree.ipcc2006
        for (path, layer) in [(bundled, FactorLayer.bundled)] + user.map({ ($0, FactorLayer.user) }) {
            let files: [String]
            do {
                files = try csvFiles(in: path)
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
                continue
            }
            if layer == .bundled, !files.contains("activities.csv") {
                diagnostics.append(.error(at: SourceLocation(file: path), "the factor library has no activities.csv; is this the EmissionFactors folder?"))
                continue
            }
            var hasher = FNV1a()
            let countBefore = factors.count
            // activities.csv first, so that factor files of the same folder can name new activities.
            for name in files.sorted(by: { ($0 != "activities.csv" ? 1 : 0, $0) < ($1 != "activities.csv" ? 1 : 0, $1) }) {
                let file = (path as NSString).appendingPathComponent(name)
                do {
                    let bytes = try FileBytes(path: file)
                    hasher.add(Array(name.utf8))
                    hasher.add(bytes.buffer)
                    let table = try CSVTable.parse(bytes.buffer, path: file)
                    if name == "activities.csv" {
                        try readActivities(table, into: &activities)
                    } else {
                        try readFactors(table, layer: layer, activities: activities, tree: tree, into: &factors)
                    }
                } catch {
                    diagnostics.append(contentsOf: error.diagnostics)
                }
            }
            folders.append(
                FactorLibraryFolder(
                    path: path, layer: layer, files: files.sorted(), factorCount: factors.count - countBefore,
                    fingerprint: hasher.hex))
        }
        checkUniqueIDs(factors, into: &diagnostics)
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return FactorLibrary(folders: folders, edition: edition, activities: activities, factors: factors)
    }

    static func csvFiles(in path: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(at: SourceLocation(file: path), "the factor folder does not exist")
        }
        guard isDirectory.boolValue else {
            throw InputError(at: SourceLocation(file: path), "is a file; expected a folder of factor CSV files")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw InputError(at: SourceLocation(file: path), "cannot list the factor folder")
        }
        return names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
    }

    static func requireColumns(_ table: CSVTable, _ columns: [String]) throws(InputError) {
        let missing = columns.filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw InputError(
                at: SourceLocation(file: table.path, line: 1),
                "missing column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")); a factor file has the columns \(columns.joined(separator: ","))")
        }
    }

    static func readActivities(_ table: CSVTable, into activities: inout [ActivityDefinition]) throws(InputError) {
        try requireColumns(table, activityColumns)
        var diagnostics: [Diagnostic] = []
        let col = activityColumns.map { table.column($0) ?? 0 }
        var known = Set(activities.flatMap { [$0.id] + $0.aliases })
        for row in table.rows {
            func at(_ i: Int) -> SourceLocation { SourceLocation(file: table.path, line: row.line, column: col[i] + 1) }
            let id = row.fields[col[0]]
            guard isIdentifier(id) else {
                diagnostics.append(.error(at: at(0), "activity id '\(id)' must be lower-case letters, digits and underscores"))
                continue
            }
            guard let kind = ActivityKind(rawValue: row.fields[col[1]]) else {
                diagnostics.append(.error(at: at(1), "unknown kind '\(row.fields[col[1]])'; expected one of \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            let aliases = row.fields[col[4]].split(separator: ";").map { String($0).trimmedASCIIWhitespace() }.filter { !$0.isEmpty }
            for name in [id] + aliases where known.contains(name) {
                diagnostics.append(.error(at: at(name == id ? 0 : 4), "'\(name)' already names another activity"))
            }
            known.formUnion([id] + aliases)
            if row.fields[col[5]].isEmpty {
                diagnostics.append(.error(at: at(5), "activity '\(id)' has no source"))
            }
            activities.append(
                ActivityDefinition(
                    id: id, kind: kind, nameEnglish: row.fields[col[2]], nameVietnamese: row.fields[col[3]], aliases: aliases,
                    source: row.fields[col[5]], location: SourceLocation(file: table.path, line: row.line)))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
    }

    static func readFactors(
        _ table: CSVTable, layer: FactorLayer, activities: [ActivityDefinition], tree: CategoryTree, into factors: inout [Factor]
    ) throws(InputError) {
        try requireColumns(table, factorColumns)
        let lookup = FactorLibrary(folders: [], edition: .default, activities: activities, factors: [])
        let col = Dictionary(uniqueKeysWithValues: factorColumns.map { ($0, table.column($0) ?? 0) })
        var diagnostics: [Diagnostic] = []
        for row in table.rows {
            func field(_ name: String) -> String { row.fields[col[name] ?? 0] }
            func at(_ name: String) -> SourceLocation { SourceLocation(file: table.path, line: row.line, column: (col[name] ?? 0) + 1) }
            let before = diagnostics.count
            func fail(_ name: String, _ message: String) { diagnostics.append(.error(at: at(name), message)) }

            let id = field("id")
            if id.isEmpty { fail("id", "the factor has no id") }
            let parameter = FactorParameter(rawValue: field("parameter"))
            if parameter == nil {
                fail("parameter", "unknown parameter '\(field("parameter"))'; expected one of \(FactorParameter.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let activity = lookup.activity(named: field("activity"))
            if activity == nil { fail("activity", "unknown activity '\(field("activity"))'; add it to activities.csv") }
            let categories = field("category").split(separator: ";").map { String($0).trimmedASCIIWhitespace() }.filter { !$0.isEmpty }
            for code in categories where tree.index(of: code) == nil || tree[tree.index(of: code) ?? 0].code != code {
                fail("category", "unknown IPCC 2006 category code '\(code)'")
            }
            let technology = field("technology").isEmpty ? nil : field("technology")
            var gas: Gas?
            if !field("gas").isEmpty {
                gas = Gas(name: field("gas"))
                if gas == nil { fail("gas", "unknown gas '\(field("gas"))'; expected one of \(Gas.allCases.map(\.rawValue).joined(separator: ", "))") }
            }
            if let parameter, parameter.namesGas, gas == nil, field("gas").isEmpty { fail("gas", "a factor of parameter \(parameter.rawValue) must name its gas") }
            if let parameter, !parameter.namesGas, gas != nil {
                fail("gas", "only emission factors (ef) and blend components (component_fraction) name a gas")
            }
            var year: Int?
            if !field("year").isEmpty {
                year = Int(field("year"))
                if year == nil { fail("year", "year '\(field("year"))' is not a whole number") }
            }
            let value = Double(field("value"))
            if value == nil || !(value ?? .nan).isFinite || (value ?? -1) < 0 {
                fail("value", "value '\(field("value"))' is not a non-negative number")
            }
            var unit: MeasureUnit?
            do {
                unit = try Units.parse(field("unit"))
            } catch {
                fail("unit", error.message)
            }
            if let parameter, let unit, !parameter.accepts(unit) {
                fail("unit", "unit '\(unit.symbol)' (\(unit.dimension)) does not fit parameter \(parameter.rawValue); expected \(parameter.expectedDimension)")
            }
            if let parameter, parameter.isFraction, let value, value > 1 {
                fail("value", "value \(field("value")) of \(parameter.rawValue) is a fraction above 1; expected a share between 0 and 1")
            }
            func bound(_ name: String) -> Double? {
                guard !field(name).isEmpty else { return nil }
                guard let number = Double(field(name)), number.isFinite else {
                    fail(name, "\(name) '\(field(name))' is not a number")
                    return nil
                }
                return number
            }
            let lower = bound("lower"), upper = bound("upper")
            if let lower, let value, lower > value { fail("lower", "lower bound \(field("lower")) is above the value \(field("value"))") }
            if let upper, let value, upper < value { fail("upper", "upper bound \(field("upper")) is below the value \(field("value"))") }
            var edition: Edition?
            if !field("edition").isEmpty {
                edition = Edition(name: field("edition"))
                if edition == nil { fail("edition", "unknown edition '\(field("edition"))'; expected 2006 or 2019") }
            }
            if field("source").isEmpty { fail("source", "factor '\(id)' has no source: every factor names where it comes from") }
            guard diagnostics.count == before, let parameter, let activity, let value, let unit else { continue }
            factors.append(
                Factor(
                    id: id, parameter: parameter, activity: activity, categories: categories, technology: technology, gas: gas,
                    year: year, value: value, unit: unit, lower: lower, upper: upper, edition: edition, source: field("source"),
                    table: field("table"), page: field("page"), note: field("note"), layer: layer,
                    location: SourceLocation(file: table.path, line: row.line)))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
    }

    static func checkUniqueIDs(_ factors: [Factor], into diagnostics: inout [Diagnostic]) {
        var seen: [String: SourceLocation] = [:]
        for factor in factors {
            if let first = seen[factor.id] {
                diagnostics.append(.error(at: factor.location, "factor id '\(factor.id)' is already used at \(first)"))
            } else {
                seen[factor.id] = factor.location
            }
        }
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

/// FNV-1a, 64-bit: a small, stable hash for fingerprints (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
