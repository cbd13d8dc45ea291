import Foundation
import GHGCore
import GHGReports
import GHGScenarios

/// Runs the runs of a batch on several cores and writes the outputs in run order, block by block,
/// so that memory stays flat however many runs there are and the bytes never depend on the
/// number of jobs.
public struct BatchRunner: Sendable {
    public let plan: BatchPlan
    /// Where the bundled factor library is.
    public let bundledLibrary: String
    public var jobs: Int
    public var failFast: Bool

    /// What one run gives: its lines of each output, or its failure.
    struct RunOutput: Sendable {
        var results = ""
        var iamc = ""
        var summary = ""
        var failure: String?
        var targetsMissed = false
    }

    /// Totals of a finished batch (or shard).
    public struct Outcome: Sendable {
        public var runs = 0
        public var failed: [(id: String, message: String)] = []
        /// Runs with at least one target missed.
        public var targetsMissed = 0
    }

    public init(plan: BatchPlan, bundledLibrary: String, jobs: Int, failFast: Bool = false) {
        self.plan = plan
        self.bundledLibrary = bundledLibrary
        self.jobs = max(1, jobs)
        self.failFast = failFast
    }

    /// Runs `range` and writes the outputs into `folder` (created if needed); `progress` is told
    /// how many runs are done.
    public func run(
        _ range: Range<Int>, shard: (index: Int, count: Int), into folder: String, progress: (Int) -> Void = { _ in }
    ) throws(BatchError) -> Outcome {
        let layout = try BatchLayout(plan: plan, bundledLibrary: bundledLibrary)
        // One loader (factor library and base inventories) per job: runs on different threads
        // share no reference-counted values, which would make them wait on each other.
        let loaders = (0..<jobs).map { _ in ScenarioLoader(bundledLibrary: bundledLibrary) }
        let writer = try BatchWriter(folder: folder)
        writer.write(.results, layout.resultsHeader)
        writer.write(.iamc, layout.iamcHeader)
        writer.write(.summary, layout.summaryHeader)
        var outcome = Outcome()
        let block = jobs * 16
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + block, range.upperBound)
            // `parallelMap(count:jobs:)` gives worker w the offsets w, w + jobs, ...: loader w is
            // used by one thread only.
            let outputs = parallelMap(count: end - start, jobs: jobs) { offset in
                layout.output(of: plan.run(start + offset), loader: loaders[offset % jobs])
            }
            for (offset, output) in outputs.enumerated() {
                writer.write(.results, output.results)
                writer.write(.iamc, output.iamc)
                writer.write(.summary, output.summary)
                outcome.runs += 1
                if let failure = output.failure { outcome.failed.append((plan.run(start + offset).id, failure)) }
            }
            outcome.targetsMissed += outputs.filter(\.targetsMissed).count
            progress(end - range.lowerBound)
            if failFast, !outcome.failed.isEmpty {
                writer.discard()
                return outcome
            }
            start = end
        }
        writer.write(.manifest, layout.manifest(shard: shard, range: range))
        try writer.commit()
        return outcome
    }
}

/// A batch that cannot run (its inputs are wrong) or cannot write its outputs.
public struct BatchError: Error, Sendable {
    public enum Kind: Sendable {
        /// The batch file, its scenarios or the shard folders are wrong (exit 1).
        case input
        /// The output folder cannot be written (exit 73).
        case cannotWrite
    }

    public let kind: Kind
    /// The problems with their locations, when they come from reading a file.
    public let diagnostics: [Diagnostic]
    public let message: String

    public init(_ message: String, kind: Kind = .input) {
        self.kind = kind
        self.diagnostics = []
        self.message = message
    }

    public init(_ error: InputError) {
        self.kind = .input
        self.diagnostics = error.diagnostics
        self.message = error.description
    }
}
