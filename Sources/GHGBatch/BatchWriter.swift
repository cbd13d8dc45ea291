import Foundation

/// The output files of a batch, written to temporary files in the folder as runs finish and
/// renamed into place only when all are written: a folder never holds half a batch.
final class BatchWriter: @unchecked Sendable {
    enum Output: CaseIterable {
        case results, iamc, summary, manifest

        var fileName: String {
            switch self {
            case .results: return "results.csv"
            case .iamc: return "iamc.csv"
            case .summary: return "summary.csv"
            case .manifest: return "batch.json"
            }
        }
    }

    let folder: String
    private var handles: [Output: FileHandle] = [:]
    private var temporary: [Output: String] = [:]
    /// Bytes waiting to be written, per output; flushed in large writes.
    private var pending: [Output: Data] = [:]

    init(folder: String) throws(BatchError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError("\(folder): cannot create the folder: \(error.localizedDescription)", kind: .cannotWrite)
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        for output in Output.allCases {
            let path = (folder as NSString).appendingPathComponent(".\(output.fileName).\(pid).tmp")
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                discard()
                throw BatchError("\(path): cannot write", kind: .cannotWrite)
            }
            handles[output] = handle
            temporary[output] = path
            pending[output] = Data()
        }
    }

    func write(_ output: Output, _ text: String) {
        write(output, data: Data(text.utf8))
    }

    func write(_ output: Output, data: Data) {
        pending[output, default: Data()].append(data)
        if pending[output, default: Data()].count >= 1 << 20 { flush(output) }
    }

    private func flush(_ output: Output) {
        guard let data = pending[output], !data.isEmpty else { return }
        handles[output]?.write(data)
        pending[output] = Data()
    }

    /// Closes the files and renames them into place.
    func commit() throws(BatchError) {
        for output in Output.allCases {
            flush(output)
            try? handles[output]?.close()
        }
        handles = [:]
        for output in Output.allCases {
            guard let path = temporary[output] else { continue }
            let target = (folder as NSString).appendingPathComponent(output.fileName)
            guard rename(path, target) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw BatchError("\(target): cannot write: \(reason)", kind: .cannotWrite)
            }
            temporary[output] = nil
        }
    }

    /// Deletes what was written.
    func discard() {
        for handle in handles.values { try? handle.close() }
        handles = [:]
        for path in temporary.values { try? FileManager.default.removeItem(atPath: path) }
        temporary = [:]
    }
}
