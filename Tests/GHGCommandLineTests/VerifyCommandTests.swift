import Foundation
import Testing

/// `ghg verify`: facility reports recomputed and compared (Decree 06/2022/ND-CP).
@Suite("ghg verify")
struct VerifyCommandTests {
    static let report = """
        facility_id,facility_name,sector,year,category,activity,amount,unit,declared_co2e_t,source
        F001,Cement plant A,industry,2024,1.A.2.f,other_bituminous_coal,50,kt,122000,plant fuel log
        F001,Cement plant A,industry,2024,1.A.2.f,electricity,60,GWh,39700,EVN bills
        F002,Garment factory B,industry,2024,1.A.2.l,lpg,0.5,kt,1300,supplier invoices
        F003,Hotel C,services,2024,1.A.4.a,lpg,0.2,kt,,supplier invoices
        """

    @Test("declarations compared by activity and in total; a discrepancy beyond 5 % exits 2; the 3,000 t threshold; sectors")
    func verify() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("report.csv", Self.report)
        let run = runGHG(["verify", file, "--format", "json"])
        #expect(run.exitCode == 2, "\(run)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let facilities = try #require(json["facilities"] as? [[String: Any]])
        #expect(facilities.map { $0["facility_id"] as? String } == ["F001", "F002", "F003"])
        // F001 coal: 50 kt x 25.8 TJ/Gg = 1,290 TJ; CO2 94,600 kg/TJ (Table 1.4), CH4 10 and N2O 1.5
        // kg/TJ (Table 2.3), AR5: 122,034 + 12.9 x 28 + 1.935 x 265 = 122,907.975 t CO2e.
        let f001 = facilities[0]
        let lines = try #require(f001["lines"] as? [[String: Any]])
        let coal = try #require(lines.first { $0["activity"] as? String == "other_bituminous_coal" })
        #expect(abs((coal["computed_co2e_t"] as? Double ?? 0) - 122_907.975) < 1e-6)
        #expect(coal["discrepancy"] as? Bool == false)
        #expect(f001["at_or_above_threshold"] as? Bool == true)
        // F002 declares 1,300 t for 0.5 kt of LPG (1,493.6 t computed): -13 %, a discrepancy.
        let f002 = facilities[1]
        #expect(f002["discrepancies"] as? Int == 2 && f002["at_or_above_threshold"] as? Bool == false)
        // F003 declares nothing: computed, not a discrepancy.
        #expect(facilities[2]["discrepancies"] as? Int == 0)
        let sectors = try #require(json["sectors"] as? [[String: Any]])
        #expect(sectors.map { $0["sector"] as? String } == ["industry", "services"])
        #expect(sectors[0]["facilities"] as? Int == 2 && sectors[0]["with_discrepancies"] as? Int == 1 && sectors[0]["at_or_above_threshold"] as? Int == 1)
        let table = runGHG(["verify", file, "--tolerance", "15"])
        #expect(table.exitCode == 0 && table.standardOutput.contains("0 of 3 facility reports have discrepancies beyond ±15.0 %"), "\(table)")
    }

    @Test("a report without facility_id, or with a bad declaration, names the place")
    func errors() throws {
        let folder = try ScratchFolder()
        let noID = try folder.write("noid.csv", "year,category,activity,amount,unit\n2024,1.A.2.f,lpg,1,kt\n")
        #expect(runGHG(["verify", noID]).standardError.contains("noid.csv:1: error: a facility report has a 'facility_id' column"))
        let bad = try folder.write("bad.csv", "facility_id,year,category,activity,amount,unit,declared_co2e_t\nF1,2024,1.A.2.f,lpg,1,kt,lots\n")
        let run = runGHG(["verify", bad])
        #expect(run.exitCode == 1 && run.standardError.contains("bad.csv:2:7: error: declared_co2e_t 'lots' is not a number"), "\(run)")
        #expect(runGHG(["verify", bad, "--tolerance", "-1"]).exitCode == 64)
    }
}
