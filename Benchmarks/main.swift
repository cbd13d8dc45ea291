// Benchmarks: the workloads that show how fast ghg is. Run with a release build:
//
//     swift run -c release Benchmarks                       # every workload, default sizes
//     swift run -c release Benchmarks inventory --records 10000000
//     swift run -c release Benchmarks inventory --records 10000000 --regions 3321
//     swift run -c release Benchmarks fod --sites 1000
//     swift run -c release Benchmarks scenario
//     swift run -c release Benchmarks batch --runs 1
//     swift run -c release Benchmarks montecarlo --iterations 100000 --sources 1000
//
// Each workload has a set-up (not timed), one warm-up run, then several timed runs with a
// monotonic clock; the median and the best are printed. Results are returned and checked so that
// the work cannot be optimised away.
import Foundation
import GHGActivity
import GHGBatch
import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods
import GHGMRV
import GHGScenarios

#if DEBUG
print("WARNING: this is a debug build; timings mean nothing. Use: swift run -c release Benchmarks")
#endif

struct Options {
    var workloads: Set<String> = []
    var records = 1_000_000
    var runs = 5
    var sites = 1000
    var iterations = 100_000
    var sources = 1000
    var regions = 34

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            switch word {
            case "--records":
                records = Int(arguments[safe: index] ?? "") ?? records
                index += 1
            case "--sites":
                sites = Int(arguments[safe: index] ?? "") ?? sites
                index += 1
            case "--iterations":
                iterations = Int(arguments[safe: index] ?? "") ?? iterations
                index += 1
            case "--regions":
                regions = max(1, Int(arguments[safe: index] ?? "") ?? regions)
                index += 1
            case "--sources":
                sources = Int(arguments[safe: index] ?? "") ?? sources
                index += 1
            case "--runs":
                runs = max(1, Int(arguments[safe: index] ?? "") ?? runs)
                index += 1
            default:
                workloads.insert(word)
            }
        }
    }

    func wants(_ name: String) -> Bool { workloads.isEmpty || workloads.contains(name) }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// Times `body` `runs` times after one warm-up; returns the durations in seconds.
func measure(runs: Int, _ body: () throws -> Int) rethrows -> [Double] {
    var sink = try body()
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        sink &+= try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    if sink == Int.min { print(sink) }
    return times.sorted()
}

/// Runs `body` with every thread of the process allowed on the first `count` cores only (Linux,
/// through `sched_setaffinity`; elsewhere `body` runs as it is), then gives the threads all cores.
func onCores<T>(_ count: Int, _ body: () throws -> T) rethrows -> T {
    #if os(Linux)
    typealias SetAffinity = @convention(c) (Int32, Int, UnsafeRawPointer) -> Int32
    let cores = availableCores()
    guard count < cores, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else { return try body() }
    let setAffinity = unsafeBitCast(symbol, to: SetAffinity.self)
    func allow(_ cpus: Int) {
        var mask = [UInt8](repeating: 0, count: 128)  // the size of glibc's cpu_set_t
        for cpu in 0..<cpus { mask[cpu / 8] |= 1 << (cpu % 8) }
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        for task in tasks.compactMap({ Int32($0) }) { _ = setAffinity(task, mask.count, mask) }
    }
    allow(count)
    defer { allow(ProcessInfo.processInfo.activeProcessorCount) }
    #endif
    return try body()
}

/// A deterministic generator (SplitMix64), so every run benchmarks the same file.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A provincial-scale activity file: 34 provinces (`--regions`; 3,321 is Viet Nam's communes), 11
/// years, the combustion categories and fuels of a real inventory, and grid electricity by
/// consuming sector. With many regions most records are the only one of their source in a chunk.
func makeActivityFile(records: Int, regions: Int) -> [UInt8] {
    let provinces = (1...regions).map { "P\($0)" }
    let sources: [(category: String, activity: String, unit: String, technology: String)] = [
        ("1.A.1.a.i", "other_bituminous_coal", "t", ""), ("1.A.1.a.i", "natural_gas", "TJ", ""),
        ("1.A.1.a.i", "residual_fuel_oil", "t", ""), ("1.A.2.a", "coking_coal", "t", ""),
        ("1.A.2.f", "anthracite", "t", ""), ("1.A.2.e", "residual_fuel_oil", "t", ""),
        ("1.A.2.l", "gas_diesel_oil", "t", ""), ("1.A.2.m", "lpg", "t", ""), ("1.A.2.m", "natural_gas", "TJ", ""),
        ("1.A.3.b.i", "motor_gasoline", "t", "oxidation_catalyst"), ("1.A.3.b.iv", "motor_gasoline", "t", "uncontrolled"),
        ("1.A.3.b.iii", "gas_diesel_oil", "t", ""), ("1.A.3.d.ii", "gas_diesel_oil", "t", ""),
        ("1.A.3.e.ii", "gas_diesel_oil", "t", ""), ("1.A.4.a", "lpg", "t", ""), ("1.A.4.b", "lpg", "t", ""),
        ("1.A.4.b", "wood_wood_waste", "t", ""), ("1.A.4.c.i", "gas_diesel_oil", "t", ""),
        ("1.A.2.m", "electricity", "MWh", ""), ("1.A.4.b", "electricity", "MWh", ""), ("1.A.4.a", "electricity", "MWh", ""),
    ]
    var random = SplitMix64(state: 2026)
    var text = "year,region,category,activity,amount,unit,technology\n"
    text.reserveCapacity(records * 60)
    for _ in 0..<records {
        let source = sources[Int(random.next() % UInt64(sources.count))]
        let year = 2014 + Int(random.next() % 11)
        let province = provinces[Int(random.next() % UInt64(provinces.count))]
        let amount = Double(random.next() % 10_000_000) / 1000
        text += "\(year),\(province),\(source.category),\(source.activity),\(amount),\(source.unit),\(source.technology)\n"
    }
    return Array(text.utf8)
}

func report(_ name: String, _ times: [Double], items: Int, unit: String) {
    let median = times[times.count / 2], best = times[0]
    let rate = Double(items) / median
    print(String(format: "%@: median %.3f s, best %.3f s over %d runs; %.2f million %@/s", name, median, best, times.count, rate / 1e6, unit))
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
guard let libraryPath = FactorLibraryLocator.bundledFolder(environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments.first) else {
    print("cannot find EmissionFactors/; set GHG_FACTOR_LIBRARY")
    exit(1)
}
let library = try FactorLibraryLoader.load(bundled: libraryPath)
print("cores: \(availableCores())")

if options.wants("inventory") {
    let bytes = makeActivityFile(records: options.records, regions: options.regions)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-benchmark-\(options.records).csv").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    print("inventory: \(options.records) activity records in \(options.regions) regions, \(bytes.count / 1_000_000) MB of CSV")
    let parser = ActivityDataParser(library: library)
    let builder = InventoryBuilder(library: library)
    let parseTimes = try measure(runs: options.runs) { try parser.parse(file: path).sources.count }
    print("  \(try parser.parse(file: path).sources.count) sources (records of the same year, region, category, fuel and unit added up)")
    report("  parse (CSV file to sources)", parseTimes, items: options.records, unit: "records")
    let fullTimes = try measure(runs: options.runs) {
        let inventory = try builder.build(try parser.parse(file: path))
        return inventory.rows.count
    }
    report("  parse + compute + aggregate (CSV file to inventory)", fullTimes, items: options.records, unit: "records")
}

/// Solid waste disposal over a century: deposits of 8 waste types at `sites` sites for each of
/// 100 years (1925-2024), as an activity file, to the CH4 of every year by the first-order decay
/// model (IPCC 2006 Vol 5 Ch 3). Industrial waste and bulk MSW have no IPCC default DOC (nor k for
/// industrial waste): the file gives them their own (made-up, for timing only) in `doc` and
/// `decay_rate` columns, as a user would from local data.
func makeDisposalFile(sites: Int) -> [UInt8] {
    let types = ["food_waste", "garden_waste", "paper_waste", "wood_waste", "textile_waste", "nappies", "industrial_waste", "msw"]
    let siteTypes = ["managed_anaerobic", "managed_semi_aerobic", "unmanaged_deep", "unmanaged_shallow"]
    var random = SplitMix64(state: 1925)
    var text = "year,region,category,activity,amount,unit,site,site_type,doc,decay_rate\n"
    text.reserveCapacity(sites * 100 * types.count * 60)
    for site in 0..<sites {
        let siteType = siteTypes[site % siteTypes.count]
        let category = siteType.hasPrefix("managed") ? "4.A.1" : "4.A.2"
        for year in 1925...2024 {
            for type in types {
                let amount = Double(random.next() % 10_000_000) / 1000
                let own = type == "industrial_waste" ? "0.15,0.17" : type == "msw" ? "0.12," : ","
                text += "\(year),P\(site % 34),\(category),\(type),\(amount),t,S\(site),\(siteType),\(own)\n"
            }
        }
    }
    return Array(text.utf8)
}

if options.wants("fod") {
    let sites = options.sites
    let bytes = makeDisposalFile(sites: sites)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-benchmark-fod-\(sites).csv").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let records = sites * 100 * 8
    print("fod: \(sites) sites x 8 waste types x 100 years = \(records) deposit records, \(bytes.count / 1_000_000) MB of CSV")
    let parser = ActivityDataParser(library: library)
    let dataset = try parser.parse(file: path)
    let builder = InventoryBuilder(library: library, options: InventoryOptions(years: Array(1925...2024)))
    let model = SolidWasteDisposal(context: MethodContext(library: library))
    let modelTimes = measure(runs: options.runs) { model.compute(dataset.sources, years: Array(1925...2024)).results.count }
    report("  first-order decay model alone (sources to CH4 by stream and year)", modelTimes, items: records, unit: "deposit-years")
    let computeTimes = try measure(runs: options.runs) { try builder.build(dataset).rows.count }
    report("  first-order decay, every stream and year (parsed sources to inventory)", computeTimes, items: records, unit: "deposit-years")
    let fullTimes = try measure(runs: options.runs) { try builder.build(try parser.parse(file: path)).rows.count }
    report("  parse + first-order decay (CSV file to inventory)", fullTimes, items: records, unit: "deposit-years")
}

/// Scenario projection: the MOIT example (3 sectors, 4 lines, 6 measures, 17 years) loaded and
/// compiled once, then projected `--runs` x 1000 times; and loaded from its file each time
/// (JSON, base inventory, compile, project).
if options.wants("scenario") {
    let root = URL(fileURLWithPath: libraryPath).deletingLastPathComponent()
    let file = root.appendingPathComponent("Scenarios/moit-green-growth-2030.json").path
    let loader = ScenarioLoader(bundledLibrary: libraryPath)
    let model = try loader.load(file)
    print("scenario: \(file) (\(model.lines.count) lines, \(model.definition.measures.count) measures, \(model.years.count) years)")
    let projections = 10_000
    let projectTimes = measure(runs: options.runs) {
        var sink = 0
        for _ in 0..<projections { sink &+= Int(Projection.run(model).total(.conditional, year: 2030)) }
        return sink
    }
    let projectMedian = projectTimes[projectTimes.count / 2]
    print(String(format: "  projection of a compiled scenario: %.1f µs each (median of %d runs of %d)", projectMedian / Double(projections) * 1e6, projectTimes.count, projections))
    let loadTimes = try measure(runs: options.runs) { Int(try ScenarioLoader(bundledLibrary: libraryPath).run(file).total(.conditional, year: 2030)) }
    print(String(format: "  file to result (JSON, factor library, base inventory, compile, project): %.1f ms", loadTimes[loadTimes.count / 2] * 1e3))
}

/// A batch: the MOIT example extended to 2050 (coal and ammonia grow 2 %/yr after 2030), swept
/// over 10 x 10 x 10 x 10 = 10,000 runs (coal in 2030, steel growth, the two coal tiers), with
/// the batch example's variables; on 1 core and on all. Twice: every year 2014-2050 reported
/// (37 years, about 1 GB of CSV), and every fifth year (2014, 2019, ..., 2049, 2050: 9 years).
/// The outputs go to a folder in memory (`/dev/shm`) where there is one, so that the disk's speed
/// is not what is measured; one more run writes to the temporary folder on disk. Peak memory is
/// the process's.
if options.wants("batch") {
    let root = URL(fileURLWithPath: libraryPath).deletingLastPathComponent()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-benchmark-batch")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let memoryFolder = URL(fileURLWithPath: "/dev/shm").appendingPathComponent("ghg-benchmark-batch-\(ProcessInfo.processInfo.processIdentifier)")
    let inMemory = FileManager.default.fileExists(atPath: "/dev/shm")
    let out = inMemory ? memoryFolder : folder.appendingPathComponent("out")
    defer { try? FileManager.default.removeItem(at: memoryFolder) }
    var scenario = try String(contentsOf: root.appendingPathComponent("Scenarios/moit-green-growth-2030.json"), encoding: .utf8)
    let edits = [
        (#""horizon": 2030"#, #""horizon": 2050"#),
        (#""activity": "data/moit-2014.csv""#, #""activity": "\#(root.appendingPathComponent("Scenarios/data/moit-2014.csv").path)""#),
        (#""2030": 129}, "interpolate": "linear"}"#, #""2030": 129}, "interpolate": "linear", "growth_percent": 2}"#),
    ]
    for (old, new) in edits {
        guard scenario.contains(old) else { fatalError("the MOIT example changed; update the batch benchmark: \(old)") }
        scenario = scenario.replacingOccurrences(of: old, with: new)
    }
    try Data(scenario.utf8).write(to: folder.appendingPathComponent("moit-2050.json"))
    let fiveYearly = scenario.replacingOccurrences(of: #""horizon": 2050"#, with: #""horizon": 2050, "report_years": {"every": 5}"#)
    try Data(fiveYearly.utf8).write(to: folder.appendingPathComponent("moit-2050-five-yearly.json"))
    let ten = (1...10).map { "\($0)" }.joined(separator: ", ")
    func batch(_ scenarioFile: String) -> String {
        """
        {"id": "bench", "scenario": "\(scenarioFile)",
         "parameters": [
           {"name": "coal_2030", "set": "$.bau[0].amounts.values[\\"2030\\"]", "range": {"from": 110, "to": 155, "step": 5}},
           {"name": "steel_growth", "set": "$.bau[2].amounts.growth_percent", "values": [\(ten)]},
           {"name": "coal_voluntary", "set": "$.measures[0].percent", "values": [\(ten)]},
           {"name": "coal_conditional", "set": "$.measures[1].percent", "values": [\(ten)]}
         ],
         "variables": ["Emissions|Kyoto Gases", "Emissions|Kyoto Gases|1.A.1.a.i", "Emissions|Kyoto Gases|2.B.1", "Emissions|Kyoto Gases|2.C.1",
                       "Emissions Reduction|Kyoto Gases", "Emissions Reduction|Kyoto Gases|Share of BAU", "Emissions Reduction|Kyoto Gases|Tier|*"]}
        """
    }
    let cores = availableCores()
    for (name, scenarioFile) in [("every year 2014-2050", "moit-2050.json"), ("every fifth year", "moit-2050-five-yearly.json")] {
        let batchPath = folder.appendingPathComponent("batch-\(scenarioFile)").path
        try Data(batch(scenarioFile).utf8).write(to: URL(fileURLWithPath: batchPath))
        let plan = try BatchPlan(try BatchDefinition.read(file: batchPath))
        var oneJob = 0.0
        for jobs in Array(Set([1, cores])).sorted() {
            // On one core means one core for the whole process, the writer thread included.
            let times = try onCores(jobs) {
                try measure(runs: options.runs) {
                    let runner = BatchRunner(plan: plan, bundledLibrary: libraryPath, jobs: jobs)
                    return try runner.run(0..<plan.count, shard: (1, 1), into: out.path).runs
                }
            }
            let median = times[times.count / 2]
            if jobs == 1 { oneJob = median }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("results.csv").path)[.size] as? Int) ?? 0
            print(String(
                format: "batch: %d runs of the MOIT example to 2050, %@ (results.csv %.0f MB), %d job(s): median %.2f s, best %.2f s over %d runs; %.0f runs/s%@",
                plan.count, name, Double(bytes) / 1e6, jobs, median, times[0], times.count, Double(plan.count) / median,
                jobs > 1 ? String(format: "; speed-up %.2f", oneJob / median) : ""))
        }
        if inMemory, scenarioFile == "moit-2050.json" {
            let disk = folder.appendingPathComponent("out").path
            let times = try measure(runs: 1) { try BatchRunner(plan: plan, bundledLibrary: libraryPath, jobs: cores).run(0..<plan.count, shard: (1, 1), into: disk).runs }
            print(String(format: "  the same, %d jobs, written to the disk (%@): %.2f s", cores, disk, times[0]))
            try? FileManager.default.removeItem(atPath: disk)
        }
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("  peak memory of the benchmark process: \(usage.ru_maxrss / 1024) MB")
}

/// Monte Carlo (Approach 2): 1,000 emission sources in 40 categories, each with its own activity
/// (±2 to ±60 %, normal or lognormal) and two factor terms shared by the sources of one of 25
/// fuels (NCV and emission factor, some asymmetric), 100,000 iterations (`--iterations`), on one
/// core and on all. The draws, sums and percentiles are timed, not the inventory.
if options.wants("montecarlo") {
    let tree = CategoryTree.ipcc2006
    let categories = tree.categories.indices.filter { tree[$0].code.hasPrefix("1.A.") && tree[$0].depth >= 3 }.prefix(40)
    var random = SplitMix64(state: 2006)
    func uniform() -> Double { Double(random.next() >> 11) * 0x1.0p-53 }
    var items: [UncertainEmission] = []
    for source in 0..<options.sources {
        let fuel = source % 25
        let category = categories[categories.startIndex + source % categories.count]
        let activity = 2 + uniform() * 58
        let ncv = fuel % 3 == 0 ? UncertaintyRange(lowerPercent: 8, upperPercent: 15) : UncertaintyRange(symmetric: 3 + Double(fuel % 5))
        let factor = fuel % 4 == 0 ? UncertaintyRange(lowerPercent: 50, upperPercent: 150) : UncertaintyRange(symmetric: 2 + Double(fuel % 7))
        items.append(
            UncertainEmission(
                year: 2022, category: category, gas: fuel % 4 == 0 ? .ch4 : .co2, co2eTonnes: 1000 + uniform() * 1e6, source: source,
                activity: UncertaintyRange(symmetric: activity), activityOrigin: "benchmark",
                factorTerms: [.init(key: "ncv-\(fuel)", range: ncv, label: ""), .init(key: "ef-\(fuel)", range: factor, label: "")], missing: nil))
    }
    let rows = CategoryGasRow.rows(items, baseYear: 2022, year: 2022)
    print("montecarlo: \(options.iterations) iterations x \(items.count) sources (\(rows.count) category-gas lines, 50 shared factor terms)")
    var oneCore = 0.0
    for jobs in Array(Set([1, availableCores()])).sorted() {
        let times = onCores(jobs) {
            measure(runs: options.runs) {
                Int(MonteCarlo(iterations: options.iterations, seed: 1, jobs: jobs).run(items, rows: rows, baseYear: 2022, year: 2022).total.upper)
            }
        }
        let median = times[times.count / 2]
        if jobs == 1 { oneCore = median }
        print(String(
            format: "  %d core(s): median %.3f s, best %.3f s over %d runs; %.0f million source-draws/s%@", jobs, median, times[0], times.count,
            Double(options.iterations * items.count) / median / 1e6, jobs > 1 ? String(format: "; speed-up %.2f", oneCore / median) : ""))
    }
}
