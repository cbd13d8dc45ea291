import Foundation
import Testing

/// `ghg explain`: the audit trail of one category and year, readable.
@Suite("ghg explain")
struct ExplainCommandTests {
    @Test("records, method, every value with its source, gases with their GWP, and the total")
    func explain() throws {
        let run = runGHG(["explain", PackagePaths.exampleActivity.path, "1.A.2.f", "2022"])
        #expect(run.exitCode == 0, "\(run)")
        let text = run.standardOutput
        #expect(text.contains("Source 1 of 1: 1.A.2.f natural_gas, Binh Duong"))
        #expect(text.contains("activity.csv line 41 (1 record)"))
        #expect(text.contains("Method:   stationary_combustion, IPCC 2006 Vol 2 Ch 2 Eq. 2.1"))
        #expect(text.contains("ef CO2 = 56100 kg/TJ (95 %: 54300-58300): IPCC2006-V2-T1.4-natural_gas"))
        // 2,335.4 TJ x 56,100 kg/TJ = 131,015.94 t CO2; x 1 + CH4 2.3354 t x 28 + N2O 0.23354 t x 265.
        #expect(text.contains("CO2: 131015.94 t x GWP 1 = 131015.94 t CO2e"))
        #expect(text.contains("CH4: 2.3354 t x GWP 28 = 65.3912 t CO2e"))
        #expect(text.contains("Territorial emissions: 131143.2193"))
    }

    @Test("a parent category gathers its sources; a notation key is shown; wrong arguments are usage errors")
    func parentsKeysAndUsage() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", "year,category,activity,amount,unit\n2022,1.A.3.a.ii,,NO,\n2022,1.A.3.b.iii,gas_diesel_oil,10,kt\n")
        let run = runGHG(["explain", file, "1.A.3", "2022"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.standardOutput.contains("Notation key: 1.A.3.a.ii NO (not occurring)"))
        #expect(run.standardOutput.contains("Source 1 of 1: 1.A.3.b.iii gas_diesel_oil"))
        #expect(runGHG(["explain", file, "1.Z", "2022"]).exitCode == 64)
        #expect(runGHG(["explain", file, "1.A.3"]).exitCode == 64)
        #expect(runGHG(["explain", file, "1.A.3", "2019"]).standardOutput.contains("No source of 1.A.3 or below it has records in 2019"))
    }
}
