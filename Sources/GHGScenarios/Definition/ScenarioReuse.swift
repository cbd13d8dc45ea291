import GHGCore

/// An earlier reading of the same scenario file, for the runs of a batch sweep: the parts of the
/// scenario that no parameter sets are taken from it instead of being decoded and checked again.
///
/// A part is the `base` object or one element of a top-level list or object (`$.bau[0]`,
/// `$.measures[2]`, `$.drivers.grdp`). A parameter that sets a value inside a part, the part
/// itself or its whole list makes that part read afresh. Checks between parts (ids used twice,
/// drivers named by rules) still run on every reading.
public struct ScenarioReuse: Sendable {
    /// The definition read from the scenario as written.
    public let previous: ScenarioDefinition
    /// The paths whose values may differ from those `previous` was read from.
    public let changed: [JSONPath]

    public init(previous: ScenarioDefinition, changed: [JSONPath]) {
        self.previous = previous
        self.changed = changed
    }

    /// Whether the top-level member `key` (the element `element` of it, or all of it when nil)
    /// holds what it held when `previous` was read.
    func isUnchanged(_ key: String, element: JSONPath.Step? = nil) -> Bool {
        !changed.contains { path in
            guard path.steps.first == .key(key) else { return false }
            guard let element, path.steps.count > 1 else { return true }
            return path.steps[1] == element
        }
    }

    /// The element of a top-level list or object read last time from where `cursor` is, when
    /// nothing in it changed.
    func unchanged<Part: ScenarioPart>(_ key: String, _ element: JSONPath.Step, _ cursor: JSONCursor, in parts: [Part]) -> Part? {
        guard isUnchanged(key, element: element) else { return nil }
        return parts.first { $0.path == cursor.path }
    }
}

/// An element of a scenario that knows the JSON path it was read from.
protocol ScenarioPart {
    var path: String { get }
}

extension DriverSpec: ScenarioPart {}
extension GrowthRule: ScenarioPart {}
extension AdditionSpec: ScenarioPart {}
extension FactorPath: ScenarioPart {}
extension MeasureSpec: ScenarioPart {}
extension TargetSpec: ScenarioPart {}

extension ScenarioReuse? {
    /// The element at `cursor` of the top-level member `key`: the earlier reading's when
    /// unchanged, else `decode()`.
    func part<Part: ScenarioPart>(
        _ key: String, _ element: JSONPath.Step, _ cursor: JSONCursor, _ parts: KeyPath<ScenarioDefinition, [Part]>,
        decode: () throws(InputError) -> Part
    ) throws(InputError) -> Part {
        if let reuse = self, let part = reuse.unchanged(key, element, cursor, in: reuse.previous[keyPath: parts]) { return part }
        return try decode()
    }
}
