#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read-only bytes of a file, memory-mapped so that large activity files are not copied.
///
/// The mapping lives as long as this object; pass `buffer` only to code that finishes with it
/// before the object is released.
public final class FileBytes: @unchecked Sendable {
    /// The file's bytes.
    public let buffer: UnsafeBufferPointer<UInt8>
    /// The path as the user gave it, for diagnostics.
    public let path: String
    private let mapped: Bool

    /// Maps the file at `path`.
    /// - Throws: `InputError` naming the file when it cannot be opened or read.
    public init(path: String) throws(InputError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputError(at: SourceLocation(file: path), "cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw InputError(at: SourceLocation(file: path), "cannot read the file: \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(at: SourceLocation(file: path), "is a directory; expected a file")
        }
        let size = Int(info.st_size)
        if size == 0 {
            buffer = UnsafeBufferPointer(start: nil, count: 0)
            mapped = false
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            throw InputError(at: SourceLocation(file: path), "cannot map the file into memory: \(String(cString: strerror(errno)))")
        }
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        mapped = true
    }

    /// Wraps bytes held in memory (for tests and benchmarks); they are copied.
    public init(bytes: [UInt8], path: String) {
        self.path = path
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        buffer = UnsafeBufferPointer(start: storage.baseAddress, count: bytes.count)
        mapped = false
    }

    deinit {
        guard let base = buffer.baseAddress else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        } else {
            UnsafeMutableBufferPointer(mutating: buffer).deallocate()
        }
    }
}
