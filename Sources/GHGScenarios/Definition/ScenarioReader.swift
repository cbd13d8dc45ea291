import Foundation
import GHGCore
import GHGFactors

/// Reads a scenario file (JSON) into a checked `ScenarioDefinition`.
///
/// Two steps, because the factor library a scenario uses depends on its `base` part (edition,
/// user factor folders): `readBase` first, then the library is loaded, then `read` checks the
/// categories and activities the rest names against it. Every mistake is an `InputError` at the
/// JSON path (and line and column) of the value to fix.
public enum ScenarioReader {
    /// The format name a file may state in `"format"`.
    public static let formatName = "ghg-scenario/1"

    static let topKeys = [
        "format", "id", "name", "model", "region", "description", "base", "horizon", "report_years", "drivers", "bau", "additions", "factor_paths",
        "measures", "targets", "note",
    ]

    /// Reads the `base` part of a parsed scenario; its paths resolve against the folder of `root.file`.
    /// With `reuse`, an unchanged `base` is taken from the earlier reading.
    public static func readBase(root: JSONCursor, reusing reuse: ScenarioReuse? = nil) throws(InputError) -> (root: JSONCursor, base: BaseInventorySpec) {
        let file = root.file
        guard root.isObject else { throw root.error("a scenario file is a JSON object, found \(root.node.kindDescription)") }
        if let format = try root.member("format") {
            let name = try format.string()
            guard name != "ghg-batch/1" else { throw format.error("this is a batch file: run it with `ghg batch \(file) --out DIR`") }
            guard name == formatName else { throw format.error("this tool reads \"\(formatName)\"; found \"\(name)\"") }
        }
        try root.checkKeys(topKeys)
        if let reuse, reuse.isUnchanged("base") { return (root, reuse.previous.base) }
        let folder = (file as NSString).deletingLastPathComponent
        let base = try BaseInventorySpec.decode(try root.required("base", "the base inventory: {\"year\": 2014, \"activity\": \"file.csv\"}"), folder: folder)
        return (root, base)
    }

    /// Reads the rest of the scenario, with the library its base part chose. With `reuse` (and
    /// the same `base`), the parts no parameter changed are taken from the earlier reading.
    public static func read(
        root: JSONCursor, base: BaseInventorySpec, library: FactorLibrary, reusing reuse: ScenarioReuse? = nil
    ) throws(InputError) -> ScenarioDefinition {
        // Parts are decoded against the base year, the horizon and the library: with any of
        // them changed, nothing is reused.
        let reuse = reuse.flatMap { $0.isUnchanged("base") && $0.isUnchanged("horizon") ? $0 : nil }
        let horizonCursor = try root.required("horizon", "the last projected year, such as 2030")
        let horizon = try horizonCursor.year()
        guard horizon > base.year else { throw horizonCursor.error("the horizon \(horizon) must be after the base year \(base.year)") }
        let id = try root.member("id")?.string() ?? ((root.file as NSString).lastPathComponent as NSString).deletingPathExtension

        let reportYears = try reportYears(root, baseYear: base.year, horizon: horizon)

        var drivers: [DriverSpec] = []
        if let list = try root.member("drivers") {
            for (name, value) in try list.members() {
                drivers.append(
                    try reuse.part("drivers", .key(name), value, \.drivers) { () throws(InputError) in
                        try DriverSpec.decode(value, name: name, horizon: horizon)
                    })
            }
        }
        var rules: [GrowthRule] = []
        var bauLocation = root.location
        if let list = try root.member("bau") {
            bauLocation = list.location
            for (index, element) in try list.elements().enumerated() {
                let rule =
                    try reuse.part("bau", .index(index), element, \.bauRules) { () throws(InputError) in try GrowthRule.decode(element, baseYear: base.year, horizon: horizon, library: library) }
                if case .elasticity(let driver, _, _) = rule.kind, !drivers.contains(where: { $0.name == driver }) {
                    throw (try element.member("driver") ?? element).error(
                        "unknown driver \"\(driver)\"; the drivers are \(drivers.isEmpty ? "none ($.drivers is empty)" : drivers.map(\.name).joined(separator: ", "))")
                }
                rules.append(rule)
            }
        }
        var additions: [AdditionSpec] = []
        if let list = try root.member("additions") {
            for (index, element) in try list.elements().enumerated() {
                let addition =
                    try reuse.part("additions", .index(index), element, \.additions) { () throws(InputError) in try AdditionSpec.decode(element, baseYear: base.year, horizon: horizon, library: library) }
                if let first = additions.first(where: { $0.id == addition.id }) {
                    throw (try element.member("id") ?? element).error("the addition id \"\(addition.id)\" is also used at \(first.path)")
                }
                additions.append(addition)
            }
        }
        var paths: [FactorPath] = []
        if let list = try root.member("factor_paths") {
            for (index, element) in try list.elements().enumerated() {
                paths.append(
                    try reuse.part("factor_paths", .index(index), element, \.factorPaths) { () throws(InputError) in try FactorPath.decode(element, horizon: horizon, library: library) })
            }
        }
        var voluntary: [MeasureSpec] = []
        var conditional: [MeasureSpec] = []
        var seenMeasures: [String: String] = [:]
        if let list = try root.member("measures") {
            for (index, element) in try list.elements().enumerated() {
                let measure =
                    try reuse.part("measures", .index(index), element, \.measures) { () throws(InputError) in try MeasureSpec.decode(element, library: library) }
                if let first = seenMeasures[measure.id] {
                    throw (try element.member("id") ?? element).error("the measure id \"\(measure.id)\" is also used at \(first)")
                }
                seenMeasures[measure.id] = measure.path
                if let cost = measure.cost, !(base.year...horizon).contains(cost.investmentYear) {
                    throw InputError(
                        at: cost.location,
                        "the investment year \(cost.investmentYear) is outside the projection \(base.year)-\(horizon)")
                }
                if let start = measure.ramp.start, start <= base.year {
                    throw InputError(
                        at: measure.ramp.location,
                        "the measure starts in \(start), not after the base year \(base.year): the base year is the inventory as it was; start the ramp in \(base.year + 1) or later")
                }
                if measure.tier == .voluntary { voluntary.append(measure) } else { conditional.append(measure) }
            }
        }
        var targets: [TargetSpec] = []
        if let list = try root.member("targets") {
            for (index, element) in try list.elements().enumerated() {
                let target =
                    try reuse.part("targets", .index(index), element, \.targets) { () throws(InputError) in try TargetSpec.decode(element, baseYear: base.year, horizon: horizon, library: library) }
                if let first = targets.first(where: { $0.id == target.id }) {
                    throw (try element.member("id") ?? element).error("the target id \"\(target.id)\" is also used at \(first.path)")
                }
                if case .intensity = target.kind, !drivers.contains(where: { $0.name == "grdp" }) {
                    throw element.error("an intensity target needs GRDP: add $.drivers.grdp with values at constant prices")
                }
                targets.append(target)
            }
        }
        return ScenarioDefinition(
            file: root.file, id: id, name: try root.member("name")?.string() ?? id, model: try root.member("model")?.string() ?? "ghg",
            region: try root.member("region")?.string() ?? "", description: try root.member("description")?.string() ?? "", base: base,
            horizon: horizon, reportYears: reportYears, drivers: drivers, bauRules: rules, bauLocation: bauLocation, additions: additions, factorPaths: paths,
            measures: voluntary + conditional, targets: targets)
    }

    /// The years a scenario reports: `report_years` (a list, or `{"every": 5}`), by default every
    /// year from the base year to the horizon.
    static func reportYears(_ root: JSONCursor, baseYear: Int, horizon: Int) throws(InputError) -> [Int] {
        var reportYears = Array(baseYear...horizon)
        if let years = try root.member("report_years") {
            if years.isObject {
                try years.checkKeys(["every"])
                let every = try years.required("every", "a step in years, such as 5").int()
                guard every > 0 else { throw years.error("\"every\" must be at least 1") }
                reportYears = Array(stride(from: baseYear, through: horizon, by: every))
                if reportYears.last != horizon { reportYears.append(horizon) }
            } else {
                reportYears = []
                for element in try years.elements() {
                    let year = try element.year()
                    guard (baseYear...horizon).contains(year) else {
                        throw element.error("\(year) is outside the projection \(baseYear)-\(horizon)")
                    }
                    guard !reportYears.contains(year) else { throw element.error("\(year) is listed twice") }
                    reportYears.append(year)
                }
                reportYears.sort()
                guard !reportYears.isEmpty else { throw years.error("expected at least one year") }
            }
        }
        return reportYears
    }

    /// The base year, horizon and report years of a parsed scenario, read without a factor library
    /// (for a batch, whose IAMC columns must be known before any run).
    public static func years(root: JSONCursor) throws(InputError) -> (base: Int, horizon: Int, report: [Int]) {
        let base = try root.required("base", "the base inventory").required("year", "the base year").year()
        let horizonCursor = try root.required("horizon", "the last projected year, such as 2030")
        let horizon = try horizonCursor.year()
        guard horizon > base else { throw horizonCursor.error("the horizon \(horizon) must be after the base year \(base)") }
        return (base, horizon, try reportYears(root, baseYear: base, horizon: horizon))
    }
}
