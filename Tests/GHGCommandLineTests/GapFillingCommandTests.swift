import Foundation
import Testing

/// `ghg inventory --years ... --fill ...`: gaps of activity series filled, and marked.
@Suite("ghg inventory --fill")
struct GapFillingCommandTests {
    static let activity = """
        year,region,category,activity,amount,unit,source
        2014,P,1.A.4.b,lpg,50,kt,stats
        2017,P,1.A.4.b,lpg,80,kt,stats
        2018,P,1.A.4.b,lpg,85,kt,stats
        2014,P,3.A.1.a.ii,dairy_cattle,20000,head,census
        """

    @Test("interpolation inside, the trend at the end, a surrogate for a series of one year; each filled row says how")
    func fills() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        let surrogate = try folder.write("population.csv", "year,value,name\n2014,1.00,population\n2016,1.04,population\n2019,1.10,population\n")
        let run = runGHG(["inventory", file, "--years", "2014-2019", "--fill", "interpolation,trend,surrogate", "--surrogate", surrogate, "--format", "csv"])
        #expect(run.exitCode == 0, "\(run)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        func line(_ year: Int, _ category: String, _ gas: String) -> String? {
            lines.first { $0.hasPrefix("\(year),,territorial,\(category),") && $0.contains(",\(gas),mass,") }
        }
        // LPG: 60 kt in 2015 (between 50 in 2014 and 80 in 2017), CO2 = 60 kt x 47.3 TJ/Gg x 63.1 t/TJ.
        let lpg2015 = try #require(line(2015, "1.A.4.b", "CO2"))
        #expect(lpg2015.hasSuffix(",interpolation between 2014 and 2017"))
        #expect(lpg2015.contains(",mass,179077.8,"), "\(lpg2015)")
        #expect(try #require(line(2019, "1.A.4.b", "CO2")).hasSuffix(",trend of 2014-2018 (least squares)"))
        // Dairy cattle: one census year, filled in proportion to population where it has a value.
        #expect(try #require(line(2016, "3.A.1.a.ii", "CH4")).hasSuffix(",surrogate population relative to 2014"))
        #expect(line(2015, "3.A.1.a.ii", "CH4") == nil)
        #expect(run.standardError.contains("warning: 3.A.1.a.ii dairy_cattle (P): 2015 is not filled"), "\(run.standardError)")
        // Rows from records carry no mark.
        #expect(try #require(line(2014, "1.A.4.b", "CO2")).hasSuffix(",AR5,2006,"))
        let json = runGHG(["inventory", file, "--years", "2014-2019", "--fill", "interpolation", "--format", "json"])
        #expect(json.standardOutput.contains("\"filled\": \"interpolation between 2014 and 2017\""))
    }

    @Test("the surrogate file is named with the fingerprint of its bytes, in the table and the JSON")
    func surrogateFingerprint() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        let surrogate = try folder.write("population.csv", "year,value\n2014,1.00\n2016,1.04\n")
        let arguments = ["inventory", file, "--years", "2014-2016", "--fill", "surrogate", "--surrogate", surrogate]
        let table = runGHG(arguments)
        #expect(table.standardOutput.contains("surrogate: \(surrogate) (fingerprint "), "\(table)")
        let json = try JSONSerialization.jsonObject(with: Data(runGHG(arguments + ["--format", "json"]).standardOutput.utf8)) as? [String: Any]
        let others = try #require(json?["other_inputs"] as? [[String: Any]])
        #expect(others.count == 1 && others[0]["role"] as? String == "surrogate" && others[0]["path"] as? String == surrogate)
        let first = try #require(others[0]["fingerprint"] as? String)
        #expect(first.count == 16)
        // Another byte, another fingerprint.
        try "year,value\n2014,1.00\n2016,1.05\n".write(toFile: surrogate, atomically: true, encoding: .utf8)
        let changed = try JSONSerialization.jsonObject(with: Data(runGHG(arguments + ["--format", "json"]).standardOutput.utf8)) as? [String: Any]
        #expect(((changed?["other_inputs"] as? [[String: Any]])?.first?["fingerprint"] as? String).map { $0 != first } == true)
        // Without --fill nothing else was read.
        let plain = try JSONSerialization.jsonObject(with: Data(runGHG(["inventory", file, "--format", "json"]).standardOutput.utf8)) as? [String: Any]
        #expect((plain?["other_inputs"] as? [Any])?.isEmpty == true)
    }

    @Test("wrong fill options are usage errors")
    func usage() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        #expect(runGHG(["inventory", file, "--fill", "interpolation"]).exitCode == 64)
        #expect(runGHG(["inventory", file, "--years", "2014-2019", "--fill", "spline"]).exitCode == 64)
        #expect(runGHG(["inventory", file, "--years", "2014-2019", "--fill", "surrogate"]).exitCode == 64)
        let unused = try folder.write("population.csv", "year,value\n2014,1\n")
        #expect(runGHG(["inventory", file, "--years", "2014-2019", "--fill", "interpolation", "--surrogate", unused]).exitCode == 64)
        let bad = try folder.write("bad.csv", "year,value\n2014,x\n")
        let run = runGHG(["inventory", file, "--years", "2014-2019", "--fill", "surrogate", "--surrogate", bad])
        #expect(run.exitCode == 1 && run.standardError.contains("bad.csv:2:2"), "\(run)")
    }
}
