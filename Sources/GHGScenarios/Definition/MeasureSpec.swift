import GHGCore
import GHGFactors

/// A mitigation measure: what it acts on, what it does, when, in which tier, at what cost.
///
/// Measures are applied source by source and year by year, in sequence, each to what the
/// measures before it left: first the voluntary tier, then the conditional tier, each in file
/// order. What a measure removes is its contribution, so the contributions of all measures add up
/// exactly to BAU minus the scenario and nothing is counted twice.
public struct MeasureSpec: Sendable {
    /// What a reduction stated in percent is a percentage of.
    public enum Basis: String, Sendable, CaseIterable {
        /// Of the BAU emissions (or activity) of the sources in that year: how plans state tier
        /// targets ("10 % below BAU"). Capped at what remains, with a warning.
        case bau
        /// Of what the measures before it left.
        case remaining
    }

    public enum Action: Sendable {
        /// Emissions (all gases) fall by `percent` of the basis.
        case reduceEmissions(percent: Double, basis: Basis)
        /// Activity falls by `percent` of the basis; emissions follow.
        case reduceActivity(percent: Double, basis: Basis)
        /// Activity falls by `percentPerYear` each year from the ramp's start, compounding:
        /// the remaining activity is multiplied by (1 - p)^n after n years (n = 1 in the first).
        case efficiency(percentPerYear: Double)
        /// `percent` of the remaining activity moves to another activity (a fuel or technology),
        /// `energyRatio` units of the new one for each unit of the old; the new activity's
        /// emissions are computed with the factor library.
        case fuelSwitch(percent: Double, activity: Int, activityID: String, technology: String?, energyRatio: Double)
        /// `percent` of the remaining activity gets a new emission factor for `gas`.
        case newFactor(percent: Double, gas: Gas, value: Double, unit: MeasureUnit)
    }

    public var id: String
    public var name: String
    public var tier: Tier
    public var selector: SourceSelector
    public var action: Action
    public var ramp: RampSpec
    public var cost: CostSpec?
    public var path: String
    public var location: SourceLocation

    /// The action's name in the file.
    public var actionName: String {
        switch action {
        case .reduceEmissions: return "reduce_emissions"
        case .reduceActivity: return "reduce_activity"
        case .efficiency: return "efficiency"
        case .fuelSwitch: return "switch"
        case .newFactor: return "factor"
        }
    }
}

extension MeasureSpec {
    static let actions = ["reduce_emissions", "reduce_activity", "efficiency", "switch", "factor"]

    static func decode(_ cursor: JSONCursor, library: FactorLibrary) throws(InputError) -> MeasureSpec {
        let common = ["id", "name", "tier", "action", "ramp", "cost", "note"] + SourceSelector.keys
        let actionCursor = try cursor.required("action", "what the measure does: one of \(actions.joined(separator: ", "))")
        let actionName = try actionCursor.oneOf(actions)
        let idCursor = try cursor.required("id", "a short unique id such as \"coal-efficiency\"")
        let id = try idCursor.string()
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
            throw idCursor.error("a measure id is letters, digits, '-', '_' and '.'; found \"\(id)\"")
        }
        let name = try cursor.member("name")?.string() ?? id
        let tierCursor = try cursor.required("tier", "voluntary or conditional")
        let tier = Tier(rawValue: try tierCursor.oneOf(Tier.allCases.map(\.rawValue))) ?? .voluntary
        let selector = try SourceSelector.decode(cursor, library: library, requireCategory: true)
        let ramp = try RampSpec.decode(try cursor.required("ramp", "when it starts and how it ramps up, such as {\"start\": 2016, \"full\": 2020}"))
        let cost = try cursor.member("cost").map { c throws(InputError) in try CostSpec.decode(c, defaultYear: ramp.start ?? ramp.points[0].year) }

        func basis() throws(InputError) -> Basis {
            let of = try cursor.required("of", "what the percentage is of: \"bau\" (below BAU, as plans state tiers) or \"remaining\" (of what earlier measures left)")
            return Basis(rawValue: try of.oneOf(Basis.allCases.map(\.rawValue))) ?? .remaining
        }
        let action: Action
        switch actionName {
        case "reduce_emissions":
            try cursor.checkKeys(common + ["percent", "of"])
            action = .reduceEmissions(percent: try cursor.required("percent", "the reduction in percent").percent(), basis: try basis())
        case "reduce_activity":
            try cursor.checkKeys(common + ["percent", "of"])
            action = .reduceActivity(percent: try cursor.required("percent", "the reduction in percent").percent(), basis: try basis())
        case "efficiency":
            try cursor.checkKeys(common + ["percent_per_year"])
            action = .efficiency(percentPerYear: try cursor.required("percent_per_year", "the yearly efficiency gain in percent").percent())
        case "switch":
            try cursor.checkKeys(common + ["percent", "to", "energy_ratio"])
            let percent = try cursor.required("percent", "the share of the activity that switches, in percent").percent()
            let to = try cursor.required("to", "the activity switched to, such as {\"activity\": \"natural_gas\"}")
            try to.checkKeys(["activity", "technology"])
            let activityCursor = try to.required("activity", "the activity id in the factor library")
            let activityName = try activityCursor.string()
            guard let activity = library.activity(named: activityName) else {
                throw activityCursor.error("unknown activity \"\(activityName)\"; `ghg factors` lists the activities of the factor library")
            }
            let ratioCursor = try cursor.member("energy_ratio")
            let ratio = try ratioCursor?.double() ?? 1
            guard ratio > 0 else { throw (ratioCursor ?? cursor).error("the energy ratio must be positive, found \(ratio)") }
            action = .fuelSwitch(
                percent: percent, activity: activity, activityID: library.activities[activity].id, technology: try to.member("technology")?.string(),
                energyRatio: ratio)
        default:
            try cursor.checkKeys(common + ["percent", "gas", "value", "unit"])
            let percent = try cursor.member("percent")?.percent() ?? 100
            let gas = try cursor.required("gas", "the gas whose factor changes").gas()
            let valueCursor = try cursor.required("value", "the new factor")
            let value = try valueCursor.double()
            guard value >= 0 else { throw valueCursor.error("an emission factor cannot be negative, found \(value)") }
            let unitCursor = try cursor.required("unit", "the factor's unit, such as \"t CO2/MWh\"")
            let unit = try unitCursor.measureUnit()
            guard unit.dimension.mass == 1 else {
                throw unitCursor.error("a factor needs a mass of \(gas.rawValue) per unit of activity, such as \"t \(gas.rawValue)/MWh\"; found \"\(unit.symbol)\"")
            }
            if let substance = unit.substance, substance != gas.rawValue {
                throw unitCursor.error("the unit measures \(substance) but the factor is for \(gas.rawValue)")
            }
            action = .newFactor(percent: percent, gas: gas, value: value, unit: unit)
        }
        return MeasureSpec(
            id: id, name: name, tier: tier, selector: selector, action: action, ramp: ramp, cost: cost, path: cursor.path, location: cursor.location)
    }
}
