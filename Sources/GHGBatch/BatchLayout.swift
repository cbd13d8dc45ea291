import Foundation
import GHGCore
import GHGReports
import GHGScenarios

/// What every output of a batch looks like: the headers, the IAMC years, which variables are
/// written, and the lines of each run. Made once; shared by all runs and shards.
struct BatchLayout: Sendable {
    let plan: BatchPlan
    let loader: ScenarioLoader
    /// The parsed scenario files, by path.
    let scenarios: [String: JSONNode]
    /// The IAMC year columns: the union of the scenarios' report years.
    let years: [Int]
    let fingerprint: String

    init(plan: BatchPlan, loader: ScenarioLoader) throws(BatchError) {
        self.plan = plan
        self.loader = loader
        var scenarios: [String: JSONNode] = [:]
        var years = Set<Int>()
        var bytes = ""
        do {
            bytes += try String(contentsOfFile: plan.definition.file, encoding: .utf8)
            for file in plan.definition.scenarios where scenarios[file] == nil {
                let node = try JSONParser.parse(contentsOf: file)
                scenarios[file] = node
                years.formUnion(try ScenarioReader.years(root: JSONCursor(root: node, file: file)).report)
                bytes += try String(contentsOfFile: file, encoding: .utf8)
            }
        } catch let error as InputError {
            throw BatchError(error.description)
        } catch {
            throw BatchError("cannot read the batch: \(error.localizedDescription)")
        }
        self.scenarios = scenarios
        self.years = years.sorted()
        self.fingerprint = BatchPlan.hash(bytes)
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

    /// Whether `name` is one of the variables the batch asks for.
    func wanted(_ name: String) -> Bool {
        guard let selection = plan.definition.variables else { return true }
        return selection.contains { pattern in
            pattern.hasSuffix("|*") ? name.hasPrefix(String(pattern.dropLast())) : name == pattern
        }
    }

    /// The lines one run contributes to each output.
    func output(of run: BatchRun) -> BatchRunner.RunOutput {
        var output = BatchRunner.RunOutput()
        let parameters = run.valueTexts
        var summary = CSVWriter()
        func fail(_ message: String) -> BatchRunner.RunOutput {
            summary.row([run.id] + parameters + [(run.scenario as NSString).lastPathComponent, "failed", "", "", "", "", message])
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
        var results = CSVWriter()
        var iamc = CSVWriter()
        let own = definition.reportYears
        for variable in ScenarioVariable.all(result, years: own) where wanted(variable.name) {
            var byYear: [Int: Double] = [:]
            for (index, year) in own.enumerated() {
                guard let value = variable.values[index] else { continue }
                byYear[year] = value
                results.row(
                    [run.id] + parameters + [
                        definition.id, variable.pathway.rawValue, definition.region, variable.name, variable.unit, String(year), NumberFormat.machine(value),
                    ])
            }
            iamc.row(
                [definition.model, "\(run.id)|\(variable.pathway.title)", definition.region, variable.name, variable.unit]
                    + years.map { year in byYear[year].map(NumberFormat.machine) ?? "" })
        }
        let outcomes = result.targetOutcomes
        let missed = outcomes.filter { !$0.met }.map(\.target.id)
        summary.row(
            [run.id] + parameters + [
                definition.id, missed.isEmpty ? "ok" : "missed", String(outcomes.count), String(outcomes.count - missed.count), String(missed.count),
                missed.joined(separator: ";"), result.warnings.map(\.message).joined(separator: "; "),
            ])
        output.results = results.text
        output.iamc = iamc.text
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
