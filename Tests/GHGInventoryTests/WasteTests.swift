import Foundation
import Testing

@testable import GHGCore
@testable import GHGFactors
@testable import GHGInventory
@testable import GHGMethods

/// Biological treatment, incineration and open burning, wastewater: the 2006 IPCC Guidelines
/// Vol 5 Tier 1 defaults, with hand calculations.
@Suite("Waste")
struct WasteTests {
    /// Vol 5 Table 4.1, wet weight: composting CH4 4 g/kg and N2O 0.3 g/kg (2019 Refinement N2O
    /// 0.24 g/kg): 1000 t give 4 t CH4 and 0.3 t (0.24 t) N2O (Eq. 4.1, 4.2).
    @Test("composting factors, 2006 and 2019 editions (Table 4.1)")
    func composting() throws {
        let csv = "year,category,activity,amount,unit,technology\n2022,4.B,organic_waste,1000,t,composting\n"
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("4.B", .ch4)?.massTonnes, 4))
        #expect(close(inventory.row("4.B", .n2o)?.massTonnes, 0.3))
        let refined = try Fixtures.inventory(csv, library: try Fixtures.library(edition: .ipcc2019))
        #expect(close(refined.row("4.B", .ch4)?.massTonnes, 4))
        #expect(close(refined.row("4.B", .n2o)?.massTonnes, 0.24))
    }

    /// Open burning of 1000 t paper (wet): dry matter 0.9, carbon 0.46 of dry matter, fossil 0.01
    /// of carbon (Table 2.4), oxidation 0.58 (Table 5.2): fossil CO2 = 1000 x 0.9 x 0.46 x 0.01
    /// x 0.58 x 44/12 = 0.88044 t (Eq. 5.1-5.2). CH4 6500 g/t and N2O 150 g/t of dry matter (Ch 5):
    /// 900 t dm x 6.5 kg = 5.85 t CH4, x 0.15 kg = 0.135 t N2O.
    @Test("open burning: fossil CO2 from composition, CH4 and N2O per dry matter")
    func openBurning() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,4.C.2,paper_waste,1000,t\n")
        #expect(close(inventory.row("4.C.2", .co2)?.massTonnes, 1000 * 0.9 * 0.46 * 0.01 * 0.58 * 44 / 12))
        #expect(close(inventory.row("4.C.2", .ch4)?.massTonnes, 5.85))
        #expect(close(inventory.row("4.C.2", .n2o)?.massTonnes, 0.135))
        // The non-fossil carbon is biogenic CO2, a memo item.
        #expect(close(inventory.row("4.C.2", .co2, reporting: .memoBiomassCO2)?.massTonnes, 1000 * 0.9 * 0.46 * 0.99 * 0.58 * 44 / 12))
    }

    /// Incineration of 1000 t plastics: dry matter 1.0, carbon 0.75, fossil 1.0 (Table 2.4),
    /// oxidation 1.0 (Table 5.2): 1000 x 0.75 x 44/12 = 2750 t fossil CO2.
    @Test("incineration of plastics (Eq. 5.1)")
    func incineration() throws {
        let inventory = try Fixtures.inventory("year,category,activity,amount,unit,technology\n2022,4.C.1,plastic_waste,1000,t,continuous_stoker\n")
        #expect(close(inventory.row("4.C.1", .co2)?.massTonnes, 2750))
        #expect(inventory.row("4.C.1", .co2, reporting: .memoBiomassCO2)?.massTonnes == 0)
    }

    /// Domestic wastewater, 10 000 people on septic systems: TOW = 10 000 x 40 g BOD/person/d
    /// (Table 6.4) x 365 x I 1.00 (not collected) = 146 t BOD; CH4 = 146 x Bo 0.6 x MCF 0.5
    /// (Tables 6.2, 6.3) = 43.8 t (Eq. 6.1-6.3).
    @Test("domestic wastewater on septic systems (Eq. 6.1-6.3)")
    func domesticWastewater() throws {
        let inventory = try Fixtures.inventory("year,category,activity,amount,unit,pathway\n2022,4.D.1,domestic_wastewater,10000,person,septic_system\n")
        #expect(close(inventory.row("4.D.1", .ch4)?.massTonnes, 43.8))
        let unknown = Fixtures.errors("year,category,activity,amount,unit,pathway\n2022,4.D.1,domestic_wastewater,10000,person,river\n")
        #expect(unknown.count == 1 && unknown[0].contains("test.csv:2:6") && unknown[0].contains("unknown pathway 'river'"))
        // The organic load itself: 146 t BOD x 0.6 x 0.5 = 43.8 t CH4; a bare mass is not a load.
        let load = try Fixtures.inventory("year,category,activity,amount,unit,pathway\n2022,4.D.1,domestic_wastewater,146,t BOD,septic_system\n")
        #expect(close(load.row("4.D.1", .ch4)?.massTonnes, 43.8))
        let bare = Fixtures.errors("year,category,activity,amount,unit,pathway\n2022,4.D.1,domestic_wastewater,146,t,septic_system\n")
        #expect(bare.count == 1 && bare[0].contains("test.csv:2:5") && bare[0].contains("BOD"))
    }
}
