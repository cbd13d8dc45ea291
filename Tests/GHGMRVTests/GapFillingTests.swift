import GHGMRV
import Testing

/// Each method of IPCC 2006 Vol 1 Ch 5 (5.3.3) against series computed by hand.
@Suite("Time series gap filling")
struct GapFillingTests {
    func value(_ result: Result<GapFilling.FilledValue, GapFilling.Gap>) -> Double? {
        if case .success(let filled) = result { return filled.value }
        return nil
    }

    @Test("interpolation: 100 in 2014, 160 in 2017 give 120 and 140 in between")
    func interpolation() throws {
        let series = [2014: 100.0, 2017: 160]
        #expect(value(GapFilling.interpolate(series, year: 2015)) == 120)
        #expect(value(GapFilling.interpolate(series, year: 2016)) == 140)
        let filled = try GapFilling.interpolate(series, year: 2016).get()
        #expect(filled.method == .interpolation && filled.detail == "between 2014 and 2017")
        // Outside the series: not an interpolation.
        #expect(value(GapFilling.interpolate(series, year: 2018)) == nil)
    }

    @Test("trend: least squares over the nearest years, forwards and backwards, never below zero")
    func trend() {
        let straight = [2015: 10.0, 2016: 12, 2017: 14, 2018: 16]
        #expect(value(GapFilling.trend(straight, year: 2020)) == 20)
        #expect(value(GapFilling.trend(straight, year: 2013)) == 6)
        // 10, 13, 14: slope = sum(dx dy) / sum(dx^2) = (2.333... + 1.666...) / 2 = 2; mean 12.333 in 2016.
        let noisy = [2015: 10.0, 2016: 13, 2017: 14]
        #expect(abs(value(GapFilling.trend(noisy, year: 2019))! - (37.0 / 3 + 6)) < 1e-12)
        // Only the 2 nearest years with window 2: 13 -> 14, slope 1.
        #expect(abs(value(GapFilling.trend(noisy, year: 2019, window: 2))! - 16) < 1e-12)
        // A falling series stops at zero.
        #expect(value(GapFilling.trend([2015: 10.0, 2016: 5], year: 2020)) == 0)
        #expect(value(GapFilling.trend([2015: 10.0], year: 2020)) == nil)
    }

    @Test("surrogate (Eq. 5.2): 500 in 2019 with population 2.0 then 2.2 million gives 550 in 2022")
    func surrogate() throws {
        let population = [2019: 2.0, 2020: 2.05, 2022: 2.2]
        let filled = try GapFilling.surrogate([2019: 500.0], surrogate: population, name: "population", year: 2022).get()
        #expect(abs(filled.value - 550) < 1e-12)
        #expect(filled.detail == "population relative to 2019")
        // The nearest year with both values is used: 2020 (510) for 2022 -> 510 x 2.2 / 2.05.
        let nearer = try GapFilling.surrogate([2019: 500.0, 2020: 510], surrogate: population, name: "population", year: 2022).get()
        #expect(abs(nearer.value - 510 * 2.2 / 2.05) < 1e-12)
        #expect(value(GapFilling.surrogate([2019: 500.0], surrogate: population, name: "population", year: 2021)) == nil)
    }

    @Test("overlap (Eq. 5.1): the old series scaled by the mean ratio of the overlap years")
    func overlap() throws {
        let old = [2016: 90.0, 2017: 95, 2018: 100, 2019: 110]
        let new = [2018: 110.0, 2019: 121]
        // Ratios 1.1 and 1.1: 2016 = 99, 2017 = 104.5.
        #expect(abs(value(GapFilling.overlap(new: new, old: old, year: 2016))! - 99) < 1e-12)
        #expect(abs(value(GapFilling.overlap(new: new, old: old, year: 2017))! - 104.5) < 1e-12)
        // Unequal ratios (1.1 and 1.2) are averaged: 95 x 1.15.
        let uneven = [2018: 110.0, 2019: 132]
        #expect(abs(value(GapFilling.overlap(new: uneven, old: old, year: 2017))! - 95 * 1.15) < 1e-12)
        #expect(value(GapFilling.overlap(new: new, old: [2016: 90.0], year: 2016)) == nil)
    }
}
