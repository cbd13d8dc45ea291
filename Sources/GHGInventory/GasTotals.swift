import GHGCore

/// Masses of each gas and their CO2 equivalent, for a node of the category tree or a total.
public struct GasTotals: Sendable, Hashable {
    /// Tonnes of each gas, indexed like `Gas.allCases`.
    public private(set) var massTonnes: [Double]
    /// Net CO2 equivalent: gross emissions plus removals.
    public private(set) var co2eTonnes: Double
    /// Removals (negative CO2e, e.g. forest growth); zero when there are none.
    public private(set) var removalsCO2eTonnes: Double
    /// Gross emissions: the net total without removals.
    public var grossCO2eTonnes: Double { co2eTonnes - removalsCO2eTonnes }
    /// Gases that have at least one emission (a zero emission still counts as reported).
    public private(set) var reported: Set<Gas>

    public init() {
        massTonnes = Array(repeating: 0, count: Gas.allCases.count)
        co2eTonnes = 0
        removalsCO2eTonnes = 0
        reported = []
    }

    public func mass(_ gas: Gas) -> Double { massTonnes[GasTotals.slot(gas)] }

    mutating func add(_ gas: Gas, mass: Double, co2e: Double, removals: Double = 0) {
        massTonnes[GasTotals.slot(gas)] += mass
        co2eTonnes += co2e
        removalsCO2eTonnes += removals
        reported.insert(gas)
    }

    mutating func add(_ other: GasTotals) {
        for index in massTonnes.indices { massTonnes[index] += other.massTonnes[index] }
        co2eTonnes += other.co2eTonnes
        removalsCO2eTonnes += other.removalsCO2eTonnes
        reported.formUnion(other.reported)
    }

    static func slot(_ gas: Gas) -> Int { Gas.allCases.firstIndex(of: gas) ?? 0 }
}
