import Foundation
import Testing

/// `ghg scenario` and `ghg compare` on the bundled examples.
@Suite("ghg scenario and compare")
struct ScenarioCommandTests {
    static let moit = PackagePaths.root.appendingPathComponent("Scenarios/moit-green-growth-2030.json").path

    @Test("the table says each MOIT target is met")
    func table() {
        let run = runGHG(["scenario", Self.moit])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.standardOutput.contains("All 6 targets are met."))
        #expect(run.standardError.isEmpty)
    }

    @Test("csv, json and iamc, byte-identical between runs")
    func formats() throws {
        for format in ["csv", "json", "iamc"] {
            let first = runGHG(["scenario", Self.moit, "--format", format])
            let second = runGHG(["scenario", Self.moit, "--format", format])
            #expect(first.exitCode == 0, "\(first)")
            #expect(first.standardOutput == second.standardOutput)
        }
        let csv = runGHG(["scenario", Self.moit, "--format", "csv"]).standardOutput
        #expect(csv.hasPrefix("scenario,pathway,region,variable,unit,year,value\n"))
        let iamc = runGHG(["scenario", Self.moit, "--format", "iamc"]).standardOutput
        #expect(iamc.hasPrefix("model,scenario,region,variable,unit,2014,2015,"))
        #expect(iamc.contains("\nghg,moit-13443|Conditional,Viet Nam,Emissions|Kyoto Gases|2.C.1,t CO2-equiv/yr,"))
        let json = try jsonObject(Data(runGHG(["scenario", Self.moit, "--format", "json"]).standardOutput.utf8))
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(targets.count == 6)
        #expect(targets.allSatisfy { $0["met"] as? Bool == true })
    }

    @Test("--out writes the file whole")
    func out() throws {
        let folder = try ScratchFolder()
        let run = runGHG(["scenario", Self.moit, "--format", "iamc", "--out", folder.path("moit.csv")])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.standardOutput.isEmpty)
        #expect(try folder.contents() == ["moit.csv"])
    }

    @Test("a broken scenario exits 1 with the JSON path; a wrong command line exits 64")
    func errors() throws {
        let folder = try ScratchFolder()
        let text = try String(contentsOfFile: Self.moit, encoding: .utf8).replacingOccurrences(of: #""tier": "voluntary""#, with: #""tier": "voluntery""#)
        let data = try String(contentsOfFile: PackagePaths.root.appendingPathComponent("Scenarios/data/moit-2014.csv").path, encoding: .utf8)
        _ = try folder.write("data/moit-2014.csv", data)
        let file = try folder.write("broken.json", text)
        let run = runGHG(["scenario", file])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("broken.json:26:122: $.measures[0].tier: error: unknown value \"voluntery\""), "\(run)")
        #expect(runGHG(["scenario"]).exitCode == 64)
        #expect(runGHG(["scenario", Self.moit, "--format", "xml"]).exitCode == 64)
        #expect(runGHG(["scenario", folder.path("missing.json")]).exitCode == 1)
    }

    @Test("compare puts scenarios side by side and refuses two with one id (exit 1)")
    func compare() throws {
        let folder = try ScratchFolder()
        let data = try String(contentsOfFile: PackagePaths.root.appendingPathComponent("Scenarios/data/moit-2014.csv").path, encoding: .utf8)
        _ = try folder.write("data/moit-2014.csv", data)
        let text = try String(contentsOfFile: Self.moit, encoding: .utf8)
        let low = try folder.write(
            "low.json",
            text.replacingOccurrences(of: #""id": "moit-13443""#, with: #""id": "moit-low-steel""#)
                .replacingOccurrences(of: #""growth_percent": 5}"#, with: #""growth_percent": 2}"#))
        let run = runGHG(["compare", Self.moit, low])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.standardOutput.contains("moit-13443 BAU"))
        #expect(run.standardOutput.contains("moit-low-steel Conditional"))
        let iamc = runGHG(["compare", Self.moit, low, "--format", "iamc"]).standardOutput
        #expect(iamc.contains("moit-low-steel|BAU"))
        let same = runGHG(["compare", Self.moit, Self.moit])
        #expect(same.exitCode == 1)
        #expect(same.standardError.contains("$.id: error: this scenario and"))
    }
}
