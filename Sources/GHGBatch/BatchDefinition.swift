import Foundation
import GHGCore
import GHGReports

/// A batch file (`ghg-batch/1`): the runs of one `ghg batch`, either a list of scenario files or
/// one base scenario and a sweep of parameters, each setting values in the scenario at JSON paths.
public struct BatchDefinition: Sendable {
    /// A swept parameter: its name (a column of the outputs), the paths it sets, and its values.
    public struct Parameter: Sendable {
        public var name: String
        public var paths: [JSONPath]
        public var values: [JSONNode.Value]
        public var location: SourceLocation
    }

    public var file: String
    public var id: String
    /// The scenario files, resolved against the batch file's folder: one base for a sweep.
    public var scenarios: [String]
    /// The scenario files as the batch file names them (relative to its folder): run ids are made
    /// from these, so they do not depend on where the batch is run from.
    public var scenarioNames: [String]
    public var parameters: [Parameter]
    /// For `"combine": "rows"`: the parameter sets, one per run, each aligned with `parameters`.
    public var rows: [[JSONNode.Value]]?
    /// The file the rows come from.
    public var rowsFile: String?
    /// The variables to write (IAMC names, a prefix ending in `|*` selects a family); `nil` for all.
    public var variables: [String]?
}

extension BatchDefinition {
    public static let formatName = "ghg-batch/1"

    /// Reads and checks a batch file.
    public static func read(file: String) throws(InputError) -> BatchDefinition {
        let root = JSONCursor(root: try JSONParser.parse(contentsOf: file), file: file)
        guard root.isObject else { throw root.error("a batch file is a JSON object, found \(root.node.kindDescription)") }
        if root.has("base") || root.has("measures") || root.has("horizon") {
            throw root.error("this is a scenario file: run it with `ghg scenario \(file)`, or name it as the \"scenario\" of a batch file")
        }
        try root.checkKeys(["format", "id", "scenario", "scenarios", "parameters", "combine", "rows", "variables", "note"])
        if let format = try root.member("format") {
            let name = try format.string()
            guard name == formatName else { throw format.error("this tool reads \"\(formatName)\"; found \"\(name)\"") }
        }
        let folder = (file as NSString).deletingLastPathComponent
        func resolve(_ name: String) -> String {
            BatchDefinition.normalized(name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name))
        }
        let id = try root.member("id")?.string() ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var scenarios: [String] = []
        var scenarioNames: [String] = []
        if let list = try root.member("scenarios") {
            guard !root.has("scenario") else { throw list.error("give either \"scenario\" (one base, swept) or \"scenarios\" (a list), not both") }
            guard !root.has("parameters") else { throw list.error("a list of scenarios takes no \"parameters\"; sweep one base \"scenario\" instead") }
            for element in try list.elements() {
                let name = try element.string()
                guard !scenarioNames.contains(name) else { throw element.error("\(name) is listed twice") }
                scenarioNames.append(name)
                scenarios.append(resolve(name))
            }
            guard !scenarios.isEmpty else { throw list.error("expected at least one scenario file") }
        } else {
            let name = try root.required("scenario", "the base scenario file of the sweep").string()
            scenarioNames = [name]
            scenarios = [resolve(name)]
        }

        var parameters: [Parameter] = []
        let combine = try root.member("combine")?.oneOf(["cross", "rows"]) ?? "cross"
        if let list = try root.member("parameters") {
            for element in try list.elements() {
                try element.checkKeys(["name", "set", "values", "range", "note"])
                let nameCursor = try element.required("name", "the parameter's name, a column of the outputs")
                let name = try nameCursor.string()
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
                    throw nameCursor.error("a parameter name is letters, digits, '_' and '-'; found \"\(name)\"")
                }
                guard !parameters.contains(where: { $0.name == name }) else { throw nameCursor.error("the parameter \"\(name)\" is defined twice") }
                var paths: [JSONPath] = []
                for pathCursor in try element.required("set", "the JSON path or paths in the scenario it sets, such as \"$.measures[0].percent\"").elementsOrSingle() {
                    let text = try pathCursor.string()
                    guard let path = JSONPath(text) else {
                        throw pathCursor.error("\"\(text)\" is not a JSON path such as $.measures[0].percent or $.bau[0].amounts.values[\"2030\"]")
                    }
                    if let first = path.steps.first, case .key(let key) = first, ["horizon", "report_years", "id"].contains(key) {
                        throw pathCursor.error("a sweep cannot change \"\(key)\": every run reports the same years under its own run id")
                    }
                    if path.steps.count >= 2, case .key("base") = path.steps[0], case .key("year") = path.steps[1] {
                        throw pathCursor.error("a sweep cannot change the base year: every run reports the same years")
                    }
                    paths.append(path)
                }
                var values: [JSONNode.Value] = []
                if let list = try element.member("values") {
                    guard !element.has("range") else { throw list.error("give either \"values\" or \"range\", not both") }
                    values = try list.elements().map { value throws(InputError) in
                        guard value.isNumber || value.isString || value.node.value == .bool(true) || value.node.value == .bool(false) else {
                            throw value.error("a parameter value is a number, a string or true/false; found \(value.node.kindDescription)")
                        }
                        return value.node.value
                    }
                } else if let range = try element.member("range") {
                    try range.checkKeys(["from", "to", "step"])
                    let from = try range.required("from", "the first value").double()
                    let to = try range.required("to", "the last value").double()
                    let stepCursor = try range.required("step", "the step between values")
                    let step = try stepCursor.double()
                    guard step > 0 else { throw stepCursor.error("the step must be positive, found \(step)") }
                    guard to >= from else { throw range.error("the range goes backwards: from \(from) to \(to)") }
                    let count = Int(((to - from) / step * (1 + 1e-12)).rounded(.down)) + 1
                    guard count <= 1_000_000 else { throw range.error("the range has \(count) values; at most 1,000,000") }
                    values = (0..<count).map { index in
                        // Rounded to 12 significant digits: 0.1 x 3 is 0.3, not 0.30000000000000004.
                        let value = Double(String(format: "%.12g", from + Double(index) * step)) ?? from
                        return .number(value, text: NumberFormat.machine(value))
                    }
                } else if combine == "cross" {
                    throw element.error("missing key \"values\" or \"range\" (the parameter's values)")
                }
                if combine == "rows", element.has("values") || element.has("range") {
                    throw element.error("with \"combine\": \"rows\" the values come from the rows file; remove \"values\" and \"range\"")
                }
                if combine == "cross", values.isEmpty { throw element.error("expected at least one value") }
                parameters.append(Parameter(name: name, paths: paths, values: values, location: element.location))
            }
        }

        var rows: [[JSONNode.Value]]?
        var rowsFile: String?
        if combine == "rows" {
            let rowsCursor = try root.required("rows", "the CSV file of parameter sets, one run a row, a column per parameter")
            rowsFile = resolve(try rowsCursor.string())
            rows = try readRows(resolve(try rowsCursor.string()), shownAs: try rowsCursor.string(), parameters: parameters, at: rowsCursor)
        } else if let rowsCursor = try root.member("rows") {
            throw rowsCursor.error("\"rows\" goes with \"combine\": \"rows\"")
        }

        var variables: [String]?
        if let list = try root.member("variables") {
            if list.isString {
                guard try list.string() == "all" else { throw list.error("expected \"all\" or a list of variable names") }
            } else {
                variables = try list.elements().map { element throws(InputError) in try element.string() }
            }
        }
        return BatchDefinition(
            file: file, id: id, scenarios: scenarios, scenarioNames: scenarioNames, parameters: parameters, rows: rows, rowsFile: rowsFile,
            variables: variables)
    }

    /// `a/b/../c` as `a/c`, `./a` as `a`: file names in messages do not depend on how they were reached.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Reads a CSV of parameter sets: a header naming the parameters, then one run a row.
    static func readRows(_ path: String, shownAs name: String, parameters: [Parameter], at cursor: JSONCursor) throws(InputError) -> [[JSONNode.Value]] {
        guard FileManager.default.fileExists(atPath: path) else { throw cursor.error("cannot find the parameter file \(name)") }
        let table = try CSVTable.read(path: path)
        let columns = parameters.map { parameter in table.header.firstIndex(of: parameter.name) }
        for (index, column) in columns.enumerated() where column == nil {
            throw InputError(at: SourceLocation(file: name, line: 1), "no column \"\(parameters[index].name)\" for the parameter of that name")
        }
        for (column, header) in table.header.enumerated() where !parameters.contains(where: { $0.name == header }) {
            throw InputError(at: SourceLocation(file: name, line: 1, column: column + 1), "the column \"\(header)\" is not a parameter of the batch")
        }
        guard !table.rows.isEmpty else { throw InputError(at: SourceLocation(file: name, line: 2), "the file has no parameter sets") }
        return table.rows.map { row in
            columns.map { column in
                let text = column.map { $0 < row.fields.count ? row.fields[$0] : "" } ?? ""
                if let number = Double(text), number.isFinite { return .number(number, text: text) }
                if text == "true" || text == "false" { return .bool(text == "true") }
                return .string(text)
            }
        }
    }
}
