import Foundation
import GHGCore
import GHGReports
import GHGScenarios

/// What every output of a batch looks like: the headers, the IAMC years, which variables are
/// written, and the lines of each run. Made once; shared by all runs and shards.
struct BatchLayout: Sendable {
    let plan: BatchPlan
    /// The bytes of each scenario file (each worker parses its own copy), by path.
    let scenarioBytes: [String: [UInt8]]
    /// Every path a parameter sets: the parts of a scenario a run may change.
    let parameterPaths: [JSONPath]
    /// The IAMC year columns: the union of the scenarios' report years.
    let years: [Int]
    /// A hash of the batch file, its rows, its scenario files and what they read (activity data,
    /// factor library folders): shards of other inputs do not merge.
    let fingerprint: String
    /// The variables asked for by name, and the families asked for (`Prefix|*` without the `*`).
    let selectedNames: Set<String>
    let selectedPrefixes: [String]

    /// The id of each scenario file (for the rows of runs that fail).
    let scenarioIDs: [String: String]

    /// Reads the scenarios and runs each once as written: a mistake in a base scenario, a
    /// parameter path that does not fit it or a variable it does not report is an error of the
    /// batch, reported once, before any run.
    init(plan: BatchPlan, bundledLibrary: String) throws(BatchError) {
        self.plan = plan
        var scenarios: [String: JSONNode] = [:]
        var scenarioBytes: [String: [UInt8]] = [:]
        var scenarioIDs: [String: String] = [:]
        var years = Set<Int>()
        var bytes = ""
        var reported = Set<String>()
        let loader = ScenarioLoader(bundledLibrary: bundledLibrary)
        do {
            bytes += try String(contentsOfFile: plan.definition.file, encoding: .utf8)
            if let rows = plan.definition.rowsFile { bytes += try String(contentsOfFile: rows, encoding: .utf8) }
            for file in plan.definition.scenarios where scenarios[file] == nil {
                guard let data = FileManager.default.contents(atPath: file) else { throw InputError(at: SourceLocation(file: file), "cannot read the scenario file") }
                let text = [UInt8](data)
                let node = try JSONParser.parse(text, file: file)
                scenarios[file] = node
                scenarioBytes[file] = text
                years.formUnion(try ScenarioReader.years(root: JSONCursor(root: node, file: file)).report)
                bytes += String(decoding: text, as: UTF8.self)
                let result = Projection.run(try loader.load(root: node, file: file))
                scenarioIDs[file] = result.definition.id
                // The inputs the scenario reads: its activity data and factor library folders.
                for part in result.definition.base.parts {
                    for data in part.resolvedFiles { bytes += try String(contentsOfFile: data, encoding: .utf8) }
                }
                for folder in result.model.libraryFolders { bytes += "\n\(folder.layer) \(folder.fingerprint)" }
                for variable in ScenarioVariable.all(result, years: result.definition.reportYears) { reported.insert(variable.name) }
            }
        } catch let error as InputError {
            throw BatchError(error)
        } catch {
            throw BatchError("cannot read the batch: \(error.localizedDescription)")
        }
        for parameter in plan.definition.parameters {
            guard let base = plan.definition.scenarios.first.flatMap({ scenarios[$0] }) else { break }
            let value = parameter.values.first ?? plan.definition.rows?.first?[plan.definition.parameters.firstIndex { $0.name == parameter.name } ?? 0]
            for path in parameter.paths {
                var copy = base
                if let problem = copy.set(path, to: value ?? .null) {
                    throw BatchError(InputError(at: parameter.location, "the parameter \(parameter.name) sets \(path), which does not fit the scenario: \(problem)"))
                }
            }
        }
        for name in plan.definition.variables ?? [] {
            let known = name.hasSuffix("|*") ? reported.contains { $0.hasPrefix(String(name.dropLast())) } : reported.contains(name)
            guard known else {
                let families = Set(reported.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }).sorted().prefix(12)
                throw BatchError(
                    "the variable \"\(name)\" is not one the scenario reports; names start with \(families.joined(separator: ", ")) (see docs/outputs.md)")
            }
        }
        self.scenarioBytes = scenarioBytes
        self.parameterPaths = plan.definition.parameters.flatMap(\.paths)
        self.scenarioIDs = scenarioIDs
        self.years = years.sorted()
        self.fingerprint = BatchPlan.hash(bytes)
        let selection = plan.definition.variables ?? []
        self.selectedNames = Set(selection.filter { !$0.hasSuffix("|*") })
        self.selectedPrefixes = selection.filter { $0.hasSuffix("|*") }.map { String($0.dropLast()) }
    }

    var parameterNames: [String] { plan.definition.parameters.map(\.name) }

    var resultsHeader: String {
        let writer = CSVWriter(header: ["run_id"] + parameterNames + ["scenario", "pathway", "region", "variable", "unit", "year", "value"])
        return writer.text
    }

    var iamcHeader: String {
        CSVWriter(header: ["model", "scenario", "region", "variable", "unit"] + years.map(String.init)).text
    }

    var summaryHeader: String {
        CSVWriter(header: ["run_id"] + parameterNames + ["scenario", "status", "targets", "targets_met", "targets_missed", "missed", "message"]).text
    }

    /// Whether `name` is one of the variables the batch asks for: a name listed, or under a
    /// family listed as `Prefix|*`.
    func wanted(_ name: String) -> Bool {
        guard plan.definition.variables != nil else { return true }
        if selectedNames.contains(name) { return true }
        return selectedPrefixes.contains { name.hasPrefix($0) }
    }



    /// Runs `run` with `worker` and appends its lines of each output to `texts`.
    func output(of run: BatchRun, worker: BatchWorker, into texts: inout BatchBlockBuffer.Texts) -> BatchBlockBuffer.Span {
        let start = texts.positions
        let parameters = run.valueTexts
        var summary = CSVWriter()
        func fail(_ message: String) -> BatchBlockBuffer.Span {
            summary.row([run.id] + parameters + [scenarioIDs[run.scenario] ?? "", "failed", "", "", "", "", message])
            texts.summary.append(summary.text)
            return BatchBlockBuffer.span(of: texts, from: start, failure: message, targetsMissed: false)
        }
        guard let scenario = worker.scenario(run.scenario, layout: self) else { return fail("the scenario file was not read") }
        var node = scenario.node
        for (parameter, value) in zip(plan.definition.parameters, run.values) {
            for path in parameter.paths {
                if let problem = node.set(path, to: value) { return fail("parameter \(parameter.name) sets \(path): \(problem)") }
            }
        }
        let result: ScenarioResult
        do {
            result = Projection.run(try worker.loader.load(root: node, file: run.scenario, reusing: scenario.reuse))
        } catch {
            return fail(error.diagnostics.map(\.description).joined(separator: "; "))
        }
        let frame = worker.frame(for: result.model, scenario: run.scenario, layout: self)
        let outcomes = result.targetOutcomes
        let own = frame.reportYears
        // The leading fields of every results row of this run, escaped once.
        var runPrefix = TextBytes()
        for field in [run.id] + parameters + [result.definition.id] {
            runPrefix.appendCSVField(field)
            runPrefix.append(byte: UInt8(ascii: ","))
        }
        let iamcScenario = Pathway.allCases.map { pathway in
            var field = TextBytes()
            field.appendCSVField("\(run.id)|\(pathway.title)")
            return field
        }
        for variable in frame.variables {
            // The fields before the year, the same on every row of the variable.
            var head = runPrefix.bytes
            head += variable.resultsFields
            texts.iamc.append(frame.modelField)
            texts.iamc.append(iamcScenario[variable.descriptor.pathway.index].bytes)
            texts.iamc.append(variable.iamcFields)
            // The IAMC columns are the union of the batch's report years, so every year of the
            // run has one; the value is formatted once, for the results row, and copied.
            var next = 0
            for column in years {
                texts.iamc.append(byte: UInt8(ascii: ","))
                guard next < own.count, own[next] == column else { continue }
                let year = own[next]
                next += 1
                guard let value = variable.descriptor.value(in: result, year: year, outcomes: outcomes) else { continue }
                texts.results.append(head)
                texts.results.appendInteger(Int64(year))
                texts.results.append(byte: UInt8(ascii: ","))
                let start = texts.results.count
                texts.results.appendMachine(value)
                texts.iamc.append(texts.results, range: start..<texts.results.count)
                texts.results.append(byte: UInt8(ascii: "\n"))
            }
            texts.iamc.append(byte: UInt8(ascii: "\n"))
        }
        let missed = outcomes.filter { !$0.met }.map(\.target.id)
        summary.row(
            [run.id] + parameters + [
                result.definition.id, missed.isEmpty ? "ok" : "missed", String(outcomes.count), String(outcomes.count - missed.count), String(missed.count),
                missed.joined(separator: ";"), result.warnings.map(\.message).joined(separator: "; "),
            ])
        texts.summary.append(summary.text)
        return BatchBlockBuffer.span(of: texts, from: start, failure: nil, targetsMissed: !missed.isEmpty)
    }

    /// `batch.json`: what was run, so that `ghg merge` can check and join shards.
    func manifest(shard: (index: Int, count: Int), range: Range<Int>) -> String {
        BatchManifest(
            batch: plan.definition.id, fingerprint: fingerprint, runs: plan.count, shard: shard.index, shards: shard.count, firstRun: range.lowerBound,
            endRun: range.upperBound
        ).text
    }
}
