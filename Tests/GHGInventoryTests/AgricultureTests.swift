import Foundation
import Testing

@testable import GHGCore
@testable import GHGFactors
@testable import GHGInventory
@testable import GHGMethods

/// Agriculture (AFOLU), checked against the 2006 IPCC Guidelines Vol 4 Tier 1 defaults.
@Suite("Agriculture")
struct AgricultureTests {
    /// Vol 4 Tables 10.10 and 10.11, Asia: dairy cattle 68, other cattle 47 kg CH4/head/yr;
    /// buffalo 55; swine 1.0 (developing countries). 1000 heads x EF x 1 yr.
    @Test(
        "enteric fermentation, Asian defaults (Tables 10.10, 10.11)",
        arguments: [("dairy_cattle", 68.0), ("other_cattle", 47.0), ("buffalo", 55.0), ("swine", 1.0)])
    func enteric(animal: String, factor: Double) throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,3.A.1,\(animal),1000,head\n")
        #expect(close(inventory.row("3.A.1", .ch4)?.massTonnes, factor))
        let source = try #require(inventory.sources.first)
        #expect(source.emissions.factors.contains { $0.factorID == "1 yr" })
    }

    static let rice = "year,category,activity,amount,unit,water_regime,preseason_regime,cultivation_days,amendment,amendment_rate\n"

    /// Vol 4 Eq. 5.1-5.3 with Tables 5.11-5.14 (2006): 1 ha x 100 days x 1.30 kg CH4/ha/d,
    /// continuously flooded (SFw 1.00), not flooded before (<180 d, SFp 1.00), no amendment: 130 kg.
    @Test("rice: 1 ha x 100 days continuously flooded = 130 kg CH4")
    func riceBaseline() throws {
        let inventory = try Fixtures.inventory(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,continuously_flooded,not_flooded_short,100,,\n")
        #expect(close(inventory.row("3.C.7", .ch4)?.massTonnes, 0.130))
    }

    /// Single aeration, SFw 0.60 (Table 5.12): 130 x 0.60 = 78 kg. Straw incorporated shortly
    /// before cultivation at 6 t/ha, CFOA 1.00 (Table 5.14): SFo = (1 + 6 x 1)^0.59 (Eq. 5.3).
    @Test("rice: aeration and straw-amendment variants")
    func riceVariants() throws {
        let aerated = try Fixtures.inventory(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,intermittent_single_aeration,not_flooded_short,100,,\n")
        #expect(close(aerated.row("3.C.7", .ch4)?.massTonnes, 0.078))
        let straw = try Fixtures.inventory(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,continuously_flooded,not_flooded_short,100,straw_short,6\n")
        #expect(close(straw.row("3.C.7", .ch4)?.massTonnes, 0.130 * pow(7, 0.59)))
        // Two amendments in one cell: straw 2 t/ha (CFOA 1) and compost 4 t/ha (CFOA 0.05).
        let both = try Fixtures.inventory(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,continuously_flooded,not_flooded_short,100,straw_short:2+compost:4,\n")
        #expect(close(both.row("3.C.7", .ch4)?.massTonnes, 0.130 * pow(1 + 2 + 4 * 0.05, 0.59)))
    }

    @Test("rice: an unknown water regime, a missing cultivation period, a negative area are errors naming the record")
    func riceErrors() {
        let regime = Fixtures.errors(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,puddled,not_flooded_short,100,,\n")
        #expect(regime.count == 1 && regime[0].contains("test.csv:2:6") && regime[0].contains("unknown water_regime 'puddled'") && regime[0].contains("continuously_flooded"))
        let days = Fixtures.errors(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,continuously_flooded,not_flooded_short,,,\n")
        #expect(days.count == 1 && days[0].contains("test.csv:2:8") && days[0].contains("cultivation_days"))
        let negative = Fixtures.errors(AgricultureTests.rice + "2022,3.C.7,rice,-1,ha,continuously_flooded,not_flooded_short,100,,\n")
        #expect(negative.count == 1 && negative[0].contains("test.csv:2:4") && negative[0].contains("negative"))
    }

    /// Vol 4 Eq. 11.1, 11.9, 11.10 with Tables 11.1 and 11.3 (2006): 100 t synthetic N.
    /// Direct: 100 x EF1 0.01 x 44/28 = 1.5714 t N2O (3.C.4). Indirect (3.C.5): volatilisation
    /// 100 x FracGASF 0.10 x EF4 0.01 x 44/28 = 0.15714 t; leaching 100 x FracLEACH 0.30 x EF5
    /// 0.0075 x 44/28 = 0.35357 t; together 0.51071 t.
    @Test("managed soils: direct and indirect N2O from 100 t synthetic N")
    func soils() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,3.C.4,synthetic_fertiliser_n,100,t N\n")
        #expect(close(inventory.row("3.C.4", .n2o)?.massTonnes, 100 * 0.01 * 44 / 28))
        #expect(close(inventory.row("3.C.5", .n2o)?.massTonnes, 100 * (0.10 * 0.01 + 0.30 * 0.0075) * 44 / 28))
    }

    /// Vol 4 Eq. 11.12, 11.13: urea 0.20 t C/t, limestone 0.12 t C/t, x 44/12.
    @Test("urea application and liming (Eq. 11.12, 11.13)")
    func ureaAndLiming() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,3.C.3,urea,1000,t\n2022,3.C.2,limestone,1000,t\n")
        #expect(close(inventory.row("3.C.3", .co2)?.massTonnes, 1000 * 0.20 * 44 / 12))
        #expect(close(inventory.row("3.C.2", .co2)?.massTonnes, 1000 * 0.12 * 44 / 12))
    }

    @Test("an unknown livestock type is an error naming the record")
    func unknownLivestock() {
        let errors = Fixtures.errors("\(Fixtures.header)\n2022,3.A.1,unicorn,10,head\n")
        #expect(errors.count == 1 && errors[0].contains("test.csv:2:3") && errors[0].contains("unknown activity 'unicorn'"))
        let notLivestock = Fixtures.errors("\(Fixtures.header)\n2022,3.A.1,rice,10,head\n")
        #expect(notLivestock.count == 1 && notLivestock[0].contains("test.csv:2:"))
    }

    /// 1000 dairy cattle at 26 degC on solid storage. CH4: Table 10.14 (Asia) 28 kg/head/yr = 28 t.
    /// N excreted: Nrate 0.47 kg N/(1000 kg)/d (Table 10.19) x TAM 350 kg (Annex 10A.2) / 1000 x 365
    /// = 60.0425 kg N/head/yr (Eq. 10.30). Direct N2O: 60 042.5 kg N x EF3 0.005 (Table 10.21)
    /// x 44/28 = 0.47176 t (Eq. 10.25). Indirect (3.C.6): x FracGasMS 0.30 (Table 10.22) x EF4 0.01
    /// x 44/28 = 0.28306 t (Eq. 10.26-10.27).
    @Test("manure management: CH4 by temperature, direct and indirect N2O by system")
    func manure() throws {
        let csv = "year,category,activity,amount,unit,manure_system,temperature\n2022,3.A.2,dairy_cattle,1000,head,solid_storage,26\n"
        let inventory = try Fixtures.inventory(csv)
        let excreted = 1000 * 0.47 * 350 / 1000 * 365
        #expect(close(inventory.row("3.A.2", .ch4)?.massTonnes, 28))
        #expect(close(inventory.row("3.A.2", .n2o)?.massTonnes, excreted * 0.005 * 44 / 28 / 1000))
        #expect(close(inventory.row("3.C.6", .n2o)?.massTonnes, excreted * 0.30 * 0.01 * 44 / 28 / 1000))
        let missing = Fixtures.errors("year,category,activity,amount,unit,manure_system\n2022,3.A.2,dairy_cattle,1000,head,solid_storage\n")
        #expect(missing.count == 1 && missing[0].contains("temperature"))
    }

    /// The 2019 Refinement: enteric dairy cattle, Asia, 78 kg CH4/head/yr (Table 10.11); rice,
    /// South-East Asia baseline 1.22 kg CH4/ha/d (Table 5.11): 1 ha x 100 d = 122 kg.
    @Test("2019 Refinement values where they differ, 2006 by default")
    func refinement() throws {
        let refined = try Fixtures.library(edition: .ipcc2019)
        let cattle = try Fixtures.inventory("\(Fixtures.header)\n2022,3.A.1,dairy_cattle,1000,head\n", library: refined)
        #expect(close(cattle.row("3.A.1", .ch4)?.massTonnes, 78))
        let rice = try Fixtures.inventory(AgricultureTests.rice + "2022,3.C.7,rice,1,ha,continuously_flooded,not_flooded_short,100,,\n", library: refined)
        #expect(close(rice.row("3.C.7", .ch4)?.massTonnes, 0.122))
        #expect(rice.edition == .ipcc2019)
    }
}
