import GHGActivity
import GHGCore
import GHGFactors

/// Where the qualifier of a factor lookup (the factor file's `technology` column) comes from.
public enum QualifierSource: Sendable, Hashable {
    /// The factor does not depend on one.
    case none
    /// The record's `technology` column (steel route, incinerator type, treatment).
    case technology
    /// A method column of the record (`water_regime`, `site_type`, `pathway` ...).
    case column(MethodColumn)
    /// A value the method works out, e.g. the temperature class `mat_26` from `temperature`,
    /// blamed on `column` in messages.
    case derived(String, from: MethodColumn)
}

/// Finds the values a sector method needs for one source: the record's own (a column named
/// after the parameter, Tier 2) or the library's, each with its citation and the reason it was
/// chosen; every failure is a `MethodError` that names the column to fix.
struct SectorFactors {
    let source: ActivitySource
    let context: MethodContext
    let activity: ActivityDefinition
    /// The source's category code, e.g. `3.C.7`.
    let code: String

    init(source: ActivitySource, context: MethodContext) {
        self.source = source
        self.context = context
        self.activity = context.library.activities[source.activity]
        self.code = context.tree[source.category].code
    }

    /// The qualifier text and the column to blame, for a lookup.
    func qualifier(_ from: QualifierSource) -> (value: String?, column: String, error: MethodError.Blame) {
        switch from {
        case .none: return (nil, "", .activity)
        case .technology: return (source.technology, "technology", .activityColumn(.technology))
        case .column(let column): return (source.parameters.qualifier(column), column.name, .method(column.name))
        case .derived(let value, let column): return (value, column.name, .method(column.name))
        }
    }

    /// A parameter's value for this source: the record's column of the same name, else the
    /// library's factor for `activityID` (default: the source's activity) and the qualifier.
    func value(
        _ parameter: FactorParameter, activityID: String? = nil, qualifier from: QualifierSource = .none, gas: Gas? = nil,
        recordOverride: Bool = true, category: String? = nil
    ) throws(MethodError) -> FactorUse {
        if recordOverride, let value = source.parameters.value(of: parameter), let unitText = parameter.recordUnit,
            let unit = try? Units.parse(unitText)
        {
            return FactorUse(recordValue: value, unit: unit, parameter: parameter, gas: gas, citation: context.recordCitation)
        }
        let use = try library(parameter, activityID: activityID, qualifier: from, gas: gas, category: category)
        guard parameter.accepts(use.unit) else {
            throw MethodError(parameter: parameter, "factor \(use.factorID) has unit '\(use.unit.symbol)', which does not fit \(parameter.description); expected \(parameter.expectedDimension)")
        }
        return use
    }

    /// A factor of the library only.
    ///
    /// `category` is the category the value is for, when not the source's own (indirect N2O of
    /// 3.C.5 from nitrogen recorded in 3.C.4).
    func library(
        _ parameter: FactorParameter, activityID: String? = nil, qualifier from: QualifierSource = .none, gas: Gas? = nil,
        category: String? = nil
    ) throws(MethodError) -> FactorUse {
        let code = category ?? self.code
        let activityIndex: Int
        if let activityID {
            guard let index = context.library.activity(named: activityID) else {
                throw MethodError(.activity, "the factor library has no activity '\(activityID)', which \(code) needs; is the bundled library complete?")
            }
            activityIndex = index
        } else {
            activityIndex = source.activity
        }
        let (qualifierValue, columnName, blame) = qualifier(from)
        let query = FactorQuery(
            parameter: parameter, activity: activityIndex, category: code, technology: qualifierValue, gas: gas, year: source.year)
        do {
            return FactorUse(choice: try context.library.resolve(query))
        } catch {
            let name = context.library.activities[activityIndex].id
            let what = gas.map { "\($0.rawValue) \(parameter.description)" } ?? parameter.description
            let override = parameter.recordUnit.map { " give a '\(parameter.rawValue)' column (\($0))," } ?? ""
            let message: String
            var target = blame
            switch error {
            case .noFactor:
                target = parameter.recordUnit != nil ? .method(parameter.rawValue) : .activity
                message = "no default \(what) for '\(name)' in category \(code) in the factor library;\(override) or add one with --factors DIR"
            case .technologyRequired(let known):
                message = "the \(what) for '\(name)' in \(code) depends on the \(columnName); add a '\(columnName)' column with one of: \(known.joined(separator: ", "))"
            case .unknownTechnology(let given, let known):
                message = "unknown \(columnName) '\(given)' for the \(what) of '\(name)' in \(code); known: \(known.joined(separator: ", "))"
            case .noFactorForYear(_, let known):
                message = "no \(what) for '\(name)' in \(source.year); the library has the years \(known.map(String.init).joined(separator: ", "))"
            case .ambiguous(let a, let b):
                message = "two factors match equally for the \(what) of '\(name)' in \(code): \(a.id) (\(a.location)) and \(b.id) (\(b.location)); make one more specific"
            }
            throw MethodError(blame: target, message)
        }
    }

    /// Whether the library has an emission factor of `gas` for the activity in this category
    /// (for any qualifier), or the record gives its own.
    func hasEmissionFactor(_ gas: Gas, activityID: String? = nil) -> Bool {
        if activityID == nil, source.parameters.emissionFactor(for: gas) != nil { return true }
        guard let index = activityID.map({ context.library.activity(named: $0) }) ?? source.activity else { return false }
        return context.library.factors(activity: index, parameter: .ef).contains { i in
            let factor = context.library.factors[i]
            return factor.gas == gas && (factor.categories.isEmpty || factor.categories.contains { CategoryTree.code(code, isWithin: $0) })
        }
    }

    /// The emission factor for `gas` (the record's `ef_*` with `ef_unit`, or the library's) and
    /// the steps that apply it: a factor in carbon (`t C/t`) is followed by 44/12 for CO2 or
    /// 16/12 for CH4, one in N2O-N (`kg N2O-N/kg N`) by 44/28 (2006 IPCC Guidelines Vol 4 Eq.
    /// 11.1, 11.13; Vol 5 Eq. 5.1, 6.7).
    func emissionFactor(_ gas: Gas, activityID: String? = nil, qualifier from: QualifierSource = .none, category: String? = nil)
        throws(MethodError) -> [CalculationStep]
    {
        let use: FactorUse
        if activityID == nil, let value = source.parameters.emissionFactor(for: gas), let unit = source.parameters.efUnit {
            use = FactorUse(recordValue: value, unit: unit, parameter: .ef, gas: gas, citation: context.recordCitation)
        } else {
            use = try library(.ef, activityID: activityID, qualifier: from, gas: gas, category: category)
        }
        guard FactorParameter.ef.accepts(use.unit) else {
            throw MethodError(.efUnit, "emission factor unit '\(use.unit.symbol)' (\(use.unit.dimension)) is not a mass of gas per unit of activity")
        }
        var steps = [CalculationStep(use)]
        switch (use.unit.substance, gas) {
        case (nil, _), (gas.rawValue, _):
            break
        case ("C", .co2):
            steps.append(CalculationStep(SectorConstants.co2PerCarbon))
        case ("C", .ch4):
            steps.append(CalculationStep(SectorConstants.ch4PerCarbon))
        case ("N2O-N", .n2o):
            steps.append(CalculationStep(SectorConstants.n2oPerN2ON))
        case (let substance?, _):
            throw MethodError(.efUnit, "the \(gas.rawValue) emission factor is in '\(use.unit.symbol)', a mass of \(substance); give a mass of \(gas.rawValue)\(substance == "CO2e" ? " (the GWP is applied by the inventory)" : "")")
        }
        return steps
    }

    /// A plan for one gas with `steps`, checked to give a mass: a chain that gives a mass per
    /// year (per-head or per-hectare annual factors) is multiplied by the inventory year.
    func gasPlan(
        _ gas: Gas, steps: [CalculationStep], origin: CarbonOrigin = .fossil, reporting: Reporting = .territorial, sign: Double = 1,
        category: String? = nil, label: String = ""
    ) throws(MethodError) -> GasPlan {
        var steps = steps
        var product = QuantityProduct(Quantity(1, source.unit))
        for step in steps {
            if step.divides { product.divide(by: step.use.quantity) } else { product.multiply(by: step.use.quantity) }
        }
        if product.dimension == Dimension.mass / .time { steps.append(CalculationStep(SectorConstants.inventoryYear)) }
        _ = try CalculationPlan.apply(steps, amount: Quantity(1, source.unit), in: Units.t)
        let categoryIndex = try category.map { code throws(MethodError) -> Int in
            guard let index = context.tree.index(of: code) else { throw MethodError(.category, "internal: unknown category \(code)") }
            return index
        }
        return GasPlan(gas: gas, origin: origin, reporting: reporting, steps: steps, sign: sign, category: categoryIndex, label: label)
    }

    /// The source's unit must have `dimension`; `what` names what the amount measures.
    func requireUnit(_ dimensions: [Dimension], _ what: String) throws(MethodError) {
        guard dimensions.contains(source.unit.dimension) else {
            throw MethodError(.unit, "unit '\(source.unit.symbol)' (\(source.unit.dimension)) cannot measure \(what) of '\(activity.id)' in \(code); expected \(dimensions.map { "\($0)" }.joined(separator: " or "))")
        }
    }

    /// The record's text in a method column, or an error naming the column and the values known.
    func requiredQualifier(_ column: MethodColumn, known: [String] = []) throws(MethodError) -> String {
        guard let value = source.parameters.qualifier(column) else {
            let hint = known.isEmpty ? "" : " with one of: \(known.joined(separator: ", "))"
            throw MethodError(column, "'\(activity.id)' in \(code) needs a '\(column.name)' column (\(column.meaning))\(hint)")
        }
        return value
    }
}

extension MethodError {
    /// Which column an error points at.
    enum Blame {
        case activity
        case activityColumn(ActivityColumn)
        case method(String)
    }

    init(blame: Blame, _ message: String) {
        switch blame {
        case .activity: self.init(.activity, message)
        case .activityColumn(let column): self.init(column, message)
        case .method(let name): self.init(methodColumnNamed: name, message)
        }
    }
}

/// Constants of the IPCC equations, cited where they are defined.
public enum SectorConstants {
    static func ratio(_ symbol: String, substance: String) -> MeasureUnit {
        MeasureUnit(symbol: symbol, dimension: .dimensionless, scale: .one, substance: substance)
    }

    /// 44/12: mass of CO2 per mass of carbon.
    public static let co2PerCarbon = FactorUse(
        constant: 44.0 / 12.0, unit: ratio("t CO2/t C", substance: "CO2"), name: "44/12",
        citation: "molecular weight ratio CO2/C, 2006 IPCC Guidelines (e.g. Vol 4 Eq. 11.13, Vol 5 Eq. 5.1)")
    /// 16/12: mass of CH4 per mass of carbon.
    public static let ch4PerCarbon = FactorUse(
        constant: 16.0 / 12.0, unit: ratio("t CH4/t C", substance: "CH4"), name: "16/12",
        citation: "molecular weight ratio CH4/C, 2006 IPCC Guidelines Vol 5 Eq. 3.6")
    /// 44/28: mass of N2O per mass of N2O-N.
    public static let n2oPerN2ON = FactorUse(
        constant: 44.0 / 28.0, unit: ratio("t N2O/t N2O-N", substance: "N2O"), name: "44/28",
        citation: "molecular weight ratio N2O/N2, 2006 IPCC Guidelines Vol 4 Eq. 10.25, 11.1")
    /// The inventory year: annual rates (kg CH4/head/yr) times one year.
    public static let inventoryYear = FactorUse(
        constant: 1, unit: Units.year, name: "1 yr",
        citation: "the inventory year (annual factors x average population or area of the year)")
}
