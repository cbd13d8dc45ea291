import GHGCore
import GHGInventory

/// The uncertainty of an inventory between a base year and year t: the emissions with their
/// uncertainties, the lines of Table 3.2, error propagation (Approach 1) and, when asked for,
/// Monte Carlo (Approach 2).
public struct UncertaintyAnalysis: Sendable {
    public let baseYear: Int
    public let year: Int
    public let emissions: [UncertainEmission]
    public let rows: [CategoryGasRow]
    public let errorPropagation: ErrorPropagation
    public let monteCarlo: MonteCarlo.Result?
    /// Whether a simulation was asked for (it is not run when no line is estimated).
    public let requestedMonteCarlo: Bool
    /// Rows of the uncertainty table that no emission of the two years used (a typing mistake, a
    /// category without emissions, or an activity uncertainty the records give themselves).
    public let unusedTableRows: [UncertaintyTable.Entry]

    /// - Parameters:
    ///   - baseYear, year: default to the inventory's first and last year.
    ///   - monteCarlo: the simulation to run as well, if any.
    public init(
        inventory: Inventory, table: UncertaintyTable, baseYear: Int? = nil, year: Int? = nil, monteCarlo: MonteCarlo? = nil
    ) throws(InputError) {
        let years = inventory.years
        guard let first = years.first, let last = years.last else {
            throw InputError(at: nil, "the inventory has no emissions")
        }
        let base = baseYear ?? first
        let current = year ?? last
        for asked in [base, current] where !years.contains(asked) {
            throw InputError(at: nil, "the inventory has no emissions in \(asked); its years are \(years.map(String.init).joined(separator: ", "))")
        }
        guard base <= current else { throw InputError(at: nil, "the base year \(base) is after the year \(current)") }
        self.baseYear = base
        self.year = current
        emissions = UncertainEmissions.collect(inventory, table: table, years: [base, current])
        rows = CategoryGasRow.rows(emissions, baseYear: base, year: current)
        errorPropagation = ErrorPropagation(rows: rows, baseYear: base, year: current)
        requestedMonteCarlo = monteCarlo != nil
        self.monteCarlo = rows.contains(where: \.isEstimated) ? monteCarlo?.run(emissions, rows: rows, baseYear: base, year: current) : nil
        let used = Set(emissions.flatMap(\.tableRows))
        unusedTableRows = table.entries.filter { !used.contains($0.location.line ?? 0) }
    }
}
