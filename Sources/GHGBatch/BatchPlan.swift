import Foundation
import GHGCore
import GHGReports

/// One run of a batch: its place, its stable id, its scenario file and parameter values.
public struct BatchRun: Sendable {
    public let index: Int
    /// `r` and 16 hex digits of a hash of the scenario file name and the parameter values: the same
    /// parameters give the same id in any batch, any shard, any order.
    public let id: String
    public let scenario: String
    /// Aligned with `BatchDefinition.parameters`.
    public let values: [JSONNode.Value]

    /// The values as the outputs print them.
    public var valueTexts: [String] { values.map(BatchRun.text) }

    static func text(_ value: JSONNode.Value) -> String {
        switch value {
        case .number(let number, _): return NumberFormat.machine(number)
        case .string(let string): return string
        case .bool(let flag): return flag ? "true" : "false"
        default: return ""
        }
    }
}

/// The runs of a batch, in a fixed order: the scenarios of a list in file order; a cross product
/// with the first parameter varying slowest; parameter sets in the order of their file. Runs are
/// made on demand from their index, so a sweep of millions takes no memory.
public struct BatchPlan: Sendable {
    public let definition: BatchDefinition
    public let count: Int

    public init(_ definition: BatchDefinition) throws(InputError) {
        self.definition = definition
        if let rows = definition.rows {
            count = rows.count
        } else if definition.parameters.isEmpty {
            count = definition.scenarios.count
        } else {
            var product = 1
            for parameter in definition.parameters {
                let (result, overflow) = product.multipliedReportingOverflow(by: parameter.values.count)
                guard !overflow, result <= 100_000_000 else {
                    throw InputError(at: parameter.location, "the cross product has more than 100,000,000 runs")
                }
                product = result
            }
            count = product
        }
    }

    /// The run at `index` (0-based).
    public func run(_ index: Int) -> BatchRun {
        var scenario = 0
        var values: [JSONNode.Value] = []
        if let rows = definition.rows {
            values = rows[index]
        } else if definition.parameters.isEmpty {
            scenario = index
        } else {
            var rest = index
            var digits: [Int] = []
            for parameter in definition.parameters.reversed() {
                digits.append(rest % parameter.values.count)
                rest /= parameter.values.count
            }
            values = zip(definition.parameters, digits.reversed()).map { $0.values[$1] }
        }
        var canonical = definition.scenarioNames[scenario]
        for (parameter, value) in zip(definition.parameters, values) { canonical += "\n\(parameter.name)=\(BatchRun.text(value))" }
        return BatchRun(index: index, id: "r" + BatchPlan.hash(canonical), scenario: definition.scenarios[scenario], values: values)
    }

    /// The runs of shard `shard` of `shards` (1-based): a contiguous block, so that shards joined
    /// in order are the whole batch in order.
    public func shardRange(_ shard: Int, of shards: Int) -> Range<Int> {
        (count * (shard - 1) / shards)..<(count * shard / shards)
    }

    /// 16 hex digits of the FNV-1a 64-bit hash of `text`, mixed by the SplitMix64 finaliser so
    /// that texts differing in one character give unlike ids.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
