import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMethods

/// Shared set-up: the bundled library, and inventories computed from CSV text.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let bundledLibrary = packageRoot.appendingPathComponent("EmissionFactors").path

    static func library(edition: Edition = .default, user: [String] = []) throws -> FactorLibrary {
        try FactorLibraryLoader.load(bundled: bundledLibrary, user: user, edition: edition)
    }

    static let header = "year,category,activity,amount,unit"

    static func dataset(_ csv: String, library: FactorLibrary, chunkSize: Int? = nil) throws -> ActivityDataset {
        var parser = ActivityDataParser(library: library)
        if let chunkSize { parser.chunkSize = chunkSize }
        let bytes = Array(csv.utf8)
        return try bytes.withUnsafeBufferPointer { try parser.parse(bytes: $0, fileName: "test.csv") }
    }

    static func inventory(
        _ csv: String, gwp: GWPSet = .ar5, byRegion: Bool = false, years: [Int]? = nil, library: FactorLibrary? = nil
    ) throws -> Inventory {
        let library = try library ?? Fixtures.library()
        let data = try dataset(csv, library: library)
        return try InventoryBuilder(library: library, options: InventoryOptions(gwp: gwp, byRegion: byRegion, years: years)).build(data)
    }

    /// The error messages an input gives, or an empty list if it computes.
    static func errors(_ csv: String, years: [Int]? = nil) -> [String] {
        do {
            _ = try inventory(csv, years: years)
            return []
        } catch let error as InputError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }
}

extension Inventory {
    /// The sum of the rows of a category code (and those below it) and gas, in tonnes.
    func mass(_ code: String, _ gas: Gas, year: Int? = nil, reporting: Reporting = .territorial) -> Double {
        rows.filter {
            CategoryTree.code(tree[$0.category].code, isWithin: code) && $0.gas == gas && $0.reporting == reporting && (year == nil || $0.year == year)
        }.reduce(0) { $0 + $1.massTonnes }
    }

    /// The row of a category code and gas in the territorial (or given) reporting.
    func row(_ code: String, _ gas: Gas, year: Int? = nil, reporting: Reporting = .territorial) -> InventoryRow? {
        rows.first { tree[$0.category].code == code && $0.gas == gas && $0.reporting == reporting && (year == nil || $0.year == year) }
    }
}

/// `a` and `b` agree to 12 significant digits.
func close(_ a: Double?, _ b: Double, relative: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
}
