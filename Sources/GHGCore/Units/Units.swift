/// The units the inventory knows, and the parser that reads unit text such as `kg CO2/TJ`.
public enum Units {
    // Mass (base: gram).
    public static let g = MeasureUnit(symbol: "g", dimension: .mass, scale: ratio(1))
    public static let kg = MeasureUnit(symbol: "kg", dimension: .mass, scale: ratio(1_000))
    public static let t = MeasureUnit(symbol: "t", dimension: .mass, scale: ratio(1_000_000))
    public static let kt = MeasureUnit(symbol: "kt", dimension: .mass, scale: ratio(1_000_000_000))
    public static let Gg = MeasureUnit(symbol: "Gg", dimension: .mass, scale: ratio(1_000_000_000))
    public static let Mt = MeasureUnit(symbol: "Mt", dimension: .mass, scale: ratio(1_000_000_000_000))
    public static let Tg = MeasureUnit(symbol: "Tg", dimension: .mass, scale: ratio(1_000_000_000_000))

    // Energy (base: joule). 1 kWh = 3.6 MJ exactly; 1 toe = 41.868 GJ (the IEA/OECD tonne of oil
    // equivalent, IEA Energy Statistics Manual 2005, Annex 3).
    public static let MJ = MeasureUnit(symbol: "MJ", dimension: .energy, scale: ratio(1_000_000))
    public static let GJ = MeasureUnit(symbol: "GJ", dimension: .energy, scale: ratio(1_000_000_000))
    public static let TJ = MeasureUnit(symbol: "TJ", dimension: .energy, scale: ratio(1_000_000_000_000))
    public static let PJ = MeasureUnit(symbol: "PJ", dimension: .energy, scale: ratio(1_000_000_000_000_000))
    public static let kWh = MeasureUnit(symbol: "kWh", dimension: .energy, scale: ratio(3_600_000))
    public static let MWh = MeasureUnit(symbol: "MWh", dimension: .energy, scale: ratio(3_600_000_000))
    public static let GWh = MeasureUnit(symbol: "GWh", dimension: .energy, scale: ratio(3_600_000_000_000))
    public static let TWh = MeasureUnit(symbol: "TWh", dimension: .energy, scale: ratio(3_600_000_000_000_000))
    public static let toe = MeasureUnit(symbol: "toe", dimension: .energy, scale: ratio(41_868_000_000))
    public static let ktoe = MeasureUnit(symbol: "ktoe", dimension: .energy, scale: ratio(41_868_000_000_000))
    public static let Mtoe = MeasureUnit(symbol: "Mtoe", dimension: .energy, scale: ratio(41_868_000_000_000_000))

    // Volume (base: litre).
    public static let L = MeasureUnit(symbol: "L", dimension: .volume, scale: ratio(1))
    public static let m3 = MeasureUnit(symbol: "m3", dimension: .volume, scale: ratio(1_000))
    public static let thousandM3 = MeasureUnit(symbol: "thousand m3", dimension: .volume, scale: ratio(1_000_000))
    public static let millionM3 = MeasureUnit(symbol: "million m3", dimension: .volume, scale: ratio(1_000_000_000))

    // Area (base: square metre).
    public static let m2 = MeasureUnit(symbol: "m2", dimension: .area, scale: ratio(1))
    public static let ha = MeasureUnit(symbol: "ha", dimension: .area, scale: ratio(10_000))
    public static let km2 = MeasureUnit(symbol: "km2", dimension: .area, scale: ratio(1_000_000))

    // Count: livestock heads and persons are both counts of individuals.
    public static let head = MeasureUnit(symbol: "head", dimension: .count, scale: ratio(1))
    public static let person = MeasureUnit(symbol: "person", dimension: .count, scale: ratio(1))

    // Time (base: day). The year is 365 days, the convention of the IPCC equations that turn
    // daily rates into annual ones (e.g. 2006 IPCC Guidelines Vol 4 Eq. 10.30, Vol 5 Eq. 6.3).
    public static let day = MeasureUnit(symbol: "d", dimension: .time, scale: ratio(1))
    public static let year = MeasureUnit(symbol: "yr", dimension: .time, scale: ratio(365))

    /// A pure number; `fraction` is the same unit, for shares between 0 and 1.
    public static let dimensionless = MeasureUnit(symbol: "1", dimension: .dimensionless, scale: ratio(1))

    /// Every simple unit, by its canonical symbol and the other spellings accepted for it.
    public static let simple: [(unit: MeasureUnit, spellings: [String])] = [
        (g, []), (kg, []), (t, ["tonne", "tonnes", "tấn"]), (kt, ["kilotonne", "kilotonnes", "nghìn tấn"]), (Gg, []),
        (Mt, []), (Tg, []),
        (MJ, []), (GJ, []), (TJ, []), (PJ, []), (kWh, []), (MWh, []), (GWh, []), (TWh, []), (toe, ["TOE"]),
        (ktoe, ["kTOE", "KTOE"]), (Mtoe, ["MTOE"]),
        (L, ["l", "litre", "litres", "liter", "liters", "lít"]), (m3, ["m³", "cubic metre", "cubic metres"]),
        (thousandM3, ["1000 m3", "1000m3", "thousand m³", "nghìn m3"]), (millionM3, ["million m³", "triệu m3"]),
        (m2, ["m²"]), (ha, ["hectare", "hectares"]), (km2, ["km²"]),
        (head, ["heads", "con"]), (person, ["persons", "people", "cap", "capita", "người"]),
        (day, ["day", "days", "ngày"]), (year, ["year", "years", "a", "năm"]),
        (dimensionless, ["fraction", "ratio", "-"]),
    ]

    /// Substances a mass unit may name.
    public static let substances: Set<String> = [
        "CO2", "CH4", "N2O", "CO2e", "C", "N", "N2O-N", "dm", "BOD", "COD", "NH3", "HFC-23", "HFC-32", "HFC-125", "HFC-134a", "HFC-143a",
        "HFC-152a", "CF4", "C2F6", "SF6", "NF3",
    ]

    private static let bySpelling: [String: MeasureUnit] = {
        var table: [String: MeasureUnit] = [:]
        for (unit, spellings) in simple {
            table[unit.symbol] = unit
            for spelling in spellings { table[spelling] = unit }
        }
        return table
    }()

    /// Lower-case spellings for units whose case cannot be mistaken (`kwh`, `tj`, `m3`).
    /// Mass units other than kg and t are left out: `mt` could mean Mt or a metric ton.
    private static let byLowercaseSpelling: [String: MeasureUnit] = {
        var table: [String: MeasureUnit] = [:]
        for (unit, spellings) in simple where unit.dimension != .mass || unit == kg || unit == t {
            for spelling in [unit.symbol] + spellings { table[spelling.lowercased()] = unit }
        }
        return table
    }()

    /// Reads unit text: a simple unit (`t`, `MWh`, `thousand m3`), a mass with its substance
    /// (`t CO2e`, `kgCH4`), or a chain of divisions (`kg/TJ`, `t CO2/MWh`, `kg CH4/head/yr`,
    /// `1/yr`), where `a/b/c` means a per b per c.
    /// - Throws: `UnitError` naming the text and listing the units known.
    public static func parse(_ text: String) throws(UnitError) -> MeasureUnit {
        let trimmed = text.trimmedASCIIWhitespace()
        guard !trimmed.isEmpty else { throw UnitError("the unit is empty; expected a unit such as t, TJ or MWh") }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 4 else {
            throw UnitError("unit '\(trimmed)' has more than three '/'; expected a unit such as kg/TJ or kg CH4/head/yr")
        }
        var unit = try parseSimple(String(parts[0]).trimmedASCIIWhitespace(), whole: trimmed)
        for part in parts.dropFirst() {
            let denominator = try parseSimple(String(part).trimmedASCIIWhitespace(), whole: trimmed)
            guard let scale = unit.scale.divided(by: denominator.scale) else {
                throw UnitError("unit '\(trimmed)' is too large a ratio to convert exactly")
            }
            unit = MeasureUnit(
                symbol: "\(unit.symbol)/\(denominator.symbol)", dimension: unit.dimension / denominator.dimension, scale: scale,
                substance: unit.substance)
        }
        return unit
    }

    private static func parseSimple(_ text: String, whole: String) throws(UnitError) -> MeasureUnit {
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if let unit = bySpelling[collapsed] ?? byLowercaseSpelling[collapsed.lowercased()] { return unit }
        // A mass unit followed by a substance: `tCO2`, `t CO2e`, `kg C`.
        for (unit, spellings) in simple where unit.dimension == .mass {
            for spelling in [unit.symbol] + spellings where collapsed.hasPrefix(spelling) {
                let rest = String(collapsed.dropFirst(spelling.count)).trimmedASCIIWhitespace()
                if substances.contains(rest) {
                    return MeasureUnit(symbol: "\(unit.symbol) \(rest)", dimension: .mass, scale: unit.scale, substance: rest)
                }
            }
        }
        let known = simple.map(\.unit.symbol).joined(separator: ", ")
        if collapsed == whole {
            throw UnitError("unknown unit '\(collapsed)'; known units: \(known), and ratios of them such as kg/TJ")
        }
        throw UnitError("unknown unit '\(collapsed)' in '\(whole)'; known units: \(known)")
    }

    private static func ratio(_ value: Int64) -> ExactRatio {
        ExactRatio(value) ?? .one
    }
}
