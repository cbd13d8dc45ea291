import GHGCore
import GHGMRV

/// The uncertainty of an inventory as a readable table (the columns of IPCC 2006 Vol 1 Table 3.2,
/// and the Monte Carlo intervals) or as JSON.
public enum UncertaintyReport {
    public static func table(_ analysis: UncertaintyAnalysis, inputs: String, provenance: String = "") -> String {
        let tree = CategoryTree.ipcc2006
        let approach1 = analysis.errorPropagation
        var out = "Uncertainty (\(ToolInfo.name) \(ToolInfo.version)): IPCC 2006 Vol 1 Ch 3\n"
        out += "Input:  \(inputs)\n" + provenance
        out += "Years:  base year \(analysis.baseYear), year t \(analysis.year); emissions in t CO2e, uncertainties as ± % of the 95 % interval\n"
        out += "\nApproach 1: error propagation (Table 3.2)\n"
        // The trend columns (I to M) only when there is a trend: a base year before year t.
        let trend = analysis.baseYear != analysis.year
        if approach1.lines.isEmpty {
            out += "  No line has its uncertainty estimated (each is listed below with the reason): nothing to add up.\n"
        } else {
            var rows: [[String]] = [
                ["A category", "B gas", "C base year", "D year t", "E activity %", "F factor %", "G combined %", "H variance"]
                    + (trend ? ["I type A", "J type B", "K trend EF", "L trend AD", "M trend var"] : [])
            ]
            for line in approach1.lines {
                let row = line.row
                rows.append(
                    [
                        row.key.code, row.key.gas.rawValue, NumberFormat.human(row.baseEmissions), NumberFormat.human(row.emissions),
                        fixed(row.activityPercent!), fixed(row.factorPercent!), fixed(line.combinedPercent), fixed(line.varianceContribution, 4),
                    ]
                        + (trend
                            ? [
                                fixed(line.typeASensitivity, 4), fixed(line.typeBSensitivity, 4), fixed(line.trendFromFactor, 4),
                                fixed(line.trendFromActivity, 4), fixed(line.trendVarianceContribution, 4),
                            ] : []))
            }
            rows.append(
                ["Total", "", NumberFormat.human(approach1.baseTotal), NumberFormat.human(approach1.total), "", "", "", fixed(approach1.levelPercent * approach1.levelPercent, 4)]
                    + (trend ? ["", "", "", "", fixed(approach1.trendUncertaintyPoints * approach1.trendUncertaintyPoints, 4)] : []))
            out += InventoryTableReport.layout(rows, footerRows: 1, leftColumns: 2)
            out += "  Uncertainty of the total in \(analysis.year): ±\(fixed(approach1.levelPercent)) % (sqrt of the sum of H)\n"
            if trend, approach1.hasTrend {
                out += "  Trend \(analysis.baseYear)-\(analysis.year) of the lines estimated: \(signed(approach1.trendPercent)) %, uncertainty ±\(fixed(approach1.trendUncertaintyPoints)) percentage points (sqrt of the sum of M)\n"
            } else if trend {
                out += "  Trend \(analysis.baseYear)-\(analysis.year): not defined, the lines estimated add up to 0 in \(analysis.baseYear)\n"
            }
        }
        out += "  Covers \(fixed(approach1.coveredShare * 100, 1)) % of the absolute emissions of \(analysis.year)\n"
        if !approach1.notEstimated.isEmpty {
            out += "\nNot estimated (left out of the totals above)\n"
            for row in approach1.notEstimated {
                out += "  \(row.key.code) \(row.key.gas.rawValue) (\(tree[row.key.category].nameEnglish)): \(NumberFormat.human(row.emissions)) t CO2e; \(row.missing ?? "")\n"
            }
        }
        if analysis.requestedMonteCarlo, analysis.monteCarlo == nil {
            out += "\nApproach 2: Monte Carlo not run: no line has its uncertainty estimated\n"
        }
        if let monteCarlo = analysis.monteCarlo {
            out += "\nApproach 2: Monte Carlo, \(monteCarlo.iterations) iterations, seed \(monteCarlo.seed)\n"
            var table: [[String]] = [["category", "gas", "inventory", "mean", "2.5th percentile", "97.5th percentile", "-%", "+%"]]
            func add(_ label: String, _ gas: String, _ estimate: MonteCarlo.Estimate) {
                table.append([
                    label, gas, NumberFormat.human(estimate.central), NumberFormat.human(estimate.mean), NumberFormat.human(estimate.lower),
                    NumberFormat.human(estimate.upper), estimate.lowerPercent.map { fixed($0) } ?? "", estimate.upperPercent.map { fixed($0) } ?? "",
                ])
            }
            for (key, estimate) in monteCarlo.rows { add(key.code, key.gas.rawValue, estimate) }
            for (sector, estimate) in monteCarlo.sectors { add("\(tree[sector].code) \(tree[sector].nameEnglish)", "all", estimate) }
            add("Total \(analysis.year)", "all", monteCarlo.total)
            if trend { add("Total \(analysis.baseYear)", "all", monteCarlo.baseTotal) }
            out += InventoryTableReport.layout(table, footerRows: trend ? 2 : 1, leftColumns: 2)
            if trend, approach1.hasTrend {
                let trend = monteCarlo.trendPercent
                out += "  Trend \(analysis.baseYear)-\(analysis.year): \(signed(trend.central)) % (mean \(signed(trend.mean)) %), 95 % interval \(signed(trend.lower)) to \(signed(trend.upper)) %\n"
            }
        }
        return out
    }

    public static func json(_ analysis: UncertaintyAnalysis, inputs: InputList, uncertaintyTable: String?) -> String {
        let approach1 = analysis.errorPropagation
        let trend = analysis.baseYear != analysis.year
        let estimated = !approach1.lines.isEmpty
        var json = JSONWriter()
        json.beginObject()
        inputs.writeHeader(to: &json)
        json.optionalString("uncertainty_table", uncertaintyTable)
        json.int("base_year", analysis.baseYear)
        json.int("year", analysis.year)
        json.beginObject("approach1")
        json.beginArray("lines")
        for line in approach1.lines {
            json.beginObject()
            json.string("category", line.row.key.code)
            json.string("gas", line.row.key.gas.rawValue)
            json.number("base_year_co2e_t", line.row.baseEmissions)
            json.number("year_co2e_t", line.row.emissions)
            json.number("activity_uncertainty_percent", line.row.activityPercent!)
            json.number("factor_uncertainty_percent", line.row.factorPercent!)
            json.number("combined_uncertainty_percent", line.combinedPercent)
            json.number("contribution_to_variance", line.varianceContribution)
            // Columns I to M describe the trend: only with a base year before year t.
            if trend {
                json.number("type_a_sensitivity", line.typeASensitivity)
                json.number("type_b_sensitivity", line.typeBSensitivity)
                json.number("trend_uncertainty_from_factor", line.trendFromFactor)
                json.number("trend_uncertainty_from_activity", line.trendFromActivity)
                json.number("contribution_to_trend_variance", line.trendVarianceContribution)
            }
            json.endObject()
        }
        json.endArray()
        json.number("base_year_total_co2e_t", approach1.baseTotal)
        json.number("total_co2e_t", approach1.total)
        json.optionalNumber("uncertainty_percent", estimated ? approach1.levelPercent : nil)
        json.optionalNumber("trend_percent", estimated && trend && approach1.hasTrend ? approach1.trendPercent : nil)
        json.optionalNumber("trend_uncertainty_points", estimated && trend && approach1.hasTrend ? approach1.trendUncertaintyPoints : nil)
        json.number("covered_share", approach1.coveredShare)
        json.beginArray("not_estimated")
        for row in approach1.notEstimated {
            json.beginObject()
            json.string("category", row.key.code)
            json.string("gas", row.key.gas.rawValue)
            json.number("year_co2e_t", row.emissions)
            json.string("reason", row.missing ?? "")
            json.endObject()
        }
        json.endArray()
        json.endObject()
        if let monteCarlo = analysis.monteCarlo {
            func estimate(_ name: String?, _ value: MonteCarlo.Estimate) {
                json.beginObject(name)
                json.number("inventory", value.central)
                json.number("mean", value.mean)
                json.number("p2_5", value.lower)
                json.number("p97_5", value.upper)
                json.endObject()
            }
            json.beginObject("monte_carlo")
            json.int("iterations", monteCarlo.iterations)
            json.string("seed", String(monteCarlo.seed))
            json.beginArray("lines")
            for (key, value) in monteCarlo.rows {
                json.beginObject()
                json.string("category", key.code)
                json.string("gas", key.gas.rawValue)
                estimate("co2e_t", value)
                json.endObject()
            }
            json.endArray()
            json.beginArray("sectors")
            for (sector, value) in monteCarlo.sectors {
                json.beginObject()
                json.string("sector", CategoryTree.ipcc2006[sector].code)
                estimate("co2e_t", value)
                json.endObject()
            }
            json.endArray()
            estimate("total_co2e_t", monteCarlo.total)
            if trend {
                estimate("base_year_total_co2e_t", monteCarlo.baseTotal)
                if approach1.hasTrend { estimate("trend_percent", monteCarlo.trendPercent) }
            }
            json.endObject()
        }
        json.endObject()
        return json.text + "\n"
    }

    static func fixed(_ value: Double, _ decimals: Int = 2) -> String { NumberFormat.grouped(value, decimals: decimals) }

    static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + fixed(value) }
}
