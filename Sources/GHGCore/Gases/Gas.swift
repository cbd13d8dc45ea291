/// A greenhouse gas the inventory reports.
///
/// The F-gases are those of the 2006 IPCC Guidelines' IPPU volume that Vietnamese inventories
/// meet most (refrigerants HFC-32, HFC-125, HFC-134a, HFC-143a, HFC-152a; HFC-23 by-product;
/// PFCs from aluminium; SF6 in switchgear; NF3 in electronics).
public enum Gas: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case co2 = "CO2"
    case ch4 = "CH4"
    case n2o = "N2O"
    case hfc23 = "HFC-23"
    case hfc32 = "HFC-32"
    case hfc125 = "HFC-125"
    case hfc134a = "HFC-134a"
    case hfc143a = "HFC-143a"
    case hfc152a = "HFC-152a"
    case cf4 = "CF4"
    case c2f6 = "C2F6"
    case sf6 = "SF6"
    case nf3 = "NF3"

    /// The chemical formula, as written in the inventory tables.
    public var formula: String { rawValue }
    public var description: String { rawValue }

    /// Reads a gas name case-insensitively (`co2`, `CH4`, `hfc-134a`, `HFC134a`).
    public init?(name: String) {
        let key = name.trimmedASCIIWhitespace().uppercased().replacingAll("-", with: "")
        guard let gas = Gas.allCases.first(where: { $0.rawValue.uppercased().replacingAll("-", with: "") == key }) else {
            return nil
        }
        self = gas
    }

    /// Reporting order: CO2, CH4, N2O, then the F-gases in declaration order.
    public static func < (lhs: Gas, rhs: Gas) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Gas.allCases.firstIndex(of: self) ?? 0 }
}

/// Whether a gas's carbon is fossil or recent biogenic (biomass, livestock, waste).
///
/// Matters for AR6, which gives fossil CH4 a higher GWP than non-fossil CH4 (the fossil value
/// includes the CO2 its oxidation adds), and for biomass CO2, which the 2006 Guidelines report as a
/// memo item outside the totals.
public enum CarbonOrigin: String, Sendable, Hashable, CaseIterable {
    case fossil
    case biogenic
}
