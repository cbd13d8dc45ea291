import GHGCore

/// The emission-factor library a run uses: the activity vocabulary and every factor, bundled and
/// user-supplied, loaded once and looked up by index.
///
/// Built by `FactorLibraryLoader`; immutable afterwards, so it is shared freely across threads.
public struct FactorLibrary: Sendable {
    /// The bundled library's folder, and any user folders, in the order given.
    public let folders: [FactorLibraryFolder]
    /// The edition whose factors are chosen (factors of no edition always apply).
    public let edition: Edition
    public let activities: [ActivityDefinition]
    public let factors: [Factor]
    private let activityIndex: [String: Int]
    /// Factor indices by activity then parameter, for resolution.
    let factorsByActivity: [[FactorParameter: [Int]]]

    public init(folders: [FactorLibraryFolder], edition: Edition, activities: [ActivityDefinition], factors: [Factor]) {
        self.folders = folders
        self.edition = edition
        self.activities = activities
        self.factors = factors
        var index: [String: Int] = [:]
        for (i, activity) in activities.enumerated() {
            index[activity.id] = i
            index[FactorLibrary.spellingKey(activity.id)] = i
            for alias in activity.aliases { index[FactorLibrary.spellingKey(alias)] = i }
        }
        self.activityIndex = index
        var byActivity = Array(repeating: [FactorParameter: [Int]](), count: activities.count)
        for (i, factor) in factors.enumerated() where FactorLibrary.applies(factor, in: edition) {
            byActivity[factor.activity][factor.parameter, default: []].append(i)
        }
        self.factorsByActivity = byActivity
    }

    /// Whether a factor may serve a run of `edition`: factors of no edition always; the 2019
    /// Refinement's own; and, in a 2019 run, the 2006 value where the library has no 2019 one (the
    /// Refinement leaves most defaults unchanged; the resolver prefers a 2019 value and says when
    /// it falls back).
    public static func applies(_ factor: Factor, in edition: Edition) -> Bool {
        guard let own = factor.edition else { return true }
        return own == edition || (edition == .ipcc2019 && own == .ipcc2006)
    }

    /// The activity an id or alias names, case-insensitively, with spaces, hyphens and
    /// underscores treated alike (`Gas/Diesel Oil` is not matched; `gas diesel oil` is).
    public func activity(named name: String) -> Int? {
        activityIndex[name] ?? activityIndex[FactorLibrary.spellingKey(name)]
    }

    static func spellingKey(_ name: String) -> String {
        String(name.trimmedASCIIWhitespace().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// The factors of one activity and parameter in the run's edition.
    public func factors(activity: Int, parameter: FactorParameter) -> [Int] {
        factorsByActivity[activity][parameter] ?? []
    }

    /// Where this library comes from, for report headers:
    /// `bundled /path/EmissionFactors (412 factors, fingerprint 1a2b3c4d); edition 2006 IPCC Guidelines`.
    public var summary: String {
        let parts = folders.map { "\($0.layer == .bundled ? "bundled" : "user") \($0.path) (\($0.factorCount) factors, fingerprint \($0.fingerprint))" }
        return parts.joined(separator: "; ") + "; edition \(edition)"
    }
}

/// One folder of factor files that went into a library.
public struct FactorLibraryFolder: Sendable, Hashable {
    public let path: String
    public let layer: FactorLayer
    /// The CSV files read, in name order.
    public let files: [String]
    public let factorCount: Int
    /// FNV-1a 64-bit hash of the files' names and bytes: changes whenever any factor changes, so a
    /// report says exactly which library made it.
    public let fingerprint: String
}
