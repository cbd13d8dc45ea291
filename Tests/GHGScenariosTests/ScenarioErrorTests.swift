import Testing

@testable import GHGScenarios

/// Mistakes in a scenario file are reported at their JSON path, line and column.
@Suite("Scenario errors")
struct ScenarioErrorTests {
    static let activity = """
        year,region,category,activity,amount,unit
        2020,Test,1.A.4.b,electricity,100,GWh
        2020,Test,3.A.1,other_cattle,1000,head

        """

    /// The hand-computed scenario with `edit` applied to its text.
    func errors(_ replace: String, with replacement: String) throws -> [String] {
        let text = HandComputedProjectionTests.scenario
        #expect(text.contains(replace), "the edit must apply")
        return try ScenarioFixture(files: ["activity.csv": Self.activity, "scenario.json": text.replacingOccurrences(of: replace, with: replacement)])
            .errors()
    }

    @Test("GRDP missing for a reported year")
    func grdpMissing() throws {
        let messages = try errors(#""values": {"2020": 1000}, "growth_percent": 21"#, with: #""values": {"2020": 1000, "2021": 1100}"#)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("scenario.json:8:13: $.drivers.grdp: error: GRDP has no value for 2022") == true, "\(messages)")
    }

    @Test("GRDP at current prices is refused")
    func currentPrices() throws {
        let messages = try errors(#""prices": "constant 2010""#, with: #""prices": "current""#)
        #expect(messages.first?.contains("$.drivers.grdp.prices: error: intensity per GRDP is computed at constant prices") == true, "\(messages)")
    }

    @Test("a measure naming a category that does not exist")
    func unknownCategory() throws {
        let messages = try errors(#""tier": "conditional", "category": "1.A.4""#, with: #""tier": "conditional", "category": "1.A.9""#)
        #expect(messages.first?.contains("$.measures[1].category: error: unknown IPCC 2006 category \"1.A.9\"") == true, "\(messages)")
    }

    @Test("a measure on a category without emissions")
    func emptyCategory() throws {
        let messages = try errors(#""tier": "conditional", "category": "1.A.4""#, with: #""tier": "conditional", "category": "2.A.1""#)
        #expect(messages.first?.contains("$.measures[1]: error: the measure acts on 2.A.1, which has no emissions in the base inventory") == true, "\(messages)")
    }

    @Test("an unknown tier, with a suggestion")
    func unknownTier() throws {
        let messages = try errors(#""tier": "conditional""#, with: #""tier": "condtional""#)
        #expect(messages.first?.contains("$.measures[1].tier: error: unknown value \"condtional\"") == true, "\(messages)")
        #expect(messages.first?.contains("did you mean \"conditional\"?") == true, "\(messages)")
    }

    @Test("a ramp that goes backwards in time")
    func rampBackwards() throws {
        let messages = try errors(#""ramp": {"start": 2021, "full": 2022}"#, with: #""ramp": {"start": 2022, "full": 2021}"#)
        #expect(messages.first?.contains("$.measures[0].ramp.full: error: the ramp goes backwards in time") == true, "\(messages)")
        let points = try errors(#""ramp": {"start": 2021, "full": 2022}"#, with: #""ramp": [{"year": 2022, "percent": 50}, {"year": 2021, "percent": 100}]"#)
        #expect(points.first?.contains("$.measures[0].ramp[1].year: error: the ramp goes backwards in time: 2021 comes after 2022") == true, "\(points)")
    }

    @Test("a growth period that goes backwards, and overlapping periods")
    func growthPeriods() throws {
        let backwards = try errors(#""growth_percent": 10}"#, with: #""growth": [{"from": 2023, "to": 2021, "percent": 10}]}"#)
        #expect(backwards.first?.contains("$.bau[0].growth[0].to: error: the growth period goes backwards in time") == true, "\(backwards)")
        let overlap = try errors(#""growth_percent": 10}"#, with: #""growth": [{"from": 2021, "to": 2022, "percent": 10}, {"from": 2022, "percent": 5}]}"#)
        #expect(overlap.first?.contains("$.bau[0].growth[1]: error: the growth period 2022-2023 overlaps") == true, "\(overlap)")
    }

    @Test("a unit that does not fit the activity")
    func unitMismatch() throws {
        let messages = try errors(#""unit": "t CO2/MWh""#, with: #""unit": "t CO2/head""#)
        #expect(messages.first?.contains("$.factor_paths[0]: error: a factor in t CO2/head does not apply to 1.A.4.b electricity (GWh)") == true, "\(messages)")
        let gas = try errors(#""unit": "t CO2/MWh""#, with: #""unit": "t CH4/MWh""#)
        #expect(gas.first?.contains("$.factor_paths[0].unit: error: the unit measures CH4 but the path is for CO2") == true, "\(gas)")
    }

    @Test("a source no BAU rule covers, and two rules equally specific")
    func bauCoverage() throws {
        let missing = try errors(#"{"category": "3.A.1", "elasticity": 0.5, "driver": "grdp"}"#, with: #"{"category": "3.A.2", "growth_percent": 1}"#)
        #expect(missing.first?.contains("$.bau: error: no BAU rule covers 3.A.1 other_cattle (head) in Test") == true, "\(missing)")
        let tie = try errors(#"{"category": "3.A.1", "elasticity": 0.5, "driver": "grdp"}"#, with: #"{"category": "1.A.4.b", "growth_percent": 1}"#)
        #expect(tie.first?.contains("both apply to 1.A.4.b electricity (GWh) in Test and are equally specific") == true, "\(tie)")
    }

    @Test("unknown keys, unknown drivers, duplicate measure ids, targets outside the projection")
    func other() throws {
        let key = try errors(#""horizon": 2023"#, with: #""horizon": 2023, "horizn": 2030"#)
        #expect(key.first?.contains("$.horizn: error: unknown key \"horizn\"") == true, "\(key)")
        let driver = try errors(#""driver": "grdp""#, with: #""driver": "population""#)
        #expect(driver.first?.contains("$.bau[1].driver: error: unknown driver \"population\"; the drivers are grdp") == true, "\(driver)")
        let duplicate = try errors(#""id": "clean-power""#, with: #""id": "save-power""#)
        #expect(duplicate.first?.contains("$.measures[1].id: error: the measure id \"save-power\" is also used at $.measures[0]") == true, "\(duplicate)")
        let year = try errors(#""year": 2023}"#, with: #""year": 2031}"#)
        #expect(year.first?.contains("$.targets[1].year: error: the target year 2031 is outside the projection 2020-2023") == true, "\(year)")
    }

    @Test("a JSON syntax error names line and column")
    func syntax() throws {
        let messages = try errors(#""horizon": 2023,"#, with: #""horizon": 2023,,"#)
        #expect(messages.first?.contains("scenario.json:6:19: error: expected a key in double quotes") == true, "\(messages)")
    }
}
