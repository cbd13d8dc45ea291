import Foundation
import Testing

/// `ghg inventory` on valid input: formats, GWP sets, determinism, user factors.
@Suite("ghg inventory")
struct InventoryCommandTests {
    /// The example of the README, with `--format json --out FILE` and optional extra arguments.
    private func exampleJSON(_ extra: [String] = [], in scratch: ScratchFolder) throws -> (RunResult, [String: Any]) {
        let out = scratch.path("inventory.json")
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "json", "--out", out] + extra)
        #expect(result.exitCode == 0, "\(result)")
        return (result, try jsonObject(try scratch.read("inventory.json")))
    }

    @Test func exampleAsJSONWritesRowsAndGWPSet() throws {
        let scratch = try ScratchFolder()
        let (result, json) = try exampleJSON(in: scratch)
        #expect(result.standardOutput.isEmpty, "with --out nothing goes to standard output")
        #expect(result.standardError.isEmpty, "the example has no warnings; got \(result)")
        #expect(try scratch.contents() == ["inventory.json"], "no temporary file is left beside the output")

        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            for key in ["year", "category", "gas", "mass_t", "co2e_t"] {
                #expect(row[key] != nil, "row \(row) lacks \(key)")
            }
        }
        let gwp = try #require(json["gwp"] as? [String: Any])
        #expect(gwp["set"] as? String == "AR5")
        #expect(json["tool"] as? String == "ghg")
        #expect((json["inputs"] as? [String]) == [PackagePaths.exampleActivity.path])

        // The factor library is named: folder, layer, fingerprint, edition.
        let library = try #require(json["factor_library"] as? [String: Any])
        #expect(library["edition"] as? String == "2006")
        let folders = try #require(library["folders"] as? [[String: Any]])
        #expect(folders.count == 1)
        #expect(folders.first?["path"] as? String == PackagePaths.emissionFactors.path)
        #expect(folders.first?["layer"] as? String == "bundled")
        #expect((folders.first?["fingerprint"] as? String)?.count == 16)

        // Both years of the example, and CO2 rows have co2e == mass (GWP 1).
        let years = Set(rows.compactMap { ($0["year"] as? NSNumber)?.intValue })
        #expect(years == [2019, 2022])
        for row in rows where row["gas"] as? String == "CO2" {
            let mass = try #require((row["mass_t"] as? NSNumber)?.doubleValue)
            let co2e = try #require((row["co2e_t"] as? NSNumber)?.doubleValue)
            #expect(abs(mass - co2e) <= 1e-9 * max(1, abs(mass)), "CO2 row \(row)")
        }

        // The audit trail: every source has a method, an equation and the factors it used.
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(!sources.isEmpty)
        for source in sources {
            #expect((source["method"] as? String)?.isEmpty == false)
            #expect((source["equation"] as? String)?.isEmpty == false)
            #expect((source["factors"] as? [[String: Any]])?.isEmpty == false, "source \(source["id"] ?? "?") has no factors")
        }
    }

    @Test func gwpAR6IsNamedInTheJSON() throws {
        let scratch = try ScratchFolder()
        let (_, json) = try exampleJSON(["--gwp", "AR6"], in: scratch)
        let gwp = try #require(json["gwp"] as? [String: Any])
        #expect(gwp["set"] as? String == "AR6")
        let values = try #require(gwp["values"] as? [String: Any])
        #expect(values["CH4_fossil"] != nil && values["CH4_non_fossil"] != nil, "AR6 distinguishes fossil CH4: \(values)")
    }

    @Test(arguments: ["AR4", "AR5", "AR6", "ar6"])
    func everyGWPSetIsAccepted(_ name: String) throws {
        let scratch = try ScratchFolder()
        let (_, json) = try exampleJSON(["--gwp", name], in: scratch)
        #expect((json["gwp"] as? [String: Any])?["set"] as? String == name.uppercased())
    }

    @Test func csvHeaderAndGWPColumn() throws {
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "year,region,reporting,category,category_name,gas,quantity,value,unit,gwp_set,edition,filled")
        #expect(lines.last == "", "the output ends with a line break")
        let body = lines.dropFirst().filter { !$0.isEmpty }
        #expect(!body.isEmpty)
        for line in body {
            #expect(line.hasSuffix(",AR5,2006,"), "line \(line)")
        }
        let gwp6 = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "csv", "--gwp", "AR6"])
        #expect(gwp6.standardOutput.contains(",AR6,2006,\n"))
    }

    @Test func oneRecordComputesTheTier1Values() throws {
        // 10 TJ of diesel in power generation: CO2 74100 kg/TJ (Table 1.4), CH4 3 and N2O 0.6 kg/TJ (Table 2.2).
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,diesel,10,TJ\n")
        let result = runGHG(["inventory", input, "--format", "json"])
        #expect(result.exitCode == 0, "\(result)")
        let json = try jsonObject(Data(result.standardOutput.utf8))
        let rows = try #require(json["rows"] as? [[String: Any]])
        func value(_ gas: String, _ key: String) -> Double? {
            (rows.first { $0["gas"] as? String == gas }?[key] as? NSNumber)?.doubleValue
        }
        #expect(abs((value("CO2", "mass_t") ?? .nan) - 741) < 1e-9)
        #expect(abs((value("CH4", "mass_t") ?? .nan) - 0.03) < 1e-12)
        #expect(abs((value("N2O", "mass_t") ?? .nan) - 0.006) < 1e-12)
        #expect(abs((value("CH4", "co2e_t") ?? .nan) - 0.03 * 28) < 1e-9)
        #expect(abs((value("N2O", "co2e_t") ?? .nan) - 0.006 * 265) < 1e-9)
        #expect(rows.allSatisfy { $0["category"] as? String == "1.A.1.a.i" && ($0["year"] as? NSNumber)?.intValue == 2019 })
    }

    @Test func sameInputTwiceGivesByteIdenticalOutput() throws {
        let scratch = try ScratchFolder()
        for format in ["json", "csv", "table"] {
            let first = scratch.path("first.\(format)")
            let second = scratch.path("second.\(format)")
            #expect(runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", format, "--out", first]).exitCode == 0)
            #expect(runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", format, "--out", second]).exitCode == 0)
            let a = try scratch.read("first.\(format)")
            let b = try scratch.read("second.\(format)")
            #expect(!a.isEmpty)
            #expect(a == b, "--format \(format) differs between two runs")
            // --out writes exactly what standard output would show.
            let printed = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", format]).standardOutput
            #expect(Data(printed.utf8) == a, "--format \(format): --out differs from standard output")
        }
    }

    @Test func existingOutputFileIsReplaced() throws {
        let scratch = try ScratchFolder()
        let out = try scratch.write("inventory.csv", "old\n")
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "csv", "--out", out])
        #expect(result.exitCode == 0, "\(result)")
        let text = String(decoding: try scratch.read("inventory.csv"), as: UTF8.self)
        #expect(text.hasPrefix("year,region,reporting,"))
        #expect(try scratch.contents() == ["inventory.csv"])
    }

    @Test func userFactorFolderTakesPrecedence() throws {
        let scratch = try ScratchFolder()
        try scratch.write(
            "my-factors/plant_measurements.csv",
            """
            id,parameter,activity,category,technology,gas,year,value,unit,lower,upper,edition,source,table,page,note
            TEST-USER-CO2-diesel-1A1,ef,gas_diesel_oil,1.A.1,,CO2,,70000,kg/TJ,,,,Test plant stack measurements 2019,,,written by GHGCommandLineTests

            """)
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,TJ\n")
        let result = runGHG(["inventory", input, "--factors", scratch.path("my-factors"), "--format", "json"])
        #expect(result.exitCode == 0, "\(result)")
        let json = try jsonObject(Data(result.standardOutput.utf8))

        let sources = try #require(json["sources"] as? [[String: Any]])
        let factors = try #require(sources.first?["factors"] as? [[String: Any]])
        let co2 = try #require(factors.first { $0["gas"] as? String == "CO2" }, "no CO2 factor in \(factors)")
        #expect(co2["id"] as? String == "TEST-USER-CO2-diesel-1A1")
        #expect(co2["origin"] as? String == "library")
        #expect((co2["reason"] as? String)?.contains("user library") == true, "reason: \(co2["reason"] ?? "nil")")
        #expect((co2["value"] as? NSNumber)?.doubleValue == 70000)
        // The other gases still come from the bundled library.
        let ch4 = try #require(factors.first { $0["gas"] as? String == "CH4" })
        #expect((ch4["reason"] as? String)?.contains("bundled library") == true)

        // 10 TJ x 70000 kg/TJ = 700 t, not the bundled 741 t.
        let rows = try #require(json["rows"] as? [[String: Any]])
        let co2Row = try #require(rows.first { $0["gas"] as? String == "CO2" })
        #expect(abs(((co2Row["mass_t"] as? NSNumber)?.doubleValue ?? .nan) - 700) < 1e-9)

        // Both folders are named, the user one as such.
        let folders = try #require((json["factor_library"] as? [String: Any])?["folders"] as? [[String: Any]])
        #expect(folders.map { $0["layer"] as? String } == ["bundled", "user"])
        #expect(folders.last?["path"] as? String == scratch.path("my-factors"))
        #expect((folders.last?["factors"] as? NSNumber)?.intValue == 1)
    }

    @Test func invalidUserFactorFileIsAnInputErrorWithItsLocation() throws {
        let scratch = try ScratchFolder()
        let factorFile = try scratch.write(
            "my-factors/bad.csv",
            """
            id,parameter,activity,category,technology,gas,year,value,unit,lower,upper,edition,source,table,page,note
            TEST-BAD,ef,gas_diesel_oil,1.A.1,,XeF6,,70000,kg/TJ,,,,Test,,,

            """)
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,TJ\n")
        let out = scratch.path("inventory.json")
        let result = runGHG(["inventory", input, "--factors", scratch.path("my-factors"), "--out", out])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("\(factorFile):2:6: error: unknown gas 'XeF6'"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func byRegionKeepsRegionsApart() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write(
            "activity.csv",
            "year,region,category,activity,amount,unit\n2019,North,1.A.1.a.i,gas_diesel_oil,10,TJ\n2019,South,1.A.1.a.i,gas_diesel_oil,5,TJ\n")
        let merged = runGHG(["inventory", input, "--format", "csv"])
        let split = runGHG(["inventory", input, "--format", "csv", "--by-region"])
        #expect(merged.exitCode == 0 && split.exitCode == 0, "\(merged)\n\(split)")
        #expect(merged.standardOutput.contains("2019,,territorial,1.A.1.a.i,Electricity Generation,CO2,mass,1111.5,t CO2,"), "\(merged)")
        #expect(split.standardOutput.contains("2019,North,territorial,1.A.1.a.i,Electricity Generation,CO2,mass,741,t CO2,"), "\(split)")
        #expect(split.standardOutput.contains("2019,South,territorial,1.A.1.a.i,Electricity Generation,CO2,mass,370.5,t CO2,"), "\(split)")
    }

    @Test func severalFilesAreOneInventory() throws {
        let scratch = try ScratchFolder()
        let a = try scratch.write("a.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,TJ\n")
        let b = try scratch.write("b.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,5,TJ\n")
        let result = runGHG(["inventory", a, b, "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains(",CO2,mass,1111.5,t CO2,"), "\(result)")
    }

    @Test func unknownColumnIsAWarningNotAnError() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", "year,category,activity,amount,unit,remarks\n2019,1.A.1.a.i,gas_diesel_oil,10,TJ,x\n")
        let result = runGHG(["inventory", input, "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.contains("\(input):1:6: warning: column 'remarks'"), "\(result)")
        #expect(result.standardOutput.hasPrefix("year,region,"))
    }

    @Test func semicolonDelimitedFileIsRead() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", "year;category;activity;amount;unit\n2019;1.A.1.a.i;gas_diesel_oil;10;TJ\n")
        let result = runGHG(["inventory", input, "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains(",CO2,mass,741,t CO2,"), "\(result)")
    }

    @Test func tableNamesTheLibraryAndGWPSet() throws {
        let result = runGHG(["inventory", PackagePaths.exampleActivity.path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains(PackagePaths.emissionFactors.path))
        #expect(result.standardOutput.contains("fingerprint"))
        #expect(result.standardOutput.contains("AR5"))
        #expect(result.standardOutput.contains("Total"))
    }

    @Test func gridElectricityIsReportedAsScope2() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.4.b,electricity,1000,MWh\n")
        let result = runGHG(["inventory", input, "--format", "csv"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("2019,,scope2_electricity,1.A.4.b,"), "\(result)")
        #expect(!result.standardOutput.contains(",territorial,"), "grid electricity is not territorial: \(result)")
    }
}
