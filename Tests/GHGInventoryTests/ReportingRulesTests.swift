import Testing

@testable import GHGCore
@testable import GHGFactors
@testable import GHGInventory
@testable import GHGMethods

@Suite("Reporting rules and method choice")
struct ReportingRulesTests {
    /// Multilateral operations, 1.A.5.c, are a memo item of their own (2006 IPCC Guidelines Vol 1
    /// Ch 8 Table 8.2), not international bunkers.
    @Test("multilateral operations are their own memo item")
    func multilateral() throws {
        // The 2006 tables give no CH4 or N2O factor for 1.A.5, so the record brings its own.
        let csv = """
            year,category,activity,amount,unit,ef_ch4,ef_n2o,ef_unit
            2019,1.A.5.c,gas_diesel_oil,10,t,3,0.6,kg/TJ
            2019,1.A.1.a.i,gas_diesel_oil,10,t,,,
            """
        let inventory = try Fixtures.inventory(csv + "\n")
        #expect(inventory.row("1.A.5.c", .co2, reporting: .memoMultilateralOperations) != nil)
        #expect(inventory.rows.allSatisfy { $0.reporting != .memoInternationalBunkers })
        #expect(inventory.rollup(year: 2019)?.total.mass(.co2) == inventory.row("1.A.1.a.i", .co2)?.massTonnes)
    }

    @Test("evaporative emissions and urea catalysts are not fuel combustion")
    func notCombustion() {
        let errors = Fixtures.errors("\(Fixtures.header)\n2019,1.A.3.b.v,motor_gasoline,10,t\n")
        #expect(errors.count == 1 && errors[0].contains("test.csv:2:2") && errors[0].contains("not fuel combustion"))
    }

    /// Off-road machinery named by its engine technology uses Table 3.3.1 and the off-road
    /// method (Eq. 3.3.1) in any 1.A category.
    @Test("off-road technologies choose the off-road method")
    func offRoad() throws {
        let csv = "year,category,activity,amount,unit,technology\n2019,1.A.2.k,gas_diesel_oil,100,t,off_road\n"
        let inventory = try Fixtures.inventory(csv)
        let source = try #require(inventory.sources.first)
        #expect(source.emissions.method == "off_road")
        #expect(source.emissions.factors.contains { $0.factorID.contains("T3.3.1") })
    }

    /// The library has 2006 values only for energy: a 2019 run uses them and says so.
    @Test("a 2019 Refinement run falls back to the 2006 value and says so")
    func editionFallback() throws {
        let library = try Fixtures.library(edition: .ipcc2019)
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.1.a.i,gas_diesel_oil,1000,t\n", library: library)
        #expect(inventory.row("1.A.1.a.i", .co2)?.massTonnes == 3186.3)
        let reasons = try #require(inventory.sources.first).emissions.factors.map(\.reason)
        #expect(reasons.allSatisfy { $0.contains("the 2006 Guidelines value applies") })
        #expect(inventory.edition == .ipcc2019)
    }

    @Test("every CSV syntax error of a file is reported, not only the first")
    func severalSyntaxErrors() {
        let csv = "\(Fixtures.header)\n2019,1.A.1.a.i,\"diesel,10,t\n2019,1.A.1.a.i,diesel,10,t\n2019,1.A.1.a.i,\"diesel\"x,10,t\n"
        let errors = Fixtures.errors(csv)
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("test.csv:2:3:") == true)
        #expect(errors.last?.hasPrefix("test.csv:4:3:") == true)
    }
}
