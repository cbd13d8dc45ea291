import GHGCore
import GHGFactors

/// How the emission factor of one gas changes over the projection for the selected sources, such
/// as the grid emission factor path of scope 2 electricity.
///
/// Applies to the years after the base year: the base year is the inventory as computed.
public struct FactorPath: Sendable {
    public enum Kind: Sendable {
        /// The factor itself in each year: the gas emitted is amount x factor, so the unit must
        /// turn the sources' amounts into a mass of the gas (`t CO2/MWh` for electricity in GWh).
        case values(SeriesSpec, unit: MeasureUnit)
        /// A multiplier of the base-year factor, relative to its own base-year value (1 or 100).
        case index(SeriesSpec)
    }

    public var selector: SourceSelector
    public var gas: Gas
    public var kind: Kind
    public var path: String
    public var location: SourceLocation
}

extension FactorPath {
    static func decode(_ cursor: JSONCursor, horizon: Int, library: FactorLibrary) throws(InputError) -> FactorPath {
        let ownKeys = SourceSelector.keys + ["gas", "unit", "index", "note"]
        let selector = try SourceSelector.decode(cursor, library: library, requireCategory: true)
        let gas = try cursor.required("gas", "the gas whose factor changes, such as \"CO2\"").gas()
        let kind: Kind
        if let index = try cursor.member("index") {
            try cursor.checkKeys(ownKeys)
            guard !cursor.has("unit") else { throw cursor.error("an index has no unit; give either \"index\" or \"values\" with \"unit\"") }
            kind = .index(try SeriesSpec.decode(index, horizon: horizon))
        } else {
            let unitCursor = try cursor.required("unit", "the factor's unit, such as \"t CO2/MWh\" (or give \"index\")")
            let unit = try unitCursor.measureUnit()
            guard unit.dimension.mass == 1 else {
                throw unitCursor.error("a factor path needs a mass of \(gas.rawValue) per unit of activity, such as \"t \(gas.rawValue)/MWh\"; found \"\(unit.symbol)\"")
            }
            if let substance = unit.substance, substance != gas.rawValue {
                throw unitCursor.error("the unit measures \(substance) but the path is for \(gas.rawValue)")
            }
            kind = .values(try SeriesSpec.decode(cursor, horizon: horizon, otherKeys: ownKeys), unit: unit)
        }
        return FactorPath(selector: selector, gas: gas, kind: kind, path: cursor.path, location: cursor.location)
    }
}
