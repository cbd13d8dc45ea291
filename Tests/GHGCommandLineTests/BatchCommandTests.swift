import Foundation
import Testing

/// `ghg batch` and `ghg merge`.
@Suite("ghg batch and merge")
struct BatchCommandTests {
    static let moit = PackagePaths.root.appendingPathComponent("Scenarios/moit-green-growth-2030.json").path

    /// A batch over the MOIT example: coal voluntary percent x steel growth.
    static func batch(_ coal: String = "[5, 10]", steel: String = "[3, 5, 7]", variables: String = "") -> String {
        """
        {"id": "test", "scenario": "\(moit)",
         "parameters": [
           {"name": "coal", "set": ["$.measures[0].percent"], "values": \(coal)},
           {"name": "steel", "set": "$.bau[2].amounts.growth_percent", "values": \(steel)}
         ]\(variables)}
        """
    }

    func files(_ folder: ScratchFolder, _ name: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in ["results.csv", "iamc.csv", "summary.csv", "batch.json"] { result[file] = try folder.read("\(name)/\(file)") }
        return result
    }

    @Test("the cross product has one run per combination, first parameter slowest, with stable ids")
    func crossProduct() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("batch.json", Self.batch())
        let run = runGHG(["batch", file, "--out", folder.path("out")])
        #expect(run.exitCode == 0, "\(run)")
        let summary = String(decoding: try folder.read("out/summary.csv"), as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(summary.count == 1 + 6)
        #expect(summary[0].prefix(3) == ["run_id", "coal", "steel"])
        #expect(summary.dropFirst().map { "\($0[1])/\($0[2])" } == ["5/3", "5/5", "5/7", "10/3", "10/5", "10/7"])
        let ids = summary.dropFirst().map { String($0[0]) }
        #expect(Set(ids).count == 6 && ids.allSatisfy { $0.count == 17 && $0.hasPrefix("r") })
        // The same parameters give the same id in another batch (here: the values listed in another order).
        let again = try folder.write("again.json", Self.batch("[10, 5]", steel: "[7, 5, 3]"))
        #expect(runGHG(["batch", again, "--out", folder.path("again")]).exitCode == 0)
        let againIDs = String(decoding: try folder.read("again/summary.csv"), as: UTF8.self).split(separator: "\n").dropFirst().map { String($0.prefix(17)) }
        #expect(Set(againIDs) == Set(ids))
    }

    @Test("a run inside a batch equals the same scenario run alone")
    func sameAsAlone() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("batch.json", Self.batch("[10]", steel: "[5]"))  // the example's own values
        #expect(runGHG(["batch", file, "--out", folder.path("out")]).exitCode == 0)
        let batchRows = String(decoding: try folder.read("out/results.csv"), as: UTF8.self).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", maxSplits: 3).last.map(String.init) ?? "" }
        let alone = runGHG(["scenario", Self.moit, "--format", "csv"]).standardOutput.split(separator: "\n").dropFirst().map(String.init)
        #expect(!alone.isEmpty)
        #expect(batchRows == alone)
    }

    @Test("--jobs 1, --jobs 2 and 3 shards merged give byte-identical files")
    func reproducible() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("batch.json", Self.batch("[5, 7.5, 10]", steel: "[3, 5, 7]"))
        #expect(runGHG(["batch", file, "--out", folder.path("one"), "--jobs", "1"]).exitCode == 0)
        #expect(runGHG(["batch", file, "--out", folder.path("two"), "--jobs", "2"]).exitCode == 0)
        for shard in 1...3 { #expect(runGHG(["batch", file, "--out", folder.path("s\(shard)"), "--shard", "\(shard)/3"]).exitCode == 0) }
        let merge = runGHG(["merge", folder.path("s2"), folder.path("s3"), folder.path("s1"), "--out", folder.path("merged")])
        #expect(merge.exitCode == 0, "\(merge)")
        let one = try files(folder, "one")
        #expect(try files(folder, "two") == one)
        #expect(try files(folder, "merged") == one)
        // A shard missing is refused.
        let missing = runGHG(["merge", folder.path("s1"), folder.path("s3"), "--out", folder.path("bad")])
        #expect(missing.exitCode == 1 && missing.standardError.contains("runs 3-5 are missing"))
    }

    @Test("a bad run is reported with its id; the others complete; --fail-fast writes nothing")
    func failures() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("batch.json", Self.batch("[5, 150, 10]", steel: "[5]"))
        let run = runGHG(["batch", file, "--out", folder.path("out")])
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.standardError.contains("failed: ") && run.standardError.contains("$.measures[0].percent: error: expected a percentage between 0 and 100, found 150"))
        let summary = String(decoding: try folder.read("out/summary.csv"), as: UTF8.self).split(separator: "\n")
        #expect(summary.count == 4)
        #expect(summary[2].contains(",150,5,") && summary[2].contains(",failed,"))
        #expect(!summary[1].contains(",failed,") && !summary[3].contains(",failed,"))
        let fast = runGHG(["batch", file, "--out", folder.path("fast"), "--fail-fast", "--jobs", "1"])
        #expect(fast.exitCode == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.path("fast/results.csv")))
    }

    @Test("parameter sets from a CSV, and a bad batch file")
    func rowsAndErrors() throws {
        let folder = try ScratchFolder()
        _ = try folder.write("sets.csv", "coal,steel\n5,3\n10,7\n")
        let file = try folder.write(
            "batch.json",
            """
            {"scenario": "\(Self.moit)", "combine": "rows", "rows": "sets.csv",
             "parameters": [{"name": "coal", "set": "$.measures[0].percent"}, {"name": "steel", "set": "$.bau[2].amounts.growth_percent"}]}
            """)
        #expect(runGHG(["batch", file, "--out", folder.path("out")]).exitCode == 0)
        let summary = String(decoding: try folder.read("out/summary.csv"), as: UTF8.self).split(separator: "\n")
        #expect(summary.count == 3 && summary[1].contains(",5,3,") && summary[2].contains(",10,7,"))
        let bad = try folder.write("bad.json", #"{"scenario": "x.json", "parameters": [{"name": "p", "set": "$.horizon", "values": [2040]}]}"#)
        let run = runGHG(["batch", bad, "--out", folder.path("bad")])
        #expect(run.exitCode == 1 && run.standardError.contains("$.parameters[0].set: error: a sweep cannot change \"horizon\""), "\(run)")
        #expect(runGHG(["batch", file, "--out", folder.path("x"), "--shard", "4/3"]).exitCode == 64)
    }

    @Test("batch-level mistakes are reported once, before any run")
    func batchLevelErrors() throws {
        let folder = try ScratchFolder()
        let variables = try folder.write("variables.json", Self.batch("[10]", steel: "[5]", variables: #", "variables": ["Emissions|Kyoto Gasses"]"#))
        let misspelt = runGHG(["batch", variables, "--out", folder.path("v")])
        #expect(misspelt.exitCode == 1 && misspelt.standardError.contains("the variable \"Emissions|Kyoto Gasses\" is not one the scenario reports"), "\(misspelt)")
        let scenarioFile = runGHG(["batch", Self.moit, "--out", folder.path("s")])
        #expect(scenarioFile.exitCode == 1 && scenarioFile.standardError.contains("this is a scenario file: run it with `ghg scenario"), "\(scenarioFile)")
        let path = try folder.write("path.json", Self.batch("[10]", steel: "[5]").replacingOccurrences(of: "$.measures[0].percent", with: "$.measures[9].percent"))
        let badPath = runGHG(["batch", path, "--out", folder.path("p")])
        #expect(badPath.exitCode == 1 && badPath.standardError.contains("$.measures has 6 elements, no [9]"), "\(badPath)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("p/results.csv")))
    }

    @Test("ranges give round values; more shards than runs merge in any order")
    func rangesAndEmptyShards() throws {
        let folder = try ScratchFolder()
        let file = try folder.write(
            "batch.json",
            """
            {"scenario": "\(Self.moit)", "parameters": [{"name": "coal", "set": "$.measures[0].percent", "range": {"from": 9.7, "to": 10, "step": 0.1}}],
             "variables": ["Emissions|Kyoto Gases"]}
            """)
        #expect(runGHG(["batch", file, "--out", folder.path("all")]).exitCode == 0)
        let summary = String(decoding: try folder.read("all/summary.csv"), as: UTF8.self)
        #expect(summary.contains(",9.7,") && summary.contains(",9.8,") && summary.contains(",9.9,") && summary.contains(",10,"), "\(summary)")
        for shard in 1...6 { #expect(runGHG(["batch", file, "--out", folder.path("s\(shard)"), "--shard", "\(shard)/6"]).exitCode == 0) }
        let merge = runGHG(["merge"] + [3, 1, 6, 2, 5, 4].map { folder.path("s\($0)") } + ["--out", folder.path("merged")])
        #expect(merge.exitCode == 0, "\(merge)")
        #expect(try files(folder, "merged") == files(folder, "all"))
    }

    @Test("shards made from other activity data do not merge")
    func fingerprintCoversActivityData() throws {
        let folder = try ScratchFolder()
        let scenario = try String(contentsOfFile: Self.moit, encoding: .utf8)
        let data = try String(contentsOf: PackagePaths.root.appendingPathComponent("Scenarios/data/moit-2014.csv"), encoding: .utf8)
        _ = try folder.write("moit.json", scenario)
        _ = try folder.write("data/moit-2014.csv", data)
        let file = try folder.write(
            "batch.json", Self.batch("[5, 10]", steel: "[5]").replacingOccurrences(of: Self.moit, with: folder.path("moit.json")))
        #expect(runGHG(["batch", file, "--out", folder.path("s1"), "--shard", "1/2"]).exitCode == 0)
        // The steel figure changed on the machine that runs the second shard.
        _ = try folder.write("data/moit-2014.csv", data.replacingOccurrences(of: ",1754100,", with: ",1754200,"))
        #expect(runGHG(["batch", file, "--out", folder.path("s2"), "--shard", "2/2"]).exitCode == 0)
        let merge = runGHG(["merge", folder.path("s1"), folder.path("s2"), "--out", folder.path("merged")])
        #expect(merge.exitCode == 1 && merge.standardError.contains("other inputs"), "\(merge)")
    }
}
