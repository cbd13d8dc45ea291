import Testing

@testable import GHGCore

@Suite("Units and quantities")
struct UnitTests {
    @Test("mass conversions both ways are exact")
    func massBothWays() throws {
        #expect(try Units.t.convert(1000, to: Units.Gg) == 1)
        #expect(try Units.Gg.convert(1, to: Units.t) == 1000)
        #expect(try Units.kt.convert(2.5, to: Units.t) == 2500)
        #expect(try Units.Mt.convert(1, to: Units.kg) == 1e9)
        #expect(try Units.kg.convert(1e9, to: Units.Mt) == 1)
        #expect(try Units.g.convert(1, to: Units.t) == 1e-6)
    }

    @Test("energy conversions both ways: kWh = 3.6 MJ, toe = 41.868 GJ (IEA definition)")
    func energyBothWays() throws {
        #expect(try Units.kWh.convert(1000, to: Units.MWh) == 1)
        #expect(try Units.MWh.convert(1, to: Units.kWh) == 1000)
        #expect(try Units.GWh.convert(1, to: Units.TJ) == 3.6)
        #expect(try Units.TJ.convert(3.6, to: Units.GWh) == 1)
        #expect(try Units.toe.convert(1, to: Units.GJ) == 41.868)
        #expect(try Units.GJ.convert(41.868, to: Units.toe) == 1)
        #expect(try Units.ktoe.convert(1, to: Units.TJ) == 41.868)
        #expect(try Units.TJ.convert(1, to: Units.GJ) == 1000)
    }

    @Test("volume and area conversions")
    func volumeAndArea() throws {
        #expect(try Units.L.convert(1000, to: Units.m3) == 1)
        #expect(try Units.thousandM3.convert(1, to: Units.m3) == 1000)
        #expect(try Units.ha.convert(100, to: Units.km2) == 1)
    }

    @Test("compound units parse and convert: kg/TJ to t/TJ, TJ/Gg to GJ/t")
    func compoundUnits() throws {
        let kgPerTJ = try Units.parse("kg/TJ")
        #expect(kgPerTJ.dimension == .mass / .energy)
        #expect(try kgPerTJ.convert(74_100, to: Units.parse("t/TJ")) == 74.1)
        #expect(try Units.parse("TJ/Gg").convert(43, to: Units.parse("GJ/t")) == 43)
        #expect(try Units.parse("t/MWh").convert(0.6766, to: Units.parse("kg/kWh")) == 0.6766)
        #expect(try Units.parse("kg/L").convert(0.84, to: Units.parse("t/m3")) == 0.84)
    }

    @Test("a dimension mismatch is an error that names both units")
    func dimensionMismatch() {
        #expect {
            try Units.ha.convert(1, to: Units.t)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'ha'") && message.contains("'t'") && message.contains("area") && message.contains("mass")
        }
        #expect(throws: UnitError.self) { try Units.parse("kg/TJ").convert(1, to: Units.parse("kg/t")) }
    }

    @Test("a mass of CH4 is not a mass of CO2 equivalent")
    func substances() throws {
        let ch4 = try Units.parse("t CH4")
        let co2e = try Units.parse("tCO2e")
        #expect(ch4.substance == "CH4")
        #expect(co2e.substance == "CO2e")
        #expect(throws: UnitError.self) { try ch4.convert(1, to: co2e) }
        #expect(try ch4.convert(1, to: Units.kg) == 1000)
        #expect(try Units.parse("kg CO2/TJ").substance == "CO2")
    }

    @Test("unknown units are errors listing the known ones")
    func unknownUnit() {
        #expect {
            try Units.parse("barrels")
        } throws: { error in
            String(describing: error).contains("unknown unit 'barrels'") && String(describing: error).contains("MWh")
        }
        #expect(throws: UnitError.self) { try Units.parse("kg/TJ/fortnight") }
        #expect(throws: UnitError.self) { try Units.parse("kg/ha/d/t/t") }
        #expect(throws: UnitError.self) { try Units.parse("") }
    }

    @Test("chained ratios and time: kg CH4/head/yr, kg CH4/ha/d, 1/yr; a year is 365 days")
    func chainedRatios() throws {
        let perHead = try Units.parse("kg CH4/head/yr")
        #expect(perHead.dimension == Dimension.mass / (.count * .time))
        #expect(perHead.substance == "CH4")
        // 1.30 kg CH4/ha/d x 100 d x 1 ha = 130 kg (2006 IPCC Vol 4 Eq. 5.1).
        var product = QuantityProduct(Quantity(1, Units.ha))
        product.multiply(by: Quantity(100, Units.day))
        product.multiply(by: Quantity(1.30, try Units.parse("kg CH4/ha/d")))
        #expect(abs(try product.value(in: Units.kg) - 130) < 1e-12)
        #expect(try Units.parse("1/yr").convert(0.4, to: try Units.parse("1/d")) == 0.4 / 365)
        #expect(try Units.year.convert(1, to: Units.day) == 365)
        #expect(try Units.parse("fraction").dimension == .dimensionless)
        #expect(try Units.parse("person").dimension == .count)
    }

    @Test("lenient spellings for unambiguous units, but not for Mt")
    func spellings() throws {
        #expect(try Units.parse("kwh") == Units.kWh)
        #expect(try Units.parse("tonnes") == Units.t)
        #expect(try Units.parse("1000 m3") == Units.thousandM3)
        #expect(throws: UnitError.self) { try Units.parse("mt") }
    }

    @Test("a product of quantities applies one exact scale: 1000 t x 43 TJ/Gg x 74100 kg/TJ = 3186.3 t")
    func quantityProduct() throws {
        var product = QuantityProduct(Quantity(1000, Units.t))
        product.multiply(by: Quantity(43, try Units.parse("TJ/Gg")))
        #expect(try product.value(in: Units.TJ) == 43)
        product.multiply(by: Quantity(74_100, try Units.parse("kg/TJ")))
        #expect(try product.value(in: Units.t) == 3186.3)
        #expect(throws: UnitError.self) { try product.value(in: Units.TJ) }
    }
}
