import Foundation
import GHGActivity
import GHGCore
import GHGFactors
import GHGInventory
import GHGMRV
import Testing

/// Where the uncertainty of each emission of an inventory comes from.
@Suite("Uncertainties of an inventory's emissions")
struct UncertainEmissionsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! FactorLibraryLoader.load(bundled: root.appendingPathComponent("EmissionFactors").path)

    static func inventory(_ csv: String) throws -> Inventory {
        let bytes = Array(csv.utf8)
        let dataset = try bytes.withUnsafeBufferPointer { try ActivityDataParser(library: library).parse(bytes: $0, fileName: "activity.csv") }
        return try InventoryBuilder(library: library).build(dataset)
    }

    static let activity = """
        year,category,activity,amount,unit,uncertainty,source
        2022,1.A.1.a.i,residual_fuel_oil,100,kt,5,plant logs
        2022,1.A.1.a.i,residual_fuel_oil,300,kt,5,plant logs
        2022,1.A.4.b,lpg,20,kt,,survey
        """

    @Test("activity from the records; the factor from the library's 95 % bounds of NCV and CO2 EF (IPCC 2006 Vol 2 Tables 1.2 and 1.4)")
    func fromRecordsAndLibrary() throws {
        let items = UncertainEmissions.collect(try Self.inventory(Self.activity), table: UncertaintyTable())
        let oil = try #require(items.first { $0.gas == .co2 && CategoryTree.ipcc2006[$0.category].code == "1.A.1.a.i" })
        // Two records of ±5 % added as independent errors: sqrt((100 x 5)^2 + (300 x 5)^2) / 400.
        let expected: Double = (500.0 * 500 + 1500 * 1500).squareRoot() / 400
        #expect(abs(oil.activity!.percent - expected) < 1e-9)
        #expect(oil.activityOrigin == "activity records")
        // NCV 40.4 TJ/Gg (39.8-41.7) and CO2 EF 77,400 kg/TJ (75,500-78,800): Approach 1 takes the
        // larger side of each, +3.2178 % and -2.4548 %, combined by Eq. 3.1.
        let terms = try #require(oil.factorTerms)
        #expect(Set(terms.map(\.key)) == ["IPCC2006-V2-T1.2-residual_fuel_oil", "IPCC2006-V2-T1.4-residual_fuel_oil"])
        let ncv = (41.7 - 40.4) / 40.4 * 100, ef = (77_400.0 - 75_500) / 77_400 * 100
        #expect(abs(oil.factorPercent! - (ncv * ncv + ef * ef).squareRoot()) < 1e-9)
        #expect(oil.isEstimated)
        // CH4 of the same source: Table 2.2's factor has no bounds in the library.
        let methane = try #require(items.first { $0.gas == .ch4 && CategoryTree.ipcc2006[$0.category].code == "1.A.1.a.i" })
        #expect(!methane.isEstimated && methane.missing!.contains("IPCC2006-V2-T2.2-CH4-residual_fuel_oil has no 95 % bounds"))
        // LPG records without an uncertainty.
        let lpg = try #require(items.first { $0.gas == .co2 && CategoryTree.ipcc2006[$0.category].code == "1.A.4.b" })
        #expect(lpg.activity == nil && lpg.missing!.contains("no activity uncertainty"))
    }

    @Test("the uncertainty table fills what is missing and wins for factors; the most specific row applies")
    func fromTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-mrv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("uncertainties.csv").path
        try Data(
            """
            category,gas,activity,activity_uncertainty,factor_uncertainty,source,note
            1.A,,,10,,"test: all energy",
            1.A,CH4,,,-50/+150,"test: energy CH4",
            1.A.1,CO2,residual_fuel_oil,,3,"test: oil in power plants",
            """.utf8
        ).write(to: URL(fileURLWithPath: path))
        let table = try UncertaintyTable.read(path: path, library: Self.library)
        let items = UncertainEmissions.collect(try Self.inventory(Self.activity), table: table)
        func item(_ code: String, _ gas: Gas) -> UncertainEmission? {
            items.first { $0.gas == gas && CategoryTree.ipcc2006[$0.category].code == code }
        }
        let oil = try #require(item("1.A.1.a.i", .co2))
        #expect(oil.factorPercent == 3 && oil.factorTerms!.count == 1)
        #expect(oil.activityOrigin == "activity records")  // the records' own uncertainty comes first
        let lpg = try #require(item("1.A.4.b", .co2))
        #expect(lpg.activity == UncertaintyRange(symmetric: 10) && lpg.activityOrigin.hasSuffix("uncertainties.csv:2"))
        #expect(lpg.isEstimated && lpg.factorTerms!.count == 2)  // NCV and CO2 EF bounds from the library
        let methane = try #require(item("1.A.4.b", .ch4))
        #expect(methane.isEstimated && methane.factorTerms![0].range == UncertaintyRange(lowerPercent: 50, upperPercent: 150))
    }

    @Test("a wrong uncertainty table names the line and column")
    func tableErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-mrv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.csv").path
        try Data(
            """
            category,gas,activity,activity_uncertainty,factor_uncertainty,source
            1.Z,CO2,,5,,x
            1.A,CO3,,5,,x
            1.A,CO2,,ten,,x
            1.A,CO2,,5,,
            """.utf8
        ).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try UncertaintyTable.read(path: path, library: Self.library) }
        do {
            _ = try UncertaintyTable.read(path: path, library: Self.library)
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains { $0.contains("bad.csv:2:1") && $0.contains("'1.Z' is not an IPCC 2006 category code") })
            #expect(messages.contains { $0.contains("bad.csv:3:2") && $0.contains("unknown gas 'CO3'") })
            #expect(messages.contains { $0.contains("bad.csv:4:4") && $0.contains("'ten' is not an uncertainty") })
            #expect(messages.contains { $0.contains("bad.csv:5:6") && $0.contains("needs its source") })
        }
    }
}
