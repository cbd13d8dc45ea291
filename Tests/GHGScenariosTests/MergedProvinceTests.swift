import Testing

@testable import GHGScenarios

/// A base year for today's boundary from the inventories of former provinces (the 2025 mergers,
/// Resolution 202/2025/QH15): base inventories and GRDP parts are summed; rules and measures can
/// still tell the former provinces apart by region.
@Suite("Merged province")
struct MergedProvinceTests {
    static let files = [
        "north.csv": """
            year,category,activity,amount,unit
            2014,3.A.1,other_cattle,2000,head

            """,
        "south.csv": """
            year,category,activity,amount,unit
            2014,3.A.1,other_cattle,1000,head
            2014,3.A.1,swine,10000,head

            """,
        "scenario.json": """
            {
              "id": "merged",
              "region": "Merged",
              "base": {"year": 2014, "inventories": [
                {"region": "North", "activity": "north.csv"},
                {"region": "South", "activity": "south.csv"}
              ]},
              "horizon": 2016,
              "drivers": {
                "grdp": {"unit": "billion VND", "prices": "constant 2010", "parts": [
                  {"region": "North", "values": {"2014": 600}, "growth_percent": 10},
                  {"region": "South", "values": {"2014": 400, "2016": 484}, "interpolate": "geometric"}
                ]}
              },
              "bau": [
                {"growth_percent": 0},
                {"category": "3.A.1", "region": "South", "growth_percent": 10}
              ],
              "measures": [
                {"id": "north-herd", "tier": "voluntary", "category": "3.A.1", "region": "North", "action": "reduce_activity",
                 "percent": 50, "of": "bau", "ramp": {"start": 2016}}
              ],
              "targets": [
                {"id": "gg", "type": "intensity", "scenario": "voluntary", "reduction_percent": 15, "year": 2016}
              ]
            }
            """,
    ]

    @Test("base inventories and GRDP parts are summed; regions stay apart for rules and measures")
    func merged() throws {
        let result = try ScenarioFixture(files: Self.files).run()
        // Enteric CH4, IPCC 2006 Vol 4 Table 10.11 (Asia other cattle 47 kg) and Table 10.10 (swine,
        // developing countries 1.0 kg): North 94 t, South 47 + 10 = 57 t; x 28 (AR5).
        #expect(abs(result.total(.bau, year: 2014) - (94 + 57) * 28) < 1e-9)
        // GRDP: 600 + 400 = 1000; 660 + 440 = 1100 (geometric between 400 and 484); 726 + 484 = 1210.
        #expect(result.model.grdpMillionVND?.map { $0 / 1000 } == [1000, 1100, 1210])
        // South grows 10 %/yr, North is flat: 2016 BAU = (94 + 57 x 1.21) x 28.
        #expect(abs(result.total(.bau, year: 2016) - (94 + 57 * 1.21) * 28) < 1e-9)
        // The measure halves the North herd only: 47 t CH4 less.
        #expect(abs(result.reduction(measure: 0, year: 2016) - 47 * 28) < 1e-9)
        #expect(result.model.lines.map(\.region) == ["North", "South", "South"])
        // Intensity 2014: 4228 t / 1,000,000 million VND; 2016 voluntary: (47 + 68.97) x 28 / 1,210,000.
        let base = 151.0 * 28 / 1_000_000
        let voluntary = (47 + 57 * 1.21) * 28 / 1_210_000
        #expect(abs(result.intensity(.voluntary, year: 2016)! - voluntary) < 1e-15)
        #expect(result.targetOutcomes[0].met == (voluntary <= base * 0.85))
    }

    @Test("a part without a value for a year is named")
    func partMissing() throws {
        var files = Self.files
        files["scenario.json"] = files["scenario.json"]!.replacingOccurrences(of: #""values": {"2014": 600}, "growth_percent": 10"#, with: #""values": {"2014": 600}"#)
        let messages = try ScenarioFixture(files: files).errors()
        #expect(messages.first?.contains("$.drivers.grdp.parts[0]: error: GRDP (part North) has no value for 2015") == true, "\(messages)")
    }
}
