import GHGCore
import GHGFactors
import GHGInventory

/// The QA/QC checks of an inventory (IPCC 2006 Vol 1 Ch 6): completeness with notation keys,
/// time-series jumps, implied emission factors, double counting and, given fuel supply data, the
/// Reference Approach. Findings are sorted by severity, check, year and category.
public struct QualityChecks: Sendable {
    /// A change of a category's emissions from one reported year to the next above this many
    /// percent is flagged.
    public var jumpThresholdPercent = 30.0
    /// Fuel supply for the Reference Approach, when given.
    public var referenceApproach: ReferenceApproach?

    public init(jumpThresholdPercent: Double = 30, referenceApproach: ReferenceApproach? = nil) {
        self.jumpThresholdPercent = jumpThresholdPercent
        self.referenceApproach = referenceApproach
    }

    public func run(_ inventory: Inventory, library: FactorLibrary) throws(InputError) -> [QualityFinding] {
        var findings = CompletenessCheck.run(inventory)
        findings += TimeSeriesCheck.run(inventory, thresholdPercent: jumpThresholdPercent)
        findings += ImpliedFactorCheck.run(inventory, library: library)
        findings += DoubleCountingCheck.run(inventory)
        if let referenceApproach { findings += try referenceApproach.check(inventory, library: library) }
        let order = ["notation-key", "completeness", "reference-approach", "implied-factor", "time-series", "double-counting"]
        return findings.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return (x.severity.order, order.firstIndex(of: x.check) ?? 99, x.year ?? 0, x.category ?? -1, a.offset)
                < (y.severity.order, order.firstIndex(of: y.check) ?? 99, y.year ?? 0, y.category ?? -1, b.offset)
        }.map(\.element)
    }
}
