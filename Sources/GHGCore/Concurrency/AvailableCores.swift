import Foundation

/// The number of cores this process may run on: its CPU affinity where the system tells it
/// (`Cpus_allowed` in `/proc/self/status` on Linux: `taskset`, container CPU sets, Slurm's
/// `--cpus-per-task`), else the processors online. The default number of parallel jobs.
public func availableCores() -> Int {
    let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
    else { return online }
    // A hexadecimal mask in 32-bit groups separated by commas: "3" or "ffffffff,ffffffff".
    var count = 0
    for character in line.dropFirst("Cpus_allowed:".count) where !character.isWhitespace && character != "," {
        guard let digit = character.hexDigitValue else { return online }
        count += digit.nonzeroBitCount
    }
    return count > 0 ? min(count, online) : online
}
