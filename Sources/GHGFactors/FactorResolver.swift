import GHGCore

/// What a calculation needs: one parameter for one activity, in one category, year and technology.
public struct FactorQuery: Sendable, Hashable {
    public var parameter: FactorParameter
    public var activity: Int
    /// The full category code of the activity record (e.g. `1.A.1.a.i`).
    public var category: String
    public var technology: String?
    public var gas: Gas?
    public var year: Int?

    public init(parameter: FactorParameter, activity: Int, category: String, technology: String? = nil, gas: Gas? = nil, year: Int? = nil) {
        self.parameter = parameter
        self.activity = activity
        self.category = category
        self.technology = technology
        self.gas = gas
        self.year = year
    }
}

/// The factor chosen for a query and why it was chosen.
public struct FactorChoice: Sendable, Hashable {
    public let factor: Factor
    /// A sentence for the audit trail, e.g. "bundled library: most specific match (category 1.A.1)".
    public let reason: String
}

/// Why no single factor could be chosen.
public enum FactorResolutionError: Error, Sendable, Hashable {
    /// No factor of the library matches.
    case noFactor
    /// Factors exist only for other technologies; the record must name one of them.
    case technologyRequired(known: [String])
    /// The record names a technology no factor has.
    case unknownTechnology(String, known: [String])
    /// Factors exist only for other years (time-dependent factors such as the grid factor).
    case noFactorForYear(Int?, known: [Int])
    /// Two factors match equally well.
    case ambiguous(Factor, Factor)
}

extension FactorLibrary {
    /// Chooses the factor for `query`.
    ///
    /// Rules, in order: a factor of the user's own library beats a bundled one; then the factor
    /// whose category is the most specific match for the record's category (`1.A.1` beats `1.A`
    /// beats any); then one made for the record's technology; then one made for the record's year;
    /// then one of the run's own edition over a 2006 value standing in for it. A factor for another
    /// technology or another year never applies.
    public func resolve(_ query: FactorQuery) throws(FactorResolutionError) -> FactorChoice {
        var best: (rank: (Int, Int, Int, Int, Int), index: Int)?
        var tied: Int?
        var otherTechnologies = Set<String>()
        var otherYears = Set<Int>()
        for index in factors(activity: query.activity, parameter: query.parameter) {
            let factor = factors[index]
            guard factor.gas == query.gas else { continue }
            var specificity = 0
            if !factor.categories.isEmpty {
                guard let matched = factor.categories.filter({ CategoryTree.code(query.category, isWithin: $0) }).max(by: { $0.count < $1.count }) else {
                    continue
                }
                specificity = matched.split(separator: ".").count
            }
            if let technology = factor.technology, technology != query.technology {
                otherTechnologies.insert(technology)
                continue
            }
            if let year = factor.year, year != query.year {
                otherYears.insert(year)
                continue
            }
            let editionMatch = factor.edition == edition ? 1 : 0
            let rank = (factor.layer.rawValue, specificity, factor.technology == nil ? 0 : 1, factor.year == nil ? 0 : 1, editionMatch)
            if let current = best {
                if rank > current.rank {
                    best = (rank, index)
                    tied = nil
                } else if rank == current.rank {
                    tied = index
                }
            } else {
                best = (rank, index)
            }
        }
        guard let best else {
            if let technology = query.technology, !otherTechnologies.isEmpty {
                throw .unknownTechnology(technology, known: otherTechnologies.sorted())
            }
            if !otherTechnologies.isEmpty { throw .technologyRequired(known: otherTechnologies.sorted()) }
            if !otherYears.isEmpty { throw .noFactorForYear(query.year, known: otherYears.sorted()) }
            throw .noFactor
        }
        if let tied { throw .ambiguous(factors[best.index], factors[tied]) }
        let factor = factors[best.index]
        return FactorChoice(factor: factor, reason: reason(for: factor, query: query))
    }

    private func reason(for factor: Factor, query: FactorQuery) -> String {
        var parts: [String] = []
        parts.append(factor.layer == .user ? "user library (takes precedence over the bundled library)" : "bundled library")
        if factor.categories.isEmpty {
            parts.append("applies to every category")
        } else {
            let matched = factor.categories.filter { CategoryTree.code(query.category, isWithin: $0) }.max { $0.count < $1.count } ?? ""
            parts.append(matched == query.category ? "made for category \(matched)" : "most specific match for \(query.category): \(matched)")
        }
        if let technology = factor.technology { parts.append("technology \(technology)") }
        if let year = factor.year { parts.append("year \(year)") }
        if let own = factor.edition, own != edition {
            parts.append("no \(edition.shortName) value in the library, the \(own.shortName) value applies")
        }
        return parts.joined(separator: "; ")
    }
}
