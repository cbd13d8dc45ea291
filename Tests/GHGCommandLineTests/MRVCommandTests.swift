import Foundation
import Testing

/// `ghg uncertainty` and `ghg keycat` on the two-year province example.
@Suite("ghg uncertainty and ghg keycat")
struct MRVCommandTests {
    static let table = """
        category,gas,activity,activity_uncertainty,factor_uncertainty,source
        1.A,,,5,,test
        1.A,CH4,,,-50/+150,test
        1.A,N2O,,,-70/+200,test
        1.A.3,CO2,,,5,test
        """

    @Test("Approach 1 table and JSON; lines without uncertainty are listed with the reason")
    func approach1() throws {
        let folder = try ScratchFolder()
        let table = try folder.write("uncertainties.csv", Self.table)
        let example = PackagePaths.exampleActivity.path
        let plain = runGHG(["uncertainty", example])
        #expect(plain.exitCode == 0, "\(plain)")
        #expect(plain.standardOutput.contains("Not estimated (left out of the totals above)"))
        let run = runGHG(["uncertainty", example, "--uncertainties", table, "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(json["base_year"] as? Int == 2019 && json["year"] as? Int == 2022)
        let others = try #require(json["other_inputs"] as? [[String: Any]])
        #expect(others.count == 1 && others[0]["role"] as? String == "uncertainties" && (others[0]["fingerprint"] as? String)?.count == 16)
        let approach1 = try #require(json["approach1"] as? [String: Any])
        #expect((approach1["not_estimated"] as? [Any])?.isEmpty == true)
        #expect((approach1["covered_share"] as? Double) == 1)
        let level = try #require(approach1["uncertainty_percent"] as? Double)
        #expect(level > 0 && level < 100)
    }

    @Test("Monte Carlo: the same seed gives the same output with 1 and 2 jobs")
    func monteCarlo() throws {
        let folder = try ScratchFolder()
        let table = try folder.write("uncertainties.csv", Self.table)
        let example = PackagePaths.exampleActivity.path
        let arguments = ["uncertainty", example, "--uncertainties", table, "--method", "montecarlo", "--iterations", "3000", "--seed", "11"]
        let one = runGHG(arguments + ["--jobs", "1"])
        let two = runGHG(arguments + ["--jobs", "2"])
        #expect(one.exitCode == 0, "\(one)")
        #expect(one.standardOutput == two.standardOutput)
        #expect(one.standardOutput.contains("Approach 2: Monte Carlo, 3000 iterations, seed 11"))
        #expect(runGHG(arguments + ["--seed", "12"]).standardOutput != one.standardOutput)
    }

    @Test("key categories: level and trend, Approach 1 and 2")
    func keycat() throws {
        let folder = try ScratchFolder()
        let table = try folder.write("uncertainties.csv", Self.table)
        let run = runGHG(["keycat", PackagePaths.exampleActivity.path, "--uncertainties", table, "--approach", "both", "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let assessments = try #require(json["assessments"] as? [[String: Any]])
        #expect(assessments.map { "\($0["approach"]!) \($0["assessment"]!)" } == ["approach1 level", "approach1 trend", "approach2 level", "approach2 trend"])
        for assessment in assessments {
            let lines = try #require(assessment["lines"] as? [[String: Any]])
            let shares = lines.compactMap { $0["share"] as? Double }
            #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
            #expect(lines.contains { $0["key"] as? Bool == true })
        }
        let table1 = runGHG(["keycat", PackagePaths.exampleActivity.path])
        #expect(table1.exitCode == 0 && table1.standardOutput.contains("Approach 1, level assessment, 2022: key up to 95 % of the cumulative total"))
    }

    @Test("wrong options and inputs: exit codes 64 and 1, with the place to fix")
    func errors() throws {
        let folder = try ScratchFolder()
        let example = PackagePaths.exampleActivity.path
        #expect(runGHG(["uncertainty", example, "--method", "bootstrap"]).exitCode == 64)
        #expect(runGHG(["uncertainty", example, "--iterations", "100"]).exitCode == 64)
        #expect(runGHG(["keycat", example, "--approach", "3"]).exitCode == 64)
        let year = runGHG(["uncertainty", example, "--year", "2030"])
        #expect(year.exitCode == 1 && year.standardError.contains("no emissions in 2030"), "\(year)")
        let bad = try folder.write("bad.csv", "category,gas,activity_uncertainty,source,colour\n1.A,CO2,5,x,red\n")
        let table = runGHG(["uncertainty", example, "--uncertainties", bad])
        #expect(table.exitCode == 1 && table.standardError.contains("bad.csv:1:5") && table.standardError.contains("unknown column 'colour'"), "\(table)")
    }

    @Test("aliases in the table, rows that cover nothing, nothing estimated, one year, record order")
    func edgeCases() throws {
        let folder = try ScratchFolder()
        let example = PackagePaths.exampleActivity.path
        // An alias (`diesel`) matches the library id; a row for a category without emissions warns.
        let aliased = try folder.write(
            "aliased.csv",
            Self.table + "\n1.A.3.b.iii,CO2,diesel,,2,alias\n2.C.1,CO2,,,5,no steel here\n")
        let run = runGHG(["uncertainty", example, "--uncertainties", aliased, "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.standardError.contains("aliased.csv:7: warning: this row of the uncertainty table covers no emission"), "\(run.standardError)")
        #expect(!run.standardError.contains("aliased.csv:6:"))
        // Nothing estimated: said so, never ±0 %.
        let landfill = PackagePaths.root.appendingPathComponent("docs/examples/landfill.csv").path
        let none = runGHG(["uncertainty", landfill, "--method", "montecarlo", "--iterations", "100"])
        #expect(none.exitCode == 0, "\(none)")
        #expect(none.standardOutput.contains("No line has its uncertainty estimated") && none.standardOutput.contains("Monte Carlo not run"))
        #expect(!none.standardOutput.contains("±0.00 %"))
        let noneJSON = runGHG(["uncertainty", landfill, "--format", "json"]).standardOutput
        #expect(noneJSON.contains("\"uncertainty_percent\": null"))
        // One year: no trend columns.
        let one = runGHG(["uncertainty", example, "--uncertainties", aliased, "--base-year", "2022", "--year", "2022"]).standardOutput
        #expect(!one.contains("I type A") && !one.contains("Trend"))
        // The records in reverse order give the same simulation.
        let lines = try String(contentsOfFile: example, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let reversed = try folder.write("reversed.csv", ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n")
        let arguments = ["--uncertainties", aliased, "--method", "montecarlo", "--iterations", "2000", "--format", "json"]
        let forward = runGHG(["uncertainty", example] + arguments).standardOutput
        let backward = runGHG(["uncertainty", reversed] + arguments).standardOutput
        func monteCarlo(_ text: String) -> Substring { text[text.range(of: "\"monte_carlo\"")!.lowerBound...] }
        #expect(monteCarlo(forward) == monteCarlo(backward))
        #expect(runGHG(["uncertainty", example, "--jobs", "2"]).exitCode == 64)
    }
}
