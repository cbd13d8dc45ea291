import Foundation
import GHGBatch
import GHGCore
import GHGScenarios

/// `ghg batch FILE --out DIR`: runs every scenario of a batch file on all cores.
struct BatchCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: ["out", "jobs", "shard", "library"], flags: ["help", "fail-fast"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.batch + tool.libraryFolderSetting)
            return .success
        }
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            throw UsageError("ghg batch takes one batch file; usage: ghg batch FILE --out DIR [--jobs N] [--shard K/N] [--fail-fast]")
        }
        guard let out = arguments.value("out") else { throw UsageError("missing --out DIR, the folder for the batch's outputs") }
        var jobs = availableCores()
        if let text = arguments.value("jobs") {
            guard let value = Int(text), value >= 1 else { throw UsageError("--jobs: expected a number of jobs of at least 1, found '\(text)'") }
            jobs = value
        }
        var shard = (index: 1, count: 1)
        if let text = arguments.value("shard") {
            let parts = text.split(separator: "/").map { Int($0) }
            guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, (1...count).contains(index) else {
                throw UsageError("--shard: expected K/N with 1 <= K <= N, such as 2/8; found '\(text)'")
            }
            shard = (index, count)
        }
        let plan = try BatchPlan(try BatchDefinition.read(file: file))
        let range = plan.shardRange(shard.index, of: shard.count)
        let runner = BatchRunner(plan: plan, bundledLibrary: try tool.bundledLibrary(arguments), jobs: jobs, failFast: arguments.has("fail-fast"))
        let started = DispatchTime.now().uptimeNanoseconds
        let progress: (Int) -> Void = { done in
            guard tool.showsProgress else { return }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let rate = seconds > 0 ? Double(done) / seconds : 0
            let left = rate > 0 ? Double(range.count - done) / rate : 0
            tool.standardError(String(format: "\r%d/%d runs, %.0f runs/s, %.0f s left   ", done, range.count, rate, left))
        }
        let outcome = try runner.run(range, shard: shard, into: out, progress: progress)
        if tool.showsProgress { tool.standardError("\n") }
        for failure in outcome.failed { tool.standardError("run \(failure.id) failed: \(failure.message)\n") }
        let shardText = shard.count > 1 ? " (shard \(shard.index)/\(shard.count))" : ""
        if arguments.has("fail-fast"), !outcome.failed.isEmpty {
            tool.standardError("stopped at the first failed run (--fail-fast) after \(outcome.runs) runs; nothing was written\n")
        } else {
            tool.standardOutput(
                "\(outcome.runs) runs\(shardText), \(outcome.failed.count) failed, \(outcome.targetsMissed) with a target missed; outputs in \(out)\n")
        }
        return outcome.failed.isEmpty ? .success : .someRunsFailed
    }
}

/// `ghg merge DIR... --out DIR`: joins the outputs of a batch's shards.
struct MergeCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: ["out"], flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.merge)
            return .success
        }
        guard !arguments.positionals.isEmpty else { throw UsageError("missing the shard folders; usage: ghg merge DIR... --out DIR") }
        guard let out = arguments.value("out") else { throw UsageError("missing --out DIR, the folder for the merged outputs") }
        try BatchMerge.merge(arguments.positionals, into: out)
        tool.standardOutput("merged \(arguments.positionals.count) folders into \(out)\n")
        return .success
    }
}
