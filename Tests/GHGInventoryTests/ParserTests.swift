import Testing

@testable import GHGActivity
@testable import GHGCore

@Suite("Activity data parser")
struct ParserTests {
    /// Many records with awkward numbers, parsed with tiny chunks (many threads) and one big
    /// chunk, must give the same sources to the last bit.
    @Test("results do not depend on chunking or core count")
    func deterministic() throws {
        let library = try Fixtures.library()
        var csv = "year,region,category,activity,amount,unit,uncertainty\n"
        let categories = ["1.A.1.a.i", "1.A.2.m", "1.A.4.b", "1.A.3.b.iii"]
        for i in 0..<5000 {
            csv += "\(2015 + i % 5),R\(i % 3),\(categories[i % 4]),gas_diesel_oil,\(Double(i) * 0.1 + 0.013),t,\(i % 7)\n"
        }
        let small = try Fixtures.dataset(csv, library: library, chunkSize: 97)
        let large = try Fixtures.dataset(csv, library: library, chunkSize: 1 << 24)
        #expect(small.recordCount == 5000)
        #expect(small.sources == large.sources)
        #expect(small.sources.count == 5 * 3 * 4)
        let total = small.sources.map(\.amount).reduce(0, +)
        #expect(close(total, (0..<5000).map { Double($0) * 0.1 + 0.013 }.reduce(0, +), relative: 1e-9))
    }

    /// The parser skips the checks of a record whose fields other than the amount and the
    /// uncertainty are byte for byte those of a record read before. Lines that make it take the
    /// full path (quotes, blank lines, notation keys, errors, extra fields, CRLF, spaces) must
    /// give exactly what the full path alone gives.
    @Test("the record-key fast path gives exactly what the full path gives, errors and all")
    func recordKeyFastPath() throws {
        let library = try Fixtures.library()
        func both(_ csv: String, chunkSize: Int = 1 << 20) throws -> (ActivityDataset, ActivityDataset) {
            var fast = ActivityDataParser(library: library)
            fast.chunkSize = chunkSize
            var full = fast
            full.usesRecordKeys = false
            let bytes = Array(csv.utf8)
            return try bytes.withUnsafeBufferPointer { (try fast.parse(bytes: $0, fileName: "t.csv"), try full.parse(bytes: $0, fileName: "t.csv")) }
        }
        var csv = "year,region,category,activity,amount,unit,uncertainty,source\n"
        let lines = [
            "2019,R1,1.A.1.a.i,gas_diesel_oil,10.5,t,5,stats", "2019,R1,1.A.1.a.i,gas_diesel_oil,11.25,t,,stats",
            "2019,R1,1.A.1.a.i,gas_diesel_oil,12,t,7,stats\r", "2019, R1 ,1.A.1.a.i,gas_diesel_oil, 3 ,t,,stats",
            "2019,\"R1\",1.A.1.a.i,gas_diesel_oil,4,t,,stats", "2019,R1,1.A.1.a.i,gas_diesel_oil,NO,t,,stats",
            "", "2020,R1,1.A.1.a.i,gas_diesel_oil,1e3,t,2.5,stats", "2020,R1,1.A.1.a.i,gas_diesel_oil,0,t,0,stats",
            "2020,R2,1.A.4.b,lpg,7,kt,,survey", "2020,R2,1.A.4.b,lpg,8,kt,,survey,", "2020,R2,1.A.4.b,lpg,+9,kt,,survey",
        ]
        for i in 0..<3000 { csv += lines[i % lines.count] + "\n" }
        for chunkSize in [53, 4096, 1 << 20] {
            let (fast, full) = try both(csv, chunkSize: chunkSize)
            #expect(fast.sources == full.sources, "chunk size \(chunkSize)")
            #expect(fast.recordCount == full.recordCount && fast.notations == full.notations)
        }
        // A semicolon file with decimal commas (a spreadsheet in Vietnamese), and a chunk whose
        // first 70,000 records are all unlike each other (the fast path turns itself off).
        var semicolons = "year;region;category;activity;amount;unit;uncertainty\n"
        for i in 0..<3000 { semicolons += "2019;R\(i % 4);1.A.4.b;lpg;\(i % 50),25;t;\(i % 3 == 0 ? "" : "2,5")\n" }
        var unique = "year,region,category,activity,amount,unit\n"
        for i in 0..<70_000 { unique += "2019,R\(i),1.A.4.b,lpg,1.5,t\n" }
        for i in 0..<5_000 { unique += "2019,R\(i % 10),1.A.4.b,lpg,2.5,t\n" }
        for text in [semicolons, unique] {
            let (fast, full) = try both(text)
            #expect(fast.sources == full.sources && fast.recordCount == full.recordCount)
        }
        let semicolonTotal: Double = try both(semicolons).0.sources.map(\.amount).reduce(0, +)
        let expectedTotal: Double = (0..<3000).map { (i: Int) -> Double in Double(i % 50) + 0.25 }.reduce(0, +)
        #expect(close(semicolonTotal, expectedTotal, relative: 1e-12))

        // Errors in records whose key was seen: the same messages at the same places.
        let bad = csv + "2019,R1,1.A.1.a.i,gas_diesel_oil,-4,t,,stats\n2019,R1,1.A.1.a.i,gas_diesel_oil,4,t,-1,stats\n"
            + "2019,R1,1.A.1.a.i,gas_diesel_oil,4x,t,,stats\n2019,R1,1.A.1.a.i,gas_diesel_oil,,t,,stats\n"
        func errors(_ usesRecordKeys: Bool) -> [String] {
            var parser = ActivityDataParser(library: library)
            parser.usesRecordKeys = usesRecordKeys
            let bytes = Array(bad.utf8)
            do {
                _ = try bytes.withUnsafeBufferPointer { buffer throws(InputError) in try parser.parse(bytes: buffer, fileName: "t.csv") }
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(errors(true).count == 4)
        #expect(errors(true) == errors(false))
    }

    @Test("the fingerprint hashed by the chunks' tasks is that of the whole file, whatever the chunk size")
    func fingerprintWhileParsing() throws {
        let library = try Fixtures.library()
        var csv = "year,category,activity,amount,unit\n"
        for i in 0..<120_000 { csv += "\(2015 + i % 7),1.A.4.b,lpg,\(i % 1000).5,t\n" }
        let bytes = Array(csv.utf8)
        #expect(bytes.count > 2 << 20)
        let whole = bytes.withUnsafeBufferPointer { ContentFingerprint.of($0) }
        for chunkSize in [50_000, 1 << 20, 4 << 20] {
            #expect(try Fixtures.dataset(csv, library: library, chunkSize: chunkSize).fingerprints == [whole], "chunk size \(chunkSize)")
        }
    }

    @Test("the error limit is the file's, whatever the chunks: the first 50 errors, then the count of the rest, last")
    func errorLimitAcrossChunks() throws {
        let library = try Fixtures.library()
        var csv = "year,category,activity,amount,unit\n"
        for i in 1...6000 { csv += "2019,1.A.4.b,lpg,\(i % 100 == 0 ? "-1" : "1"),t\n" }
        for chunkSize in [3000, 1 << 20] {
            var parser = ActivityDataParser(library: library)
            parser.chunkSize = chunkSize
            let bytes = Array(csv.utf8)
            do {
                _ = try bytes.withUnsafeBufferPointer { buffer throws(InputError) in try parser.parse(bytes: buffer, fileName: "t.csv") }
                Issue.record("expected errors")
            } catch {
                let messages = error.diagnostics.map(\.description)
                #expect(messages.count == 51, "chunk size \(chunkSize)")
                #expect(messages.first?.hasPrefix("t.csv:101:4: error:") == true)
                #expect(messages[49].hasPrefix("t.csv:5001:4: error:"))
                #expect(messages.last == "t.csv: error: 10 more record errors not shown")
            }
        }
    }

    @Test("errors name the line and column, all of them, in order")
    func errorLocations() throws {
        let csv = "year,category,activity,amount,unit\n2019,1.A.1.a.i,gas_diesel_oil,-5,t\n2019,1.Z,gas_diesel_oil,5,t\n20x9,1.A.1.a.i,gas_diesel_oil,5,t\n2019,1.A.1.a.i,gas_diesel_oil,abc,t\n"
        let errors = Fixtures.errors(csv)
        try #require(errors.count == 4)
        #expect(errors[0].hasPrefix("test.csv:2:4: error:") && errors[0].contains("negative"))
        #expect(errors[1].hasPrefix("test.csv:3:2: error:") && errors[1].contains("1.Z"))
        #expect(errors[2].hasPrefix("test.csv:4:1: error:") && errors[2].contains("year"))
        #expect(errors[3].hasPrefix("test.csv:5:4: error:") && errors[3].contains("'abc' is not a number"))
        // Units are checked against the activity once the file reads cleanly.
        let wrongUnit = Fixtures.errors("year,category,activity,amount,unit\n2019,1.A.1.a.i,gas_diesel_oil,5,ha\n")
        try #require(wrongUnit.count == 1)
        #expect(wrongUnit[0].hasPrefix("test.csv:2:5: error:") && wrongUnit[0].contains("'ha'") && wrongUnit[0].contains("expected a mass"))
    }

    @Test("semicolon files, BOM, quoted fields, aliases and blank lines")
    func spreadsheetExports() throws {
        let library = try Fixtures.library()
        let csv = "\u{FEFF}year;category;activity;amount;unit;source\n2019;1.A.1.a.i;diesel;1000;t;\"Yearbook; table 5\"\n\n"
        let dataset = try Fixtures.dataset(csv, library: library)
        let source = try #require(dataset.sources.first)
        #expect(library.activities[source.activity].id == "gas_diesel_oil")
        #expect(source.dataSource == "Yearbook; table 5")
        #expect(source.firstLine == 2)
    }

    @Test("duplicated header, empty file and header-only file are errors")
    func headerErrors() {
        #expect(Fixtures.errors("year,category,activity,amount,unit,amount\n2019,1.A.1.a.i,diesel,1,t,2\n").first?.contains("appears twice") == true)
        #expect(Fixtures.errors("").first?.contains("empty") == true)
        #expect(Fixtures.errors("year,category,activity,amount,unit\n").first?.contains("no records") == true)
        #expect(Fixtures.errors("year,category,activity,amount\n2019,1.A.1.a.i,diesel,1\n").first?.contains("'unit'") == true)
    }

    @Test("uncertainties of records combine in quadrature (IPCC 2006 Vol 1 Eq. 3.2 for sums)")
    func uncertainty() throws {
        let library = try Fixtures.library()
        // 300 t ±10 % and 400 t ±10 %: sqrt(30^2 + 40^2) = 50 t of 700 t = 7.142857 %.
        let csv = "year,category,activity,amount,unit,uncertainty\n2019,1.A.1.a.i,diesel,300,t,10\n2019,1.A.1.a.i,diesel,400,t,10\n"
        let source = try #require(try Fixtures.dataset(csv, library: library).sources.first)
        #expect(close(source.uncertaintyPercent, 50.0 / 700 * 100))
    }
}

@Suite("Locale-specific spreadsheet exports")
struct LocaleTests {
    @Test("a semicolon file may write decimal commas; a comma file may not")
    func decimalComma() throws {
        let library = try Fixtures.library()
        let semicolon = try Fixtures.dataset("year;category;activity;amount;unit\n2019;1.A.1.a.i;diesel;10,5;t\n", library: library)
        #expect(semicolon.sources.first?.amount == 10.5)
        #expect(Fixtures.errors("year;category;activity;amount;unit\n2019;1.A.1.a.i;diesel;1.234,5;t\n").first?.contains("not a number") == true)
        #expect(Fixtures.errors("year,category,activity,amount,unit\n2019,1.A.1.a.i,diesel,\"10,5\",t\n").first?.contains("not a number") == true)
    }
}
