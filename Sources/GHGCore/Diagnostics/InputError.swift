/// The error thrown when input cannot be used: one or more diagnostics, errors first in reading order.
///
/// Every engine entry point that reads user input throws this, never crashes, and never returns a
/// partial result.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation()
    }

    public init(at location: SourceLocation?, _ message: String) {
        self.diagnostics = [.error(at: location, message)]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
