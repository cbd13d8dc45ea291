import GHGCore
import GHGScenarios

/// A scenario as JSON: the definition's settings, the base lines with the rule, factor paths
/// and measures acting on each (the audit trail from every projected number back to the records
/// and the file's JSON paths), every series by pathway and year, the reductions by tier and
/// measure with costs, and the targets checked.
public enum ScenarioJSONReport {
    public static func render(_ result: ScenarioResult) -> String {
        var json = JSONWriter()
        json.beginObject()
        write(result, into: &json)
        json.endObject()
        return json.text + "\n"
    }

    /// The members of one scenario's object (also used by `ghg compare`).
    public static func write(_ result: ScenarioResult, into json: inout JSONWriter) {
        let definition = result.definition
        let model = result.model
        let tree = CategoryTree.ipcc2006
        json.string("tool", ToolInfo.name)
        json.string("version", ToolInfo.version)
        json.beginObject("scenario")
        json.string("id", definition.id)
        json.string("name", definition.name)
        json.string("file", definition.file)
        json.string("model", definition.model)
        json.string("region", definition.region)
        json.string("description", definition.description)
        json.endObject()

        json.beginObject("base")
        json.int("year", definition.base.year)
        json.int("horizon", definition.horizon)
        json.string("gwp", definition.base.gwp.rawValue)
        json.string("edition", definition.base.edition.rawValue)
        json.string("boundary", definition.base.boundary.rawValue)
        json.beginArray("inventories")
        for part in definition.base.parts {
            json.beginObject()
            json.optionalString("region", part.region)
            json.beginArray("activity")
            for file in part.files { json.string(nil, file) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.int("records", model.recordCount)
        var inputs = InputList(files: model.inputs.map(\.path), fingerprints: model.inputs.map(\.fingerprint))
        inputs.libraryFolders = model.libraryFolders
        inputs.writeFiles(to: &json)
        inputs.writeLibrary(to: &json)
        json.beginArray("lines")
        for (index, line) in model.lines.enumerated() {
            json.beginObject()
            json.string("region", line.region)
            json.string("category", tree[line.category].code)
            json.string("category_name", tree[line.category].nameEnglish)
            json.string("activity", line.activityID)
            json.optionalString("technology", line.technology)
            json.string("unit", line.unit.symbol)
            // A new source has no base-year activity; its gases are given per unit of its amounts.
            json.number("amount", line.addition == nil ? line.amount : 0)
            json.beginArray("records")
            for record in line.records { json.string(nil, record) }
            json.endArray()
            json.optionalString("bau_rule", model.lineRules[index].map { definition.bauRules[$0].path })
            json.optionalString("addition", line.addition.map { definition.additions[$0].path })
            json.beginArray("gases")
            for (slotIndex, slot) in line.gases.enumerated() {
                json.beginObject()
                json.string("gas", slot.gas.rawValue)
                json.string("reporting", slot.reporting.rawValue)
                json.string("category", tree[slot.category].code)
                json.optionalString("switched_in_by", slot.switchedBy)
                if line.addition == nil {
                    json.number("base_mass_t", slot.massTonnes)
                } else {
                    json.number("base_mass_t", 0)
                    json.number("mass_per_unit_t", slot.massTonnes)
                }
                json.number("gwp", slot.gwp)
                json.optionalString("factor_path", model.slotPathChoice[index][slotIndex].map { definition.factorPaths[$0].path })
                json.endObject()
            }
            json.endArray()
            json.beginArray("measures")
            for measure in model.measures(onLine: index) { json.string(nil, definition.measures[measure].id) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()

        let years = result.years
        func series(_ name: String, _ value: (Int) -> Double?) {
            json.beginObject(name)
            for year in years { json.optionalNumber(String(year), value(year)) }
            json.endObject()
        }
        json.beginArray("years")
        for year in years { json.int(nil, year) }
        json.endArray()
        json.beginArray("report_years")
        for year in definition.reportYears { json.int(nil, year) }
        json.endArray()

        json.beginArray("drivers")
        for (spec, values) in model.drivers {
            json.beginObject()
            json.string("name", spec.name)
            json.string("unit", spec.unit)
            json.optionalString("prices", spec.prices)
            json.string("path", spec.path)
            if spec.parts.count > 1 || !spec.parts[0].region.isEmpty {
                json.beginArray("parts")
                for part in spec.parts {
                    json.beginObject()
                    json.string("region", part.region)
                    let resolved = part.series.resolve(definition.years)
                    series("values") { resolved[$0 - years[0]] }
                    json.endObject()
                }
                json.endArray()
            }
            series("values") { values[$0 - years[0]] }
            json.endObject()
        }
        json.endArray()

        json.beginObject("pathways")
        for pathway in Pathway.allCases {
            json.beginObject(pathway.rawValue)
            series("total_co2e_t") { result.total(pathway, year: $0) }
            if model.grdpMillionVND != nil {
                series("intensity_t_per_million_vnd") { result.intensity(pathway, year: $0) }
                series("intensity_t_per_billion_vnd") { result.intensity(pathway, year: $0).map { $0 * 1000 } }
                series("intensity_change_percent") { result.intensityChangePercent(pathway, year: $0) }
            }
            json.beginObject("gases_t")
            for gas in result.gases { series(gas.rawValue) { result.mass(gas, pathway, year: $0) } }
            json.endObject()
            json.beginArray("categories")
            for (index, row) in model.rows.enumerated() {
                json.beginObject()
                json.string("reporting", row.reporting.rawValue)
                json.string("category", tree[row.category].code)
                json.string("category_name", tree[row.category].nameEnglish)
                series("co2e_t") { result.co2e(pathway, year: $0, row: index) }
                json.endObject()
            }
            json.endArray()
            json.beginArray("activity")
            for (index, line) in model.lines.enumerated() {
                json.beginObject()
                json.string("category", tree[line.category].code)
                json.string("activity", line.activityID)
                json.optionalString("technology", line.technology)
                json.string("region", line.region)
                json.string("unit", line.unit.symbol)
                series("amount") { result.amount(pathway, year: $0, line: index) }
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endObject()

        json.beginObject("reductions")
        json.string("rule", "measures act in sequence on what the measures before them left: voluntary tier first, then conditional, each in file order; contributions add up to BAU minus the scenario")
        series("voluntary_tier_co2e_t") { result.reduction(tier: .voluntary, year: $0) }
        series("conditional_tier_co2e_t") { result.reduction(tier: .conditional, year: $0) }
        series("voluntary_tier_percent_of_bau") { year in percent(result.reduction(tier: .voluntary, year: year), of: result.total(.bau, year: year)) }
        series("conditional_tier_percent_of_bau") { year in percent(result.reduction(tier: .conditional, year: year), of: result.total(.bau, year: year)) }
        series("both_tiers_co2e_t") { result.total(.bau, year: $0) - result.total(.conditional, year: $0) }
        series("both_tiers_percent_of_bau") { year in
            percent(result.total(.bau, year: year) - result.total(.conditional, year: year), of: result.total(.bau, year: year))
        }
        json.beginArray("measures")
        let costs = result.measureCosts
        for (index, measure) in definition.measures.enumerated() {
            json.beginObject()
            json.string("id", measure.id)
            json.string("name", measure.name)
            json.string("tier", measure.tier.rawValue)
            json.string("action", measure.actionName)
            json.string("acts_on", measure.selector.summary)
            json.string("path", measure.path)
            json.beginArray("ramp")
            for point in measure.ramp.points {
                json.beginObject()
                json.int("year", point.year)
                json.number("share", point.share)
                json.endObject()
            }
            json.endArray()
            series("co2e_t") { result.reduction(measure: index, year: $0) }
            series("percent_of_bau") { year in percent(result.reduction(measure: index, year: year), of: result.total(.bau, year: year)) }
            json.number("cumulative_co2e_t", years.reduce(0.0) { $0 + result.reduction(measure: index, year: $1) })
            if let cost = costs[index] {
                json.beginObject("cost")
                json.string("currency", cost.cost.currency)
                json.number("investment", cost.cost.investment)
                json.int("investment_year", cost.cost.investmentYear)
                json.number("yearly", cost.cost.yearly)
                json.number("discount_rate_percent", cost.cost.discountRatePercent)
                json.number("total_cost", cost.totalCost)
                json.number("avoided_co2e_t", cost.avoidedTonnes)
                json.optionalNumber("cost_per_t_co2e", cost.costPerTonne)
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
        json.endObject()

        json.beginArray("targets")
        for outcome in result.targetOutcomes {
            json.beginObject()
            json.string("id", outcome.target.id)
            json.string("name", outcome.target.name)
            json.string("type", outcome.target.typeName)
            json.string("scenario", outcome.target.pathway.rawValue)
            json.string("requirement", ScenarioTableReport.requirement(outcome.target))
            json.string("unit", outcome.unit)
            json.string("path", outcome.target.path)
            json.bool("met", outcome.met)
            json.beginArray("checks")
            for check in outcome.checks {
                json.beginObject()
                json.int("year", check.year)
                json.number("achieved", check.achieved)
                json.number("required", check.required)
                json.number("margin", check.margin)
                json.number("margin_co2e_t", check.marginTonnes)
                json.bool("met", check.met)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()

        json.beginArray("warnings")
        for warning in result.warnings { json.string(nil, warning.description) }
        json.endArray()
    }

    /// `part` in percent of `whole`; null when `whole` is 0.
    static func percent(_ part: Double, of whole: Double) -> Double? { whole != 0 ? part / whole * 100 : nil }
}
