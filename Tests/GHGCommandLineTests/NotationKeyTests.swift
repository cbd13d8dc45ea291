import Foundation
import Testing

/// Notation keys (NO, NE, NA, IE, C) in the amount column survive to every output as keys.
@Suite("Notation keys")
struct NotationKeyTests {
    static let activity = """
        year,region,category,activity,amount,unit,source
        2022,P,1.A.1.a.i,other_bituminous_coal,1500,kt,stats
        2022,P,1.A.3.a.ii,,NO,,no airport in the province
        2022,P,2.F.1,,NE,,refrigerant survey planned
        2022,P,1.A.2.m,natural_gas,IE,,included in 1.A.2.f
        2022,P,2.C.1,,C,,one steel plant
        """

    @Test("from the activity file to the table, the CSV and the JSON")
    func survive() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("activity.csv", Self.activity)
        let table = runGHG(["inventory", file])
        #expect(table.exitCode == 0, "\(table)")
        #expect(table.standardOutput.contains("2022 1.A.3.a.ii Domestic Aviation (P): NO (not occurring); no airport in the province"))
        #expect(table.standardOutput.contains("2022 2.C.1 Iron and Steel Production (P): C (confidential); one steel plant"))
        let csv = runGHG(["inventory", file, "--format", "csv"]).standardOutput
        #expect(csv.contains("2022,,territorial,1.A.3.a.ii,Domestic Aviation,,notation_key,NO,,AR5,2006,\n"))
        #expect(csv.contains("2022,,territorial,1.A.2.m,Non-specified Industry,,notation_key,IE,,AR5,2006,\n"))
        // Never a zero in place of a key.
        #expect(!csv.contains("1.A.3.a.ii,Domestic Aviation,CO2"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(runGHG(["inventory", file, "--format", "json"]).standardOutput.utf8)) as? [String: Any])
        let keys = try #require(json["notation_keys"] as? [[String: Any]])
        #expect(keys.map { $0["key"] as? String } == ["NO", "NE", "IE", "C"])
        #expect(keys[2]["activity"] as? String == "natural_gas" && keys[0]["line"] as? Int == 3)
        // Every output names its inputs with the fingerprint of their bytes.
        let files = try #require(json["input_files"] as? [[String: Any]])
        #expect(files.count == 1 && (files[0]["fingerprint"] as? String)?.count == 16)
        #expect(table.standardOutput.contains("activity.csv (fingerprint \(files[0]["fingerprint"] as? String ?? "?"))"))
    }

    @Test("only the five keys, in capitals: anything else in amount is an error at its column")
    func onlyKeys() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("bad.csv", "year,category,activity,amount,unit\n2022,1.A.3.a.ii,,no,\n2022,1.A.3.a.ii,,N/A,\n")
        let run = runGHG(["inventory", file])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("bad.csv:2:4: error: amount 'no' is not a number"), "\(run.standardError)")
    }
}
