import Foundation
import GHGCore
@testable import GHGMRV
import Testing

@Suite("Monte Carlo (Approach 2)")
struct MonteCarloTests {
    /// Emissions with normal inputs (symmetric, at most ±50 %), one factor term each; with
    /// `sharedCoal` the two coal lines use the same factor.
    static func items(year: Int, scale: Double = 1, sharedCoal: Bool = false) -> [UncertainEmission] {
        let tree = CategoryTree.ipcc2006
        let lines: [(String, Gas, Double, Double, Double, String)] = [
            ("1.A.1", .co2, 1000, 5, 7, "ef-coal"), ("1.A.2", .co2, 600, 5, 7, sharedCoal ? "ef-coal" : "ef-coal-industry"),
            ("3.A.1", .ch4, 400, 10, 30, "ef-enteric"),
            ("4.A", .ch4, 150, 20, 40, "ef-landfill"),
        ]
        return lines.enumerated().map { index, line in
            UncertainEmission(
                year: year, category: tree.index(of: line.0)!, gas: line.1, co2eTonnes: line.2 * scale, source: index,
                activity: UncertaintyRange(symmetric: line.3), activityOrigin: "test",
                factorTerms: [.init(key: line.5, range: UncertaintyRange(symmetric: line.4), label: line.5)], missing: nil)
        }
    }

    @Test("the 95 % interval of the total converges to Approach 1 for normal inputs, within the sampling error")
    func convergesToApproach1() {
        let items = Self.items(year: 2020)
        let rows = CategoryGasRow.rows(items, baseYear: 2020, year: 2020)
        let approach1 = ErrorPropagation(rows: rows, baseYear: 2020, year: 2020)
        let result = MonteCarlo(iterations: 200_000, seed: 42, jobs: 2).run(items, rows: rows, baseYear: 2020, year: 2020)
        let halfWidth = (result.total.upper - result.total.lower) / 2 / result.total.central * 100
        #expect(abs(halfWidth - approach1.levelPercent) / approach1.levelPercent < 0.02, "MC \(halfWidth) vs Approach 1 \(approach1.levelPercent)")
        #expect(abs(result.total.mean - result.total.central) / result.total.central < 0.002)
        for (key, estimate) in result.rows {
            let row = rows.first { $0.key == key }!
            let half = (estimate.upper - estimate.lower) / 2 / estimate.central * 100
            // A product of normals: the simulated interval is within a few percent of Eq. 3.1.
            #expect(abs(half - row.combinedPercent!) / row.combinedPercent! < 0.04, "\(key.code): MC \(half) vs \(row.combinedPercent!)")
        }
    }

    @Test("a factor shared by two categories is drawn once: the total is more uncertain than Approach 1, which takes categories as independent")
    func sharedFactor() {
        let items = Self.items(year: 2020, sharedCoal: true)
        let rows = CategoryGasRow.rows(items, baseYear: 2020, year: 2020)
        let approach1 = ErrorPropagation(rows: rows, baseYear: 2020, year: 2020)
        let result = MonteCarlo(iterations: 100_000, seed: 42, jobs: 2).run(items, rows: rows, baseYear: 2020, year: 2020)
        let halfWidth = (result.total.upper - result.total.lower) / 2 / result.total.central * 100
        // Fully correlated: the coal lines' factor contributions add before squaring,
        // sqrt(25 + 49 + ...) with (1000 + 600) x 7 instead of sqrt((1000 x 7)^2 + (600 x 7)^2).
        func square(_ x: Double) -> Double { x * x }
        let coalActivity: Double = square(1000 * 5) + square(600 * 5)
        let coalFactor: Double = square(1600 * 7)
        let enteric: Double = square(400) * (100 + 900)
        let landfill: Double = square(150) * (400 + 1600)
        let correlated = (coalActivity + coalFactor + enteric + landfill).squareRoot() / 2150
        #expect(halfWidth > approach1.levelPercent)
        #expect(abs(halfWidth - correlated) / correlated < 0.02, "MC \(halfWidth) vs correlated \(correlated)")
    }

    @Test("the same seed gives the same numbers on 1 and 2 cores; another seed other numbers")
    func reproducible() {
        let items = Self.items(year: 2014) + Self.items(year: 2022, scale: 1.3)
        let rows = CategoryGasRow.rows(items, baseYear: 2014, year: 2022)
        let one = MonteCarlo(iterations: 5_001, seed: 7, jobs: 1).run(items, rows: rows, baseYear: 2014, year: 2022)
        let two = MonteCarlo(iterations: 5_001, seed: 7, jobs: 2).run(items, rows: rows, baseYear: 2014, year: 2022)
        let three = MonteCarlo(iterations: 5_001, seed: 7, jobs: 3).run(items, rows: rows, baseYear: 2014, year: 2022)
        func numbers(_ result: MonteCarlo.Result) -> [Double] {
            (result.rows.map(\.estimate) + result.sectors.map(\.estimate) + [result.total, result.baseTotal, result.trendPercent])
                .flatMap { [$0.mean, $0.lower, $0.upper] }
        }
        #expect(numbers(one) == numbers(two))
        #expect(numbers(one) == numbers(three))
        #expect(numbers(MonteCarlo(iterations: 5_001, seed: 8, jobs: 2).run(items, rows: rows, baseYear: 2014, year: 2022)) != numbers(one))
        // The trend of identical lines scaled by 1.3 is +30 %; factors shared between the years
        // cancel, so its interval comes from the activities only.
        #expect(abs(one.trendPercent.central - 30) < 1e-9)
        #expect(one.trendPercent.lower < 30 && one.trendPercent.upper > 30)
    }

    @Test("normal draws have mean 0, variance 1 and 5 % beyond ±1.96")
    func normalDraws() {
        var random = RandomStream(seed: 1)
        let n = 1_000_000
        var sum = 0.0, squares = 0.0, beyond = 0
        for _ in 0..<n {
            let z = random.normal()
            sum += z
            squares += z * z
            if abs(z) > 1.959964 { beyond += 1 }
        }
        let mean = sum / Double(n)
        #expect(abs(mean) < 0.005)
        #expect(abs(squares / Double(n) - mean * mean - 1) < 0.005)
        #expect(abs(Double(beyond) / Double(n) - 0.05) < 0.001)
    }

    @Test("fillNormal gives the very draws of normal(), tail and wedge included, and leaves the stream where normal() would")
    func fillNormalMatchesNormal() {
        var one = RandomStream(seed: 5, stream: 9)
        var other = RandomStream(seed: 5, stream: 9)
        var filled = [Double](repeating: 0, count: 200_000)
        filled.withUnsafeMutableBufferPointer { other.fillNormal($0) }
        let drawn = (0..<filled.count).map { _ in one.normal() }
        #expect(filled == drawn)
        // Draws beyond the ziggurat's base layer (3.44) come from the tail's own steps.
        #expect(filled.contains { abs($0) > 3.442619855899 })
        #expect(one.nextBits() == other.nextBits())
    }

    @Test("asymmetric and large ranges are lognormal; their bounds are the percentiles")
    func distributions() {
        guard case .lognormal(let mu, let sigma) = InputDistribution(UncertaintyRange(lowerPercent: 50, upperPercent: 100)) else {
            Issue.record("expected a lognormal")
            return
        }
        #expect(abs(exp(mu - 1.96 * sigma) - 0.5) < 1e-12 && abs(exp(mu + 1.96 * sigma) - 2) < 1e-12)
        guard case .lognormal(let mu2, let sigma2) = InputDistribution(UncertaintyRange(symmetric: 120)) else {
            Issue.record("expected a lognormal")
            return
        }
        #expect(abs(exp(mu2 + sigma2 * sigma2 / 2) - 1) < 1e-12)  // mean 1
        #expect(abs(exp(mu2 + 1.96 * sigma2) - 2.2) < 1e-9)  // 97.5th percentile at +120 %
        #expect(InputDistribution(UncertaintyRange(symmetric: 10)) == .normal(sigma: 0.1 / 1.96))
    }
}

@Suite("Percentiles by selection")
struct PercentileTests {
    @Test("the 2.5th and 97.5th percentiles equal those of the sorted draws, ties and all")
    func sameAsSorted() {
        var random = RandomStream(seed: 3)
        for count in [1, 2, 3, 40, 41, 1000, 9999, 8192, 100_001] {
            for ties in [false, true] {
                let draws = (0..<count).map { _ in ties ? Double(Int(random.normal() * 3)) : random.normal() }
                let estimate = MonteCarlo.estimate(draws, central: 0)
                let sorted = draws.sorted()
                func percentile(_ p: Double) -> Double {
                    let rank = p * Double(count - 1)
                    let below = Int(rank.rounded(.down))
                    let above = min(below + 1, count - 1)
                    return sorted[below] + (sorted[above] - sorted[below]) * (rank - Double(below))
                }
                #expect(estimate.lower == percentile(0.025), "\(count) \(ties)")
                #expect(estimate.upper == percentile(0.975), "\(count) \(ties)")
            }
        }
    }
}
