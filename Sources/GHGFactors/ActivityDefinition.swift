import GHGCore

/// What kind of thing an activity is, which decides how its emissions are computed and reported.
public enum ActivityKind: String, Sendable, Hashable, CaseIterable {
    /// A fossil fuel: all combustion gases count in the territorial total.
    case fossilFuel = "fossil_fuel"
    /// A biomass fuel: its CO2 is a memo item outside the totals (2006 IPCC Guidelines Vol 2
    /// Ch 1, section 1.4.1.4); CH4 and N2O count, as non-fossil.
    case biomassFuel = "biomass_fuel"
    /// Grid electricity consumed: indirect (scope 2) emissions, reported apart.
    case electricity
    /// A raw material or product of an industrial process (clinker, lime, ammonia, steel), or a
    /// material applied to soils (urea, limestone).
    case material
    /// A refrigerant or other fluorinated gas, pure or a blend.
    case refrigerant
    /// A class of livestock, counted in heads.
    case livestock
    /// A crop or crop residue, measured by area.
    case crop
    /// Nitrogen added to or lost from managed soils, in mass of N.
    case nitrogen
    /// Land: a forest type, wood removals or disturbances.
    case land
    /// A type of solid waste.
    case waste
    /// Wastewater: domestic, or from an industry.
    case wastewater

    public var isFuel: Bool { self == .fossilFuel || self == .biomassFuel }
}

/// One entry of the activity vocabulary: an id, its names, the spellings users type for it.
public struct ActivityDefinition: Sendable, Hashable {
    /// Snake-case id such as `gas_diesel_oil`.
    public let id: String
    public let kind: ActivityKind
    public let nameEnglish: String
    public let nameVietnamese: String
    /// Other spellings accepted in activity data (`diesel`, `DO`).
    public let aliases: [String]
    /// Where the definition comes from.
    public let source: String
    /// File and line it was read from.
    public let location: SourceLocation

    public init(
        id: String, kind: ActivityKind, nameEnglish: String, nameVietnamese: String, aliases: [String], source: String,
        location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.nameEnglish = nameEnglish
        self.nameVietnamese = nameVietnamese
        self.aliases = aliases
        self.source = source
        self.location = location
    }
}
