import GHGCore

/// The choices of one inventory run, printed in every output.
public struct InventoryOptions: Sendable, Hashable {
    /// The GWP set for CO2 equivalents (AR5 by default).
    public var gwp: GWPSet
    /// Keep regions apart (a row per region) instead of one inventory for all records.
    public var byRegion: Bool
    /// The years to report; `nil` for every year with records. Solid waste disposal (4.A)
    /// reports each year asked from all deposits before it, also after deposits stop.
    public var years: [Int]?

    public init(gwp: GWPSet = .default, byRegion: Bool = false, years: [Int]? = nil) {
        self.gwp = gwp
        self.byRegion = byRegion
        self.years = years.map { Array(Set($0)).sorted() }
    }
}
