import GHGCore
import Testing

@testable import GHGScenarios

/// Fuel switches, efficiency, new factors and rule checks, computed by hand.
@Suite("Measure actions")
struct MeasureActionTests {
    static let activity = """
        year,region,category,activity,amount,unit
        2020,Test,1.A.3.b,gas_diesel_oil,100,TJ

        """

    func run(measures: String, gridPath: Bool = true) throws -> ScenarioResult {
        let paths = gridPath ? #"{"category": "1.A.3.b", "activity": "electricity", "gas": "CO2", "unit": "t CO2/MWh", "values": {"2021": 0.5, "2022": 0.4}}"# : ""
        let scenario = """
            {
              "id": "actions",
              "base": {"year": 2020, "activity": "activity.csv", "boundary": "territorial_and_scope2"},
              "horizon": 2022,
              "bau": [{"constant": true}],
              "factor_paths": [\(paths)],
              "measures": [\(measures)]
            }
            """
        return try ScenarioFixture(files: ["activity.csv": Self.activity, "scenario.json": scenario]).run()
    }

    @Test("a switch to electricity follows the grid factor path")
    func switchToElectricity() throws {
        let result = try run(measures: """
            {"id": "ev", "tier": "voluntary", "category": "1.A.3.b", "action": "switch", "percent": 10,
             "to": {"activity": "electricity"}, "energy_ratio": 0.3, "ramp": {"start": 2021}}
            """)
        // 10 TJ of diesel moves; 0.3 x 10 TJ = 3 TJ = 833.33 MWh of electricity x 0.5 (2021) and 0.4 (2022) t CO2/MWh.
        let scope2 = try #require(result.model.rows.firstIndex { $0.reporting == .scope2Electricity && $0.category == CategoryTree.ipcc2006.index(of: "1.A.3.b") })
        #expect(abs(result.co2e(.voluntary, year: 2021, row: scope2) - 3e6 / 3600 * 0.5) < 1e-9)
        #expect(abs(result.co2e(.voluntary, year: 2022, row: scope2) - 3e6 / 3600 * 0.4) < 1e-9)
        // Diesel: 90 % of the base-year emissions of every gas remain.
        let diesel = result.total(.bau, year: 2021)
        #expect(abs(result.total(.voluntary, year: 2021) - (0.9 * diesel + 3e6 / 3600 * 0.5)) < 1e-6)
        #expect(abs(result.reduction(measure: 0, year: 2021) - (0.1 * diesel - 3e6 / 3600 * 0.5)) < 1e-6)
    }

    @Test("efficiency compounds from the ramp's start; a new factor replaces part of the old")
    func efficiencyAndFactor() throws {
        let result = try run(measures: """
            {"id": "eff", "tier": "voluntary", "category": "1.A.3.b", "action": "efficiency", "percent_per_year": 10, "ramp": {"start": 2021}},
            {"id": "bio", "tier": "conditional", "category": "1.A.3.b", "action": "factor", "gas": "CO2", "value": 0, "unit": "t CO2/TJ",
             "percent": 50, "ramp": {"start": 2022}}
            """, gridPath: false)
        let bau = result.total(.bau, year: 2022)
        let co2 = result.mass(.co2, .bau, year: 2022)
        // 2022: (1 - 0.1)^2 = 0.81 of the activity remains; then half of the remaining CO2 at factor 0.
        #expect(abs(result.total(.voluntary, year: 2021) - 0.9 * bau) < 1e-6)
        #expect(abs(result.total(.voluntary, year: 2022) - 0.81 * bau) < 1e-6)
        #expect(abs(result.reduction(measure: 1, year: 2022) - 0.5 * 0.81 * co2) < 1e-6)
    }

    @Test("rules and paths that select nothing, and ramps in the base year, are errors")
    func selectsNothing() throws {
        let fixture = try ScenarioFixture(files: [
            "activity.csv": Self.activity,
            "scenario.json": """
                {"base": {"year": 2020, "activity": "activity.csv"}, "horizon": 2022,
                 "bau": [{"constant": true}, {"category": "1.A.3.b", "region": "Tset", "growth_percent": 2}]}
                """,
            "ramp.json": """
                {"base": {"year": 2020, "activity": "activity.csv"}, "horizon": 2022, "bau": [{"constant": true}],
                 "measures": [{"id": "m", "tier": "voluntary", "category": "1.A.3", "action": "reduce_emissions", "percent": 5, "of": "bau",
                   "ramp": {"start": 2020, "full": 2021}}]}
                """,
        ])
        #expect(fixture.errors().first?.contains("$.bau[1]: error: the rule acts on 1.A.3.b / Tset, which has no emissions") == true, "\(fixture.errors())")
        #expect(fixture.errors("ramp.json").first?.contains("$.measures[0].ramp: error: the measure starts in 2020, not after the base year 2020") == true)
    }
}

/// New sources of the BAU (absent from the base year).
@Suite("Additions")
struct AdditionTests {
    @Test("a new plant's amounts, per-unit emissions from the library, and measures on it")
    func newPlant() throws {
        let fixture = try ScenarioFixture(files: [
            "activity.csv": MeasureActionTests.activity,
            "scenario.json": """
                {"base": {"year": 2020, "activity": "activity.csv"}, "horizon": 2023,
                 "bau": [{"constant": true}],
                 "additions": [{"id": "gas-plant", "category": "1.A.1.a.i", "activity": "natural_gas", "unit": "TJ",
                   "amounts": {"values": {"2022": 1000, "2023": 2000}}}],
                 "measures": [{"id": "ccs", "tier": "conditional", "category": "1.A.1", "action": "reduce_emissions", "percent": 50,
                   "of": "remaining", "ramp": {"start": 2023}}]}
                """,
        ])
        let result = try fixture.run()
        let plant = try #require(result.model.lines.firstIndex { $0.addition == 0 })
        #expect(result.amount(.bau, year: 2021, line: plant) == 0)
        #expect(result.amount(.bau, year: 2022, line: plant) == 1000)
        // Natural gas, energy industries: 56,100 kg CO2/TJ (IPCC 2006 Vol 2 Table 2.2), 1 kg CH4 and 0.1 kg N2O/TJ.
        let perTJ = 56.1 + 0.001 * 28 + 0.0001 * 265
        let diesel = result.total(.bau, year: 2020)
        #expect(abs(result.total(.bau, year: 2022) - (diesel + 1000 * perTJ)) < 1e-6)
        #expect(abs(result.total(.conditional, year: 2023) - (diesel + 0.5 * 2000 * perTJ)) < 1e-6)
        #expect(abs(result.reduction(measure: 0, year: 2023) - 1000 * perTJ) < 1e-6)
    }

    @Test("a new source cannot have activity in the base year")
    func baseYear() throws {
        let fixture = try ScenarioFixture(files: [
            "activity.csv": MeasureActionTests.activity,
            "scenario.json": """
                {"base": {"year": 2020, "activity": "activity.csv"}, "horizon": 2023, "bau": [{"constant": true}],
                 "additions": [{"id": "p", "category": "1.A.1.a.i", "activity": "natural_gas", "unit": "TJ",
                   "amounts": {"values": {"2020": 5, "2023": 2000}}}]}
                """,
        ])
        #expect(fixture.errors().first?.contains("$.additions[0].amounts: error: a new source has no activity in the base year 2020") == true, "\(fixture.errors())")
    }

    @Test("a new source is 0 in the base year under a factor path, and amounts rules ignore it")
    func pathsAndAmounts() throws {
        let fixture = try ScenarioFixture(files: [
            "activity.csv": """
                year,category,activity,amount,unit
                2020,1.A.1.a.i,natural_gas,2000,TJ

                """,
            "scenario.json": """
                {"base": {"year": 2020, "activity": "activity.csv"}, "horizon": 2022,
                 "bau": [{"category": "1.A.1", "amounts": {"unit": "TJ", "values": {"2020": 2000, "2022": 3000}, "interpolate": "linear"}}],
                 "additions": [{"id": "new", "category": "1.A.1.a.i", "activity": "natural_gas", "unit": "TJ", "amounts": {"values": {"2022": 1000}}}],
                 "factor_paths": [{"category": "1.A.1", "gas": "CO2", "unit": "t CO2/TJ", "values": {"2021": 50, "2022": 40}}]}
                """,
        ])
        let result = try fixture.run()
        // Base year: the inventory alone (2000 TJ x 56.1 t CO2 + CH4 and N2O).
        let perTJ = 56.1 + 0.001 * 28 + 0.0001 * 265
        #expect(abs(result.total(.bau, year: 2020) - 2000 * perTJ) < 1e-6)
        // 2021: the amounts rule scales the base line to 2500 TJ (the new source is not in its base total) at 50 t CO2/TJ.
        #expect(abs(result.total(.bau, year: 2021) - (2500 * (perTJ - 56.1 + 50))) < 1e-6)
        // 2022: 3000 TJ + 1000 TJ of the new source, both at 40 t CO2/TJ.
        #expect(abs(result.total(.bau, year: 2022) - (4000 * (perTJ - 56.1 + 40))) < 1e-6)
    }
}
