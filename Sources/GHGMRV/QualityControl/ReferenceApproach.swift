import Foundation
import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// The Reference Approach (IPCC 2006 Vol 2 Ch 6): CO2 from fuel combustion estimated top-down
/// from the supply of each fuel, checked against the sectoral (bottom-up) estimate of the
/// inventory. Apparent consumption = production + imports - exports - international bunkers -
/// stock change (Eq. 6.2); CO2 = (apparent consumption x NCV x carbon content - excluded
/// carbon) x 44/12, with all carbon oxidised (Eq. 6.1, 2006 default). A difference above 5 % is
/// to be explained (6.8).
public struct ReferenceApproach: Sendable {
    /// One fuel's supply in one year, as the supply file gives it (t, kt, TJ ...).
    public struct Supply: Sendable {
        public let year: Int
        public let activity: Int
        public let activityID: String
        public let unit: MeasureUnit
        public let production: Double
        public let imports: Double
        public let exports: Double
        public let internationalBunkers: Double
        /// Positive when stocks grew.
        public let stockChange: Double
        /// Carbon stored in products (feedstocks, non-energy use), t C.
        public let excludedCarbonTonnes: Double
        public let location: SourceLocation

        public var apparentConsumption: Double { production + imports - exports - internationalBunkers - stockChange }
    }

    /// One fuel (or the total) compared.
    public struct Comparison: Sendable {
        public let year: Int
        /// Nil for the total of the year.
        public let activityID: String?
        public let referenceTonnes: Double
        public let sectoralTonnes: Double
        /// (reference - sectoral) / sectoral, percent; nil when the sectoral estimate is 0.
        public var differencePercent: Double? { sectoralTonnes != 0 ? (referenceTonnes - sectoralTonnes) / sectoralTonnes * 100 : nil }
    }

    public let supplies: [Supply]
    /// The supply file read, with its fingerprint; nil for supplies made in code.
    public let file: InputFile?
    public static let threshold = 5.0

    public init(supplies: [Supply], file: InputFile? = nil) {
        self.supplies = supplies
        self.file = file
    }

    /// The CO2 of one supply row, t.
    public static func co2(_ supply: Supply, library: FactorLibrary) throws(InputError) -> Double {
        var energy = QuantityProduct(Quantity(supply.apparentConsumption, supply.unit))
        if supply.unit.dimension != Units.TJ.dimension {
            let ncv = try factor(.ncv, supply, library: library)
            energy.multiply(by: ncv.quantity)
        }
        let carbonContent = try factor(.carbonContent, supply, library: library)
        var carbon = energy
        carbon.multiply(by: carbonContent.quantity)
        do throws(UnitError) {
            let carbonTonnes = try carbon.value(in: Units.t)
            return (carbonTonnes - supply.excludedCarbonTonnes) * 44 / 12
        } catch {
            throw InputError(at: supply.location, "\(supply.activityID) in \(supply.unit.symbol) cannot be turned into carbon with \(carbonContent.id): \(error.message)")
        }
    }

    static func factor(_ parameter: FactorParameter, _ supply: Supply, library: FactorLibrary) throws(InputError) -> Factor {
        do throws(FactorResolutionError) {
            return try library.resolve(FactorQuery(parameter: parameter, activity: supply.activity, category: "1.A", year: supply.year)).factor
        } catch {
            throw InputError(
                at: supply.location,
                "the library has no \(parameter.rawValue) for \(supply.activityID) (IPCC 2006 Vol 2 Ch 1 Tables 1.2 and 1.3); the Reference Approach needs it, or give the supply in TJ")
        }
    }

    /// The comparison of each fuel and year of the supply file with the inventory's CO2 of fuel
    /// combustion (1.A, territorial) of the same fuel, and of the totals.
    public func compare(_ inventory: Inventory, library: FactorLibrary) throws(InputError) -> [Comparison] {
        let tree = CategoryTree.ipcc2006
        guard let fuelCombustion = tree.index(of: "1.A") else { return [] }
        var reference: [Int: [String: Double]] = [:]
        // The years the inventory was asked for (all, without --years).
        let asked = inventory.options.years.map(Set.init)
        for supply in supplies where asked?.contains(supply.year) ?? true {
            reference[supply.year, default: [:]][supply.activityID, default: 0] += try Self.co2(supply, library: library)
        }
        var comparisons: [Comparison] = []
        for year in reference.keys.sorted() {
            var sectoral: [String: Double] = [:]
            for result in inventory.sources where result.source.year == year && tree.lineage(of: result.source.category).contains(fuelCombustion) {
                for (index, emission) in result.emissions.gases.enumerated() where emission.gas == .co2 && emission.reporting == .territorial {
                    sectoral[result.activityID, default: 0] += result.emissions.gases[index].massTonnes
                }
            }
            let fuels = reference[year]!
            for fuel in fuels.keys.sorted() {
                comparisons.append(Comparison(year: year, activityID: fuel, referenceTonnes: fuels[fuel]!, sectoralTonnes: sectoral[fuel] ?? 0))
            }
            // The total over the fuels the supply file covers, and the fuels it misses.
            comparisons.append(
                Comparison(
                    year: year, activityID: nil, referenceTonnes: fuels.values.reduce(0, +),
                    sectoralTonnes: fuels.keys.reduce(0) { $0 + (sectoral[$1] ?? 0) }))
        }
        return comparisons
    }

    /// The findings: each fuel and total beyond 5 %.
    public func check(_ inventory: Inventory, library: FactorLibrary) throws(InputError) -> [QualityFinding] {
        var findings: [QualityFinding] = []
        let fuelCombustion = CategoryTree.ipcc2006.index(of: "1.A")
        for comparison in try compare(inventory, library: library) {
            let what = comparison.activityID.map { "CO2 of \($0)" } ?? "CO2 of the fuels supplied"
            let figures = "Reference Approach \(Int(comparison.referenceTonnes.rounded())) t, sectoral approach \(Int(comparison.sectoralTonnes.rounded())) t"
            guard let difference = comparison.differencePercent else {
                findings.append(
                    QualityFinding(
                        .warning, "reference-approach", year: comparison.year, category: fuelCombustion,
                        "\(what) in \(comparison.year): the inventory has no fuel-combustion CO2 for it (\(figures)): records missing, or the fuel not burnt?"))
                continue
            }
            // One decimal, and no "-0.0" for a difference that rounds to nothing.
            let rounded = (difference * 10).rounded() / 10
            let text = "\(what) in \(comparison.year): \(figures), a difference of \(rounded == 0 ? "0.0" : String(format: "%+.1f", rounded)) %"
            if abs(difference) > Self.threshold {
                findings.append(
                    QualityFinding(.warning, "reference-approach", year: comparison.year, category: fuelCombustion, text + " (more than 5 %: explain, IPCC 2006 Vol 2 Ch 6, 6.8)"))
            } else {
                findings.append(QualityFinding(.info, "reference-approach", year: comparison.year, category: fuelCombustion, text + " (within 5 %)"))
            }
        }
        return findings
    }
}
