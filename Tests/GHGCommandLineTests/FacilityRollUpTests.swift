import Foundation
import Testing

/// `ghg inventory --facilities`: facility reports in the provincial inventory, nothing counted twice.
@Suite("ghg inventory --facilities")
struct FacilityRollUpTests {
    @Test("the statistics are reduced by what the facilities report; the totals do not change; too much is a warning")
    func rollUp() throws {
        let folder = try ScratchFolder()
        let provincial = try folder.write(
            "province.csv",
            "year,region,category,activity,amount,unit,source\n2024,P,1.A.2.f,other_bituminous_coal,80,kt,statistics\n2024,P,1.A.2.l,lpg,0.4,kt,statistics\n")
        let report = try folder.write(
            "facilities.csv",
            """
            facility_id,facility_name,sector,year,category,activity,amount,unit,declared_co2e_t
            F001,Cement A,industry,2024,1.A.2.f,other_bituminous_coal,50000,t,122000
            F002,Garments B,industry,2024,1.A.2.l,lpg,0.5,kt,1500
            """)
        let alone = runGHG(["inventory", provincial, "--format", "csv"]).standardOutput
        let run = runGHG(["inventory", provincial, "--facilities", report, "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let sources = try #require(json["sources"] as? [[String: Any]])
        let amounts = sources.map { "\($0["activity"]!) \($0["amount"]!) \($0["unit"]!) \($0["data_source"]!)" }
        // 80 kt of coal in the statistics, 50,000 t of it reported by F001: 30 kt left.
        #expect(amounts.contains("other_bituminous_coal 30 kt statistics; less the facility reports"), "\(amounts)")
        #expect(amounts.contains("other_bituminous_coal 50000 t facility F001"))
        // F002 reports more LPG than the statistics: the statistics' share is 0, and a warning says so.
        #expect(amounts.contains("lpg 0 kt statistics; less the facility reports"))
        #expect(run.standardError.contains("warning: 1.A.2.l lpg in 2024: the facilities report 0.5 kt, more than the provincial statistics (0.4 kt)"), "\(run.standardError)")
        // Coal: the same total as the statistics alone (80 kt either way).
        let combined = runGHG(["inventory", provincial, "--facilities", report, "--format", "csv"]).standardOutput
        func coal(_ csv: String) -> String? { csv.split(separator: "\n").first { $0.contains("1.A.2.f") && $0.contains(",CO2,mass,") }.map(String.init) }
        #expect(coal(alone) != nil && coal(alone) == coal(combined))
    }

    @Test("statistics in several units are netted in one; gaps are filled before netting; an activity the statistics lack is a warning")
    func unitsFillAndUnmatched() throws {
        let folder = try ScratchFolder()
        let provincial = try folder.write(
            "province.csv",
            """
            year,region,category,activity,amount,unit,source
            2019,P1,1.A.2.m,other_bituminous_coal,10,kt,statistics
            2022,P1,1.A.2.m,other_bituminous_coal,10,kt,statistics
            2022,P2,1.A.2.m,other_bituminous_coal,5000,t,statistics
            """)
        let report = try folder.write(
            "facilities.csv",
            "facility_id,year,category,activity,amount,unit\nF1,2022,1.A.2.m,other_bituminous_coal,5,kt\nF1,2022,1.A.2.d,electricity,40,GWh\n")
        func coal(_ arguments: [String]) -> [String] {
            runGHG(["inventory", provincial] + arguments + ["--format", "csv"]).standardOutput.split(separator: "\n")
                .filter { $0.contains(",1.A.2.m,") && $0.contains(",CO2,mass,") }.map(String.init)
        }
        // 15 kt of coal in 2022 whether or not 5 kt of it come from the facility report.
        func values(_ lines: [String]) -> [Double] { lines.compactMap { Double($0.split(separator: ",", omittingEmptySubsequences: false)[7]) } }
        let alone = values(coal([])), combined = values(coal(["--facilities", report]))
        #expect(alone.count == 2 && combined.count == 2)
        #expect(zip(alone, combined).allSatisfy { abs($0 - $1) <= 1e-9 * $0 }, "\(alone) \(combined)")
        // 2020 and 2021 are interpolated from the statistics (10 kt), not from the netted amounts.
        let filled = coal(["--years", "2019-2022", "--fill", "interpolation", "--facilities", report])
        let filledValues = values(filled)
        #expect(filledValues.count == 4 && filledValues[1] == filledValues[0] && filledValues[2] == filledValues[0], "\(filled)")
        let run = runGHG(["inventory", provincial, "--facilities", report])
        #expect(run.standardError.contains("warning: 1.A.2.d electricity in 2022: the provincial data have no such activity in this category"), "\(run.standardError)")
    }
}
