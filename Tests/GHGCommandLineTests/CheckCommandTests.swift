import Foundation
import Testing

/// `ghg check`: the QA/QC checks (IPCC 2006 Vol 1 Ch 6).
@Suite("ghg check")
struct CheckCommandTests {
    static let activity = """
        year,region,category,activity,amount,unit,source,ef_co2,ef_unit
        2019,P,1.A.1.a.i,other_bituminous_coal,1000,kt,stats,,
        2019,P,1.A.3.b.iii,gas_diesel_oil,300,kt,stats,,
        2022,P,1.A.1.a.i,other_bituminous_coal,1500,kt,stats,,
        2022,P,1.A.3.b.iii,gas_diesel_oil,300,kt,stats,,
        2022,P,1.A.2.m,natural_gas,100,TJ,plant,70000,kg/TJ
        2022,P,1.A.3.a.ii,,NO,,no airport in the province,,
        """

    func findings(_ output: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    @Test("Reference Approach (IPCC 2006 Vol 2 Ch 6): consistent supply passes; 10 % more diesel supplied is flagged")
    func referenceApproach() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        // Supply equal to the fuel burnt: the Reference Approach equals the sectoral CO2
        // (carbon content x 44/12 is the CO2 factor of Table 1.4).
        let same = try folder.write("same.csv", "year,activity,unit,production,imports,exports,international_bunkers,stock_change\n2022,other_bituminous_coal,kt,0,1600,0,0,100\n2022,gas_diesel_oil,kt,0,300,0,0,0\n")
        let run = runGHG(["check", file, "--reference", same, "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let reference = try findings(run.standardOutput).filter { $0["check"] as? String == "reference-approach" }
        let head = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(((head["other_inputs"] as? [[String: Any]])?.first?["role"] as? String) == "reference")
        #expect(reference.count == 3 && reference.allSatisfy { $0["severity"] as? String == "info" })
        #expect(reference.contains { ($0["message"] as? String)?.contains("CO2 of other_bituminous_coal in 2022: Reference Approach 3661020 t, sectoral approach 3661020 t, a difference of 0.0 %") == true })
        // 330 kt of diesel supplied for 300 kt burnt.
        let more = try folder.write("more.csv", "year,activity,unit,imports\n2022,other_bituminous_coal,kt,1500\n2022,gas_diesel_oil,kt,330\n")
        let flagged = try findings(runGHG(["check", file, "--reference", more, "--format", "json"]).standardOutput)
        let diesel = try #require(flagged.first { ($0["message"] as? String)?.contains("CO2 of gas_diesel_oil in 2022") == true })
        #expect(diesel["severity"] as? String == "warning")
        #expect((diesel["message"] as? String)?.contains("a difference of +10.0 % (more than 5 %") == true)
    }

    @Test("completeness with notation keys; a key contradicting emissions is an error (exit 2)")
    func completeness() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        let all = try findings(runGHG(["check", file, "--format", "json"]).standardOutput)
        let energy2022 = try #require(all.first { $0["check"] as? String == "completeness" && $0["year"] as? Int == 2022 && $0["category"] as? String == "1" })
        let message = try #require(energy2022["message"] as? String)
        // 1.A.3 has a key below it (1.A.3.a.ii NO) and emissions (1.A.3.b.iii): covered; 1.A.4 is not.
        #expect(message.contains("1.A.4") && !message.contains("1.A.3,") && !message.contains("1.A.1,"))
        let contradiction = try folder.write("contradiction.csv", Self.activity + "\n2022,P,1.A.1.a.i,,NO,,wrong,,\n")
        let run = runGHG(["check", contradiction])
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.standardOutput.contains("[notation-key] NO (not occurring) is given for 1.A.1.a.i in 2022, which has emissions of CH4, CO2, N2O"))
    }

    @Test("time series jumps, implied factors outside the default range")
    func timeSeriesAndFactors() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        let output = runGHG(["check", file]).standardOutput
        #expect(output.contains("[time-series] CO2 of 1.A.1.a.i Electricity Generation rises 50 % from 2019 to 2022 (more than 30 %)"), "\(output)")
        #expect(!output.contains("CO2 of 1.A.3.b.iii Heavy-duty Trucks and Buses rises"))
        #expect(runGHG(["check", file, "--jump", "60"]).standardOutput.contains("rises 50 %") == false)
        // 70,000 kg CO2/TJ for natural gas: outside 54,300-58,300 of Table 1.4.
        #expect(output.contains("[implied-factor] 1.A.2.m natural_gas CO2 2022: implied factor 70000 kg/TJ is outside the default range 54300-58300"), "\(output)")
        #expect(runGHG(["check", file, "--jump", "x"]).exitCode == 64)
    }

    @Test("fixes from review: scope 2 and memo items are not a category's emissions; activity keys cover no category; biomass is refused in the supply; --years applies to it")
    func reviewFixes() throws {
        let folder = try ScratchFolder()
        let file = try folder.write(
            "activity.csv",
            """
            year,category,activity,amount,unit,source
            2022,1.A.4.b,electricity,100,GWh,EVN
            2022,1.A.4,,NO,,no fuel burnt in buildings
            2022,1.A.3.a.i,jet_kerosene,5,kt,bunkers
            2022,1.A.2.m,natural_gas,IE,,in 1.A.2.f
            2022,1.A.1.a.i,other_bituminous_coal,10,kt,stats
            2019,1.A.1.a.i,other_bituminous_coal,8,kt,stats
            """)
        let run = runGHG(["check", file, "--jump", "12.5"])
        // Grid electricity (scope 2) does not contradict NO for 1.A.4: no error.
        #expect(run.exitCode == 0, "\(run)")
        #expect(!run.standardOutput.contains("[notation-key]"))
        // Bunkers (a memo item) do not cover 1.A.3; a key for natural gas does not cover 1.A.2.
        let energy = try #require(run.standardOutput.split(separator: "\n").first { $0.contains("[completeness] 1 Energy, 2022") })
        #expect(energy.contains("1.A.2,") && energy.contains("1.A.3,"), "\(energy)")
        #expect(run.standardOutput.contains("more than 12.5 %"))
        let wood = try folder.write("wood.csv", "year,activity,unit,imports\n2022,wood_wood_waste,kt,5\n")
        let biomass = runGHG(["check", file, "--reference", wood])
        #expect(biomass.exitCode == 1 && biomass.standardError.contains("wood.csv:2:2: error: wood_wood_waste is not a fossil fuel"), "\(biomass)")
        let other = try folder.write("other-year.csv", "year,activity,unit,imports\n2019,other_bituminous_coal,kt,9\n2022,other_bituminous_coal,kt,10\n")
        let years = runGHG(["check", file, "--reference", other, "--years", "2022"]).standardOutput
        #expect(years.contains("CO2 of other_bituminous_coal in 2022") && !years.contains("in 2019"))
    }

    @Test("a key for one activity beside records of it is an error")
    func activityKeyContradiction() throws {
        let folder = try ScratchFolder()
        let file = try folder.write(
            "activity.csv", "year,category,activity,amount,unit\n2022,1.A.2.m,lpg,3,kt\n2022,1.A.2.m,lpg,NO,\n2022,1.A.2.m,natural_gas,NO,\n")
        let run = runGHG(["check", file])
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.standardOutput.contains("[notation-key] NO (not occurring) is given for lpg in 1.A.2.m in 2022, which has records of it"))
        #expect(!run.standardOutput.contains("given for natural_gas"))
    }
}
