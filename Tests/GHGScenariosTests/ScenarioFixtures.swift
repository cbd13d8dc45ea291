import Foundation
import GHGCore
import GHGReports
import GHGScenarios

/// Writes scenario and activity files to a fresh folder and runs them.
struct ScenarioFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let bundledLibrary = packageRoot.appendingPathComponent("EmissionFactors").path

    let folder: URL

    init(files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func run(_ name: String = "scenario.json") throws -> ScenarioResult {
        try ScenarioLoader(bundledLibrary: ScenarioFixture.bundledLibrary).run(path(name))
    }

    /// The messages of the error a scenario gives, or an empty list if it runs.
    func errors(_ name: String = "scenario.json") -> [String] {
        do {
            _ = try run(name)
            return []
        } catch let error as InputError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// A bundled example scenario of the repository.
    static func example(_ relativePath: String) throws -> ScenarioResult {
        try ScenarioLoader(bundledLibrary: bundledLibrary).run(packageRoot.appendingPathComponent(relativePath).path)
    }
}
