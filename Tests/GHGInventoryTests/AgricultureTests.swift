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
}
