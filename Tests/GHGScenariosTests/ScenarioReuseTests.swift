import GHGCore
import GHGReports
import GHGScenarios
import Testing

/// A batch reads each run of a sweep reusing the parts of the base scenario no parameter changed
/// (`ScenarioReuse`): the result must be what a fresh reading of the changed file gives.
@Suite("Reading a sweep run with the unchanged parts reused")
struct ScenarioReuseTests {
    static let province = ScenarioFixture.packageRoot.appendingPathComponent("Scenarios/province-vinh-long-green-growth.json").path

    /// The long CSV of the scenario with `changes` applied, read fresh and read with reuse.
    func bothReadings(_ changes: [(String, JSONNode.Value)]) throws -> (fresh: String, reused: String) {
        let loader = ScenarioLoader(bundledLibrary: ScenarioFixture.bundledLibrary)
        let base = try JSONParser.parse(contentsOf: Self.province)
        let previous = try loader.load(root: base, file: Self.province).definition
        var node = base
        var paths: [JSONPath] = []
        for (text, value) in changes {
            let path = try #require(JSONPath(text))
            #expect(node.set(path, to: value) == nil, "\(text)")
            paths.append(path)
        }
        let fresh = Projection.run(try ScenarioLoader(bundledLibrary: ScenarioFixture.bundledLibrary).load(root: node, file: Self.province))
        let reused = Projection.run(try loader.load(root: node, file: Self.province, reusing: ScenarioReuse(previous: previous, changed: paths)))
        return (ScenarioCSVReport.render(fresh), ScenarioCSVReport.render(reused))
    }

    @Test(
        "a changed measure, BAU rule, driver part, factor path, target or base gives the fresh reading's result",
        arguments: [
            [("$.measures[0].percent_per_year", JSONNode.Value.number(2, text: "2"))],
            [("$.bau[1].elasticity", .number(0.5, text: "0.5"))],
            [("$.drivers.grdp.parts[1].values[\"2014\"]", .number(25000, text: "25000"))],
            [("$.factor_paths[0].values[\"2030\"]", .number(0.4, text: "0.4"))],
            [("$.targets[0].reduction_percent", .number(30, text: "30"))],
            [("$.base.gwp", .string("AR6")), ("$.measures[1].tier", .string("conditional"))],
        ])
    func sameAsFresh(_ changes: [(String, JSONNode.Value)]) throws {
        let (fresh, reused) = try bothReadings(changes)
        #expect(!fresh.isEmpty)
        #expect(fresh == reused)
    }

    @Test("a change the scenario reads shows in the reused reading")
    func changeShows() throws {
        let unchanged = try bothReadings([]).fresh
        let (fresh, reused) = try bothReadings([("$.measures[0].percent_per_year", .number(2, text: "2"))])
        #expect(reused == fresh)
        #expect(reused != unchanged)
    }
}
