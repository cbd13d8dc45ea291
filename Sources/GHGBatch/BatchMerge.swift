import Foundation
import GHGCore

/// Joins the output folders of the shards of one batch into one folder, byte for byte what a
/// single run of the whole batch writes.
public enum BatchMerge {
    public static func merge(_ folders: [String], into out: String) throws(BatchError) {
        var shards: [(folder: String, manifest: BatchManifest)] = []
        for folder in folders {
            do {
                shards.append((folder, try BatchManifest.read((folder as NSString).appendingPathComponent("batch.json"))))
            } catch {
                throw BatchError(error)
            }
        }
        guard let first = shards.first?.manifest else { throw BatchError("nothing to merge") }
        for (folder, manifest) in shards {
            guard manifest.batch == first.batch, manifest.fingerprint == first.fingerprint, manifest.runs == first.runs else {
                throw BatchError("\(folder) holds another batch (or other inputs) than \(shards[0].folder): batch \(manifest.batch), inputs \(manifest.fingerprint)")
            }
        }
        shards.sort { ($0.manifest.firstRun, $0.manifest.endRun) < ($1.manifest.firstRun, $1.manifest.endRun) }
        var next = 0
        for (folder, manifest) in shards {
            guard manifest.firstRun == next else {
                throw BatchError(
                    manifest.firstRun < next
                        ? "\(folder) repeats runs \(manifest.firstRun)-\(next - 1)"
                        : "runs \(next)-\(manifest.firstRun - 1) are missing: no shard holds them")
            }
            next = manifest.endRun
        }
        guard next == first.runs else { throw BatchError("runs \(next)-\(first.runs - 1) are missing: no shard holds them") }

        let writer = try BatchWriter(folder: out)
        for output in [BatchWriter.Output.results, .iamc, .summary] {
            for (index, shard) in shards.enumerated() {
                let path = (shard.folder as NSString).appendingPathComponent(output.fileName)
                // Every shard starts with the same header; keep the first one only.
                guard writer.append(output, file: path, skippingHeader: index > 0) else {
                    writer.discard()
                    throw BatchError("\(path): cannot read")
                }
            }
        }
        writer.write(.manifest, BatchManifest(
            batch: first.batch, fingerprint: first.fingerprint, runs: first.runs, shard: 1, shards: 1, firstRun: 0, endRun: first.runs
        ).text)
        try writer.commit()
    }
}
