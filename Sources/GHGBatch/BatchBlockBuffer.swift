import GHGReports

/// The output bytes of the runs one worker computes in one block of a batch, run after run. The
/// runner keeps two sets (one being written while the next block is computed) and reuses them
/// from block to block, so that a batch allocates no output memory per run.
final class BatchBlockBuffer: @unchecked Sendable {
    /// The lines of each output, the runs one after another.
    struct Texts {
        var results = TextBytes()
        var iamc = TextBytes()
        var summary = TextBytes()

        /// Where the next run's lines start.
        var positions: (results: Int, iamc: Int, summary: Int) { (results.count, iamc.count, summary.count) }

        mutating func removeAll() {
            results.removeAll()
            iamc.removeAll()
            summary.removeAll()
        }
    }

    /// One run's lines in the texts, and how it ended.
    struct Span: Sendable {
        var results: Range<Int>
        var iamc: Range<Int>
        var summary: Range<Int>
        var failure: String?
        var targetsMissed: Bool
    }

    var texts = Texts()

    /// The span of a run whose lines started at `start` and end where the texts end now.
    static func span(of texts: Texts, from start: (results: Int, iamc: Int, summary: Int), failure: String?, targetsMissed: Bool) -> Span {
        Span(
            results: start.results..<texts.results.count, iamc: start.iamc..<texts.iamc.count, summary: start.summary..<texts.summary.count,
            failure: failure, targetsMissed: targetsMissed)
    }
}
