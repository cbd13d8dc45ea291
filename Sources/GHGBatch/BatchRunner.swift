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
        // One worker (loader, rendered variables) per job: runs on different threads share no
        // reference-counted values, which would make them wait on each other.
        let workers = (0..<jobs).map { _ in BatchWorker(bundledLibrary: bundledLibrary) }
        let writer = try BatchWriter(folder: folder)
        writer.write(.results, layout.resultsHeader)
        writer.write(.iamc, layout.iamcHeader)
        writer.write(.summary, layout.summaryHeader)
        // Blocks of runs are computed in parallel and written in order by a writer queue, which
        // writes one block while the next is computed: two sets of buffers, one per worker each,
        // reused from block to block, so memory stays flat.
        let jobs = self.jobs
        let writing = DispatchQueue(label: "ghg.batch.writer")
        let written = DispatchGroup()
        let buffers = (0..<2).map { _ in (0..<jobs).map { _ in BatchBlockBuffer() } }
        var outcome = Outcome()
        let block = jobs * 16
        var start = range.lowerBound
        var blockNumber = 0
        while start < range.upperBound {
            let end = min(start + block, range.upperBound)
            let set = buffers[blockNumber % 2]
            blockNumber += 1
            for buffer in set { buffer.texts.removeAll() }
            // `parallelMap(count:jobs:)` gives worker w the offsets w, w + jobs, ...: each
            // `BatchWorker` and each buffer of the set is used by one thread only.
            let spans = parallelMap(count: end - start, jobs: jobs) { offset in
                let buffer = set[offset % jobs]
                var texts = buffer.texts
                buffer.texts = .init()
                defer { buffer.texts = texts }
                return layout.output(of: plan.run(start + offset), worker: workers[offset % jobs], into: &texts)
            }
            for (offset, span) in spans.enumerated() {
                outcome.runs += 1
                if let failure = span.failure { outcome.failed.append((plan.run(start + offset).id, failure)) }
                if span.targetsMissed { outcome.targetsMissed += 1 }
            }
            // At most one write queued: once the previous block is written, the set the next
            // block fills (this one's other) is free.
            written.wait()
            writing.async(group: written) {
                for (offset, span) in spans.enumerated() {
                    let texts = set[offset % jobs].texts
                    writer.write(.results, texts.results, span.results)
                    writer.write(.iamc, texts.iamc, span.iamc)
                    writer.write(.summary, texts.summary, span.summary)
                }
            }
            progress(end - range.lowerBound)
            if failFast, !outcome.failed.isEmpty {
                written.wait()
                writer.discard()
                return outcome
            }
            start = end
        }
        written.wait()
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
