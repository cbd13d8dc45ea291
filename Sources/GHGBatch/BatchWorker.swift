import GHGCore
import GHGReports
import GHGScenarios

/// What one job of a batch keeps between its runs: its own loader (factor library, base
/// inventories), and for each scenario file the variables of its last run with their fixed
/// fields rendered, which the next runs of the same shape reuse. Used by one thread at a time.
final class BatchWorker: @unchecked Sendable {
    let loader: ScenarioLoader
    private var frames: [String: Frame] = [:]
    private var scenarios: [String: Scenario] = [:]

    /// A scenario file as this worker parsed it, with its reading as written for reuse.
    struct Scenario {
        let node: JSONNode
        let reuse: ScenarioReuse?
    }

    /// The rendered variables of one shape of a scenario.
    struct Frame {
        let model: ScenarioModel
        let variables: [Variable]
        /// The IAMC `model` field and its comma.
        let modelField: [UInt8]
        let reportYears: [Int]

        struct Variable {
            let descriptor: ScenarioVariable.Descriptor
            /// `pathway,region,variable,unit,` of a results row.
            let resultsFields: [UInt8]
            /// `,region,variable,unit` of an IAMC row (after model and scenario).
            let iamcFields: [UInt8]
        }

        func fits(_ other: ScenarioModel) -> Bool {
            model.definition.region == other.definition.region && model.definition.model == other.definition.model
                && model.definition.reportYears == other.definition.reportYears && ScenarioVariable.haveSameDescriptors(model, other)
        }
    }

    init(bundledLibrary: String) {
        loader = ScenarioLoader(bundledLibrary: bundledLibrary)
    }

    /// The scenario file `file`, parsed by this worker from the bytes the layout read (so that
    /// workers share no values), and read once as written.
    func scenario(_ file: String, layout: BatchLayout) -> Scenario? {
        if let scenario = scenarios[file] { return scenario }
        guard let bytes = layout.scenarioBytes[file], let node = try? JSONParser.parse(bytes, file: file) else { return nil }
        let previous = try? loader.load(root: node, file: file).definition
        let scenario = Scenario(node: node, reuse: previous.map { ScenarioReuse(previous: $0, changed: layout.parameterPaths) })
        scenarios[file] = scenario
        return scenario
    }

    /// The frame of `model`, a run of `scenario`: the last one when it fits, else a new one.
    func frame(for model: ScenarioModel, scenario: String, layout: BatchLayout) -> Frame {
        if let frame = frames[scenario], frame.fits(model) { return frame }
        let definition = model.definition
        var region = TextBytes()
        region.appendCSVField(definition.region)
        var variables: [Frame.Variable] = []
        for descriptor in ScenarioVariable.descriptors(of: model) where layout.wanted(descriptor.name) {
            var fields = TextBytes()
            fields.append(byte: UInt8(ascii: ","))
            fields.append(region.bytes)
            fields.append(byte: UInt8(ascii: ","))
            fields.appendCSVField(descriptor.name)
            fields.append(byte: UInt8(ascii: ","))
            fields.appendCSVField(descriptor.unit)
            var results = TextBytes()
            results.appendCSVField(descriptor.pathway.rawValue)
            results.append(fields.bytes)
            results.append(byte: UInt8(ascii: ","))
            variables.append(Frame.Variable(descriptor: descriptor, resultsFields: results.bytes, iamcFields: fields.bytes))
        }
        var modelField = TextBytes()
        modelField.appendCSVField(definition.model)
        modelField.append(byte: UInt8(ascii: ","))
        let frame = Frame(
            model: model, variables: variables, modelField: modelField.bytes, reportYears: definition.reportYears)
        frames[scenario] = frame
        return frame
    }
}
