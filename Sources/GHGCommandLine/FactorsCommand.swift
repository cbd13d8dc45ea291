import GHGCore
import GHGFactors
import GHGReports

/// `ghg factors [TEXT]`: lists and searches the factor library.
struct FactorsCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(
            words, options: LibraryOptions.options.union(["format", "activity", "category", "gas", "parameter", "year", "out"]),
            flags: ["help", "activities"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.factors + tool.librarySettings)
            return .success
        }
        let format = try OutputFormat(arguments)
        let library = try LibraryOptions(arguments, tool: tool).load()
        if arguments.has("activities") {
            try tool.emit(FactorListReport.activities(library), out: arguments.value("out"))
            return .success
        }
        var factors = library.factors.filter { $0.edition == nil || $0.edition == library.edition }
        if let name = arguments.value("activity") {
            guard let activity = library.activity(named: name) else {
                throw UsageError("unknown activity '\(name)'; list them with 'ghg factors --activities'")
            }
            factors = factors.filter { $0.activity == activity }
        }
        if let code = arguments.value("category") {
            guard let index = CategoryTree.ipcc2006.index(of: code) else { throw UsageError("unknown IPCC 2006 category code '\(code)'") }
            let full = CategoryTree.ipcc2006[index].code
            // Factors that apply to this category: any-category factors and those of it or a parent.
            factors = factors.filter { factor in
                factor.categories.isEmpty || factor.categories.contains { CategoryTree.code(full, isWithin: $0) || CategoryTree.code($0, isWithin: full) }
            }
        }
        if let name = arguments.value("gas") {
            guard let gas = Gas(name: name) else { throw UsageError("unknown gas '\(name)'") }
            factors = factors.filter { $0.gas == gas }
        }
        if let name = arguments.value("parameter") {
            guard let parameter = FactorParameter(rawValue: name) else {
                throw UsageError("unknown parameter '\(name)'; expected \(FactorParameter.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            factors = factors.filter { $0.parameter == parameter }
        }
        if let text = arguments.value("year") {
            guard let year = Int(text) else { throw UsageError("year '\(text)' is not a whole number") }
            factors = factors.filter { $0.year == nil || $0.year == year }
        }
        for term in arguments.positionals.map({ $0.lowercased() }) {
            factors = factors.filter { factor in
                let activity = library.activities[factor.activity]
                let haystack = [factor.id, activity.id, activity.nameEnglish, activity.nameVietnamese, factor.source, factor.table, factor.note]
                    + activity.aliases + factor.categories
                return haystack.contains { $0.lowercased().contains(term) }
            }
        }
        let text: String
        switch format {
        case .table: text = FactorListReport.table(factors, library: library)
        case .csv: text = FactorListReport.csv(factors, library: library)
        case .json: text = FactorListReport.json(factors, library: library)
        }
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}
