import GHGActivity
import GHGCore
import GHGMethods

/// One activity source with what its method computed: the link from every inventory row back to
/// the records (file and lines) and the factors (with sources) behind it.
public struct SourceResult: Sendable, Hashable {
    public let source: ActivitySource
    /// The activity's id in the factor library (e.g. `gas_diesel_oil`).
    public let activityID: String
    public let emissions: SourceEmissions
    /// CO2 equivalent of each gas emission, in the run's GWP set, aligned with `emissions.gases`.
    public let co2eTonnes: [Double]
}
