import GHGActivity
import GHGCore
import GHGFactors

/// What every method gets: the factor library, the category tree and the run's options.
public struct MethodContext: Sendable {
    public let library: FactorLibrary
    public let tree: CategoryTree
    /// The activity file of the source being computed, for citing record-level values.
    public let fileName: String

    public init(library: FactorLibrary, tree: CategoryTree = .ipcc2006, fileName: String = "") {
        self.library = library
        self.tree = tree
        self.fileName = fileName
    }

    /// How a record-level value is cited in the audit trail.
    var recordCitation: String { fileName.isEmpty ? "activity record" : "activity record in \(fileName)" }
}

/// A calculation method: turns an activity source into emissions of each gas.
///
/// A method makes a `CalculationPlan` (the factors it needs, resolved and unit-checked) from what
/// the source is; the plan depends only on the source's activity, category, technology, year, unit
/// and record parameters, never on its amount, so callers may reuse it for sources alike.
public protocol EmissionMethod: Sendable {
    /// Stable id, e.g. `road_transport`.
    var id: String { get }
    /// The IPCC equation(s) the method applies, cited in every result.
    var equation: String { get }
    func plan(for source: ActivitySource, context: MethodContext) throws(MethodError) -> CalculationPlan
}

extension EmissionMethod {
    /// Plans and evaluates one source.
    public func emissions(of source: ActivitySource, context: MethodContext) throws(MethodError) -> SourceEmissions {
        try plan(for: source, context: context).evaluate(source)
    }
}
