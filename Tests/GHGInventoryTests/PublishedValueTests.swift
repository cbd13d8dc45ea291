import Testing

@testable import GHGCore
@testable import GHGInventory
@testable import GHGMethods

/// Inventory results checked against values published in the 2006 IPCC Guidelines and by
/// Vietnam's Department of Climate Change, computed by hand beside each test.
@Suite("Published values")
struct PublishedValueTests {
    /// 1000 t gas/diesel oil in 1.A.1: 2006 IPCC Guidelines Vol 2 Table 1.2 NCV 43.0 TJ/Gg gives
    /// 43 TJ; Table 1.4 CO2 74 100 kg/TJ gives 3186.3 t; Table 2.2 (energy industries) CH4 3 kg/TJ
    /// and N2O 0.6 kg/TJ give 0.129 t and 0.0258 t.
    @Test("gas/diesel oil in energy industries, Tables 1.2, 1.4 and 2.2")
    func dieselEnergyIndustries() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.1.a.i,gas_diesel_oil,1000,t\n")
        let source = try #require(inventory.sources.first)
        #expect(source.emissions.energyTJ == 43)
        #expect(inventory.row("1.A.1.a.i", .co2)?.massTonnes == 3186.3)
        #expect(close(inventory.row("1.A.1.a.i", .ch4)?.massTonnes, 0.129))
        #expect(close(inventory.row("1.A.1.a.i", .n2o)?.massTonnes, 0.0258))
        let ids = source.emissions.factors.map(\.factorID)
        #expect(ids.contains { $0.contains("T1.2") } && ids.contains { $0.contains("T1.4") } && ids.contains { $0.contains("T2.2") })
        #expect(source.emissions.equation.contains("Eq. 2.1"))
    }

    /// CO2e of the same 1000 t: AR4 3186.3 + 0.129 x 25 + 0.0258 x 298 = 3197.2134;
    /// AR5 3186.3 + 0.129 x 28 + 0.0258 x 265 = 3196.749; AR6 (fossil CH4 29.8, AR6 WG1 Table 7.15)
    /// 3186.3 + 0.129 x 29.8 + 0.0258 x 273 = 3197.1876.
    @Test("CO2e under AR4, AR5, AR6", arguments: [(GWPSet.ar4, 3197.2134), (.ar5, 3196.749), (.ar6, 3197.1876)])
    func co2e(set: GWPSet, expected: Double) throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.1.a.i,gas_diesel_oil,1000,t\n", gwp: set)
        let total = try #require(inventory.rollup(year: 2019)?.total)
        #expect(close(total.co2eTonnes, expected))
    }

    /// The same fuel burnt in households, 1.A.4.b, takes Table 2.5: CH4 10 kg/TJ (0.43 t),
    /// N2O 0.6 kg/TJ (0.0258 t); CO2 still Table 1.4.
    @Test("gas/diesel oil in households, Table 2.5")
    func dieselHouseholds() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.4.b,gas_diesel_oil,1000,t\n")
        #expect(inventory.row("1.A.4.b", .co2)?.massTonnes == 3186.3)
        #expect(close(inventory.row("1.A.4.b", .ch4)?.massTonnes, 0.43))
        #expect(close(inventory.row("1.A.4.b", .n2o)?.massTonnes, 0.0258))
        let ids = try #require(inventory.sources.first).emissions.factors.map(\.factorID)
        #expect(ids.contains { $0.contains("T2.5") })
    }

    /// Fuel given by energy needs no NCV: 43 TJ gives the same 3186.3 t CO2.
    @Test("fuel given by energy")
    func dieselByEnergy() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.1.a.i,gas_diesel_oil,43,TJ\n")
        #expect(inventory.row("1.A.1.a.i", .co2)?.massTonnes == 3186.3)
        let parameters = try #require(inventory.sources.first).emissions.factors.map(\.parameter)
        #expect(!parameters.contains(.ncv))
    }

    /// Electricity consumed in 2022: 1000 MWh x 0.6766 t CO2/MWh (DCC letter 327/BĐKH-PTCBT)
    /// = 676.6 t, reported as scope 2 and not in the territorial total.
    @Test("grid electricity x the published Vietnamese grid factor of the year")
    func gridElectricity() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,1.A.4.b,electricity,1000,MWh\n2022,1.A.4.b,gas_diesel_oil,1000,t\n")
        let row = try #require(inventory.row("1.A.4.b", .co2, reporting: .scope2Electricity))
        #expect(close(row.massTonnes, 676.6))
        #expect(inventory.rollup(year: 2022)?.total.mass(.co2) == 3186.3)
        // 2019: 0.8458 t/MWh (DCC, 2019 grid factor), 2 GWh -> 1691.6 t.
        let earlier = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.2.m,electricity,2,GWh\n")
        #expect(close(earlier.row("1.A.2.m", .co2, reporting: .scope2Electricity)?.massTonnes, 1691.6))
    }

    /// Wood in households: NCV 15.6 TJ/Gg (Table 1.2), CO2 112 000 kg/TJ (Table 1.4) as a memo
    /// item; CH4 300 kg/TJ (Table 2.5) = 4.68 t of non-fossil CH4: 4.68 x 27.0 = 126.36 t CO2e
    /// under AR6.
    @Test("biomass CO2 is a memo item; its CH4 is non-fossil")
    func biomass() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.4.b,wood_wood_waste,1000,t\n", gwp: .ar6)
        #expect(inventory.row("1.A.4.b", .co2) == nil)
        #expect(close(inventory.row("1.A.4.b", .co2, reporting: .memoBiomassCO2)?.massTonnes, 1747.2))
        let ch4 = try #require(inventory.row("1.A.4.b", .ch4))
        #expect(close(ch4.massTonnes, 4.68))
        #expect(close(ch4.co2eTonnes, 126.36))
    }

    /// International aviation is a memo item (Vol 1 Ch 8 Table 8.2): 1000 t jet kerosene,
    /// NCV 44.1 TJ/Gg x 71 500 kg/TJ = 3153.15 t CO2, outside the total.
    @Test("international bunkers are memo items")
    func bunkers() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.3.a.i,jet_kerosene,1000,t\n2019,1.A.3.a.ii,jet_kerosene,1000,t\n")
        #expect(close(inventory.row("1.A.3.a.i", .co2, reporting: .memoInternationalBunkers)?.massTonnes, 3153.15))
        #expect(close(inventory.rollup(year: 2019)?.total.mass(.co2), 3153.15))
    }

    /// Road gasoline: Table 3.2.2 gives CH4 33 kg/TJ for uncontrolled vehicles; 1000 t x
    /// 44.3 TJ/Gg = 44.3 TJ -> 1.4619 t CH4; CO2 69 300 kg/TJ (Table 3.2.1) -> 3069.99 t.
    @Test("road gasoline depends on the technology, Table 3.2.2")
    func roadGasoline() throws {
        let csv = "year,category,activity,amount,unit,technology\n2019,1.A.3.b.iv,motor_gasoline,1000,t,uncontrolled\n"
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("1.A.3.b.iv", .ch4)?.massTonnes, 1.4619))
        #expect(close(inventory.row("1.A.3.b.iv", .co2)?.massTonnes, 3069.99))
        let errors = Fixtures.errors("\(Fixtures.header)\n2019,1.A.3.b.iv,motor_gasoline,1000,t\n")
        #expect(errors.count == 1 && errors[0].contains("technology") && errors[0].contains("uncontrolled"))
    }

    /// Diesel by volume: 1000 m3 x 0.84 t/m3 (GHG Protocol stationary combustion tool v4.0) = 840 t;
    /// x 43.0 TJ/Gg = 36.12 TJ; x 74 100 kg/TJ = 2676.492 t CO2.
    @Test("fuel given by volume goes through density and NCV")
    func dieselByVolume() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2019,1.A.2.m,gas_diesel_oil,1000,m3\n")
        #expect(close(inventory.sources.first?.emissions.energyTJ, 36.12))
        #expect(close(inventory.row("1.A.2.m", .co2)?.massTonnes, 2676.492))
    }

    /// A record's own factors (Tier 2) take precedence: CO2 73 000 kg/TJ and NCV 42.5 GJ/t:
    /// 1000 t -> 42.5 TJ -> 3102.5 t CO2.
    @Test("record-level factors override the library")
    func recordOverrides() throws {
        let csv = "year,category,activity,amount,unit,ef_co2,ef_unit,ncv,ncv_unit\n2019,1.A.1.a.i,gas_diesel_oil,1000,t,73000,kg/TJ,42.5,GJ/t\n"
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("1.A.1.a.i", .co2)?.massTonnes, 3102.5))
        let uses = try #require(inventory.sources.first).emissions.factors
        #expect(uses.contains { $0.origin == .record && $0.parameter == .ef && $0.gas == .co2 })
        #expect(uses.contains { $0.origin == .library && $0.gas == .ch4 })
        // A CO2e factor for CH4 is refused: the GWP is the inventory's to apply.
        let bad = "year,category,activity,amount,unit,ef_ch4,ef_unit\n2019,1.A.1.a.i,gas_diesel_oil,1000,t,84,kg CO2e/TJ\n"
        #expect(Fixtures.errors(bad).first?.contains("CO2-equivalent") == true)
    }
}
