import Foundation
import Testing

@testable import GHGScenarios

/// Cost per tonne: the levelised cost of abatement over the projection.
@Suite("Measure cost")
struct MeasureCostTests {
    func result(cost: String) throws -> ScenarioResult {
        let text = HandComputedProjectionTests.scenario.replacingOccurrences(
            of: #""ramp": {"start": 2021, "full": 2022}}"#, with: #""ramp": {"start": 2021, "full": 2022}, "cost": \#(cost)}"#)
        return try ScenarioFixture(files: ["activity.csv": HandComputedProjectionTests.activity, "scenario.json": text]).run()
    }

    @Test("plain sums without a discount rate")
    func undiscounted() throws {
        let cost = try #require(try result(cost: #"{"currency": "million VND", "investment": 1000, "yearly": 10}"#).measureCosts[0])
        // 1000 invested in 2021 (the ramp's start) + 10 a year times the ramp's share (half in 2021,
        // all in 2022 and 2023); 4,400 + 9,075 + 9,317 t avoided.
        #expect(cost.totalCost == 1025)
        #expect(abs(cost.avoidedTonnes - 22_792) < 1e-9)
        #expect(abs(cost.costPerTonne! - 1025.0 / 22_792) < 1e-12)
    }

    @Test("discounted to the base year")
    func discounted() throws {
        let cost = try #require(
            try result(cost: #"{"currency": "million VND", "investment": 1000, "yearly": 10, "discount_rate_percent": 10}"#).measureCosts[0])
        let money = 1000 / 1.1 + 5 / 1.1 + 10 / 1.21 + 10 / 1.331
        let tonnes = 4_400 / 1.1 + 9_075 / 1.21 + 9_317 / 1.331
        #expect(abs(cost.costPerTonne! - money / tonnes) < 1e-12)
    }
}
