import Foundation
import GHGCore
import GHGReports
import Testing

@testable import GHGScenarios

/// A projection computed by hand, checked to the last digit the table prints.
///
/// Base year 2020, territorial and scope 2 boundary, AR5:
/// - 1.A.4.b residential electricity, 100 GWh, grid factor 0.8041 t CO2/MWh (DCC 2020, bundled):
///   80,410 t CO2. Grows 10 %/yr; the grid factor path is 0.8 in 2021 and 0.7 in 2023, linear
///   between (0.75 in 2022).
/// - 3.A.1 other cattle, 1000 head x 47 kg CH4 (IPCC 2006 Vol 4 Table 10.11) = 47 t CH4 = 1316 t
///   CO2e (AR5 GWP 28). Grows with elasticity 0.5 to GRDP, which grows 21 %/yr: (1.21)^0.5 = 1.1
///   a year.
/// - Voluntary: cut electricity use 10 % of what remains, half in 2021, all from 2022.
/// - Conditional: cut electricity emissions by 20 % of BAU from 2022 (overlapping the first).
@Suite("Hand-computed projection")
struct HandComputedProjectionTests {
    static let activity = """
        year,region,category,activity,amount,unit
        2020,Test,1.A.4.b,electricity,100,GWh
        2020,Test,3.A.1,other_cattle,1000,head

        """
    static let scenario = """
        {
          "id": "hand",
          "name": "Hand-computed projection",
          "region": "Test",
          "base": {"year": 2020, "activity": "activity.csv", "gwp": "AR5", "boundary": "territorial_and_scope2"},
          "horizon": 2023,
          "drivers": {
            "grdp": {"unit": "billion VND", "prices": "constant 2010", "values": {"2020": 1000}, "growth_percent": 21}
          },
          "bau": [
            {"category": "1.A.4.b", "growth_percent": 10},
            {"category": "3.A.1", "elasticity": 0.5, "driver": "grdp"}
          ],
          "factor_paths": [
            {"category": "1.A.4.b", "activity": "electricity", "gas": "CO2", "unit": "t CO2/MWh",
             "values": {"2021": 0.8, "2023": 0.7}, "interpolate": "linear"}
          ],
          "measures": [
            {"id": "save-power", "tier": "voluntary", "category": "1.A.4.b", "action": "reduce_activity", "percent": 10, "of": "remaining",
             "ramp": {"start": 2021, "full": 2022}},
            {"id": "clean-power", "tier": "conditional", "category": "1.A.4", "action": "reduce_emissions", "percent": 20, "of": "bau",
             "ramp": {"start": 2022}}
          ],
          "targets": [
            {"id": "cond-29.46", "type": "below_bau", "scenario": "conditional", "reduction_percent": 29.46, "year": 2022, "through": 2023},
            {"id": "intensity", "type": "intensity", "scenario": "voluntary", "reduction_percent": 50, "year": 2023}
          ]
        }
        """

    func result() throws -> ScenarioResult {
        try ScenarioFixture(files: ["activity.csv": Self.activity, "scenario.json": Self.scenario]).run()
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test("BAU, voluntary and conditional totals by year")
    func totals() throws {
        let result = try result()
        // Electricity: 80,410; 110,000 MWh x 0.8; 121,000 x 0.75; 133,100 x 0.7. Cattle: 1316 x 1.1^n.
        let bau: [Int: Double] = [2020: 81_726, 2021: 88_000 + 1_447.6, 2022: 90_750 + 1_592.36, 2023: 93_170 + 1_751.596]
        // Voluntary: electricity x 0.95 in 2021, x 0.9 from 2022.
        let voluntary: [Int: Double] = [2020: 81_726, 2021: 83_600 + 1_447.6, 2022: 81_675 + 1_592.36, 2023: 83_853 + 1_751.596]
        // Conditional: 20 % of BAU electricity (18,150 and 18,634 t) off what the voluntary tier left.
        let conditional: [Int: Double] = [2020: 81_726, 2021: 83_600 + 1_447.6, 2022: 63_525 + 1_592.36, 2023: 65_219 + 1_751.596]
        for year in 2020...2023 {
            #expect(Self.close(result.total(.bau, year: year), bau[year]!), "BAU \(year)")
            #expect(Self.close(result.total(.voluntary, year: year), voluntary[year]!), "voluntary \(year)")
            #expect(Self.close(result.total(.conditional, year: year), conditional[year]!), "conditional \(year)")
        }
    }

    @Test("each measure's contribution, and the tiers'")
    func attribution() throws {
        let result = try result()
        let save: [Int: Double] = [2020: 0, 2021: 4_400, 2022: 9_075, 2023: 9_317]
        let clean: [Int: Double] = [2020: 0, 2021: 0, 2022: 18_150, 2023: 18_634]
        for year in 2020...2023 {
            #expect(Self.close(result.reduction(measure: 0, year: year), save[year]!), "save-power \(year)")
            #expect(Self.close(result.reduction(measure: 1, year: year), clean[year]!), "clean-power \(year)")
            #expect(Self.close(result.reduction(tier: .voluntary, year: year), save[year]!))
            #expect(Self.close(result.reduction(tier: .conditional, year: year), clean[year]!))
        }
    }

    @Test("GRDP, intensity and targets")
    func intensityAndTargets() throws {
        let result = try result()
        #expect(Self.close(result.grdpMillionVND(year: 2023)!, 1_771_561))
        // 81,726 t / 1,000,000 million VND.
        #expect(Self.close(result.intensity(.bau, year: 2020)!, 0.081726))
        // 85,604.596 t / 1,771,561 million VND, against 0.081726 in 2020.
        let intensity2023 = 85_604.596 / 1_771_561
        #expect(Self.close(result.intensity(.voluntary, year: 2023)!, intensity2023))
        #expect(Self.close(result.intensityChangePercent(.voluntary, year: 2023)!, (intensity2023 / 0.081726 - 1) * 100))
        let outcomes = result.targetOutcomes
        // (9,075 + 18,150) / 92,342.36 = 29.483 % below BAU in 2022: met; (9,317 + 18,634) / 94,921.596
        // = 29.446 % in 2023: missed by 0.0136 points, 12.9 t.
        #expect(outcomes[0].checks.map(\.met) == [true, false])
        #expect(Self.close(outcomes[0].checks[0].achieved, 27_225 / 92_342.36 * 100))
        #expect(Self.close(outcomes[0].checks[1].marginTonnes, 94_921.596 * (1 - 0.2946) - 66_970.596))
        #expect(!outcomes[0].met)
        // Intensity falls 40.87 %: short of 50 %.
        #expect(outcomes[1].checks.map(\.met) == [false])
        #expect(Self.close(outcomes[1].checks[0].required, 0.081726 * 0.5))
    }

    @Test("the table prints the hand-computed figures")
    func table() throws {
        let text = ScenarioTableReport.render(try result())
        #expect(text.contains("  2022    92,342.4   83,267.4     65,117.4    9,075.0    18,150.0          9.83          29.48\n"))
        #expect(text.contains("  2023    94,921.6   85,604.6     66,970.6    9,317.0    18,634.0          9.82          29.45\n"))
        // 85,604.596 / 1,771,561 = 0.048322; 66,970.596 / 1,771,561 = 0.037803; -40.87 % against 0.081726.
        #expect(text.contains("  2023               1,771.6  0.05358    0.04832      0.03780  -34.44  -40.87   -53.74\n"))
        #expect(text.contains("  save-power   voluntary    reduce_activity   1.A.4.b   9,317.0        9.82  22,792.0\n"))
        #expect(text.contains("  clean-power  conditional  reduce_emissions  1.A.4    18,634.0       19.63  36,784.0\n"))
    }

    @Test("the CSV and IAMC carry the same numbers")
    func csvAndIAMC() throws {
        let result = try result()
        let csv = ScenarioCSVReport.render(result)
        #expect(csv.contains("hand,conditional,Test,Emissions|Kyoto Gases,t CO2-equiv/yr,2022,65117.36"))
        #expect(csv.contains("hand,conditional,Test,Emissions Reduction|Kyoto Gases|Measure|clean-power,t CO2-equiv/yr,2023,18634"))
        let iamc = ScenarioIAMCReport.render(result)
        #expect(iamc.hasPrefix("model,scenario,region,variable,unit,2020,2021,2022,2023\n"))
        #expect(iamc.contains("ghg,hand|BAU,Test,Emissions|CH4,t CH4/yr,47,51.7"))
    }
}
