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

        // The model in flat arrays: for each emission its central value, activity distribution and
        // factor group (the emissions with the same factor terms share the product of their
        // draws). The emissions are ordered so that each line's are together: normal activities
        // first, then lognormal ones (the loop's branch on the distribution is then predictable),
        // each by line (a line is summed in a register), and within a line in a fixed order of
        // what the emissions are, so that the draws depend on neither the order of the records
        // nor the number of cores.
        var factorIndex: [String: Int] = [:]
        var groupIndex: [[Int]: Int] = [:]
        var factors: [InputDistribution] = []
        var model = Model()
        struct Placed {
            let item: UncertainEmission
            let activity: InputDistribution
            let terms: [UncertainEmission.FactorTerm]
            /// The line of year t it adds to, or -1 for an emission of the base year alone.
            let target: Int
        }
        var placed: [Placed] = []
        for item in items where item.year == year || item.year == baseYear {
            guard let row = rowIndex[CategoryGas(category: item.category, gas: item.gas)], let activity = item.activity, let terms = item.factorTerms
            else { continue }
            placed.append(Placed(item: item, activity: InputDistribution(activity), terms: terms, target: item.year == year ? row : -1))
        }
        // Emissions alike in all of that are told apart by their value, then by input order (the
        // sort is made stable, so that it is the same on every platform).
        placed = placed.enumerated().sorted {
            let (a, b) = ($0.element, $1.element)
            return (a.activity.isLognormal ? 1 : 0, a.target, a.item.identity, a.item.co2eTonnes, $0.offset)
                < (b.activity.isLognormal ? 1 : 0, b.target, b.item.identity, b.item.co2eTonnes, $1.offset)
        }.map(\.element)
        for entry in placed {
            if model.segmentTarget.last != entry.target || model.activity.last?.isLognormal != entry.activity.isLognormal {
                model.segmentStart.append(model.central.count)
                model.segmentTarget.append(entry.target)
            }
            model.central.append(entry.item.co2eTonnes)
            model.activity.append(entry.activity)
            var termIndices: [Int] = []
            for term in entry.terms {
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
            model.isBase.append(entry.item.year == baseYear)
        }
        model.segmentStart.append(model.central.count)
        model.termStart.append(model.terms.count)
        model.factors = factors
        model.rowSector = estimatedRows.map { sectorIndex[tree.sector(of: $0.key.category)]! }
        model.baseIsYearT = baseYear == year

        // outputs: rows, sectors, total, base total, trend; each `iterations` values.
        let outputCount = estimatedRows.count + sectors.count + 3
        let n = iterations
        // Every value is written by the simulation: no zeroing first, and the pages are touched
        // by the cores that fill them.
        let blocks = min(jobs, n)
        var values = [Double](unsafeUninitializedCapacity: outputCount * n) { buffer, initialized in
            let shared = UncheckedSendable(buffer)
            _ = parallelMap(count: blocks, jobs: blocks) { block in
                let range = (n * block / blocks)..<(n * (block + 1) / blocks)
                model.simulate(range, seed: seed, outputs: shared.value, stride: n, rows: estimatedRows.count, sectors: sectors.count)
                return 0
            }
            initialized = outputCount * n
        }

        // Central values: the inventory's own sums.
        var centralRows = [Double](repeating: 0, count: estimatedRows.count)
        var centralSectors = [Double](repeating: 0, count: sectors.count)
        var centralTotal = 0.0
        var centralBase = 0.0
        for segment in 0..<model.segmentTarget.count {
            let target = model.segmentTarget[segment]
            for index in model.segmentStart[segment]..<model.segmentStart[segment + 1] {
                if target >= 0 {
                    centralRows[target] += model.central[index]
                    centralSectors[model.rowSector[target]] += model.central[index]
                    centralTotal += model.central[index]
                }
                if model.isBase[index] { centralBase += model.central[index] }
            }
        }
        let centralTrend = centralBase != 0 ? (centralTotal - centralBase) / abs(centralBase) * 100 : 0
        let centrals = centralRows + centralSectors + [centralTotal, centralBase, centralTrend]
        // Each output's draws are reordered in place by the selection: they are not needed after.
        let estimates = values.withUnsafeMutableBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            return parallelMap(count: outputCount, jobs: jobs) { output in
                MonteCarlo.estimate(
                    UnsafeMutableBufferPointer(rebasing: shared.value[(output * n)..<((output + 1) * n)]), central: centrals[output])
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
        var values = draws
        return values.withUnsafeMutableBufferPointer { estimate($0, central: central) }
    }

    /// The same, reordering `values` in place.
    static func estimate(_ values: UnsafeMutableBufferPointer<Double>, central: Double) -> Estimate {
        var sum = 0.0
        for value in values { sum += value }
        let count = values.count
        let lower = percentile(values, 0.025)
        let upper = percentile(values, 0.975)
        return Estimate(central: central, mean: sum / Double(count), lower: lower, upper: upper)
    }

    /// The p-th quantile, linear between the order statistics `below` and `below + 1` around
    /// rank p x (n - 1). For many values, the tail that holds both is gathered first, beyond a
    /// threshold taken from a sample, and only it is ordered: one pass whose branch is
    /// predictable, where a selection over all the values would mispredict half its comparisons.
    /// The result is exact either way: the gathered tail holds every value on its side of the
    /// threshold.
    static func percentile(_ values: UnsafeMutableBufferPointer<Double>, _ p: Double) -> Double {
        let count = values.count
        let rank = p * Double(count - 1)
        let below = Int(rank.rounded(.down))
        let fraction = rank - Double(below)
        let fromLow = p <= 0.5
        // Order statistics needed, counted from the tail's end.
        let needed = (fromLow ? below : count - 1 - (below + 1)) + 2
        if count >= 8192, needed < count / 8 {
            let step = count / 1024
            var sample = [Double](unsafeUninitializedCapacity: 1024) { buffer, initialized in
                for index in 0..<1024 { buffer[index] = values[index * step] }
                initialized = 1024
            }
            sample.sort()
            // The sample rank expected to hold the needed values, with a margin of several
            // standard deviations of a binomial count.
            let expected = Double(needed) / Double(count) * 1024
            let sampleRank = min(1023, Int(expected + 4 * expected.squareRoot() + 8))
            let threshold = fromLow ? sample[sampleRank] : sample[1023 - sampleRank]
            var tail: [Double] = []
            tail.reserveCapacity(needed * 2 + 64)
            if fromLow {
                for value in values where value <= threshold { tail.append(value) }
            } else {
                for value in values where value >= threshold { tail.append(value) }
            }
            if tail.count >= needed {
                tail.sort()
                let first = fromLow ? tail[below] : tail[tail.count - (count - below)]
                guard fraction > 0 else { return first }
                let second = fromLow ? tail[below + 1] : tail[tail.count - (count - below) + 1]
                return first + (second - first) * fraction
            }
        }
        let first = select(values, below)
        guard below + 1 < count, fraction > 0 else { return first }
        // The next order statistic is the smallest value after position `below`, where the
        // selection left the larger ones.
        var next = Double.infinity
        for index in (below + 1)..<count where values[index] < next { next = values[index] }
        return first + (next - first) * fraction
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
        var isBase: [Bool] = []
        /// Runs of emissions that add to one line of year t (`segmentTarget` >= 0) or to the base
        /// year alone (-1): segment s is `segmentStart[s]..<segmentStart[s + 1]`.
        var segmentStart: [Int] = []
        var segmentTarget: [Int] = []
        /// The sector of each line of year t.
        var rowSector: [Int] = []
        /// The base year is year t: its total is the total of the lines.
        var baseIsYearT = false
        var factors: [InputDistribution] = []

        /// Runs iterations `range`, writing output o of iteration i at `outputs[o * stride + i]`.
        func simulate(_ range: Range<Int>, seed: UInt64, outputs: UnsafeMutableBufferPointer<Double>, stride: Int, rows: Int, sectors: Int) {
            var factorValues = [Double](repeating: 1, count: factors.count)
            var groupProducts = [Double](repeating: 1, count: termStart.count - 1)
            var rowSums = [Double](repeating: 0, count: rows)
            var sectorSums = [Double](repeating: 0, count: sectors)
            // The iteration's normal draws: the factors' first, then the activities', made in one
            // tight loop before they are used.
            var draws = [Double](repeating: 0, count: factors.count + central.count)
            // Plain pointers in the loop: no bounds checks or reference counting per draw.
            central.withUnsafeBufferPointer { central in
            activity.withUnsafeBufferPointer { activity in
            termStart.withUnsafeBufferPointer { termStart in
            group.withUnsafeBufferPointer { group in
            groupProducts.withUnsafeMutableBufferPointer { groupProducts in
            terms.withUnsafeBufferPointer { terms in
            segmentStart.withUnsafeBufferPointer { segmentStart in
            segmentTarget.withUnsafeBufferPointer { segmentTarget in
            rowSector.withUnsafeBufferPointer { rowSector in
            factors.withUnsafeBufferPointer { factors in
            factorValues.withUnsafeMutableBufferPointer { factorValues in
            rowSums.withUnsafeMutableBufferPointer { rowSums in
            sectorSums.withUnsafeMutableBufferPointer { sectorSums in
            draws.withUnsafeMutableBufferPointer { draws in
                let activityDraws = draws.baseAddress! + factors.count
                for iteration in range {
                    var random = RandomStream(seed: seed, stream: UInt64(iteration))
                    random.fillNormal(draws)
                    for k in 0..<factors.count { factorValues[k] = factors[k].multiplier(draws[k]) }
                    for g in 0..<groupProducts.count {
                        var product = 1.0
                        for t in termStart[g]..<termStart[g + 1] { product *= factorValues[terms[t]] }
                        groupProducts[g] = product
                    }
                    for r in 0..<rows { rowSums[r] = 0 }
                    var base = 0.0
                    for segment in 0..<segmentTarget.count {
                        var sum = 0.0
                        for index in segmentStart[segment]..<segmentStart[segment + 1] {
                            sum += central[index] * activity[index].multiplier(activityDraws[index]) * groupProducts[group[index]]
                        }
                        let target = segmentTarget[segment]
                        if target >= 0 { rowSums[target] += sum } else { base += sum }
                    }
                    for s in 0..<sectors { sectorSums[s] = 0 }
                    var total = 0.0
                    for r in 0..<rows {
                        sectorSums[rowSector[r]] += rowSums[r]
                        total += rowSums[r]
                        outputs[r * stride + iteration] = rowSums[r]
                    }
                    if baseIsYearT { base = total }
                    for s in 0..<sectors { outputs[(rows + s) * stride + iteration] = sectorSums[s] }
                    outputs[(rows + sectors) * stride + iteration] = total
                    outputs[(rows + sectors + 1) * stride + iteration] = base
                    outputs[(rows + sectors + 2) * stride + iteration] = base != 0 ? (total - base) / abs(base) * 100 : 0
                }
            }}}}}}}}}}}}}}
        }
    }
}
