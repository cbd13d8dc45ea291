import Testing

@testable import GHGCore
@testable import GHGInventory
@testable import GHGMethods

/// Forest land by the gain-loss method (2006 IPCC Guidelines Vol 4 Eq. 2.7-2.13): removals as
/// negative emissions, reported apart from gross emissions.
@Suite("Forest land")
struct ForestLandTests {
    /// Gain: 1000 ha tropical rain forest growing 7 t dm/ha/yr (the record's own Gw; the bundled
    /// library has no verified Table 4.9 value), R 0.37 (Table 4.4), CF 0.47 (Table 4.3):
    /// -1000 x 7 x 1.37 x 0.47 x 44/12 = -16 527.43 t CO2 (Eq. 2.9, 2.10). Loss: 1000 m3 of wood
    /// removed, BCEFR 1.0 and R 0.37 given by the record: 1000 x 1.0 x 1.37 x 0.47 x 44/12 =
    /// 2360.03 t (Eq. 2.12). Net -14 167.4 t; gross 2360.03 t; removals -16 527.43 t.
    @Test("gain and loss, with removals apart from gross emissions")
    func gainLoss() throws {
        let csv = """
            year,category,activity,amount,unit,growth_rate,bcef_removals,root_shoot_ratio
            2022,3.B.1.a,natural_forest_tropical_rain,1000,ha,7,,
            2022,3.B.1.a,wood_removals,1000,m3,,1.0,0.37
            """
        let inventory = try Fixtures.inventory(csv)
        let gain = -1000 * 7 * 1.37 * 0.47 * 44 / 12
        let loss = 1000 * 1.0 * 1.37 * 0.47 * 44 / 12
        #expect(close(inventory.row("3.B.1.a", .co2)?.massTonnes, gain + loss))
        let total = try #require(inventory.rollup(year: 2022)?.total)
        #expect(close(total.co2eTonnes, gain + loss))
        #expect(close(total.removalsCO2eTonnes, gain))
        #expect(close(total.grossCO2eTonnes, loss))
        // Without a growth rate (none verified in the bundled library) the record is an error
        // naming the column to give.
        let errors = Fixtures.errors("year,category,activity,amount,unit\n2022,3.B.1.a,natural_forest_tropical_rain,1000,ha\n")
        #expect(errors.count == 1 && errors[0].contains("growth_rate"))
    }
}
