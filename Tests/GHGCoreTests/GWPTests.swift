import Testing

@testable import GHGCore

@Suite("GWP-100 sets")
struct GWPTests {
    // IPCC AR4 WG1 Ch 2 Table 2.14; AR5 WG1 Ch 8 Table 8.A.1 (without climate-carbon feedback);
    // AR6 WG1 Ch 7 Table 7.15 (CH4 fossil 29.8, non-fossil 27.0, N2O 273) and Table 7.SM.7.
    @Test(
        "CH4 and N2O",
        arguments: [
            (GWPSet.ar4, 25.0, 25.0, 298.0),
            (GWPSet.ar5, 28.0, 28.0, 265.0),
            (GWPSet.ar6, 29.8, 27.0, 273.0),
        ])
    func mainGases(set: GWPSet, ch4Fossil: Double, ch4Biogenic: Double, n2o: Double) {
        #expect(set.gwp(.co2) == 1)
        #expect(set.gwp(.ch4, origin: .fossil) == ch4Fossil)
        #expect(set.gwp(.ch4, origin: .biogenic) == ch4Biogenic)
        #expect(set.gwp(.n2o) == n2o)
    }

    @Test("F-gases: HFC-134a, HFC-32, SF6, NF3 in each report")
    func fGases() {
        #expect(GWPSet.ar4.gwp(.hfc134a) == 1430)
        #expect(GWPSet.ar5.gwp(.hfc134a) == 1300)
        #expect(GWPSet.ar6.gwp(.hfc134a) == 1530)
        #expect(GWPSet.ar4.gwp(.hfc32) == 675)
        #expect(GWPSet.ar5.gwp(.hfc32) == 677)
        #expect(GWPSet.ar6.gwp(.hfc32) == 771)
        #expect(GWPSet.ar4.gwp(.sf6) == 22800)
        #expect(GWPSet.ar5.gwp(.sf6) == 23500)
        #expect(GWPSet.ar6.gwp(.sf6) == 25200)
        #expect(GWPSet.ar5.gwp(.nf3) == 16100)
    }

    @Test("AR5 is the default; names parse case-insensitively")
    func names() {
        #expect(GWPSet.default == .ar5)
        #expect(GWPSet(name: "ar6") == .ar6)
        #expect(GWPSet(name: "AR3") == nil)
        #expect(Gas(name: "hfc134a") == .hfc134a)
        #expect(Gas(name: "co2") == .co2)
    }
}
