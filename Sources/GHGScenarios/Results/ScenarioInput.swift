/// A file a scenario read, with the fingerprint of its bytes (`ContentFingerprint`): outputs name
/// exactly what they were made from.
public struct ScenarioInput: Sendable, Hashable {
    /// As the scenario names it (activity files relative to the scenario file's folder).
    public let path: String
    public let fingerprint: String

    public init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
    }
}
