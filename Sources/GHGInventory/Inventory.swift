import GHGActivity
import GHGCore
import GHGFactors
import GHGMethods

/// A greenhouse-gas inventory: emissions by year x category x gas, with CO2 equivalents, totals
/// rolled up the IPCC category tree, and the audit trail from each row to its records and factors.
public struct Inventory: Sendable {
    public let options: InventoryOptions
    /// The activity files and their record count.
    public let inputFiles: [String]
    /// The fingerprint of each input file's bytes, aligned with `inputFiles`.
    public internal(set) var inputFingerprints: [String] = []
    /// Other files the activity data was made with (a surrogate statistic for gap filling).
    public internal(set) var otherInputs: [InputFile] = []
    public let recordCount: Int
    /// The factor library used (its folders, fingerprints and edition).
    public let librarySummary: String
    public let libraryFolders: [FactorLibraryFolder]
    public let edition: Edition
    public let sources: [SourceResult]
    /// Rows ordered by year, region, reporting, category (tree order) and gas.
    public let rows: [InventoryRow]
    /// One roll-up per year, region and reporting present.
    public let rollups: [CategoryRollup]
    /// Warnings met while reading the inputs.
    public let warnings: [Diagnostic]
    /// The notation keys the inputs give (NO, NE, NA, IE, C), in the years reported: kept as
    /// keys in every output, never turned into zeros.
    public internal(set) var notations: [NotationEntry] = []

    public var tree: CategoryTree { .ipcc2006 }

    /// The years covered, ascending.
    public var years: [Int] { Array(Set(rows.map(\.year))).sorted() }

    /// The roll-up of one year, region and reporting, if it has emissions.
    public func rollup(year: Int, region: String = "", reporting: Reporting = .territorial) -> CategoryRollup? {
        rollups.first { $0.year == year && $0.region == region && $0.reporting == reporting }
    }
}
