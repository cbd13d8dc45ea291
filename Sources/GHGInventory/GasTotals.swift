import GHGCore

/// Masses of each gas and their CO2 equivalent, for a node of the category tree or a total.
public struct GasTotals: Sendable, Hashable {
    /// Tonnes of each gas, indexed like `Gas.allCases`.
    public private(set) var massTonnes: [Double]
    public private(set) var co2eTonnes: Double
    /// Gases that have at least one emission (a zero emission still counts as reported).
    public private(set) var reported: Set<Gas>

    public init() {
        massTonnes = Array(repeating: 0, count: Gas.allCases.count)
        co2eTonnes = 0
        reported = []
    }

    public func mass(_ gas: Gas) -> Double { massTonnes[GasTotals.slot(gas)] }

    mutating func add(_ gas: Gas, mass: Double, co2e: Double) {
        massTonnes[GasTotals.slot(gas)] += mass
        co2eTonnes += co2e
        reported.insert(gas)
    }

    mutating func add(_ other: GasTotals) {
        for index in massTonnes.indices { massTonnes[index] += other.massTonnes[index] }
        co2eTonnes += other.co2eTonnes
        reported.formUnion(other.reported)
    }

    static func slot(_ gas: Gas) -> Int { Gas.allCases.firstIndex(of: gas) ?? 0 }
}
