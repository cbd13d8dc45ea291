import GHGCore

/// The choices of one inventory run, printed in every output.
public struct InventoryOptions: Sendable, Hashable {
    /// The GWP set for CO2 equivalents (AR5 by default).
    public var gwp: GWPSet
    /// Keep regions apart (a row per region) instead of one inventory for all records.
    public var byRegion: Bool

    public init(gwp: GWPSet = .default, byRegion: Bool = false) {
        self.gwp = gwp
        self.byRegion = byRegion
    }
}
