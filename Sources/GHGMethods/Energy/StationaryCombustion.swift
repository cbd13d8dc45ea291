extension FuelCombustionMethod {
    /// Stationary combustion, 1.A.1, 1.A.2, 1.A.4.a, 1.A.4.b, 1.A.4.c.i, 1.A.5.a:
    /// IPCC 2006 Vol 2 Ch 2, Eq. 2.1 (Tier 1: fuel consumed x default emission factor), CO2 from
    /// Table 1.4, CH4 and N2O from Tables 2.2 (energy industries), 2.3 (manufacturing industries
    /// and construction), 2.4 (commercial/institutional) and 2.5 (residential and agriculture/
    /// forestry/fishing).
    public static let stationary = FuelCombustionMethod(
        id: "stationary_combustion",
        equation: "IPCC 2006 Vol 2 Ch 2 Eq. 2.1: emissions = fuel consumed (TJ) x emission factor (kg/TJ)")
}
