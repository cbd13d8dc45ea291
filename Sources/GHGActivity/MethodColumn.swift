import GHGCore
import GHGFactors

/// An optional activity column read by the sector methods (industry, agriculture, land, waste):
/// a qualifier that selects a factor (`water_regime`, `site_type`), a measured value
/// (`cultivation_days`, `temperature`), or a record's own value of a factor parameter (`docf`,
/// `decay_rate`, `clinker_fraction` ...: Tier 2 data that takes precedence over the library).
///
/// See `docs/activity-data.md` for every column, its unit and the methods that read it.
public struct MethodColumn: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An id such as `continuously_flooded`; compared case-insensitively, spaces and hyphens
        /// read as underscores.
        case text
        /// A number in `unit`, zero or more; at most 1 when `isFraction`.
        case number
        /// A number that may be negative (a temperature).
        case signedNumber
    }

    public let name: String
    public let kind: Kind
    /// The unit numbers are read in (documented; a column carries no unit of its own).
    public let unit: String
    public let isFraction: Bool
    public let meaning: String

    init(_ name: String, _ kind: Kind, unit: String = "", fraction: Bool = false, _ meaning: String) {
        self.name = name
        self.kind = kind
        self.unit = unit
        self.isFraction = fraction
        self.meaning = meaning
    }

    public static let season = MethodColumn("season", .text, "growing season of a rice crop (winter_spring, summer_autumn ...), to keep seasons apart")
    public static let waterRegime = MethodColumn("water_regime", .text, "rice: water regime during cultivation (Vol 4 Table 5.12)")
    public static let preseasonRegime = MethodColumn("preseason_regime", .text, "rice: water regime before cultivation (Vol 4 Table 5.13)")
    public static let amendment = MethodColumn("amendment", .text, "rice: organic amendment type (Vol 4 Table 5.14), or a list type:t/ha+type:t/ha")
    public static let manureSystem = MethodColumn("manure_system", .text, "manure management system (Vol 4 Table 10.21)")
    public static let site = MethodColumn("site", .text, "solid waste disposal site: deposits of one site decay together")
    public static let siteType = MethodColumn("site_type", .text, "solid waste disposal site type, for the MCF (Vol 5 Table 3.1)")
    public static let climateZone = MethodColumn("climate_zone", .text, "climate zone for the decay rate (Vol 5 Table 3.3); default tropical_wet")
    public static let pathway = MethodColumn("pathway", .text, "wastewater treatment or discharge pathway (Vol 5 Table 6.3)")
    public static let biomassClass = MethodColumn("biomass_class", .text, "forest: above-ground biomass class for the root-to-shoot ratio (Vol 4 Table 4.4), e.g. agb_lt125")
    public static let amendmentRate = MethodColumn("amendment_rate", .number, unit: "t/ha", "rice: application rate of the organic amendment (ROA)")
    public static let cultivationDays = MethodColumn("cultivation_days", .number, unit: "d", "rice: cultivation period of the season")
    public static let temperature = MethodColumn("temperature", .signedNumber, unit: "degC", "annual mean temperature, for manure CH4 (Vol 4 Tables 10.14, 10.15)")

    /// The qualifier and measurement columns (factor-parameter columns come from `FactorParameter`).
    public static let fixed: [MethodColumn] = [
        season, waterRegime, preseasonRegime, amendment, manureSystem, site, siteType, climateZone, pathway, biomassClass, amendmentRate,
        cultivationDays, temperature,
    ]

    /// The column for a factor parameter a record may give itself.
    public static func overriding(_ parameter: FactorParameter) -> MethodColumn? {
        guard let unit = parameter.recordUnit, !notRecordColumns.contains(parameter) else { return nil }
        return MethodColumn(parameter.rawValue, .number, unit: unit, fraction: parameter.isFraction, parameter.description)
    }

    /// Parameters a record does not give in a column of their own name: those with their own
    /// value and unit columns, per-gas blend compositions, values the method derives from other
    /// columns (the rice amendment factor from `amendment`), and the cultivation period, which
    /// is `cultivation_days`.
    static let notRecordColumns: Set<FactorParameter> = [
        .ef, .ncv, .density, .componentFraction, .amendmentConversionFactor, .amendmentExponent, .cultivationPeriod,
    ]

    /// Every method column, fixed ones first.
    public static let all: [MethodColumn] = fixed + FactorParameter.allCases.compactMap(overriding)

    private static let byName: [String: MethodColumn] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func named(_ name: String) -> MethodColumn? { byName[name] }

    /// How qualifier text is compared: lower case, with spaces and hyphens as underscores.
    public static func normalised(_ text: String) -> String {
        String(text.trimmedASCIIWhitespace().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
