import Foundation
import GHGCommandLine
import Testing

// Shared helpers for the GHGCommandLine tests: paths of the package, a scratch folder per test,
// running `ghg` in-process (fast) and as a real executable (end to end).

/// Paths of the package the tests were built from, derived from this file's path.
enum PackagePaths {
    /// Tests/GHGCommandLineTests/TestSupport.swift -> the package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GHGCommandLineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// The bundled factor library.
    static let emissionFactors: URL = root.appendingPathComponent("EmissionFactors")

    /// The example activity file of the README.
    static let exampleActivity: URL = root.appendingPathComponent("Scenarios/examples/province-energy/activity.csv")

    /// The environment the in-process tool gets: the bundled library named explicitly, so the tests
    /// do not depend on where the test bundle lives.
    static var environment: [String: String] { ["GHG_FACTOR_LIBRARY": emissionFactors.path] }
}

/// A string that closures append to (the tool's standard output or error in a test).
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""

    func append(_ text: String) {
        lock.lock()
        storage += text
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// What one run of `ghg` produced.
struct RunResult: CustomStringConvertible {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String

    var description: String {
        "exit \(exitCode)\n--- stdout ---\n\(standardOutput)\n--- stderr ---\n\(standardError)"
    }
}

/// Runs `ghg` in-process with `arguments` (without the program name).
func runGHG(_ arguments: [String], environment: [String: String] = PackagePaths.environment) -> RunResult {
    let output = OutputBuffer()
    let error = OutputBuffer()
    let tool = CommandLineTool(
        standardOutput: { output.append($0) }, standardError: { error.append($0) }, environment: environment,
        executablePath: nil)
    let code = tool.run(arguments)
    return RunResult(exitCode: code.rawValue, standardOutput: output.text, standardError: error.text)
}

/// A unique scratch folder under the system's temporary directory, removed when released.
final class ScratchFolder {
    let url: URL

    init(_ label: String = #function) throws {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("GHGCommandLineTests-\(safe.prefix(40))-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` (UTF-8, exactly as given) to `name` in the folder; returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, bytes: Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    /// The path of `name` in the folder (not created).
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names of the entries in the folder, sorted; hidden files included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    func read(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }
}

/// The header every activity file in these tests starts with, unless a test needs another.
let standardHeader = "year,category,activity,amount,unit\n"

/// Parses `data` as a JSON object, recording an issue if it is not one.
func jsonObject(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: data)
    return try #require(value as? [String: Any], "expected a JSON object at the top level", sourceLocation: sourceLocation)
}

/// Checks that an inventory run over `contents` fails as an input error: exit 1, nothing on standard
/// output, a message on standard error at `file:location` containing each of `mentions`, and no
/// output file (not even a temporary one) left beside the `--out` path.
///
/// - Parameters:
///   - location: what follows the file name in the message, e.g. `2:3` or `1`.
func expectInputError(
    _ contents: String, location: String, mentions: [String], fileName: String = "activity.csv",
    extraArguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
) throws {
    try expectInputError(
        bytes: Data(contents.utf8), location: location, mentions: mentions, fileName: fileName, extraArguments: extraArguments,
        sourceLocation: sourceLocation)
}

func expectInputError(
    bytes: Data, location: String, mentions: [String], fileName: String = "activity.csv", extraArguments: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let scratch = try ScratchFolder()
    let input = try scratch.write(fileName, bytes: bytes)
    let out = scratch.path("inventory.json")
    let result = runGHG(["inventory", input, "--format", "json", "--out", out] + extraArguments)
    #expect(result.exitCode == 1, "expected exit 1 (input error); got \(result)", sourceLocation: sourceLocation)
    #expect(result.standardOutput.isEmpty, "nothing should go to standard output; got \(result)", sourceLocation: sourceLocation)
    let prefix = "\(input):\(location): error: "
    #expect(result.standardError.contains(prefix), "expected a message starting '\(prefix)'; got \(result)", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(result.standardError.contains(text), "expected the message to mention '\(text)'; got \(result)", sourceLocation: sourceLocation)
    }
    #expect(!FileManager.default.fileExists(atPath: out), "--out file must not exist after an error", sourceLocation: sourceLocation)
    #expect(try scratch.contents() == [fileName], "only the input file may be in the folder (no partial output)", sourceLocation: sourceLocation)
}

/// Checks that `arguments` are a usage error: exit 64, nothing on standard output, the message on
/// standard error starting `error:` and containing each of `mentions`.
func expectUsageError(_ arguments: [String], mentions: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let result = runGHG(arguments)
    #expect(result.exitCode == 64, "expected exit 64 (usage); got \(result)", sourceLocation: sourceLocation)
    #expect(result.standardOutput.isEmpty, "nothing should go to standard output; got \(result)", sourceLocation: sourceLocation)
    #expect(result.standardError.hasPrefix("error: "), "got \(result)", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(result.standardError.contains(text), "expected the message to mention '\(text)'; got \(result)", sourceLocation: sourceLocation)
    }
}

// MARK: - The built executable

/// Finds the built `ghg` executable: beside the test bundle (the products directory), else
/// `.build/debug/ghg` under the package root. Nil when neither exists.
func builtExecutable() -> URL? {
    var candidates: [URL] = []
    // The test runner is itself an executable (or inside a bundle) in the products directory.
    if let executable = Bundle.main.executableURL {
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("ghg"))
            folder = folder.deletingLastPathComponent()
        }
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("ghg"))
    }
    candidates.append(PackagePaths.root.appendingPathComponent(".build/debug/ghg"))
    return candidates.first { candidate in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: candidate.path)
    }
}

/// Runs the built `ghg` executable as a child process (swift-argument-parser's
/// `AssertExecuteCommand` style): standard output and error go to files in `scratch`, so that large
/// outputs cannot block on a full pipe.
func runExecutable(_ executable: URL, _ arguments: [String], in scratch: ScratchFolder) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GHG_FACTOR_LIBRARY"] = PackagePaths.emissionFactors.path
    process.environment = environment
    process.currentDirectoryURL = scratch.url
    let outURL = scratch.url.appendingPathComponent(".stdout")
    let errURL = scratch.url.appendingPathComponent(".stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    try? FileManager.default.removeItem(at: outURL)
    try? FileManager.default.removeItem(at: errURL)
    #expect(process.terminationReason == .exit, "ghg was killed by a signal")
    return RunResult(exitCode: process.terminationStatus, standardOutput: stdout, standardError: stderr)
}
