import Foundation
import GHGCore
import GHGFactors
import GHGInventory

/// Implied emission factors (IPCC 2006 Vol 1 Ch 6, 6.7.1): for each fuel-combustion source
/// with its energy known, the emission per TJ of each gas is compared with the 95 % range of the
/// library's default factor for the fuel and gas (where the library gives one). A factor outside
/// the range (a record-level Tier 2/3 value, or an input error) is flagged for explanation.
public enum ImpliedFactorCheck {
    public static func run(_ inventory: Inventory, library: FactorLibrary) -> [QualityFinding] {
        let tree = CategoryTree.ipcc2006
        var findings: [QualityFinding] = []
        var seen = Set<String>()
        for result in inventory.sources {
            guard let energy = result.emissions.energyTJ, energy > 0 else { continue }
            let source = result.source
            for emission in result.emissions.gases where emission.reporting != .scope2Electricity {
                let query = FactorQuery(parameter: .ef, activity: source.activity, category: tree[source.category].code, technology: source.technology, gas: emission.gas)
                guard let choice = try? library.resolve(query), let lower = choice.factor.lower, let upper = choice.factor.upper,
                    let implied = try? impliedFactor(emission.massTonnes, energyTJ: energy, unit: choice.factor.unit)
                else { continue }
                guard implied < lower * (1 - 1e-9) || implied > upper * (1 + 1e-9) else { continue }
                let name = "\(tree[source.category].code) \(result.activityID) \(emission.gas.rawValue) \(source.year)"
                guard seen.insert(name).inserted else { continue }
                findings.append(
                    QualityFinding(
                        .warning, "implied-factor", year: source.year, category: source.category,
                        "\(name): implied factor \(format(implied)) \(choice.factor.unit.symbol) is outside the default range \(format(lower))-\(format(upper)) of \(choice.factor.id) (\(choice.factor.citation)); explain the country-specific value or check the records (\(inventory.inputFiles[source.file]):\(source.firstLine))"))
            }
        }
        return findings
    }

    /// t of gas per TJ, in the factor's unit (kg/TJ ...).
    static func impliedFactor(_ tonnes: Double, energyTJ: Double, unit: MeasureUnit) throws(UnitError) -> Double {
        var product = QuantityProduct(Quantity(tonnes, Units.t))
        product.divide(by: Quantity(energyTJ, Units.TJ))
        return try product.value(in: unit)
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.3g", value)
    }
}
