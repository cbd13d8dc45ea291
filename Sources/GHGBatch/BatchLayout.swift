import Foundation
import GHGCore
import GHGReports
import GHGScenarios

/// What every output of a batch looks like: the headers, the IAMC years, which variables are
/// written, and the lines of each run. Made once; shared by all runs and shards.
struct BatchLayout: Sendable {
    let plan: BatchPlan
    /// The parsed scenario files, by path.
    let scenarios: [String: JSONNode]
    /// The IAMC year columns: the union of the scenarios' report years.
    let years: [Int]
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
        var scenarioIDs: [String: String] = [:]
        var years = Set<Int>()
        var bytes = ""
        var reported = Set<String>()
        let loader = ScenarioLoader(bundledLibrary: bundledLibrary)
        do {
            bytes += try String(contentsOfFile: plan.definition.file, encoding: .utf8)
            if let rows = plan.definition.rowsFile { bytes += try String(contentsOfFile: rows, encoding: .utf8) }
            for file in plan.definition.scenarios where scenarios[file] == nil {
                let node = try JSONParser.parse(contentsOf: file)
                scenarios[file] = node
                years.formUnion(try ScenarioReader.years(root: JSONCursor(root: node, file: file)).report)
                bytes += try String(contentsOfFile: file, encoding: .utf8)
                let result = Projection.run(try loader.load(root: node, file: file))
                scenarioIDs[file] = result.definition.id
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
        self.scenarios = scenarios
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



    /// The lines one run contributes to each output, compiled with `loader`.
    func output(of run: BatchRun, loader: ScenarioLoader) -> BatchRunner.RunOutput {
        var output = BatchRunner.RunOutput()
        let parameters = run.valueTexts
        var summary = CSVWriter()
        func fail(_ message: String) -> BatchRunner.RunOutput {
            summary.row([run.id] + parameters + [scenarioIDs[run.scenario] ?? "", "failed", "", "", "", "", message])
            output.summary = summary.text
            output.failure = message
            return output
        }
        guard var node = scenarios[run.scenario] else { return fail("the scenario file was not read") }
        for (parameter, value) in zip(plan.definition.parameters, run.values) {
            for path in parameter.paths {
                if let problem = node.set(path, to: value) { return fail("parameter \(parameter.name) sets \(path): \(problem)") }
            }
        }
        let result: ScenarioResult
        do {
            result = Projection.run(try loader.load(root: node, file: run.scenario))
        } catch {
            return fail(error.diagnostics.map(\.description).joined(separator: "; "))
        }
        let definition = result.definition
        // Rows are written as text with their fixed leading fields escaped once: formatting is
        // most of a run's time.
        var results = ""
        var iamc = ""
        let own = definition.reportYears
        let yearTexts = own.map { String($0) }
        let column = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        let runPrefix = ([run.id] + parameters + [definition.id]).map(CSVWriter.escape).joined(separator: ",") + ","
        let region = CSVWriter.escape(definition.region)
        let model = CSVWriter.escape(definition.model)
        for variable in ScenarioVariable.all(result, years: own, including: wanted) {
            let name = CSVWriter.escape(variable.name), unit = CSVWriter.escape(variable.unit)
            let head = runPrefix + variable.pathway.rawValue + "," + region + "," + name + "," + unit + ","
            var cells = Array(repeating: "", count: years.count)
            for (index, value) in variable.values.enumerated() {
                guard let value else { continue }
                let text = NumberFormat.machine(value)
                results += head
                results += yearTexts[index]
                results += ","
                results += text
                results += "\n"
                if let position = column[own[index]] { cells[position] = text }
            }
            iamc += model + "," + CSVWriter.escape("\(run.id)|\(variable.pathway.title)") + "," + region + "," + name + "," + unit + ","
                + cells.joined(separator: ",") + "\n"
        }
        let outcomes = result.targetOutcomes
        let missed = outcomes.filter { !$0.met }.map(\.target.id)
        summary.row(
            [run.id] + parameters + [
                definition.id, missed.isEmpty ? "ok" : "missed", String(outcomes.count), String(outcomes.count - missed.count), String(missed.count),
                missed.joined(separator: ";"), result.warnings.map(\.message).joined(separator: "; "),
            ])
        output.results = results
        output.iamc = iamc
        output.summary = summary.text
        output.targetsMissed = !missed.isEmpty
        return output
    }

    /// `batch.json`: what was run, so that `ghg merge` can check and join shards.
    func manifest(shard: (index: Int, count: Int), range: Range<Int>) -> String {
        BatchManifest(
            batch: plan.definition.id, fingerprint: fingerprint, runs: plan.count, shard: shard.index, shards: shard.count, firstRun: range.lowerBound,
            endRun: range.upperBound
        ).text
    }
}
