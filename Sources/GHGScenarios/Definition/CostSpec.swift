import GHGCore

/// The cost of a measure, for the cost per tonne of CO2e avoided.
///
/// Cost per tonne = (investment + yearly costs over the years the measure acts, to the horizon),
/// divided by the CO2e it avoids over those years, both discounted to the base year at
/// `discountRatePercent` (0 by default: plain sums), the levelised cost of abatement.
public struct CostSpec: Sendable, Hashable {
    /// The currency unit as written (`million VND`, `USD`).
    public var currency: String
    public var investment: Double
    public var investmentYear: Int
    /// Yearly cost (operation, maintenance, fuel difference) while the measure acts; negative
    /// for savings.
    public var yearly: Double
    public var discountRatePercent: Double
    public var path: String
    /// Where the cost is (its investment year, when given), for messages.
    public var location: SourceLocation
}

extension CostSpec {
    static func decode(_ cursor: JSONCursor, defaultYear: Int) throws(InputError) -> CostSpec {
        try cursor.checkKeys(["currency", "investment", "investment_year", "yearly", "discount_rate_percent"])
        let currency = try cursor.required("currency", "the currency unit, such as \"million VND\" or \"USD\"").string()
        let investment = try cursor.member("investment")?.double() ?? 0
        let yearly = try cursor.member("yearly")?.double() ?? 0
        guard cursor.has("investment") || cursor.has("yearly") else {
            throw cursor.error("a cost needs \"investment\", \"yearly\" or both")
        }
        let rateCursor = try cursor.member("discount_rate_percent")
        let rate = try rateCursor?.double() ?? 0
        guard (0..<100).contains(rate) else { throw (rateCursor ?? cursor).error("the discount rate must be 0 to 100 percent, found \(rate)") }
        return CostSpec(
            currency: currency, investment: investment, investmentYear: try cursor.member("investment_year")?.year() ?? defaultYear, yearly: yearly,
            discountRatePercent: rate, path: cursor.path, location: (try cursor.member("investment_year") ?? cursor).location)
    }
}
