/// The columns of an activity data file (tidy CSV, one record a row). See `docs/activity-data.md`.
public enum ActivityColumn: String, CaseIterable, Sendable, Hashable {
    // Required.
    /// Inventory year, e.g. `2019`.
    case year
    /// IPCC 2006 category code, e.g. `1.A.1.a.i`.
    case category
    /// What was consumed or produced: an activity id or alias from the factor library.
    case activity
    /// How much, a non-negative plain decimal number.
    case amount
    /// The unit of `amount`, e.g. `t`, `TJ`, `MWh`.
    case unit

    // Optional.
    /// Region or inventory boundary (a province, a former province, a commune ...).
    case region
    /// Where the figure comes from (statistics yearbook, utility report ...).
    case source
    /// ± percent half-width of the 95 % confidence interval of `amount`.
    case uncertainty
    /// Technology for technology-dependent factors (road vehicle emission control, engine type).
    case technology
    /// Record-level emission factors (Tier 2/3), overriding the library; unit in `ef_unit`.
    case efCO2 = "ef_co2"
    case efCH4 = "ef_ch4"
    case efN2O = "ef_n2o"
    case efUnit = "ef_unit"
    /// Record-level net calorific value, unit in `ncv_unit` (e.g. `TJ/Gg`, `GJ/t`).
    case ncv
    case ncvUnit = "ncv_unit"
    /// Record-level density for fuels given by volume, unit in `density_unit` (e.g. `t/m3`, `kg/L`).
    case density
    case densityUnit = "density_unit"
    /// Free text, not used in calculations.
    case note

    public static let required: [ActivityColumn] = [.year, .category, .activity, .amount, .unit]
}
