import GHGCore
import GHGFactors

/// Reads the fuel supply file of the Reference Approach (CSV, see docs/qaqc.md):
///
/// ```
/// year,activity,unit,production,imports,exports,international_bunkers,stock_change,excluded_carbon_t,source
/// 2022,other_bituminous_coal,kt,0,1650,0,0,20,,customs statistics
/// ```
///
/// Empty numbers are 0; `excluded_carbon_t` is the carbon stored in products, t C.
extension ReferenceApproach {
    static let columns = [
        "year", "activity", "unit", "production", "imports", "exports", "international_bunkers", "stock_change", "excluded_carbon_t", "source", "note",
    ]

    public static func read(path: String, library: FactorLibrary) throws(InputError) -> ReferenceApproach {
        let table = try CSVTable.read(path: path)
        var diagnostics: [Diagnostic] = []
        for (index, name) in table.header.enumerated() where !columns.contains(name) {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: index + 1), "unknown column '\(name)'; expected \(columns.joined(separator: ", "))"))
        }
        for name in ["year", "activity", "unit"] where table.column(name) == nil {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1), "missing column '\(name)'"))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        var supplies: [Supply] = []
        for row in table.rows {
            func at(_ name: String) -> SourceLocation { SourceLocation(file: path, line: row.line, column: (table.column(name) ?? 0) + 1) }
            func text(_ name: String) -> String { table.column(name).map { row.fields[$0] } ?? "" }
            func number(_ name: String, allowNegative: Bool = false) -> Double {
                let value = text(name)
                if value.isEmpty { return 0 }
                guard let number = Double(value), number.isFinite, allowNegative || number >= 0 else {
                    diagnostics.append(.error(at: at(name), "\(name) '\(value)' is not \(allowNegative ? "a number" : "a number of zero or more")"))
                    return 0
                }
                return number
            }
            guard let year = Int(text("year")), (1900...2100).contains(year) else {
                diagnostics.append(.error(at: at("year"), "'\(text("year"))' is not a year between 1900 and 2100"))
                continue
            }
            guard let activity = library.activity(named: text("activity")) else {
                diagnostics.append(.error(at: at("activity"), "unknown activity '\(text("activity"))' (see `ghg factors --activities`)"))
                continue
            }
            guard library.activities[activity].kind == .fossilFuel else {
                diagnostics.append(
                    .error(
                        at: at("activity"),
                        "\(library.activities[activity].id) is not a fossil fuel: the Reference Approach counts the CO2 of fossil fuels"
                            + (library.activities[activity].kind == .biomassFuel ? " (biomass CO2 is a memo item)" : "")))
                continue
            }
            let unit: MeasureUnit
            do throws(UnitError) {
                unit = try Units.parse(text("unit"))
            } catch {
                diagnostics.append(.error(at: at("unit"), error.message))
                continue
            }
            guard unit.dimension == Units.t.dimension || unit.dimension == Units.TJ.dimension else {
                diagnostics.append(.error(at: at("unit"), "the supply is a mass (t, kt) or an energy (TJ); found \(unit.symbol)"))
                continue
            }
            supplies.append(
                Supply(
                    year: year, activity: activity, activityID: library.activities[activity].id, unit: unit, production: number("production"),
                    imports: number("imports"), exports: number("exports"), internationalBunkers: number("international_bunkers"),
                    stockChange: number("stock_change", allowNegative: true), excludedCarbonTonnes: number("excluded_carbon_t"),
                    location: SourceLocation(file: path, line: row.line)))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return ReferenceApproach(supplies: supplies, file: InputFile(role: "reference", path: path, fingerprint: table.fingerprint))
    }
}
