import Testing

@testable import GHGCore

@Suite("CSV scanning")
struct CSVScannerTests {
    func records(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer)
            var fields: [CSVField] = []
            var result: [[String]] = []
            while try scanner.nextRecord(into: &fields) { result.append(fields.map { scanner.string($0) }) }
            return result
        }
    }

    @Test("quotes, doubled quotes, CRLF, blank lines, trailing empty field")
    func quoting() throws {
        let rows = try records("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\n1,2,3")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", ""], ["1", "2", "3"]])
    }

    @Test("an unclosed quote is an error with its line")
    func unclosedQuote() {
        #expect {
            try records("a,b\n\"open,1\n")
        } throws: { error in
            (error as? CSVSyntaxError)?.line == 2
        }
    }

    @Test("line numbers count blank lines")
    func lineNumbers() throws {
        let bytes = Array("h\n\n\nx\n".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer)
            var fields: [CSVField] = []
            _ = try scanner.nextRecord(into: &fields)
            _ = try scanner.nextRecord(into: &fields)
            #expect(scanner.recordLine == 4)
        }
    }
}
