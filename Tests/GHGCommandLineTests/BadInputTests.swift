import Foundation
import Testing

/// Invalid activity data: `ghg inventory` exits 1, names `file:line:column` and what was expected,
/// and writes no `--out` file.
@Suite("Bad input")
struct BadInputTests {
    // MARK: Header

    @Test func missingRequiredColumnIsNamedOnLineOne() throws {
        try expectInputError(
            "year,category,activity,amount\n2019,1.A.1.a.i,gas_diesel_oil,10\n",
            location: "1", mentions: ["missing required column 'unit'", "year,category,activity,amount,unit"])
    }

    @Test func severalMissingColumnsAreAllNamed() throws {
        try expectInputError(
            "year,activity,amount\n2019,gas_diesel_oil,10\n",
            location: "1", mentions: ["missing required columns", "'category'", "'unit'"])
    }

    @Test func duplicatedHeaderColumnNamesBothColumns() throws {
        try expectInputError(
            "year,category,activity,amount,unit,unit\n2019,1.A.1.a.i,gas_diesel_oil,10,TJ,TJ\n",
            location: "1:6", mentions: ["column 'unit' appears twice", "columns 5 and 6"])
    }

    @Test func emptyFileSaysWhichColumnsAreExpected() throws {
        try expectInputError(
            bytes: Data(), location: "1", mentions: ["the file is empty", "year,category,activity,amount,unit"])
    }

    @Test func headerOnlyFileHasNoRecords() throws {
        try expectInputError(standardHeader, location: "2", mentions: ["header but no records"])
    }

    // MARK: Values checked against the vocabularies

    @Test func unknownCategoryNamesLineAndCategoryColumn() throws {
        // The category is the 5th column here, and the bad record is on line 4.
        try expectInputError(
            """
            activity,amount,unit,year,category
            gas_diesel_oil,10,TJ,2019,1.A.1.a.i
            gas_diesel_oil,11,TJ,2019,1.A.2.m
            gas_diesel_oil,12,TJ,2019,1.Z.9

            """,
            location: "4:5", mentions: ["unknown IPCC 2006 category code '1.Z.9'", "expected a code", "ghg categories"])
    }

    @Test func unknownActivityNamesLineAndActivityColumn() throws {
        // The activity is the 1st column here, and the bad record is on line 3.
        try expectInputError(
            """
            activity,year,category,amount,unit
            gas_diesel_oil,2019,1.A.1.a.i,10,TJ
            unobtainium,2019,1.A.1.a.i,10,TJ

            """,
            location: "3:1", mentions: ["unknown activity 'unobtainium'", "ghg factors --activities"])
    }

    @Test func unitOfTheWrongDimensionNamesUnitAndExpectedDimension() throws {
        try expectInputError(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,ha\n",
            location: "2:5", mentions: ["'ha'", "area", "gas_diesel_oil", "expected a mass", "an energy", "a volume"])
    }

    @Test func unknownUnitIsAnErrorAtTheUnitColumn() throws {
        let result = try runBad(standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,10,furlongs\n")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains(":2:5: error: "), "\(result)")
        #expect(result.standardError.contains("furlongs"), "\(result)")
    }

    // MARK: Amounts

    @Test func negativeAmountNamesAmountColumn() throws {
        try expectInputError(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,-10,TJ\n",
            location: "2:4", mentions: ["amount -10 is negative", "expected zero or more"])
    }

    @Test func nonNumericAmountNamesAmountColumn() throws {
        try expectInputError(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,abc,TJ\n",
            location: "2:4", mentions: ["amount 'abc' is not a number"])
    }

    @Test func quotedDecimalCommaExplainsTheDecimalPoint() throws {
        try expectInputError(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,\"1,5\",TJ\n",
            location: "2:4", mentions: ["amount '1,5' is not a number", "use a point for decimals"])
    }

    @Test func emptyAmountIsAnError() throws {
        try expectInputError(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,,TJ\n",
            location: "2:4", mentions: ["amount is empty", "expected a number"])
    }

    @Test func badYearNamesYearColumn() throws {
        try expectInputError(
            standardHeader + "19x9,1.A.1.a.i,gas_diesel_oil,10,TJ\n",
            location: "2:1", mentions: ["year '19x9'", "between 1900 and 2100"])
    }

    @Test func everyBadRecordIsReportedInOneRun() throws {
        let result = try runBad(
            standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,-1,TJ\n2019,1.A.1.a.i,gas_diesel_oil,abc,TJ\n2019,1.A.1.a.i,gas_diesel_oil,1,TJ\n")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains(":2:4: error: "), "\(result)")
        #expect(result.standardError.contains(":3:4: error: "), "\(result)")
        #expect(!result.standardError.contains("activity.csv:4:"), "line 4 is valid; \(result)")
    }

    // MARK: Factors

    @Test func yearWithoutGridFactorNamesYearColumnAndListsYears() throws {
        // The year is the 5th column here.
        try expectInputError(
            "category,activity,amount,unit,year\n1.A.4.b,electricity,10,MWh,2005\n",
            location: "2:5", mentions: ["grid emission factor", "2005", "2014", "2024", "--factors DIR"])
    }

    // MARK: Files

    @Test func missingInputFileIsAnInputError() throws {
        let scratch = try ScratchFolder()
        let missing = scratch.path("no-such-file.csv")
        let out = scratch.path("out.csv")
        let result = runGHG(["inventory", missing, "--out", out])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("\(missing): error: cannot open the file"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func errorsInTwoFilesAreBothReported() throws {
        let scratch = try ScratchFolder()
        let a = try scratch.write("a.csv", standardHeader + "2019,1.Z.9,gas_diesel_oil,10,TJ\n")
        let b = try scratch.write("b.csv", standardHeader + "2019,1.A.1.a.i,unobtainium,10,TJ\n")
        let result = runGHG(["inventory", a, b])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("\(a):2:2: error: "), "\(result)")
        #expect(result.standardError.contains("\(b):2:3: error: "), "\(result)")
    }

    @Test func existingOutputFileIsLeftUntouchedOnError() throws {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", standardHeader + "2019,1.A.1.a.i,gas_diesel_oil,abc,TJ\n")
        let out = try scratch.write("inventory.csv", "previous contents\n")
        let result = runGHG(["inventory", input, "--format", "csv", "--out", out])
        #expect(result.exitCode == 1, "\(result)")
        #expect(try scratch.read("inventory.csv") == Data("previous contents\n".utf8))
        #expect(try scratch.contents() == ["activity.csv", "inventory.csv"])
    }

    /// Runs `ghg inventory` over `contents` written to a scratch file.
    private func runBad(_ contents: String) throws -> RunResult {
        let scratch = try ScratchFolder()
        let input = try scratch.write("activity.csv", contents)
        return runGHG(["inventory", input])
    }
}
