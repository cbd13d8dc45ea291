import Foundation

/// What a measure costs per tonne of CO2e it avoids, over the projection.
///
/// Levelised cost of abatement: the investment (in its year) and the yearly cost (in every year
/// the measure acts, in proportion to its ramp share) discounted to the base year, divided by the discounted tonnes it avoids
/// (IPCC AR4 WG3 Ch 2 and the GACMO model compute cost per tonne the same way). With no discount
/// rate these are plain sums.
public struct MeasureCost: Sendable {
    public let cost: CostSpec
    /// Discounted (or plain) totals.
    public let totalCost: Double
    public let avoidedTonnes: Double
    /// Cost per t CO2e, in the cost's currency; `nil` when the measure avoids nothing.
    public let costPerTonne: Double?

    init?(result: ScenarioResult, measure: Int) {
        guard let cost = result.definition.measures[measure].cost else { return nil }
        let rate = cost.discountRatePercent / 100
        let baseYear = result.years[0]
        func discount(_ year: Int) -> Double { 1 / pow(1 + rate, Double(year - baseYear)) }
        var totalCost = cost.investment * discount(cost.investmentYear)
        var avoided = 0.0
        for year in result.years {
            let share = result.model.rampShares[measure][result.yearIndex(year)]
            guard share > 0 else { continue }
            totalCost += cost.yearly * share * discount(year)
            avoided += result.reduction(measure: measure, year: year) * discount(year)
        }
        self.cost = cost
        self.totalCost = totalCost
        self.avoidedTonnes = avoided
        self.costPerTonne = avoided > 0 ? totalCost / avoided : nil
    }
}
