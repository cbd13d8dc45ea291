import GHGCore
import GHGMRV
import Testing

/// A four-line example: an energy line, an enteric line, a forest sink and a new HFC source
/// without base-year emissions (Gg CO2e; uncertainties in % of the 95 % interval).
///
/// No published Table 3.2 with inputs and outputs was found (the Guidelines' table is a template);
/// the expected numbers were computed independently of this code, from the column formulas of
/// IPCC 2006 Vol 1 Table 3.2 and Eq. 4.1-4.2, by the script `independent-check.py` beside this file.
enum FourLineExample {
    static let tree = CategoryTree.ipcc2006
    static func key(_ code: String, _ gas: Gas) -> CategoryGas { CategoryGas(category: tree.index(of: code)!, gas: gas) }

    static let rows = [
        CategoryGasRow(key: key("1.A.1", .co2), baseEmissions: 1000, emissions: 1500, activityPercent: 5, factorPercent: 7),
        CategoryGasRow(key: key("3.A.1", .ch4), baseEmissions: 400, emissions: 450, activityPercent: 10, factorPercent: 30),
        CategoryGasRow(key: key("3.B.1.a", .co2), baseEmissions: -300, emissions: -200, activityPercent: 20, factorPercent: 40),
        CategoryGasRow(key: key("2.F.1", .hfc134a), baseEmissions: 0, emissions: 50, activityPercent: 10, factorPercent: 50),
    ]
}

@Suite("Approach 1 error propagation (IPCC 2006 Vol 1 Table 3.2)")
struct ErrorPropagationTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 5e-7) -> Bool { abs(a - b) <= tolerance }

    @Test("columns G to M and the totals of the four-line example")
    func fourLines() throws {
        let result = ErrorPropagation(rows: FourLineExample.rows, baseYear: 1990, year: 2020)
        let expected: [(g: Double, h: Double, i: Double, j: Double, k: Double, l: Double, m: Double)] = [
            (8.602325, 51.388889, -0.122850, 1.363636, -0.859951, 9.642365, 93.714722),
            (31.622777, 62.500000, -0.185277, 0.409091, -5.558300, 5.785419, 64.365778),
            (44.721360, 24.691358, 0.265186, -0.181818, 10.607442, -5.142595, 138.964102),
            (50.990195, 2.006173, 0.045455, 0.045455, 2.272727, 0.642824, 5.578512),
        ]
        #expect(result.lines.count == 4)
        for (line, want) in zip(result.lines, expected) {
            #expect(close(line.combinedPercent, want.g), "G \(line.row.key.code)")
            #expect(close(line.varianceContribution, want.h), "H \(line.row.key.code)")
            #expect(close(line.typeASensitivity, want.i), "I \(line.row.key.code)")
            #expect(close(line.typeBSensitivity, want.j), "J \(line.row.key.code)")
            #expect(close(line.trendFromFactor, want.k), "K \(line.row.key.code)")
            #expect(close(line.trendFromActivity, want.l), "L \(line.row.key.code)")
            #expect(close(line.trendVarianceContribution, want.m), "M \(line.row.key.code)")
        }
        #expect(result.baseTotal == 1100 && result.total == 1800)
        #expect(close(result.levelPercent, 11.856914))
        #expect(close(result.trendPercent, 63.636364))
        #expect(close(result.trendUncertaintyPoints, 17.396066))
        #expect(result.coveredShare == 1)
    }

    @Test("one line: the total has the line's combined uncertainty (Eq. 3.1); the trend only its activity's, times sqrt 2")
    func oneLine() {
        let row = CategoryGasRow(key: FourLineExample.key("1.A.1", .co2), baseEmissions: 800, emissions: 1000, activityPercent: 3, factorPercent: 4)
        let result = ErrorPropagation(rows: [row], baseYear: 2014, year: 2022)
        #expect(close(result.levelPercent, 5))
        // A factor correlated between years cancels out of the trend of a single line (I = 0);
        // J = D / C = 1.25 and L = J x E x sqrt 2.
        #expect(close(result.lines[0].typeASensitivity, 0, 1e-9))
        #expect(close(result.trendUncertaintyPoints, 1.25 * 3 * 2.0.squareRoot(), 1e-9))
    }

    @Test("two independent lines add as Eq. 3.2: sqrt((U1 x1)^2 + (U2 x2)^2) / (x1 + x2)")
    func twoLines() {
        let rows = [
            CategoryGasRow(key: FourLineExample.key("1.A.1", .co2), baseEmissions: 300, emissions: 300, activityPercent: 6, factorPercent: 8),
            CategoryGasRow(key: FourLineExample.key("4.A", .ch4), baseEmissions: 100, emissions: 100, activityPercent: 30, factorPercent: 40),
        ]
        let result = ErrorPropagation(rows: rows, baseYear: 2014, year: 2014)
        let coal: Double = 300 * 10  // 10 % = sqrt(6^2 + 8^2)
        let landfill: Double = 100 * 50  // 50 % = sqrt(30^2 + 40^2)
        let expected = (coal * coal + landfill * landfill).squareRoot() / 400
        #expect(close(result.levelPercent, expected, 1e-9))
    }

    @Test("without base-year emissions there is no trend, rather than a trend of 0")
    func noTrend() {
        let row = CategoryGasRow(key: FourLineExample.key("2.F.1", .hfc134a), baseEmissions: 0, emissions: 50, activityPercent: 10, factorPercent: 50)
        let result = ErrorPropagation(rows: [row], baseYear: 2014, year: 2022)
        #expect(!result.hasTrend)
        #expect(ErrorPropagation(rows: FourLineExample.rows, baseYear: 1990, year: 2020).hasTrend)
    }

    @Test("lines without uncertainty are left out and named, never counted as zero")
    func notEstimated() {
        let rows = FourLineExample.rows + [
            CategoryGasRow(key: FourLineExample.key("4.D.1", .ch4), baseEmissions: 10, emissions: 20, activityPercent: nil, factorPercent: nil, missing: "no uncertainty given")
        ]
        let result = ErrorPropagation(rows: rows, baseYear: 1990, year: 2020)
        #expect(result.lines.count == 4)
        #expect(result.notEstimated.map(\.missing) == ["no uncertainty given"])
        #expect(close(result.levelPercent, 11.856914))
        #expect(close(result.coveredShare, 2200.0 / 2220.0, 1e-12))
    }
}

@Suite("Key category analysis (IPCC 2006 Vol 1 Ch 4)")
struct KeyCategoryTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 5e-7 }

    func shares(_ analysis: KeyCategoryAnalysis) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: analysis.lines.map { ($0.key.code, $0.share) })
    }

    @Test("Approach 1 level (Eq. 4.1): removals by absolute value, key up to 95 %")
    func level() {
        let analysis = KeyCategoryAnalysis(rows: FourLineExample.rows, approach: .approach1, assessment: .level, baseYear: 1990, year: 2020)
        #expect(analysis.lines.map(\.key.code) == ["1.A.1", "3.A.1", "3.B.1.a", "2.F.1"])
        let share = shares(analysis)
        #expect(close(share["1.A.1"]!, 0.681818) && close(share["3.A.1"]!, 0.204545) && close(share["3.B.1.a"]!, 0.090909) && close(share["2.F.1"]!, 0.022727))
        #expect(analysis.lines.map(\.isKey) == [true, true, true, false])
        #expect(close(analysis.lines[2].cumulative, 0.977273))
    }

    @Test("Approach 1 trend (Eq. 4.2; a line without base-year emissions counts |E_t| / sum |E_0|)")
    func trend() {
        let analysis = KeyCategoryAnalysis(rows: FourLineExample.rows, approach: .approach1, assessment: .trend, baseYear: 1990, year: 2020)
        #expect(analysis.lines.map(\.key.code) == ["3.A.1", "1.A.1", "3.B.1.a", "2.F.1"])
        let assessed = Dictionary(uniqueKeysWithValues: analysis.lines.map { ($0.key.code, $0.assessment) })
        #expect(close(assessed["3.A.1"]!, 0.120321) && close(assessed["1.A.1"]!, 0.080214) && close(assessed["3.B.1.a"]!, 0.053476))
        #expect(close(assessed["2.F.1"]!, 50.0 / 1700))
        #expect(close(analysis.lines[2].cumulative, 0.896226))
        #expect(analysis.lines.filter(\.isKey).count == 4)
    }

    @Test("The trend is not defined when the base-year total is 0, or there are no base-year emissions: no lines, a reason")
    func trendUndefined() {
        let cancelling = [
            CategoryGasRow(key: FourLineExample.key("1.A.1", .co2), baseEmissions: 300, emissions: 500, activityPercent: 5, factorPercent: 7),
            CategoryGasRow(key: FourLineExample.key("3.B.1.a", .co2), baseEmissions: -300, emissions: -200, activityPercent: 20, factorPercent: 40),
        ]
        let netZero = KeyCategoryAnalysis(rows: cancelling, approach: .approach1, assessment: .trend, baseYear: 1990, year: 2020)
        #expect(netZero.lines.isEmpty && netZero.undefinedReason?.contains("sum to 0") == true)
        let level = KeyCategoryAnalysis(rows: cancelling, approach: .approach1, assessment: .level, baseYear: 1990, year: 2020)
        #expect(level.undefinedReason == nil && level.lines.count == 2)
        // Sources and sinks that cancel down to rounding (0.3 + 0.6 - 0.9 is not 0 in binary).
        let rounding = [
            CategoryGasRow(key: FourLineExample.key("1.A.1", .co2), baseEmissions: 0.3, emissions: 5, activityPercent: 5, factorPercent: 7),
            CategoryGasRow(key: FourLineExample.key("2.F.1", .hfc134a), baseEmissions: 0.6, emissions: 1, activityPercent: 5, factorPercent: 7),
            CategoryGasRow(key: FourLineExample.key("3.B.1.a", .co2), baseEmissions: -0.9, emissions: -1, activityPercent: 5, factorPercent: 7),
        ]
        #expect(0.3 + 0.6 - 0.9 != 0)
        #expect(KeyCategoryAnalysis(rows: rounding, approach: .approach1, assessment: .trend, baseYear: 1990, year: 2020).undefinedReason != nil)
        #expect(!ErrorPropagation(rows: rounding, baseYear: 1990, year: 2020).hasTrend)
        let noBase = cancelling.map {
            CategoryGasRow(key: $0.key, baseEmissions: 0, emissions: $0.emissions, activityPercent: 5, factorPercent: 7)
        }
        let empty = KeyCategoryAnalysis(rows: noBase, approach: .approach2, assessment: .trend, baseYear: 1990, year: 2020)
        #expect(empty.lines.isEmpty && empty.undefinedReason?.contains("no emissions in the base year 1990") == true)
    }

    @Test("Approach 2 weights each line by its combined uncertainty (Eq. 4.4 and 4.5), key up to 90 %")
    func approach2() {
        let level = KeyCategoryAnalysis(rows: FourLineExample.rows, approach: .approach2, assessment: .level, baseYear: 1990, year: 2020)
        let levelShares = shares(level)
        #expect(close(levelShares["1.A.1"]!, 0.334049) && close(levelShares["3.A.1"]!, 0.368397))
        #expect(close(levelShares["3.B.1.a"]!, 0.231552) && close(levelShares["2.F.1"]!, 0.066002))
        #expect(level.threshold == 0.90)
        #expect(level.keyLines.map(\.key.code) == ["3.A.1", "1.A.1", "3.B.1.a"])
        let trend = shares(KeyCategoryAnalysis(rows: FourLineExample.rows, approach: .approach2, assessment: .trend, baseYear: 1990, year: 2020))
        #expect(close(trend["1.A.1"]!, 0.082282) && close(trend["3.A.1"]!, 0.453711) && close(trend["3.B.1.a"]!, 0.285175) && close(trend["2.F.1"]!, 0.178832))
    }
}
