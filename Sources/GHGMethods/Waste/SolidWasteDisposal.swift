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
        /// The first source of the waste stream, for the audit trail (its year is the deposit year).
        public let source: ActivitySource
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

    public init(context: MethodContext) {
        self.context = context
    }

    /// What decays together: one waste type with the same parameters at one site.
    struct StreamKey: Hashable {
        let file: Int
        let region: String
        let category: Int
        let site: String
        let activity: Int
        let technology: String?
        let parameters: RecordParameters
        let dataSource: String
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

    /// CH4 of every stream in every year of `years` (sorted), from all the 4.A sources given
    /// (any years). Streams compute independently; results are in a stable order.
    public func compute(_ sources: [ActivitySource], years: [Int]) -> (results: [YearResult], failures: [Failure]) {
        guard let firstYear = sources.map(\.year).min(), let lastAsked = years.max() else { return ([], []) }
        let recoveredID = context.library.activity(named: "methane_recovered")
        var streams: [StreamKey: [ActivitySource]] = [:]
        var streamOrder: [StreamKey] = []
        var recovered: [SiteKey: [Int: (tonnes: Double, source: ActivitySource)]] = [:]
        var failures: [Failure] = []
        for source in sources {
            let site = SiteKey(region: source.region, category: source.category, site: source.parameters.qualifier(.site) ?? "")
            if source.activity == recoveredID {
                do throws(MethodError) {
                    let tonnes = try methaneTonnes(source)
                    recovered[site, default: [:]][source.year, default: (0, source)].tonnes += tonnes
                } catch {
                    failures.append(Failure(source: source, error: error))
                }
                continue
            }
            var parameters = source.parameters
            parameters.qualifiers["site"] = nil
            let key = StreamKey(
                file: source.file, region: source.region, category: source.category, site: site.site, activity: source.activity,
                technology: source.technology, parameters: parameters, dataSource: source.dataSource)
            if streams[key] == nil { streamOrder.append(key) }
            streams[key, default: []].append(source)
        }
        let span = lastAsked - firstYear + 1
        guard span > 0 else { return ([], failures) }
        // Generated CH4 per stream and year, from the first deposit year to the last year asked.
        var generated: [[Double]] = []
        var plans: [StreamPlan?] = []
        var deposits: [[Double]] = []
        for key in streamOrder {
            let members = streams[key] ?? []
            do throws(MethodError) {
                let plan = try self.plan(for: members[0])
                var tonnes = [Double](repeating: 0, count: span)
                for member in members where member.year - firstYear < span {
                    tonnes[member.year - firstYear] += try massTonnes(member)
                }
                var decomposed = [Double](repeating: 0, count: span)
                FirstOrderDecay.decomposed(deposits: tonnes.map { $0 * plan.ddocPerTonne }, k: plan.decayPerYear, into: &decomposed)
                generated.append(decomposed.map { $0 * plan.ch4Fraction * 16 / 12 })
                plans.append(plan)
                deposits.append(tonnes)
            } catch {
                failures.append(Failure(source: members[0], error: error))
                generated.append([])
                plans.append(nil)
                deposits.append([])
            }
        }
        // Recovery, shared within each site in proportion to generation.
        var siteGenerated: [SiteKey: [Double]] = [:]
        for (index, key) in streamOrder.enumerated() where plans[index] != nil {
            let site = SiteKey(region: key.region, category: key.category, site: key.site)
            var totals = siteGenerated[site] ?? [Double](repeating: 0, count: span)
            for year in 0..<span { totals[year] += generated[index][year] }
            siteGenerated[site] = totals
        }
        for (site, byYear) in recovered {
            for (year, entry) in byYear {
                let available = year - firstYear < span ? (siteGenerated[site]?[year - firstYear] ?? 0) : 0
                if entry.tonnes > available * (1 + 1e-12) {
                    failures.append(
                        Failure(
                            source: entry.source,
                            error: MethodError(.amount, "\(NumberText.plain(entry.tonnes)) t CH4 recovered in \(year) at \(site.site.isEmpty ? "the site" : "site '\(site.site)'") is more than the \(NumberText.plain(available)) t CH4 its waste generates in that year by the first-order decay model")))
                }
            }
        }
        var results: [YearResult] = []
        let asked = Set(years)
        for (index, key) in streamOrder.enumerated() {
            guard let plan = plans[index] else { continue }
            let site = SiteKey(region: key.region, category: key.category, site: key.site)
            let first = streams[key]?[0]
            for offset in 0..<span where asked.contains(firstYear + offset) {
                let year = firstYear + offset
                let generatedHere = generated[index][offset]
                guard generatedHere > 0 || deposits[index][offset] > 0, let first else { continue }
                var recoveredHere = 0.0
                if let total = recovered[site]?[year]?.tonnes, let siteTotal = siteGenerated[site]?[offset], siteTotal > 0 {
                    recoveredHere = total * generatedHere / siteTotal
                }
                let emitted = max(0, generatedHere - recoveredHere) * (1 - plan.oxidation)
                let gas = GasEmission(gas: .ch4, origin: .biogenic, reporting: .territorial, massTonnes: emitted)
                let emissions = SourceEmissions(
                    method: SolidWasteDisposal.id, equation: SolidWasteDisposal.equation, energyTJ: nil, gases: [gas], factors: plan.factors)
                results.append(YearResult(source: first, year: year, depositedTonnes: deposits[index][offset], emissions: emissions))
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
        let factors = SectorFactors(source: source, context: context)
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
    static func plain(_ value: Double) -> String {
        let text = String(format: "%.6g", value)
        return text
    }
}
