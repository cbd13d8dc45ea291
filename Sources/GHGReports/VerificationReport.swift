import Foundation
import GHGCore
import GHGMRV

/// The verification of facility reports, readable or as JSON.
public enum VerificationReport {
    public static func table(_ result: FacilityVerification.Result, verification: FacilityVerification, inputs: String, provenance: String = "") -> String {
        let tree = CategoryTree.ipcc2006
        var out = "Verification of facility reports (\(ToolInfo.name) \(ToolInfo.version))\n"
        out += "Input:      \(inputs)\n" + provenance
        out += "Tolerance:  ±\(NumberFormat.grouped(result.tolerancePercent, decimals: 1)) % between declared and computed t CO2e\n"
        out += "Threshold:  \(NumberFormat.grouped(result.thresholdTonnes, decimals: 0)) t CO2e a year, direct emissions and purchased electricity (Decree 06/2022/ND-CP)\n"
        for facility in result.facilities {
            let total = facility.total
            out += "\n\(facility.id)\(facility.name.isEmpty ? "" : " \(facility.name)")\(facility.sector.isEmpty ? "" : " (\(facility.sector))"), \(facility.year): "
            out += "declared \(total.declared.map { NumberFormat.human($0) } ?? "nothing"), computed \(NumberFormat.human(total.computed)) t CO2e "
            out += "(direct \(NumberFormat.human(total.computedDirect)), electricity \(NumberFormat.human(total.computedScope2)))"
            if let difference = total.differencePercent {
                out += ", \(signed(difference)) %"
                if total.computedDeclared != total.computed {
                    out += " against \(NumberFormat.human(total.computedDeclared)) computed for the rows that declare"
                }
            }
            out += facility.aboveThreshold ? "; at or above the threshold\n" : "; below the threshold\n"
            var rows: [[String]] = [["category", "activity", "declared", "computed", "difference", "lines", ""]]
            for line in facility.lines {
                rows.append([
                    line.category.map { tree[$0].code } ?? "", line.activityID ?? "", line.declared.map { NumberFormat.human($0) } ?? "-",
                    NumberFormat.human(line.computed), line.differencePercent.map { signed($0) + " %" } ?? "",
                    line.lines.map(String.init).joined(separator: ","), verification.isDiscrepancy(line) ? "DISCREPANCY" : "",
                ])
            }
            out += InventoryTableReport.layout(rows, footerRows: 0, leftColumns: 2, lastColumnIsText: true)
            if verification.isDiscrepancy(total) { out += "  DISCREPANCY in the total: declared and computed differ by more than the tolerance\n" }
        }
        out += "\nSummary by sector\n"
        var summary: [[String]] = [["sector", "year", "facilities", "declared t CO2e", "computed t CO2e", "with discrepancies", "at or above threshold"]]
        for sector in result.sectors {
            summary.append([
                sector.sector.isEmpty ? "(none)" : sector.sector, String(sector.year), String(sector.facilities), NumberFormat.human(sector.declared),
                NumberFormat.human(sector.computed), String(sector.withDiscrepancies), String(sector.aboveThreshold),
            ])
        }
        out += InventoryTableReport.layout(summary, footerRows: 0, leftColumns: 2)
        let flagged = result.facilities.filter { $0.discrepancies > 0 }.count
        out += "\n\(flagged) of \(result.facilities.count) facility reports have discrepancies beyond ±\(NumberFormat.grouped(result.tolerancePercent, decimals: 1)) %\n"
        return out
    }

    public static func json(_ result: FacilityVerification.Result, verification: FacilityVerification, inputs: InputList) -> String {
        let tree = CategoryTree.ipcc2006
        var json = JSONWriter()
        json.beginObject()
        inputs.writeHeader(to: &json)
        json.number("tolerance_percent", result.tolerancePercent)
        json.number("threshold_co2e_t", result.thresholdTonnes)
        func line(_ name: String?, _ line: FacilityVerification.Line) {
            json.beginObject(name)
            json.optionalString("category", line.category.map { tree[$0].code })
            json.optionalString("activity", line.activityID)
            json.optionalNumber("declared_co2e_t", line.declared)
            json.number("computed_co2e_t", line.computed)
            json.number("computed_direct_co2e_t", line.computedDirect)
            json.number("computed_scope2_co2e_t", line.computedScope2)
            json.number("computed_for_declared_rows_co2e_t", line.computedDeclared)
            json.optionalNumber("difference_percent", line.differencePercent)
            json.bool("discrepancy", verification.isDiscrepancy(line))
            json.beginArray("lines")
            for number in line.lines { json.int(nil, number) }
            json.endArray()
            json.endObject()
        }
        json.beginArray("facilities")
        for facility in result.facilities {
            json.beginObject()
            json.string("facility_id", facility.id)
            json.string("facility_name", facility.name)
            json.string("sector", facility.sector)
            json.int("year", facility.year)
            json.bool("at_or_above_threshold", facility.aboveThreshold)
            json.int("discrepancies", facility.discrepancies)
            line("total", facility.total)
            json.beginArray("lines")
            for item in facility.lines { line(nil, item) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.beginArray("sectors")
        for sector in result.sectors {
            json.beginObject()
            json.string("sector", sector.sector)
            json.int("year", sector.year)
            json.int("facilities", sector.facilities)
            json.number("declared_co2e_t", sector.declared)
            json.number("computed_co2e_t", sector.computed)
            json.int("with_discrepancies", sector.withDiscrepancies)
            json.int("at_or_above_threshold", sector.aboveThreshold)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    /// One decimal with its sign; a difference that rounds to nothing is `0.0`, not `+0.0`.
    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == 0 ? "0.0" : String(format: "%+.1f", rounded)
    }
}
