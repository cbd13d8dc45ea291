import GHGActivity
import GHGCore
import GHGFactors

/// Amount x emission factor, for each gas the library (or the record) has a factor for: the
/// Tier 1 equation of many sources, e.g. lime production (2006 IPCC Guidelines Vol 3 Eq. 2.8),
/// iron and steel by route (Vol 3 Eq. 4.1), enteric fermentation (Vol 4 Eq. 10.19), liming
/// and urea (Vol 4 Eq. 11.12, 11.13), composting and anaerobic digestion (Vol 5 Eq. 4.1, 4.2).
///
/// A factor in carbon (t C/t) becomes CO2 with 44/12; an annual per-head factor is multiplied by
/// the inventory year. A gas without a factor is not estimated by the Tier 1 method (e.g. CH4
/// of basic oxygen steel); a source with no factor at all is an error.
public struct ProcessEmissionMethod: EmissionMethod {
    public let id: String
    public let equation: String
    /// The gases to look for, in order.
    public let gases: [Gas]
    /// Where the factor's qualifier comes from (e.g. the steel route in `technology`).
    public let qualifier: QualifierSource
    /// The dimensions the amount may have, and what it measures, for messages.
    public let amountDimensions: [Dimension]
    public let amountMeaning: String
    /// How CO2 is reported (biogenic CO2 of crop residues burnt is a memo item).
    public let co2Reporting: Reporting
    public let origin: CarbonOrigin

    public init(
        id: String, equation: String, gases: [Gas], qualifier: QualifierSource = .none, amountDimensions: [Dimension],
        amountMeaning: String, co2Reporting: Reporting = .territorial, origin: CarbonOrigin = .fossil
    ) {
        self.id = id
        self.equation = equation
        self.gases = gases
        self.qualifier = qualifier
        self.amountDimensions = amountDimensions
        self.amountMeaning = amountMeaning
        self.co2Reporting = co2Reporting
        self.origin = origin
    }

    public func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan {
        let factors = SectorFactors(source: source, context: context)
        try factors.requireUnit(amountDimensions, amountMeaning)
        var plans: [GasPlan] = []
        for gas in gases where factors.hasEmissionFactor(gas) {
            let steps = try factors.emissionFactor(gas, qualifier: qualifier)
            plans.append(try factors.gasPlan(gas, steps: steps, origin: origin, reporting: gas == .co2 ? co2Reporting : .territorial))
        }
        guard !plans.isEmpty else {
            throw MethodError(
                .activity,
                "no emission factor for '\(factors.activity.id)' in category \(factors.code) (\(id)); expected an activity with defaults here (see `ghg factors --category \(factors.code)`), or give ef_* and ef_unit columns")
        }
        return CalculationPlan(method: id, equation: equation, energySteps: nil, gases: plans)
    }
}
