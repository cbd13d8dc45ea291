import GHGActivity
import GHGCore
import GHGFactors

/// Grid electricity consumed in the boundary x the grid emission factor of its year: indirect
/// CO2, reported apart from the territorial total (scope 2, location-based).
///
/// The category is the consuming sector (1.A.2 industry, 1.A.4.b households ...). Vietnam's grid
/// factor is published by the Department of Climate Change each year
/// (`EmissionFactors/vn_grid_emission_factor.csv`); a year without one is an error, never a zero.
/// A record may give its own factor (`ef_co2` with `ef_unit` such as `t/MWh`), e.g. a supplier's.
public struct GridElectricityMethod: EmissionMethod {
    public let id = "grid_electricity"
    public let equation = "CO2 = electricity consumed (MWh) x grid emission factor of the year (t CO2/MWh), location-based scope 2 (GHG Protocol Scope 2 Guidance, 2015)"

    public static let shared = GridElectricityMethod()

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let activity = context.library.activities[source.activity]
        guard source.unit.dimension == .energy else {
            throw MethodError(.unit, "unit '\(source.unit.symbol)' (\(source.unit.dimension)) cannot measure electricity; expected an energy such as kWh, MWh or GWh")
        }
        let use: FactorUse
        if let value = source.parameters.efCO2, let unit = source.parameters.efUnit {
            guard unit.dimension == .mass / .energy, unit.substance == nil || unit.substance == "CO2" else {
                throw MethodError(.efUnit, "ef_unit '\(unit.symbol)' is not a mass of CO2 per energy; expected e.g. t/MWh or kg/kWh")
            }
            use = FactorUse(recordValue: value, unit: unit, parameter: .ef, gas: .co2, citation: context.recordCitation)
        } else {
            let query = FactorQuery(
                parameter: .ef, activity: source.activity, category: context.tree[source.category].code, gas: .co2, year: source.year)
            do {
                use = FactorUse(choice: try context.library.resolve(query))
            } catch {
                let message = FactorResolutionMessage.describe(
                    error, what: "grid emission factor", activity: activity.id, category: context.tree[source.category].code,
                    year: source.year, technology: nil)
                throw MethodError(.year, message)
            }
        }
        let steps = [CalculationStep(use)]
        _ = try CalculationPlan.apply(steps, amount: Quantity(1, source.unit), in: Units.t)
        return CalculationPlan(
            method: id, equation: equation, energySteps: nil,
            gases: [GasPlan(gas: .co2, origin: .fossil, reporting: .scope2Electricity, steps: steps)])
    }
}
