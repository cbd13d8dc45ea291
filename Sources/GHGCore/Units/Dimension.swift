/// A physical dimension as exponents of the base dimensions the inventory needs.
///
/// Mass, energy, volume, area, count (heads of livestock, persons) and time are independent base
/// dimensions here: energy is not expressed through mass, length and time because no conversion
/// the inventory makes needs that, and keeping energy whole gives clearer error messages. Time
/// appears in rates such as kg CH4/head/yr, kg CH4/ha/d and decay rates (1/yr).
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
    public var mass: Int8
    public var energy: Int8
    public var volume: Int8
    public var area: Int8
    public var count: Int8
    public var time: Int8

    public init(mass: Int8 = 0, energy: Int8 = 0, volume: Int8 = 0, area: Int8 = 0, count: Int8 = 0, time: Int8 = 0) {
        self.mass = mass
        self.energy = energy
        self.volume = volume
        self.area = area
        self.count = count
        self.time = time
    }

    public static let dimensionless = Dimension()
    public static let mass = Dimension(mass: 1)
    public static let energy = Dimension(energy: 1)
    public static let volume = Dimension(volume: 1)
    public static let area = Dimension(area: 1)
    public static let count = Dimension(count: 1)
    public static let time = Dimension(time: 1)

    public static func / (lhs: Dimension, rhs: Dimension) -> Dimension {
        Dimension(
            mass: lhs.mass - rhs.mass, energy: lhs.energy - rhs.energy, volume: lhs.volume - rhs.volume,
            area: lhs.area - rhs.area, count: lhs.count - rhs.count, time: lhs.time - rhs.time)
    }

    public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
        Dimension(
            mass: lhs.mass + rhs.mass, energy: lhs.energy + rhs.energy, volume: lhs.volume + rhs.volume,
            area: lhs.area + rhs.area, count: lhs.count + rhs.count, time: lhs.time + rhs.time)
    }

    /// A readable name such as `mass`, `energy`, `mass/energy` or `dimensionless`.
    public var description: String {
        let names: [(String, Int8)] = [("mass", mass), ("energy", energy), ("volume", volume), ("area", area), ("count", count), ("time", time)]
        func part(_ positive: Bool) -> String {
            names.compactMap { name, power in
                let p = positive ? power : -power
                guard p > 0 else { return nil }
                return p == 1 ? name : "\(name)^\(p)"
            }.joined(separator: "*")
        }
        let top = part(true), bottom = part(false)
        switch (top.isEmpty, bottom.isEmpty) {
        case (true, true): return "dimensionless"
        case (false, true): return top
        case (true, false): return "1/\(bottom)"
        case (false, false): return "\(top)/\(bottom)"
        }
    }
}
