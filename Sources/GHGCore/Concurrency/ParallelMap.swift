import Dispatch

/// Runs `body(i)` for every `i` in `0..<count` on all cores and returns the results in index order.
///
/// The order of results never depends on scheduling, so callers that combine them in order get
/// the same bits whatever the number of cores. `body` must not touch shared mutable state.
public func parallelMap<T>(count: Int, _ body: (Int) -> T) -> [T] {
    // One worker per index: Dispatch spreads them over the cores.
    parallelMap(count: count, jobs: count, body)
}

/// Carries a value across a concurrency boundary that the caller has checked by hand.
public struct UncheckedSendable<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}

/// Like `parallelMap(count:_:)` on at most `jobs` threads (1 runs on the caller's thread): worker
/// `w` computes indices `w`, `w + jobs`, ... The results are in index order whatever `jobs` is.
public func parallelMap<T>(count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
    let workers = max(1, min(jobs, count))
    if workers == 1 { return (0..<count).map(body) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        _ = results.deinitialize()
        results.deallocate()
    }
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedSendable((body, results))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                shared.value.1[index] = shared.value.0(index)
                index += workers
            }
        }
    }
    return results.compactMap { $0 }
}
