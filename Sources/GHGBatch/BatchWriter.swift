import Foundation
import GHGReports

/// The output files of a batch, written to temporary files in the folder as runs finish and
/// renamed into place only when all are written: a folder never holds half a batch.
///
/// Not thread-safe: one thread writes at a time (the runner hands it from block to block).
final class BatchWriter: @unchecked Sendable {
    enum Output: Int, CaseIterable {
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
    /// Open file descriptors and temporary paths, indexed by `Output.rawValue`.
    private var descriptors: [Int32] = []
    private var temporary: [String] = []
    /// Bytes waiting to be written, per output; flushed in large writes.
    private var pending: [[UInt8]]
    /// The first write that failed (a full disk, say); reported by `commit`.
    private var failure: String?
    private static let flushSize = 1 << 20

    init(folder: String) throws(BatchError) {
        self.folder = folder
        pending = Output.allCases.map { _ in [] }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError("\(folder): cannot create the folder: \(error.localizedDescription)", kind: .cannotWrite)
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        for output in Output.allCases {
            let path = (folder as NSString).appendingPathComponent(".\(output.fileName).\(pid).tmp")
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw BatchError("\(path): cannot write: \(reason)", kind: .cannotWrite)
            }
            descriptors.append(descriptor)
            temporary.append(path)
        }
    }

    func write(_ output: Output, _ text: String) {
        write(output, bytes: Array(text.utf8))
    }

    func write(_ output: Output, bytes: [UInt8]) {
        pending[output.rawValue].append(contentsOf: bytes)
        if pending[output.rawValue].count >= Self.flushSize { flush(output) }
    }

    /// The bytes of `text` in `range`.
    func write(_ output: Output, _ text: TextBytes, _ range: Range<Int>) {
        text.withUnsafeBytes(in: range) { pending[output.rawValue].append(contentsOf: $0) }
        if pending[output.rawValue].count >= Self.flushSize { flush(output) }
    }

    /// Appends the file at `path` in chunks (memory stays flat), without its first line when
    /// `skippingHeader`. Returns false when it cannot be read.
    func append(_ output: Output, file path: String, skippingHeader: Bool) -> Bool {
        let source = open(path, O_RDONLY)
        guard source >= 0 else { return false }
        defer { close(source) }
        var chunk = [UInt8](repeating: 0, count: Self.flushSize)
        var skipping = skippingHeader
        while true {
            let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 { return false }
            if count == 0 { return true }
            var part = chunk[0..<count]
            if skipping {
                guard let newline = part.firstIndex(of: UInt8(ascii: "\n")) else { continue }
                part = part[(newline + 1)...]
                skipping = false
            }
            pending[output.rawValue].append(contentsOf: part)
            if pending[output.rawValue].count >= Self.flushSize { flush(output) }
        }
    }

    private func flush(_ output: Output) {
        let descriptor = descriptors[output.rawValue]
        defer { pending[output.rawValue].removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        pending[output.rawValue].withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "\(temporary[output.rawValue]): cannot write: \(String(cString: strerror(errno)))"
                    return
                }
                offset += written
            }
        }
    }

    /// Closes the files and renames them into place.
    func commit() throws(BatchError) {
        for output in Output.allCases {
            flush(output)
            if close(descriptors[output.rawValue]) != 0, failure == nil {
                failure = "\(temporary[output.rawValue]): cannot write: \(String(cString: strerror(errno)))"
            }
        }
        descriptors = []
        if let failure {
            discard()
            throw BatchError(failure, kind: .cannotWrite)
        }
        for output in Output.allCases {
            let target = (folder as NSString).appendingPathComponent(output.fileName)
            guard rename(temporary[output.rawValue], target) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw BatchError("\(target): cannot write: \(reason)", kind: .cannotWrite)
            }
        }
        temporary = []
    }

    /// Deletes what was written.
    func discard() {
        for descriptor in descriptors { close(descriptor) }
        descriptors = []
        for path in temporary { unlink(path) }
        temporary = []
    }
}
