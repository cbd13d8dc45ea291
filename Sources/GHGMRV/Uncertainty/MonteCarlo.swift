import Foundation
import GHGCore

/// Approach 2 of IPCC 2006 Vol 1 Ch 3 (3.2.3.2): Monte Carlo simulation. In each iteration every
/// activity is drawn on its own and every factor term once (shared by all the emissions, in both
/// years, that use it); the emissions are added up by category and gas, by sector and in total,
/// for year t and the base year, and the trend between them. The 2.5th and 97.5th percentiles of
/// the iterations give the 95 % interval.
///
/// Iteration i draws from `RandomStream(seed: seed, stream: i)` and the iterations are split over
/// the cores in contiguous blocks, so the numbers are the same whatever the number of cores.
public struct MonteCarlo: Sendable {
    public let iterations: Int
    public let seed: UInt64
    public let jobs: Int

    public init(iterations: Int, seed: UInt64, jobs: Int) {
        self.iterations = max(1, iterations)
        self.seed = seed
        self.jobs = max(1, jobs)
    }

    /// One figure simulated: its value in the inventory, and the mean and 95 % interval of the
    /// iterations.
    public struct Estimate: Sendable {
        public let central: Double
        public let mean: Double
        public let lower: Double
        public let upper: Double

        /// The interval as percent of the central value, below and above (IPCC reports them so).
        public var lowerPercent: Double? { central != 0 ? (central - lower) / abs(central) * 100 : nil }
        public var upperPercent: Double? { central != 0 ? (upper - central) / abs(central) * 100 : nil }
    }

    public struct Result: Sendable {
        public let iterations: Int
        public let seed: UInt64
        public let rows: [(key: CategoryGas, estimate: Estimate)]
        /// By sector (the top-level category: 1 Energy, 2 IPPU, 3 AFOLU, 4 Waste, 5 Other).
        public let sectors: [(sector: Int, estimate: Estimate)]
        public let total: Estimate
        public let baseTotal: Estimate
        /// The change of the total from the base year to year t, in percent.
        public let trendPercent: Estimate
    }

    /// Simulates the estimated rows of `rows` (the others are left out, as in Approach 1).
    public func run(_ items: [UncertainEmission], rows: [CategoryGasRow], baseYear: Int, year: Int) -> Result {
        let tree = CategoryTree.ipcc2006
        let estimatedRows = rows.filter(\.isEstimated)
        var rowIndex: [CategoryGas: Int] = [:]
        for (index, row) in estimatedRows.enumerated() { rowIndex[row.key] = index }
        let sectors = Array(Set(estimatedRows.map { tree.sector(of: $0.key.category) })).sorted()
        var sectorIndex: [Int: Int] = [:]
        for (index, sector) in sectors.enumerated() { sectorIndex[sector] = index }

        // The model in flat arrays: for each emission its central value, activity distribution,
        // factor group (the emissions with the same factor terms share the product of their
        // draws), and the outputs it adds to.
        var factorIndex: [String: Int] = [:]
        var groupIndex: [[Int]: Int] = [:]
        var factors: [InputDistribution] = []
        var model = Model()
        // Normal activities first, then lognormal ones, so that the loop's branch on the kind of
        // distribution is predictable (the order is fixed, so the sums are the same every run).
        // Within each, a fixed order of what the emissions are, so that the draws do not depend on
        // the order of the records either.
        let canonical = items.enumerated().sorted { ($0.element.identity, $0.offset) < ($1.element.identity, $1.offset) }.map(\.element)
        let ordered = canonical.filter { $0.activity.map { !InputDistribution($0).isLognormal } ?? true }
            + canonical.filter { $0.activity.map { InputDistribution($0).isLognormal } ?? false }
        for item in ordered where item.year == year || item.year == baseYear {
            guard let row = rowIndex[CategoryGas(category: item.category, gas: item.gas)], let activity = item.activity, let terms = item.factorTerms
            else { continue }
            model.central.append(item.co2eTonnes)
            model.activity.append(InputDistribution(activity))
            var termIndices: [Int] = []
            for term in terms {
                let index = factorIndex[term.key] ?? {
                    factors.append(InputDistribution(term.range))
                    factorIndex[term.key] = factors.count - 1
                    return factors.count - 1
                }()
                termIndices.append(index)
            }
            let group = groupIndex[termIndices] ?? {
                model.termStart.append(model.terms.count)
                model.terms += termIndices
                groupIndex[termIndices] = model.termStart.count - 1
                return model.termStart.count - 1
            }()
            model.group.append(group)
            let isCurrent = item.year == year
            model.row.append(isCurrent ? row : -1)
            model.sector.append(isCurrent ? sectorIndex[tree.sector(of: item.category)]! : -1)
            model.isBase.append(item.year == baseYear)
        }
        model.termStart.append(model.terms.count)
        model.factors = factors

        // outputs: rows, sectors, total, base total, trend; each `iterations` values.
        let outputCount = estimatedRows.count + sectors.count + 3
        let n = iterations
        var values = [Double](repeating: 0, count: outputCount * n)
        let blocks = min(jobs, n)
        values.withUnsafeMutableBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            _ = parallelMap(count: blocks, jobs: blocks) { block in
                let range = (n * block / blocks)..<(n * (block + 1) / blocks)
                model.simulate(range, seed: seed, outputs: shared.value, stride: n, rows: estimatedRows.count, sectors: sectors.count)
                return 0
            }
        }

        // Central values: the inventory's own sums.
        var centralRows = [Double](repeating: 0, count: estimatedRows.count)
        var centralSectors = [Double](repeating: 0, count: sectors.count)
        var centralTotal = 0.0
        var centralBase = 0.0
        for index in model.central.indices {
            if model.row[index] >= 0 {
                centralRows[model.row[index]] += model.central[index]
                centralSectors[model.sector[index]] += model.central[index]
                centralTotal += model.central[index]
            }
            if model.isBase[index] { centralBase += model.central[index] }
        }
        let centralTrend = centralBase != 0 ? (centralTotal - centralBase) / abs(centralBase) * 100 : 0
        let centrals = centralRows + centralSectors + [centralTotal, centralBase, centralTrend]
        let estimates = parallelMap(count: outputCount, jobs: jobs) { output in
            values.withUnsafeBufferPointer { buffer in
                MonteCarlo.estimate(Array(buffer[(output * n)..<((output + 1) * n)]), central: centrals[output])
            }
        }
        return Result(
            iterations: n, seed: seed,
            rows: estimatedRows.enumerated().map { ($1.key, estimates[$0]) },
            sectors: sectors.enumerated().map { ($1, estimates[estimatedRows.count + $0]) },
            total: estimates[outputCount - 3], baseTotal: estimates[outputCount - 2], trendPercent: estimates[outputCount - 1])
    }

    /// Mean, and the 2.5th and 97.5th percentiles (linear between the nearest ranks, rank
    /// p x (n - 1) counted from 0), found by selection rather than by sorting all the draws.
    static func estimate(_ draws: [Double], central: Double) -> Estimate {
        var sum = 0.0
        for value in draws { sum += value }
        var values = draws
        func percentile(_ p: Double) -> Double {
            let rank = p * Double(values.count - 1)
            let below = Int(rank.rounded(.down))
            let low = values.withUnsafeMutableBufferPointer { select($0, below) }
            guard below + 1 < values.count, rank > Double(below) else { return low }
            // The next order statistic is the smallest value above position `below`.
            let high = values[(below + 1)...].min()!
            return low + (high - low) * (rank - Double(below))
        }
        let lower = percentile(0.025)
        let upper = percentile(0.975)
        return Estimate(central: central, mean: sum / Double(draws.count), lower: lower, upper: upper)
    }

    /// The k-th smallest value (from 0), leaving the values below it before position k and those
    /// above after it (Hoare's selection with a median-of-three pivot).
    static func select(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var low = 0
        var high = values.count - 1
        while high > low {
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }

    /// The simulation in plain arrays.
    struct Model: Sendable {
        var central: [Double] = []
        var activity: [InputDistribution] = []
        /// For each factor group, where its terms (indices into `factors`) start in `terms`.
        var termStart: [Int] = []
        var terms: [Int] = []
        var group: [Int] = []
        var row: [Int] = []
        var sector: [Int] = []
        var isBase: [Bool] = []
        var factors: [InputDistribution] = []

        /// Runs iterations `range`, writing output o of iteration i at `outputs[o * stride + i]`.
        func simulate(_ range: Range<Int>, seed: UInt64, outputs: UnsafeMutableBufferPointer<Double>, stride: Int, rows: Int, sectors: Int) {
            var factorValues = [Double](repeating: 1, count: factors.count)
            var groupProducts = [Double](repeating: 1, count: termStart.count - 1)
            var rowSums = [Double](repeating: 0, count: rows)
            var sectorSums = [Double](repeating: 0, count: sectors)
            // The iteration's normal draws, made in one tight loop before they are used.
            var draws = [Double](repeating: 0, count: central.count)
            // Plain pointers in the loop: no bounds checks or reference counting per draw.
            central.withUnsafeBufferPointer { central in
            activity.withUnsafeBufferPointer { activity in
            termStart.withUnsafeBufferPointer { termStart in
            group.withUnsafeBufferPointer { group in
            groupProducts.withUnsafeMutableBufferPointer { groupProducts in
            terms.withUnsafeBufferPointer { terms in
            row.withUnsafeBufferPointer { row in
            sector.withUnsafeBufferPointer { sector in
            isBase.withUnsafeBufferPointer { isBase in
            factors.withUnsafeBufferPointer { factors in
            factorValues.withUnsafeMutableBufferPointer { factorValues in
            rowSums.withUnsafeMutableBufferPointer { rowSums in
            sectorSums.withUnsafeMutableBufferPointer { sectorSums in
            draws.withUnsafeMutableBufferPointer { draws in
                for iteration in range {
                    var random = RandomStream(seed: seed, stream: UInt64(iteration))
                    for k in 0..<factors.count { factorValues[k] = factors[k].multiplier(random.normal()) }
                    for index in 0..<draws.count { draws[index] = random.normal() }
                    for g in 0..<groupProducts.count {
                        var product = 1.0
                        for t in termStart[g]..<termStart[g + 1] { product *= factorValues[terms[t]] }
                        groupProducts[g] = product
                    }
                    for r in 0..<rows { rowSums[r] = 0 }
                    for s in 0..<sectors { sectorSums[s] = 0 }
                    var total = 0.0
                    var base = 0.0
                    for index in 0..<central.count {
                        let value = central[index] * activity[index].multiplier(draws[index]) * groupProducts[group[index]]
                        let r = row[index]
                        if r >= 0 {
                            rowSums[r] += value
                            sectorSums[sector[index]] += value
                            total += value
                        }
                        if isBase[index] { base += value }
                    }
                    for r in 0..<rows { outputs[r * stride + iteration] = rowSums[r] }
                    for s in 0..<sectors { outputs[(rows + s) * stride + iteration] = sectorSums[s] }
                    outputs[(rows + sectors) * stride + iteration] = total
                    outputs[(rows + sectors + 1) * stride + iteration] = base
                    outputs[(rows + sectors + 2) * stride + iteration] = base != 0 ? (total - base) / abs(base) * 100 : 0
                }
            }}}}}}}}}}}}}}
        }
    }
}
