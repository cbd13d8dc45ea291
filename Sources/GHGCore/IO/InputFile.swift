/// A file a computation read besides its activity data (an uncertainty table, a fuel supply
/// file, a surrogate statistic), named in every output with the fingerprint of the bytes read,
/// so a result can be traced to it as to the activity files.
public struct InputFile: Sendable, Equatable {
    /// What the file was for, as the outputs name it: `uncertainties`, `reference`, `surrogate`.
    public let role: String
    /// The path as the user gave it.
    public let path: String
    /// `ContentFingerprint` of the file's bytes.
    public let fingerprint: String

    public init(role: String, path: String, fingerprint: String) {
        self.role = role
        self.path = path
        self.fingerprint = fingerprint
    }

    /// `uncertainties: u.csv (fingerprint 0123456789abcdef)`.
    public var text: String { "\(role): \(path) (fingerprint \(fingerprint))" }
}
