import Foundation
import Testing

@testable import GHGCore
@testable import GHGFactors

@Suite("Factor library")
struct FactorLibraryTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("EmissionFactors").path

    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ghg-factors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    static let header = "id,parameter,activity,category,technology,gas,year,value,unit,lower,upper,edition,source,table,page,note\n"

    @Test("the bundled library loads, every factor with a source")
    func bundledLoads() throws {
        let library = try FactorLibraryLoader.load(bundled: Self.bundled)
        #expect(library.factors.count > 300)
        #expect(library.factors.allSatisfy { !$0.source.isEmpty })
        #expect(library.folders.first?.fingerprint.count == 16)
    }

    /// IPCC 2006 Vol 2 Table 1.2 NCV and Table 1.4 CO2 of gas/diesel oil; Table 2.2 and 2.5 CH4.
    @Test("resolution picks the most specific category")
    func resolution() throws {
        let library = try FactorLibraryLoader.load(bundled: Self.bundled)
        let diesel = try #require(library.activity(named: "diesel"))
        let ncv = try library.resolve(FactorQuery(parameter: .ncv, activity: diesel, category: "1.A.1.a.i"))
        #expect(ncv.factor.value == 43.0 && ncv.factor.unit.symbol == "TJ/Gg")
        let co2 = try library.resolve(FactorQuery(parameter: .ef, activity: diesel, category: "1.A.1.a.i", gas: .co2))
        #expect(co2.factor.value == 74_100 && co2.factor.table == "Table 1.4")
        let energy = try library.resolve(FactorQuery(parameter: .ef, activity: diesel, category: "1.A.1.a.i", gas: .ch4))
        #expect(energy.factor.value == 3 && energy.factor.table == "Table 2.2")
        let households = try library.resolve(FactorQuery(parameter: .ef, activity: diesel, category: "1.A.4.b", gas: .ch4))
        #expect(households.factor.value == 10 && households.factor.table == "Table 2.5")
        #expect(households.reason.contains("1.A.4.b"))
    }

    /// DCC grid factors: 2014 0.6612, 2019 0.8458, 2022 0.6766 t CO2/MWh; no factor before 2014.
    @Test("the grid factor is chosen by year, and a missing year is an error")
    func gridByYear() throws {
        let library = try FactorLibraryLoader.load(bundled: Self.bundled)
        let electricity = try #require(library.activity(named: "electricity"))
        for (year, value) in [(2014, 0.6612), (2019, 0.8458), (2022, 0.6766)] {
            let choice = try library.resolve(FactorQuery(parameter: .ef, activity: electricity, category: "1.A.4.b", gas: .co2, year: year))
            #expect(choice.factor.value == value)
        }
        #expect(throws: FactorResolutionError.self) {
            try library.resolve(FactorQuery(parameter: .ef, activity: electricity, category: "1.A.4.b", gas: .co2, year: 2005))
        }
    }

    @Test("a user's factors take precedence and say so")
    func userPrecedence() throws {
        let user = try Self.folder([
            "my_factors.csv": Self.header + "MY-DIESEL-CO2,ef,gas_diesel_oil,,,CO2,,73500,kg/TJ,,,,Plant measurement 2023,report p. 4,,\n"
        ])
        let library = try FactorLibraryLoader.load(bundled: Self.bundled, user: [user])
        let diesel = try #require(library.activity(named: "gas_diesel_oil"))
        let choice = try library.resolve(FactorQuery(parameter: .ef, activity: diesel, category: "1.A.3.b", gas: .co2))
        #expect(choice.factor.id == "MY-DIESEL-CO2")
        #expect(choice.reason.contains("user library"))
    }

    @Test("bad factor rows are errors naming file, line and column")
    func badRows() throws {
        let user = try Self.folder([
            "bad.csv": Self.header
                + "X1,ef,gas_diesel_oil,1.A.1,,CO2,,abc,kg/TJ,,,,src,,,\n"
                + "X2,ef,gas_diesel_oil,1.A.1,,CH4,,3,kg,,,,src,,,\n"
                + "X3,ef,no_such_fuel,1.A.1,,CH4,,3,kg/TJ,,,,src,,,\n"
                + "X4,ef,gas_diesel_oil,1.A.1,,N2O,,3,kg/TJ,,,,,,,\n"
                + "X5,ef,gas_diesel_oil,9.Q,,N2O,,3,kg/TJ,,,,src,,,\n"
        ])
        do {
            _ = try FactorLibraryLoader.load(bundled: Self.bundled, user: [user])
            Issue.record("expected errors")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains { $0.contains("bad.csv:2:8") && $0.contains("value") })
            #expect(messages.contains { $0.contains("bad.csv:3:9") && $0.contains("does not fit") })
            #expect(messages.contains { $0.contains("bad.csv:4:3") && $0.contains("no_such_fuel") })
            #expect(messages.contains { $0.contains("bad.csv:5:13") && $0.contains("no source") })
            #expect(messages.contains { $0.contains("bad.csv:6:4") && $0.contains("9.Q") })
        }
    }

    @Test("the library is found beside the executable or by the environment variable")
    func locator() {
        #expect(FactorLibraryLocator.bundledFolder(explicit: "/x") == "/x")
        #expect(FactorLibraryLocator.bundledFolder(environment: ["GHG_FACTOR_LIBRARY": "/y"], executablePath: nil) == "/y")
        let found = FactorLibraryLocator.bundledFolder(environment: [:], executablePath: "/nonexistent/bin/ghg")
        #expect(found.map { FileManager.default.fileExists(atPath: $0 + "/activities.csv") } == true)
    }
}
