import Foundation
import Testing

/// `ghg inventory --years`: which years are reported, and solid waste disposal (4.A) computed for
/// years after its deposits stop.
@Suite("--years")
struct YearsOptionTests {
    /// 1000 t food waste deposited in 2020 (DOC 0.15, DOCf 0.5, MCF 1, F 0.5, k 0.40): 16.484 t
    /// CH4 in 2021 and 16.484 x e^(-0.4 x 9) = 0.4504 t in 2030 (2006 IPCC Vol 5 Eq. 3.4-3.6).
    @Test func yearsAfterDepositsStopAreReported() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(
            "landfill.csv",
            "year,category,activity,amount,unit,site,doc,docf,mcf,ch4_fraction,decay_rate,oxidation_factor\n2020,4.A.1,food_waste,1000,t,A,0.15,0.5,1,0.5,0.4,0\n")
        let result = runGHG(["inventory", file, "--years", "2021,2030", "--format", "csv"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").filter { $0.contains(",4.A.1,") && $0.contains(",CH4,mass,") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("2021,") == true && lines.first?.contains(",16.48") == true)
        #expect(lines.last?.hasPrefix("2030,") == true && lines.last?.contains(",0.4504") == true)
    }

    @Test func aBadYearListIsAUsageError() {
        expectUsageError(["inventory", PackagePaths.exampleActivity.path, "--years", "2030-2020"], mentions: ["--years", "2030-2020"])
        expectUsageError(["inventory", PackagePaths.exampleActivity.path, "--years", "twenty"], mentions: ["--years", "twenty"])
    }
}
