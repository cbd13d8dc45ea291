import GHGActivity
import GHGCore

/// Fills the years an activity series lacks (IPCC 2006 Vol 1 Ch 5): for each source followed
/// over the years (same region, category, activity, unit, technology and record parameters), every
/// year asked for without records gets a source made by the first method that can fill it. The
/// sources made say how (`ActivitySource.filled`), so every output marks them.
public struct ActivityGapFiller: Sendable {
    /// Tried in order for each gap.
    public let methods: [GapFilling.Method]
    /// The surrogate statistic for `.surrogate`.
    public let surrogate: SurrogateSeries?
    /// The least-squares window of `.trend`.
    public var trendWindow = 5

    public init(methods: [GapFilling.Method], surrogate: SurrogateSeries? = nil) {
        self.methods = methods
        self.surrogate = surrogate
    }

    /// A gap no method could fill, and why.
    public struct Unfilled: Sendable {
        public let description: String
        public let year: Int
        public let reasons: [String]
    }

    /// The series key: what makes a source the same one from year to year.
    struct SeriesKey: Hashable {
        let region: String
        let category: Int
        let activity: Int
        let unit: MeasureUnit
        let technology: String?
        let parameters: RecordParameters
    }

    /// `dataset` with a source made for each gap of `years`, and the gaps left. The surrogate
    /// file joins the dataset's `otherInputs`, so every output names it.
    public func fill(_ dataset: ActivityDataset, years: [Int], describe: (ActivitySource) -> String) -> (dataset: ActivityDataset, unfilled: [Unfilled]) {
        var series: [SeriesKey: [Int: [ActivitySource]]] = [:]
        var order: [SeriesKey] = []
        for source in dataset.sources {
            let key = SeriesKey(
                region: source.region, category: source.category, activity: source.activity, unit: source.unit, technology: source.technology,
                parameters: source.parameters)
            if series[key] == nil { order.append(key) }
            series[key, default: [:]][source.year, default: []].append(source)
        }
        var filled = dataset
        if let file = surrogate?.file { filled.otherInputs.append(file) }
        var unfilled: [Unfilled] = []
        for key in order {
            let byYear = series[key]!
            let amounts = byYear.mapValues { $0.reduce(0) { $0 + $1.amount } }
            for year in years where byYear[year] == nil {
                var reasons: [String] = []
                var made: GapFilling.FilledValue?
                for method in methods {
                    let result: Result<GapFilling.FilledValue, GapFilling.Gap>
                    switch method {
                    case .interpolation: result = GapFilling.interpolate(amounts, year: year)
                    case .trend: result = GapFilling.trend(amounts, year: year, window: trendWindow)
                    case .surrogate:
                        guard let surrogate else {
                            reasons.append("no surrogate statistic given")
                            continue
                        }
                        result = GapFilling.surrogate(amounts, surrogate: surrogate.values, name: surrogate.name, year: year)
                    case .overlap:
                        reasons.append("overlap needs two series of one source (old and new method); it is not made from one activity file")
                        continue
                    }
                    switch result {
                    case .success(let value):
                        made = value
                    case .failure(let gap):
                        reasons.append("\(method.rawValue): \(gap.message)")
                    }
                    if made != nil { break }
                }
                // The nearest year's source lends the record parameters, file and labels.
                let model = byYear[byYear.keys.min { (abs($0 - year), $0) < (abs($1 - year), $1) }!]![0]
                guard let made else {
                    unfilled.append(Unfilled(description: describe(model), year: year, reasons: reasons))
                    continue
                }
                var source = model
                source.year = year
                source.amount = made.value
                source.recordCount = 0
                source.firstLine = 0
                source.lastLine = 0
                source.uncertaintySquares = 0
                source.recordsWithoutUncertainty = 1
                source.dataSource = ""
                source.filled = "\(made.method.rawValue) \(made.detail)"
                filled.sources.append(source)
            }
        }
        return (filled, unfilled)
    }
}
