import Foundation
import Testing

/// Runs the built `ghg` executable as a child process: real exit status, real standard output and
/// error. Skipped (with the reason) when the executable has not been built.
@Suite("End to end (built executable)", .enabled(if: builtExecutable() != nil, "the ghg executable was not found beside the test bundle nor at .build/debug/ghg; run 'swift build' first"))
struct EndToEndTests {
    private var executable: URL {
        get throws { try #require(builtExecutable(), "run 'swift build' first") }
    }

    @Test func exampleAsCSVExitsZero() throws {
        let scratch = try ScratchFolder()
        let result = try runExecutable(executable, ["inventory", PackagePaths.exampleActivity.path, "--format", "csv"], in: scratch)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        #expect(result.standardOutput.hasPrefix("year,region,reporting,category,category_name,gas,quantity,value,unit,gwp_set,edition,filled\n"))
        // The executable prints exactly what the in-process tool prints.
        let inProcess = runGHG(["inventory", PackagePaths.exampleActivity.path, "--format", "csv"])
        #expect(result.standardOutput == inProcess.standardOutput)
    }

    @Test func exampleAsJSONToFileWithAR6() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path("inventory.json")
        let result = try runExecutable(
            executable, ["inventory", PackagePaths.exampleActivity.path, "--gwp", "AR6", "--format", "json", "--out", out], in: scratch)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
        let json = try jsonObject(try scratch.read("inventory.json"))
        #expect((json["gwp"] as? [String: Any])?["set"] as? String == "AR6")
        #expect((json["rows"] as? [Any])?.isEmpty == false)
    }

    @Test func badInputExitsOneAndWritesNoFile() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,TJ\n2019,1.Z.9,gas_diesel_oil,10,TJ\n")
        let out = scratch.path("inventory.json")
        let result = try runExecutable(executable, ["inventory", input, "--format", "json", "--out", out], in: scratch)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
        #expect(result.standardError.contains("\(input):3:2: error: unknown IPCC 2006 category code '1.Z.9'"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try scratch.contents() == ["activity.csv"])
    }

    @Test func relativePathsAreReportedAsGiven() throws {
        let scratch = try ScratchFolder()
        try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,abc,TJ\n")
        // The child runs in the scratch folder, so the relative name is what the message shows.
        let result = try runExecutable(executable, ["inventory", "activity.csv"], in: scratch)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.hasPrefix("activity.csv:2:4: error: amount 'abc' is not a number"), "\(result)")
    }

    @Test func unknownOptionExits64() throws {
        let scratch = try ScratchFolder()
        let result = try runExecutable(executable, ["inventory", PackagePaths.exampleActivity.path, "--gwp", "AR9"], in: scratch)
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: unknown GWP set 'AR9'"), "\(result)")

        let command = try runExecutable(executable, ["frobnicate"], in: scratch)
        #expect(command.exitCode == 64, "\(command)")
        #expect(command.standardError.contains("unknown command 'frobnicate'"), "\(command)")
    }

    @Test func helpExitsZeroWithExamples() throws {
        let scratch = try ScratchFolder()
        let result = try runExecutable(executable, ["--help"], in: scratch)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("Examples"))
        #expect(result.standardError.isEmpty)
    }

    @Test func findsTheBundledLibraryWithoutTheEnvironmentVariable() throws {
        let scratch = try ScratchFolder()
        let process = Process()
        process.executableURL = try executable
        process.arguments = ["factors", "--activities"]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GHG_FACTOR_LIBRARY")
        process.environment = environment
        process.currentDirectoryURL = scratch.url
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("gas_diesel_oil"))
    }
}
