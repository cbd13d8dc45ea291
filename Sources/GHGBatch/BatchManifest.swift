import GHGCore
import GHGReports

/// `batch.json` in an output folder: which batch, which runs, which shard. `ghg merge` reads it
/// to check that shards belong together and cover every run once.
struct BatchManifest: Sendable, Equatable {
    static let formatName = "ghg-batch-output/1"

    var batch: String
    /// A hash of the batch file, its scenario files and what they read (activity data, factor
    /// library folders): shards of different inputs do not merge.
    var fingerprint: String
    var runs: Int
    var shard: Int
    var shards: Int
    var firstRun: Int
    var endRun: Int

    var text: String {
        var json = JSONWriter()
        json.beginObject()
        json.string("format", BatchManifest.formatName)
        json.string("batch", batch)
        json.string("fingerprint", fingerprint)
        json.int("runs", runs)
        json.int("shard", shard)
        json.int("shards", shards)
        json.int("first_run", firstRun)
        json.int("end_run", endRun)
        json.endObject()
        return json.text + "\n"
    }

    static func read(_ path: String) throws(InputError) -> BatchManifest {
        let root = JSONCursor(root: try JSONParser.parse(contentsOf: path), file: path)
        try root.checkKeys(["format", "batch", "fingerprint", "runs", "shard", "shards", "first_run", "end_run"])
        let format = try root.required("format", "\"\(formatName)\"")
        guard try format.string() == formatName else { throw format.error("not a ghg batch output (expected \"\(formatName)\")") }
        return BatchManifest(
            batch: try root.required("batch", "the batch id").string(), fingerprint: try root.required("fingerprint", "the inputs' hash").string(),
            runs: try root.required("runs", "the number of runs").int(), shard: try root.required("shard", "the shard").int(),
            shards: try root.required("shards", "the number of shards").int(), firstRun: try root.required("first_run", "the first run").int(),
            endRun: try root.required("end_run", "the end of the runs").int())
    }
}
