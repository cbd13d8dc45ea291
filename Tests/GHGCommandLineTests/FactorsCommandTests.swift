import Foundation
import Testing

/// `ghg factors` and `ghg categories`.
@Suite("ghg factors and ghg categories")
struct FactorsCommandTests {
    @Test func dieselInEnergyIndustriesListsTable22() {
        let result = runGHG(["factors", "diesel", "--category", "1.A.1"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty)
        let text = result.standardOutput
        #expect(text.contains("Table 2.2"), "\(result)")
        #expect(text.contains("IPCC2006-V2-T2.2-CH4-gas_diesel_oil"), "\(result)")
        #expect(text.contains("IPCC2006-V2-T2.2-N2O-gas_diesel_oil"), "\(result)")
        // The 1.A-wide CO2 factor applies too; the road-transport factors (1.A.3.b) do not.
        #expect(text.contains("IPCC2006-V2-T1.4-gas_diesel_oil"), "\(result)")
        #expect(!text.contains("T3.2.1"), "mobile-combustion factors do not apply to 1.A.1: \(result)")
        #expect(text.contains(PackagePaths.emissionFactors.path), "the library is named")
    }

    @Test func activitiesListsTheVocabulary() {
        let result = runGHG(["factors", "--activities"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("gas_diesel_oil"))
        #expect(result.standardOutput.contains("electricity"))
        #expect(result.standardOutput.contains("Dầu diesel"), "Vietnamese names are listed")
    }

    @Test func gridFactorOfOneYear() {
        let result = runGHG(["factors", "--activity", "electricity", "--year", "2019", "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("VN-DCC-GRID-2019"), "\(result)")
        #expect(!result.standardOutput.contains("VN-DCC-GRID-2018"), "\(result)")
    }

    @Test func factorsAsJSONParse() throws {
        let result = runGHG(["factors", "--activity", "diesel", "--gas", "CO2", "--format", "json"])
        #expect(result.exitCode == 0, "\(result)")
        let value = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        #expect(value is [Any] || value is [String: Any])
        #expect(result.standardOutput.contains("IPCC2006-V2-T1.4-gas_diesel_oil"))
    }

    @Test func userFactorIsListed() throws {
        let scratch = try ScratchFolder()
        try scratch.write(
            "mine/factors.csv",
            """
            id,parameter,activity,category,technology,gas,year,value,unit,lower,upper,edition,source,table,page,note
            TEST-USER-CO2-diesel-1A1,ef,gas_diesel_oil,1.A.1,,CO2,,70000,kg/TJ,,,,Test plant stack measurements 2019,,,

            """)
        let result = runGHG(["factors", "--factors", scratch.path("mine"), "--activity", "diesel", "--category", "1.A.1"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("TEST-USER-CO2-diesel-1A1"), "\(result)")
    }

    @Test func factorsOutFileIsWritten() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path("factors.csv")
        let result = runGHG(["factors", "--parameter", "ncv", "--format", "csv", "--out", out])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(!(try scratch.read("factors.csv")).isEmpty)
    }

    @Test func categoriesFindsRoadTransportation() {
        let result = runGHG(["categories", "1.A.3.b"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("Road Transportation"), "\(result)")
        #expect(result.standardOutput.contains("1.A.3.b.iv"), "sub-categories are listed: \(result)")
        #expect(!result.standardOutput.contains("Civil Aviation"), "\(result)")
    }

    @Test func categoriesSearchesVietnameseNames() {
        let result = runGHG(["categories", "giao thông"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("1.A.3"), "\(result)")
    }

    @Test func categoriesAsCSVAndJSON() throws {
        let csv = runGHG(["categories", "1.A.3.b", "--format", "csv"])
        #expect(csv.exitCode == 0)
        #expect(csv.standardOutput.hasPrefix("code,name_en,name_vi,parent,memo_item\n"), "\(csv)")
        let json = runGHG(["categories", "1.A.3.b", "--format", "json"])
        #expect(json.exitCode == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let road = try #require(array.first { $0["code"] as? String == "1.A.3.b" })
        #expect(road["name_en"] as? String == "Road Transportation")
        #expect(road["parent"] as? String == "1.A.3")
    }
}
