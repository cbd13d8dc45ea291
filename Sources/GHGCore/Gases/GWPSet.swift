/// A set of 100-year global warming potentials from one IPCC assessment report.
///
/// Sources (the tests name them beside each value):
/// - AR4: IPCC AR4 WG1 Ch 2, Table 2.14 (100-yr).
/// - AR5: IPCC AR5 WG1 Ch 8, Table 8.A.1, 100-yr values without climate-carbon feedback; the set
///   the Paris Agreement transparency framework uses (decision 18/CMA.1, annex, para 37).
/// - AR6: IPCC AR6 WG1 Ch 7, Table 7.15 (CH4 fossil 29.8, non-fossil 27.0; N2O 273) and
///   Table 7.SM.7 for the halogenated gases, as transcribed by openclimatedata/globalwarmingpotentials
///   from the chapter authors' data (SF6 25 200; some secondary sources quote 24 300).
public enum GWPSet: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case ar4 = "AR4"
    case ar5 = "AR5"
    case ar6 = "AR6"

    /// AR5, the set of Paris Agreement reporting.
    public static let `default` = GWPSet.ar5

    /// Reads `AR4`, `ar5`, `AR6` ...
    public init?(name: String) {
        guard let set = GWPSet(rawValue: name.trimmedASCIIWhitespace().uppercased()) else { return nil }
        self = set
    }

    public var description: String { rawValue }

    /// The report and table the values come from.
    public var sourceNote: String {
        switch self {
        case .ar4: return "IPCC AR4 WG1 Ch 2 Table 2.14, 100-year"
        case .ar5: return "IPCC AR5 WG1 Ch 8 Table 8.A.1, 100-year, without climate-carbon feedback"
        case .ar6: return "IPCC AR6 WG1 Ch 7 Table 7.15 and Table 7.SM.7, 100-year"
        }
    }

    /// The GWP-100 of `gas`; for CH4 under AR6 it depends on the carbon's origin.
    public func gwp(_ gas: Gas, origin: CarbonOrigin = .fossil) -> Double {
        switch self {
        case .ar4:
            switch gas {
            case .co2: return 1
            case .ch4: return 25
            case .n2o: return 298
            case .hfc23: return 14_800
            case .hfc32: return 675
            case .hfc125: return 3_500
            case .hfc134a: return 1_430
            case .hfc143a: return 4_470
            case .hfc152a: return 124
            case .cf4: return 7_390
            case .c2f6: return 12_200
            case .sf6: return 22_800
            case .nf3: return 17_200
            }
        case .ar5:
            switch gas {
            case .co2: return 1
            case .ch4: return 28
            case .n2o: return 265
            case .hfc23: return 12_400
            case .hfc32: return 677
            case .hfc125: return 3_170
            case .hfc134a: return 1_300
            case .hfc143a: return 4_800
            case .hfc152a: return 138
            case .cf4: return 6_630
            case .c2f6: return 11_100
            case .sf6: return 23_500
            case .nf3: return 16_100
            }
        case .ar6:
            switch gas {
            case .co2: return 1
            case .ch4: return origin == .fossil ? 29.8 : 27.0
            case .n2o: return 273
            case .hfc23: return 14_600
            case .hfc32: return 771
            case .hfc125: return 3_740
            case .hfc134a: return 1_530
            case .hfc143a: return 5_810
            case .hfc152a: return 164
            case .cf4: return 7_380
            case .c2f6: return 12_400
            case .sf6: return 25_200
            case .nf3: return 17_400
            }
        }
    }

    /// A one-line summary for report headers: `AR5 (CH4 28, N2O 265; IPCC AR5 WG1 ...)`.
    public var summary: String {
        let ch4: String
        if self == .ar6 {
            ch4 = "CH4 fossil \(formatGWP(gwp(.ch4, origin: .fossil))), non-fossil \(formatGWP(gwp(.ch4, origin: .biogenic)))"
        } else {
            ch4 = "CH4 \(formatGWP(gwp(.ch4)))"
        }
        return "\(rawValue) (\(ch4), N2O \(formatGWP(gwp(.n2o))); \(sourceNote))"
    }

    private func formatGWP(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
