import GHGCore

/// The guidelines edition a factor belongs to.
public enum Edition: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 2006 IPCC Guidelines for National Greenhouse Gas Inventories (the default).
    case ipcc2006 = "2006"
    /// 2019 Refinement to the 2006 IPCC Guidelines.
    case ipcc2019 = "2019"

    public static let `default` = Edition.ipcc2006

    public init?(name: String) {
        switch name.trimmedASCIIWhitespace().lowercased() {
        case "2006", "ipcc2006", "ipcc 2006": self = .ipcc2006
        case "2019", "2019r", "ipcc2019", "ipcc 2019", "2019 refinement": self = .ipcc2019
        default: return nil
        }
    }

    /// `2006 Guidelines` or `2019 Refinement`, for sentences.
    public var shortName: String {
        switch self {
        case .ipcc2006: return "2006 Guidelines"
        case .ipcc2019: return "2019 Refinement"
        }
    }

    public var description: String {
        switch self {
        case .ipcc2006: return "2006 IPCC Guidelines"
        case .ipcc2019: return "2019 Refinement to the 2006 IPCC Guidelines"
        }
    }
}

/// Where a factor comes from in the library: the bundled library, or a user's own files.
public enum FactorLayer: Int, Sendable, Hashable, Comparable {
    case bundled = 0
    case user = 1

    public static func < (lhs: FactorLayer, rhs: FactorLayer) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One factor of the library, with its source and uncertainty: one row of a factor CSV file.
public struct Factor: Sendable, Hashable {
    /// Stable id, unique in the library (e.g. `IPCC2006-V2-T2.2-CH4-gas_diesel_oil`).
    public let id: String
    public let parameter: FactorParameter
    /// Index of the activity in the library's vocabulary.
    public let activity: Int
    /// Category codes the factor applies to, each covering its sub-categories; empty for any.
    public let categories: [String]
    /// The technology it is specific to (road vehicle control, engine type), if any.
    public let technology: String?
    /// The gas, for emission factors.
    public let gas: Gas?
    /// The year, for time-dependent factors such as the grid emission factor.
    public let year: Int?
    public let value: Double
    public let unit: MeasureUnit
    /// Lower and upper bounds of the 95 % confidence interval, in `unit`, where the source gives them.
    public let lower: Double?
    public let upper: Double?
    /// The guidelines edition; `nil` for factors that apply to every edition (national data).
    public let edition: Edition?
    /// The document, table and page the value is taken from.
    public let source: String
    public let table: String
    public let page: String
    public let note: String
    public let layer: FactorLayer
    /// The file and line the factor was read from.
    public let location: SourceLocation

    public init(
        id: String, parameter: FactorParameter, activity: Int, categories: [String], technology: String?, gas: Gas?,
        year: Int?, value: Double, unit: MeasureUnit, lower: Double?, upper: Double?, edition: Edition?, source: String,
        table: String, page: String, note: String, layer: FactorLayer, location: SourceLocation
    ) {
        self.id = id
        self.parameter = parameter
        self.activity = activity
        self.categories = categories
        self.technology = technology
        self.gas = gas
        self.year = year
        self.value = value
        self.unit = unit
        self.lower = lower
        self.upper = upper
        self.edition = edition
        self.source = source
        self.table = table
        self.page = page
        self.note = note
        self.layer = layer
        self.location = location
    }

    /// `source, table, p. page`, for audit trails.
    public var citation: String {
        var parts = [source]
        if !table.isEmpty { parts.append(table) }
        if !page.isEmpty { parts.append("p. \(page)") }
        return parts.joined(separator: ", ")
    }

    /// The value as a quantity.
    public var quantity: Quantity { Quantity(value, unit) }
}
