import Foundation
import GHGActivity
import GHGCore
import GHGFactors

/// A facility's greenhouse-gas report as submitted under Decree 06/2022/ND-CP, in the tidy CSV
/// of docs/verification.md: an activity file (the columns of docs/activity-data.md) whose rows also name
/// the facility and the emissions it declares for the row:
///
/// ```
/// facility_id,facility_name,sector,year,category,activity,amount,unit,declared_co2e_t,source
/// F001,Cement plant A,industry,2024,1.A.2.f,other_bituminous_coal,50,kt,118000,plant fuel log
/// F001,Cement plant A,industry,2024,1.A.2.f,electricity,60,GWh,39700,EVN bills
/// ```
///
/// `facility_id` plays the part of `region`, so the inventory keeps facilities apart.
public struct FacilityReport: Sendable {
    /// One row's facility and declaration.
    public struct Row: Sendable {
        public let line: Int
        public let facility: String
        public let name: String
        public let sector: String
        public let year: Int
        public let category: Int
        public let activityID: String
        /// The emissions the facility declares for the row, t CO2e; nil when the row gives none.
        public let declaredCO2e: Double?
    }

    public let file: String
    public let rows: [Row]
    /// The report's activity records, read by the activity parser.
    public let dataset: ActivityDataset

    static let extraColumns: Set<String> = ["facility_name", "sector", "declared_co2e_t"]

    public static func read(path: String, library: FactorLibrary) throws(InputError) -> FacilityReport {
        var parser = ActivityDataParser(library: library)
        parser.extraColumns = extraColumns
        parser.columnAliases = ["facility_id": .region]
        let table = try CSVTable.read(path: path)
        guard let idColumn = table.column("facility_id") else {
            throw InputError(at: SourceLocation(file: path, line: 1), "a facility report has a 'facility_id' column (see docs/verification.md)")
        }
        if table.column("region") != nil {
            throw InputError(at: SourceLocation(file: path, line: 1, column: (table.column("region") ?? 0) + 1), "a facility report names facilities in 'facility_id', not 'region'")
        }
        let dataset = try parser.parse(file: path)
        let tree = CategoryTree.ipcc2006
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        func field(_ row: CSVTable.Row, _ name: String) -> String { table.column(name).map { row.fields[$0] } ?? "" }
        for row in table.rows {
            let facility = row.fields[idColumn]
            guard !facility.isEmpty else {
                diagnostics.append(.error(at: SourceLocation(file: path, line: row.line, column: idColumn + 1), "facility_id is empty"))
                continue
            }
            var declared: Double?
            let text = field(row, "declared_co2e_t")
            if !text.isEmpty {
                if let value = Double(text), value.isFinite, value >= 0 {
                    declared = value
                } else {
                    diagnostics.append(
                        .error(at: SourceLocation(file: path, line: row.line, column: (table.column("declared_co2e_t") ?? 0) + 1), "declared_co2e_t '\(text)' is not a number of zero or more"))
                }
            }
            // Notation-key rows declare nothing to compare; the parser has checked the rest.
            if let key = NotationKey(rawValue: field(row, "amount")) {
                if declared != nil {
                    diagnostics.append(
                        .error(
                            at: SourceLocation(file: path, line: row.line, column: (table.column("declared_co2e_t") ?? 0) + 1),
                            "a row with the notation key \(key.rawValue) (\(key.meaning)) declares emissions: give its amount, or leave declared_co2e_t empty"))
                }
                continue
            }
            guard let year = Int(field(row, "year")), let category = tree.index(of: field(row, "category")) else { continue }
            let activity = library.activity(named: field(row, "activity")).map { library.activities[$0].id } ?? field(row, "activity")
            rows.append(
                Row(line: row.line, facility: facility, name: field(row, "facility_name"), sector: field(row, "sector"), year: year, category: category,
                    activityID: activity, declaredCO2e: declared))
        }
        if !diagnostics.isEmpty { throw InputError(diagnostics) }
        return FacilityReport(file: path, rows: rows, dataset: dataset)
    }
}
