import Foundation
import Testing

@testable import GHGCore
@testable import GHGInventory
@testable import GHGMethods

/// The first-order decay model of solid waste disposal (2006 IPCC Guidelines Vol 5 Ch 3),
/// checked against closed-form results computed independently of the recursion.
@Suite("Solid waste disposal: first-order decay")
struct SolidWasteDisposalTests {
    /// The case, by hand: 1000 t food waste, DOC 0.15, DOCf 0.5, MCF 1 give
    /// DDOCm = 75 t (Eq. 3.2); all of it decays eventually: 75 x F 0.5 x 16/12 = 50 t CH4. In the
    /// first year of decay (the year after deposit) 75 x (1 - e^-0.4) = 24.726 t decompose:
    /// 24.726 x 0.5 x 16/12 = 16.484 t CH4 (Eq. 3.5, 3.6).
    static let once = """
        year,category,activity,amount,unit,site,doc,docf,mcf,ch4_fraction,decay_rate,oxidation_factor
        2000,4.A.1,food_waste,1000,t,A,0.15,0.5,1,0.5,0.40,0
        """

    @Test("1000 t food waste deposited once: 16.48 t CH4 in the first year of decay, 50 t over all time")
    func singleDeposit() throws {
        let years = Array(2000...2200)
        let inventory = try Fixtures.inventory(SolidWasteDisposalTests.once, years: years)
        #expect(inventory.row("4.A.1", .ch4, year: 2000)?.massTonnes == 0)  // no decay in the year of deposit
        let first = try #require(inventory.row("4.A.1", .ch4, year: 2001)?.massTonnes)
        #expect(abs(first - 16.48) < 0.005)
        #expect(close(first, 75 * (1 - exp(-0.4)) * 0.5 * 16 / 12))
        let total = years.reduce(0.0) { $0 + inventory.mass("4.A", .ch4, year: $1) }
        #expect(abs(total - 50) < 1e-9)
        // Years after deposits stop are reported, each the previous x e^-k.
        let later = try #require(inventory.row("4.A.1", .ch4, year: 2011)?.massTonnes)
        #expect(close(later, first * exp(-0.4 * 10)))
    }

    /// A multi-decade series checked against the closed form of Eq. 3.4-3.5: the DDOCm decomposed
    /// in year T is sum over deposit years t < T of D(t) x e^(-k (T - 1 - t)) x (1 - e^-k).
    @Test("deposits growing over 30 years match the closed form year by year")
    func multiDecade() throws {
        var csv = "year,category,activity,amount,unit,site,site_type,doc,docf,ch4_fraction,decay_rate,oxidation_factor\n"
        var deposits: [Int: Double] = [:]
        for year in 1990...2019 {
            let tonnes = 10_000 * pow(1.05, Double(year - 1990))
            deposits[year] = tonnes
            csv += "\(year),4.A.1,msw,\(tonnes),t,dump,managed_anaerobic,0.17,0.5,0.5,0.17,0.1\n"
        }
        let years = Array(1990...2050)
        let inventory = try Fixtures.inventory(csv, years: years)
        let ddocPerTonne = 0.17 * 0.5 * 1.0  // MCF 1.0 for managed anaerobic sites (Table 3.1)
        for year in years {
            var decomposed = 0.0
            for (t, tonnes) in deposits where t < year {
                decomposed += tonnes * ddocPerTonne * exp(-0.17 * Double(year - 1 - t)) * (1 - exp(-0.17))
            }
            let expected = decomposed * 0.5 * 16 / 12 * (1 - 0.1)
            let got = inventory.mass("4.A", .ch4, year: year)
            #expect(abs(got - expected) <= 1e-9 * max(expected, 1), "year \(year): \(got) vs \(expected)")
        }
    }

    /// Eq. 3.1: CH4 emitted = (generated - recovered) x (1 - OX). Recovery above generation is
    /// an error naming the recovery record.
    @Test("methane recovered is subtracted before oxidation; more than generated is an error")
    func recovery() throws {
        let csv = SolidWasteDisposalTests.once + "\n2001,4.A.1,methane_recovered,6.484,t,A,,,,,,\n"
        let inventory = try Fixtures.inventory(csv, years: [2001])
        let generated = 75 * (1 - exp(-0.4)) * 0.5 * 16 / 12
        #expect(close(inventory.row("4.A.1", .ch4, year: 2001)?.massTonnes, generated - 6.484, relative: 1e-9))
        let errors = Fixtures.errors(SolidWasteDisposalTests.once + "\n2001,4.A.1,methane_recovered,20,t,A,,,,,,\n", years: [2001])
        #expect(errors.count == 1 && errors[0].contains("test.csv:3:") && errors[0].contains("more than"))
        // Recovery in a year after those asked is not computed, so it does not stop an earlier year.
        let earlier = try Fixtures.inventory(csv, years: [2000])
        #expect(earlier.row("4.A.1", .ch4, year: 2000)?.massTonnes == 0)  // decay starts the year after the deposit
    }

    @Test("an unknown site type and a fraction above 1 are errors naming the record")
    func badParameters() {
        let unknown = Fixtures.errors("year,category,activity,amount,unit,site_type\n2019,4.A.2,food_waste,1000,t,very_deep\n")
        #expect(unknown.count == 1 && unknown[0].contains("test.csv:2:6") && unknown[0].contains("unknown site_type 'very_deep'"))
        let fraction = Fixtures.errors("year,category,activity,amount,unit,site_type,docf\n2019,4.A.2,food_waste,1000,t,unmanaged_deep,1.5\n")
        #expect(fraction.count == 1 && fraction[0].contains("test.csv:2:7") && fraction[0].contains("above 1"))
    }

    /// The recursion itself, against the closed form, with deposits after the first year.
    @Test("FirstOrderDecay.decomposed equals the closed form")
    func recursion() {
        let deposits = [5.0, 0, 3, 7, 0, 0, 1]
        let k = 0.231
        let result = FirstOrderDecay.decomposed(deposits: deposits, k: k, years: 20)
        for year in 0..<20 {
            var expected = 0.0
            for t in 0..<min(year, deposits.count) {
                expected += deposits[t] * exp(-k * Double(year - 1 - t)) * (1 - exp(-k))
            }
            #expect(abs(result[year] - expected) < 1e-12)
        }
    }
}
