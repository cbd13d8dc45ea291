import Foundation
import GHGActivity
import GHGCore
import GHGFactors

/// Solid waste disposal, 4.A: CH4 from the waste deposited over the years, by the first-order
/// decay model, reported for every year asked, including years after deposits stop.
///
/// 2006 IPCC Guidelines Vol 5 Ch 3. Records give the wet mass of one waste type (`food_waste`,
/// `paper_waste` ... or bulk `msw`) deposited in a year at a site (`site`, `site_type`); the deposits
/// of a site before the inventory years count. For each waste type and site:
/// DDOCm = W x DOC x DOCf x MCF (Eq. 3.2), decayed with k (Table 3.3, by `climate_zone`, default
/// `tropical_wet` for Viet Nam) by `FirstOrderDecay`, CH4 generated = DDOCm decomposed x F x 16/12
/// (Eq. 3.6); CH4 emitted = (generated - recovered) x (1 - OX) (Eq. 3.1). CH4 recovered at a site
/// (activity `methane_recovered`, t CH4, per year) is shared among its waste types in proportion
/// to the CH4 they generate.
public struct SolidWasteDisposal: Sendable {
    public static let id = "solid_waste_disposal_fod"
    public static let equation = "CH4 = (sum over waste types of DDOCm decomposed x F x 16/12 - R) x (1 - OX), DDOCm = W x DOC x DOCf x MCF, first-order decay with k (2006 IPCC Vol 5 Eq. 3.1-3.6)"
    /// Viet Nam's climate zone for Table 3.3: tropical, mean annual temperature above 20 degC, rain
    /// above 1000 mm a year.
    public static let defaultClimateZone = "tropical_wet"

    /// CH4 of one waste type at one site in one year, with what produced it.
    public struct YearResult: Sendable {
        /// Index (into the sources given) of the stream's first source, for the audit trail.
        public let sourceIndex: Int
        public let year: Int
        /// Wet mass deposited in `year` (t), zero if none.
        public let depositedTonnes: Double
        public let emissions: SourceEmissions
    }

    /// A problem with one source.
    public struct Failure: Error, Sendable {
        public let source: ActivitySource
        public let error: MethodError
    }

    let context: MethodContext
    /// The activity files, by the sources' `file` index, to cite record values.
    let files: [String]

    public init(context: MethodContext, files: [String] = []) {
        self.context = context
        self.files = files
    }

    /// What decays together: one waste type with the same parameters (site included) in one
    /// file, region and category. Cheap to hash: the parameters are their per-file id.
    struct StreamKey: Hashable {
        let file: Int
        let parameterID: Int
        let region: String
        let category: Int
        let activity: Int
        let technology: String?
        let dataSource: String
    }

    /// What a stream's plan depends on: its waste type, category, technology and parameters
    /// other than the site (solid waste factors do not depend on the year).
    struct PlanKey: Hashable {
        let activity: Int
        let category: Int
        let technology: String?
        let parameters: RecordParameters

        init(_ source: ActivitySource) {
            activity = source.activity
            category = source.category
            technology = source.technology
            var parameters = source.parameters
            parameters.qualifiers[MethodColumn.site.name] = nil
            self.parameters = parameters
        }
    }

    struct SiteKey: Hashable {
        let region: String
        let category: Int
        let site: String
    }

    /// A stream's values: DDOCm per tonne deposited, k per year, and F and OX.
    struct StreamPlan {
        let ddocPerTonne: Double
        let decayPerYear: Double
        let ch4Fraction: Double
        let oxidation: Double
        let factors: [FactorUse]
    }

    /// One stream computed: generated CH4 and deposits per year from the first year.
    struct StreamSeries {
        var plan: StreamPlan?
        var error: MethodError?
        var generated: [Double] = []
        var deposits: [Double] = []
    }

    /// CH4 of every stream in every year of `years`, from all the 4.A sources given (any
    /// years). Streams compute independently, in parallel; results are in a stable order.
    public func compute(_ sources: [ActivitySource], years: [Int]) -> (results: [YearResult], failures: [Failure]) {
        guard let firstYear = sources.map(\.year).min(), let lastAsked = years.max() else { return ([], []) }
        let recoveredID = context.library.activity(named: "methane_recovered")
        var streamIndex: [StreamKey: Int] = [:]
        var members: [[Int]] = []
        var recovered: [SiteKey: [Int: (tonnes: Double, source: ActivitySource)]] = [:]
        var failures: [Failure] = []
        for (index, source) in sources.enumerated() {
            if source.activity == recoveredID {
                let site = SiteKey(region: source.region, category: source.category, site: source.parameters.qualifier(.site) ?? "")
                do throws(MethodError) {
                    let tonnes = try methaneTonnes(source)
                    recovered[site, default: [:]][source.year, default: (0, source)].tonnes += tonnes
                } catch {
                    failures.append(Failure(source: source, error: error))
                }
                continue
            }
            let key = StreamKey(
                file: source.file, parameterID: source.parameterID, region: source.region, category: source.category,
                activity: source.activity, technology: source.technology, dataSource: source.dataSource)
            if let stream = streamIndex[key] {
                members[stream].append(index)
            } else {
                streamIndex[key] = members.count
                members.append([index])
            }
        }
        let span = lastAsked - firstYear + 1
        guard span > 0 else { return ([], failures) }
        // Generated CH4 per stream and year, from the first deposit year to the last year asked.
        // Streams alike but for their site share a plan (the factors do not depend on the site).
        var planIndex: [PlanKey: Int] = [:]
        var distinctPlans: [Result<StreamPlan, MethodError>] = []
        var planOfStream: [Int] = []
        planOfStream.reserveCapacity(members.count)
        for group in members {
            let key = PlanKey(sources[group[0]])
            if let existing = planIndex[key] {
                planOfStream.append(existing)
            } else {
                let first = sources[group[0]]
                planIndex[key] = distinctPlans.count
                planOfStream.append(distinctPlans.count)
                distinctPlans.append(Result { () throws(MethodError) -> StreamPlan in try self.plan(for: first) })
            }
        }
        let shared = UncheckedSendable((sources, distinctPlans))
        let series: [StreamSeries] = parallelMap(count: members.count) { stream in
            let group = members[stream]
            let (sources, plans) = shared.value
            do throws(MethodError) {
                let plan = try plans[planOfStream[stream]].get()
                var tonnes = [Double](repeating: 0, count: span)
                for member in group where sources[member].year - firstYear < span {
                    tonnes[sources[member].year - firstYear] += try massTonnes(sources[member])
                }
                var decomposed = [Double](repeating: 0, count: span)
                var ddoc = tonnes
                for year in ddoc.indices { ddoc[year] *= plan.ddocPerTonne }
                FirstOrderDecay.decomposed(deposits: ddoc, k: plan.decayPerYear, into: &decomposed)
                let toMethane = plan.ch4Fraction * 16 / 12
                for year in decomposed.indices { decomposed[year] *= toMethane }
                return StreamSeries(plan: plan, error: nil, generated: decomposed, deposits: tonnes)
            } catch {
                return StreamSeries(plan: nil, error: error)
            }
        }
        for (stream, result) in series.enumerated() {
            if let error = result.error { failures.append(Failure(source: sources[members[stream][0]], error: error)) }
        }
        // Recovery, shared within each site in proportion to generation.
        var siteOfStream: [SiteKey] = []
        siteOfStream.reserveCapacity(members.count)
        var siteGenerated: [SiteKey: [Double]] = [:]
        for (stream, group) in members.enumerated() {
            let first = sources[group[0]]
            let site = SiteKey(region: first.region, category: first.category, site: first.parameters.qualifier(.site) ?? "")
            siteOfStream.append(site)
            guard series[stream].plan != nil, !recovered.isEmpty else { continue }
            var totals = siteGenerated[site] ?? [Double](repeating: 0, count: span)
            for year in 0..<span { totals[year] += series[stream].generated[year] }
            siteGenerated[site] = totals
        }
        for (site, byYear) in recovered.sorted(by: { ($0.key.region, $0.key.category, $0.key.site) < ($1.key.region, $1.key.category, $1.key.site) }) {
            // Recovery after the last year asked is not computed, so it is not checked either.
            for (year, entry) in byYear.sorted(by: { $0.key < $1.key }) where year <= lastAsked {
                let available = year - firstYear < span && year >= firstYear ? (siteGenerated[site]?[year - firstYear] ?? 0) : 0
                if entry.tonnes > available * (1 + 1e-12) {
                    failures.append(
                        Failure(
                            source: entry.source,
                            error: MethodError(.amount, "\(NumberText.plain(entry.tonnes)) t CH4 recovered in \(year) at \(site.site.isEmpty ? "the site" : "site '\(site.site)'") is more than the \(NumberText.plain(available)) t CH4 its waste generates in that year by the first-order decay model")))
                }
            }
        }
        var results: [YearResult] = []
        let askedOffsets = years.map { $0 - firstYear }.filter { $0 >= 0 && $0 < span }
        results.reserveCapacity(members.count * askedOffsets.count)
        for (stream, result) in series.enumerated() {
            guard let plan = result.plan else { continue }
            let site = siteOfStream[stream]
            for offset in askedOffsets {
                let year = firstYear + offset
                let generatedHere = result.generated[offset]
                guard generatedHere > 0 || result.deposits[offset] > 0 else { continue }
                var recoveredHere = 0.0
                if let total = recovered[site]?[year]?.tonnes, let siteTotal = siteGenerated[site]?[offset], siteTotal > 0 {
                    recoveredHere = total * generatedHere / siteTotal
                }
                let emitted = max(0, generatedHere - recoveredHere) * (1 - plan.oxidation)
                let gas = GasEmission(gas: .ch4, origin: .biogenic, reporting: .territorial, massTonnes: emitted)
                let emissions = SourceEmissions(
                    method: SolidWasteDisposal.id, equation: SolidWasteDisposal.equation, energyTJ: nil, gases: [gas], factors: plan.factors)
                results.append(YearResult(sourceIndex: members[stream][0], year: year, depositedTonnes: result.deposits[offset], emissions: emissions))
            }
        }
        return (results, failures)
    }

    func massTonnes(_ source: ActivitySource) throws(MethodError) -> Double {
        guard source.unit.dimension == .mass else {
            throw MethodError(.unit, "unit '\(source.unit.symbol)' (\(source.unit.dimension)) cannot measure waste deposited; expected a mass such as t or kt")
        }
        do {
            return try source.unit.convert(source.amount, to: Units.t)
        } catch {
            throw MethodError(.unit, error.message)
        }
    }

    func methaneTonnes(_ source: ActivitySource) throws(MethodError) -> Double {
        guard source.unit.dimension == .mass, source.unit.substance == nil || source.unit.substance == "CH4" else {
            throw MethodError(.unit, "methane recovered is a mass of CH4 (t or t CH4), not '\(source.unit.symbol)'")
        }
        return try massTonnes(source)
    }

    /// DOC, DOCf, MCF, k, F and OX for a stream: the record's own columns, else the library's.
    func plan(for source: ActivitySource) throws(MethodError) -> StreamPlan {
        let fileName = files.indices.contains(source.file) ? files[source.file] : ""
        let factors = SectorFactors(source: source, context: MethodContext(library: context.library, tree: context.tree, fileName: fileName))
        guard factors.activity.kind == .waste else {
            throw MethodError(.activity, "'\(factors.activity.id)' is not a waste type; 4.A needs one such as food_waste, paper_waste or msw")
        }
        let doc = try factors.value(.doc)
        let docf = try wasteOrGeneric(.docf, factors)
        let siteType: QualifierSource = source.parameters.qualifier(.siteType) == nil && factors.code.hasPrefix("4.A.3")
            ? .derived("uncategorised", from: .siteType) : .column(.siteType)
        let mcf = try factors.value(.mcf, activityID: "solid_waste", qualifier: siteType)
        let zone = source.parameters.qualifier(.climateZone) ?? SolidWasteDisposal.defaultClimateZone
        let k = try factors.value(.decayRate, qualifier: .derived(zone, from: .climateZone))
        let f = try factors.value(.ch4Fraction, activityID: "solid_waste")
        let ox = try factors.value(.oxidationFactor, activityID: "solid_waste")
        let perYear: Double
        do {
            perYear = try k.unit.convert(k.value, to: MeasureUnit(symbol: "1/yr", dimension: Dimension.dimensionless / .time, scale: ExactRatio(1, 365) ?? .one))
        } catch {
            throw MethodError(parameter: .decayRate, "decay rate unit '\(k.unit.symbol)': \(error.message)")
        }
        return StreamPlan(
            ddocPerTonne: doc.value * docf.value * mcf.value, decayPerYear: perYear, ch4Fraction: f.value, oxidation: ox.value,
            factors: [doc, docf, mcf, k, f, ox, SectorConstants.ch4PerCarbon])
    }

    /// A parameter given by waste type in the 2019 Refinement and for all waste in 2006 (DOCf).
    func wasteOrGeneric(_ parameter: FactorParameter, _ factors: SectorFactors) throws(MethodError) -> FactorUse {
        if let own = try? factors.value(parameter) { return own }
        return try factors.value(parameter, activityID: "solid_waste")
    }
}

/// Numbers in messages: plain decimals, at most 6 significant digits.
enum NumberText {
    static func plain(_ value: Double) -> String { String(format: "%.6g", value) }
}
