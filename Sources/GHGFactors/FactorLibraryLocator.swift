import Foundation

/// Finds the bundled `EmissionFactors/` folder without the user naming it.
///
/// In order: the `--library` flag; the `GHG_FACTOR_LIBRARY` environment variable; an
/// `EmissionFactors/` folder beside the executable or in one of its parent folders (so
/// `.build/release/ghg` finds the package's own library); the package the tool was built from.
public enum FactorLibraryLocator {
    /// The environment variable that names the bundled library when `ghg` is installed elsewhere.
    public static let environmentVariable = "GHG_FACTOR_LIBRARY"

    public static func bundledFolder(
        explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = CommandLine.arguments.first
    ) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        var candidates: [URL] = []
        if let executablePath {
            var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("EmissionFactors"))
                folder = folder.deletingLastPathComponent()
            }
        }
        // Sources/GHGFactors/FactorLibraryLocator.swift -> package root.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("EmissionFactors"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("activities.csv").path) {
            return candidate.path
        }
        return nil
    }
}
