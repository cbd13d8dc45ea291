extension FuelCombustionMethod {
    /// Road transportation, 1.A.3.b, fuel-based: IPCC 2006 Vol 2 Ch 3, Eq. 3.2.1 (CO2, Table
    /// 3.2.1) and Eq. 3.2.3 (CH4 and N2O, Tier 1, Table 3.2.2; gasoline factors depend on the
    /// vehicles' emission control technology).
    public static let road = FuelCombustionMethod(
        id: "road_transport",
        equation: "IPCC 2006 Vol 2 Ch 3 Eq. 3.2.1 (CO2) and Eq. 3.2.3 (CH4, N2O): emissions = fuel sold (TJ) x emission factor (kg/TJ)")

    /// Off-road vehicles and machinery, 1.A.3.e.ii, 1.A.4.c.ii (and records with technology
    /// `off_road` in 1.A.2 and 1.A.4.b): IPCC 2006 Vol 2 Ch 3, Eq. 3.3.1, Table 3.3.1.
    public static let offRoad = FuelCombustionMethod(
        id: "off_road",
        equation: "IPCC 2006 Vol 2 Ch 3 Eq. 3.3.1: emissions = fuel consumed (TJ) x emission factor (kg/TJ)")

    /// Railways, 1.A.3.c: IPCC 2006 Vol 2 Ch 3, Eq. 3.4.1, Table 3.4.1.
    public static let railways = FuelCombustionMethod(
        id: "railways",
        equation: "IPCC 2006 Vol 2 Ch 3 Eq. 3.4.1: emissions = fuel consumed (TJ) x emission factor (kg/TJ)")

    /// Water-borne navigation, 1.A.3.d and fishing 1.A.4.c.iii: IPCC 2006 Vol 2 Ch 3, Eq. 3.5.1,
    /// Tables 3.5.2 and 3.5.3. International navigation (1.A.3.d.i) is a memo item.
    public static let navigation = FuelCombustionMethod(
        id: "water_borne_navigation",
        equation: "IPCC 2006 Vol 2 Ch 3 Eq. 3.5.1: emissions = fuel consumed (TJ) x emission factor (kg/TJ)")

    /// Civil aviation, 1.A.3.a, Tier 1 fuel-based: IPCC 2006 Vol 2 Ch 3, Eq. 3.6.1, Tables 3.6.4
    /// and 3.6.5. International aviation (1.A.3.a.i) is a memo item.
    public static let aviation = FuelCombustionMethod(
        id: "civil_aviation",
        equation: "IPCC 2006 Vol 2 Ch 3 Eq. 3.6.1 (Tier 1): emissions = fuel consumed (TJ) x emission factor (kg/TJ)")
}
