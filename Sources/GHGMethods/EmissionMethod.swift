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
}

/// A calculation method: turns one activity source into emissions of each gas.
public protocol EmissionMethod: Sendable {
    /// Stable id, e.g. `road_transport`.
    var id: String { get }
    /// The IPCC equation(s) the method applies, cited in every result.
    var equation: String { get }
    func emissions(of source: ActivitySource, context: MethodContext) throws(MethodError) -> SourceEmissions
}
