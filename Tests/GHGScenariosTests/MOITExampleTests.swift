import GHGCore
import GHGScenarios
import Testing

/// The MOIT example reproduces the tiers of Decision 13443/QD-BCT (2015) against BAU: coal-fired
/// power 10 % voluntary + 10 % conditional, chemical fertiliser 9 % + 6 %, steel 10 % + 10 %.
@Suite("MOIT example (Decision 13443/QD-BCT tiers)")
struct MOITExampleTests {
    static let tiers: [(code: String, voluntary: Double, conditional: Double)] = [
        ("1.A.1.a.i", 0.90, 0.80), ("2.B.1", 0.91, 0.85), ("2.C.1", 0.90, 0.80),
    ]

    @Test("in every year fully ramped, each sector is at its tier's share of BAU")
    func tiers() throws {
        let result = try ScenarioFixture.example("Scenarios/moit-green-growth-2030.json")
        let tree = CategoryTree.ipcc2006
        for (code, voluntary, conditional) in Self.tiers {
            let row = try #require(result.model.rows.firstIndex { tree[$0.category].code == code && $0.reporting == .territorial })
            for year in 2020...2030 {
                let bau = result.co2e(.bau, year: year, row: row)
                #expect(bau > 0)
                #expect(abs(result.co2e(.voluntary, year: year, row: row) - voluntary * bau) <= 1e-9 * bau, "\(code) voluntary \(year)")
                #expect(abs(result.co2e(.conditional, year: year, row: row) - conditional * bau) <= 1e-9 * bau, "\(code) conditional \(year)")
            }
        }
    }

    @Test("the report says each target is met")
    func targetsMet() throws {
        let result = try ScenarioFixture.example("Scenarios/moit-green-growth-2030.json")
        let outcomes = result.targetOutcomes
        #expect(outcomes.count == 6)
        #expect(outcomes.allSatisfy { $0.met })
        #expect(outcomes.allSatisfy { $0.checks.count == 11 })
        #expect(result.warnings.isEmpty)
    }

    @Test("measure contributions add up to BAU minus each pathway")
    func contributionsAddUp() throws {
        let result = try ScenarioFixture.example("Scenarios/moit-green-growth-2030.json")
        for year in result.years {
            let measures = result.definition.measures.indices.reduce(0.0) { $0 + result.reduction(measure: $1, year: year) }
            let total = result.total(.bau, year: year) - result.total(.conditional, year: year)
            #expect(abs(measures - total) <= 1e-9 * result.total(.bau, year: year))
        }
    }
}
