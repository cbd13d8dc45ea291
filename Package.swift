// swift-tools-version:6.0
// The ghg package: a greenhouse-gas inventory and MRV calculator for Vietnamese provinces.
// No package dependencies: only what the Swift toolchain ships.
import PackageDescription

let package = Package(
    name: "ghg",
    products: [
        .executable(name: "ghg", targets: ["ghg"]),
        .library(name: "GHGKit", targets: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory", "GHGScenarios", "GHGMRV", "GHGReports", "GHGBatch"]),
    ],
    targets: [
        // MARK: Engine, layered bottom-up; each module depends only on the ones above it.

        /// Units and quantities, gases and GWP, IPCC categories, CSV scanning, diagnostics.
        .target(name: "GHGCore"),
        /// The emission-factor library: activities, factors with sources, factor resolution.
        .target(name: "GHGFactors", dependencies: ["GHGCore"]),
        /// Activity data: the tidy CSV format and its fast parallel parser.
        .target(name: "GHGActivity", dependencies: ["GHGCore", "GHGFactors"]),
        /// Calculation methods by sector (IPCC 2006 equations).
        .target(name: "GHGMethods", dependencies: ["GHGCore", "GHGFactors", "GHGActivity"]),
        /// The inventory: year x category x gas, roll-up of the category tree, audit trail.
        .target(name: "GHGInventory", dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods"]),
        /// Scenarios: BAU projection, mitigation measures in voluntary and conditional tiers,
        /// intensity per GRDP, targets.
        .target(name: "GHGScenarios", dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory"]),
        /// MRV: uncertainty (error propagation and Monte Carlo), key categories.
        .target(name: "GHGMRV", dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory"]),
        /// Renderers: readable table, tidy CSV, JSON, IAMC.
        .target(name: "GHGReports", dependencies: ["GHGCore", "GHGFactors", "GHGInventory", "GHGScenarios", "GHGMRV"]),

        /// Batch runs: sweeps of scenarios on all cores, shards across machines, merging.
        .target(name: "GHGBatch", dependencies: ["GHGCore", "GHGScenarios", "GHGReports"]),

        // MARK: Command-line tool: argument parsing and commands as a library, a thin executable.

        .target(
            name: "GHGCommandLine",
            dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGInventory", "GHGScenarios", "GHGMRV", "GHGReports", "GHGBatch"]),
        .executableTarget(name: "ghg", dependencies: ["GHGCommandLine"]),

        // MARK: Benchmarks (run with `swift run -c release Benchmarks`).

        .executableTarget(
            name: "Benchmarks",
            dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory", "GHGScenarios", "GHGMRV", "GHGBatch"],
            path: "Benchmarks"),

        // MARK: Tests

        .testTarget(name: "GHGCoreTests", dependencies: ["GHGCore"]),
        .testTarget(name: "GHGFactorsTests", dependencies: ["GHGCore", "GHGFactors"]),
        .testTarget(
            name: "GHGInventoryTests",
            dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory", "GHGReports"]),
        .testTarget(
            name: "GHGScenariosTests",
            dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGInventory", "GHGScenarios", "GHGReports"]),
        .testTarget(
            name: "GHGMRVTests", dependencies: ["GHGCore", "GHGFactors", "GHGActivity", "GHGMethods", "GHGInventory", "GHGMRV"],
            exclude: ["independent-check.py"]),
        .testTarget(name: "GHGCommandLineTests", dependencies: ["GHGCommandLine"]),
    ]
)
