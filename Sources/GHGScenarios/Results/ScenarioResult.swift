import GHGCore

/// What a scenario projects: for each pathway (BAU, voluntary, conditional) and year, the CO2e of
/// every reported row, the total within the boundary, each gas, each line's activity; what each
/// measure removed; and the targets checked.
public struct ScenarioResult: Sendable {
    public let model: ScenarioModel
    /// [pathway][year][row], flattened.
    let rowCO2e: [Double]
    /// [pathway][year].
    let totals: [Double]
    /// [pathway][year][gas in `Gas.allCases`].
    let gasTotals: [Double]
    /// [pathway][year][line].
    let amounts: [Double]
    /// [measure][year].
    let measureReductions: [Double]
    /// [target][pathway][year]: CO2e of the lines the target covers.
    let targetTotals: [Double]
    public let warnings: [Diagnostic]

    public var definition: ScenarioDefinition { model.definition }
    public var years: [Int] { model.years }

    init(
        model: ScenarioModel, rowCO2e: [Double], totals: [Double], gasTotals: [Double], amounts: [Double], measureReductions: [Double],
        targetTotals: [Double], warnings: [Diagnostic]
    ) {
        self.model = model
        self.rowCO2e = rowCO2e
        self.totals = totals
        self.gasTotals = gasTotals
        self.amounts = amounts
        self.measureReductions = measureReductions
        self.targetTotals = targetTotals
        self.warnings = warnings
    }

    /// The position of `year` among the projected years.
    public func yearIndex(_ year: Int) -> Int { year - model.years[0] }

    /// t CO2e of a reported row.
    public func co2e(_ pathway: Pathway, year: Int, row: Int) -> Double {
        rowCO2e[(pathway.index * years.count + yearIndex(year)) * model.rows.count + row]
    }

    /// t CO2e within the scenario boundary (territorial, or with scope 2).
    public func total(_ pathway: Pathway, year: Int) -> Double { totals[pathway.index * years.count + yearIndex(year)] }

    /// t of a gas within the boundary.
    public func mass(_ gas: Gas, _ pathway: Pathway, year: Int) -> Double {
        gasTotals[(pathway.index * years.count + yearIndex(year)) * Gas.allCases.count + (Gas.allCases.firstIndex(of: gas) ?? 0)]
    }

    /// Gases emitted in some pathway and year, in reporting order.
    public var gases: [Gas] {
        Gas.allCases.filter { gas in model.lines.contains { line in line.gases.contains { $0.gas == gas } } }
    }

    /// The activity of a line, in its unit.
    public func amount(_ pathway: Pathway, year: Int, line: Int) -> Double {
        amounts[(pathway.index * years.count + yearIndex(year)) * model.lines.count + line]
    }

    /// t CO2e a measure removed in a year (within the boundary).
    public func reduction(measure: Int, year: Int) -> Double { measureReductions[measure * years.count + yearIndex(year)] }

    /// t CO2e the measures of a tier removed: BAU - voluntary, or voluntary - conditional.
    public func reduction(tier: Tier, year: Int) -> Double {
        switch tier {
        case .voluntary: return total(.bau, year: year) - total(.voluntary, year: year)
        case .conditional: return total(.voluntary, year: year) - total(.conditional, year: year)
        }
    }

    /// t CO2e of the lines a target covers.
    public func targetTotal(_ target: Int, _ pathway: Pathway, year: Int) -> Double {
        targetTotals[(target * Pathway.allCases.count + pathway.index) * years.count + yearIndex(year)]
    }

    /// GRDP in million VND, if the scenario gives GRDP.
    public func grdpMillionVND(year: Int) -> Double? { model.grdpMillionVND?[yearIndex(year)] }

    /// Emission intensity in t CO2e per million VND of GRDP (constant prices).
    public func intensity(_ pathway: Pathway, year: Int) -> Double? {
        grdpMillionVND(year: year).map { total(pathway, year: year) / $0 }
    }

    /// Change of intensity against the base year, in percent (negative is a fall).
    public func intensityChangePercent(_ pathway: Pathway, year: Int) -> Double? {
        guard let now = intensity(pathway, year: year), let base = intensity(pathway, year: years[0]), base != 0 else { return nil }
        return (now / base - 1) * 100
    }

    /// Each target, checked in every year it applies.
    public var targetOutcomes: [TargetOutcome] { definition.targets.indices.map { TargetOutcome(result: self, target: $0) } }

    /// The cost per tonne of each measure that states a cost.
    public var measureCosts: [MeasureCost?] { definition.measures.indices.map { MeasureCost(result: self, measure: $0) } }
}
