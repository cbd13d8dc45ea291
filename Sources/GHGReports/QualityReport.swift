import GHGCore
import GHGMRV

/// The findings of `ghg check`, readable or as JSON.
public enum QualityReport {
    public static func table(_ findings: [QualityFinding], inputs: String, provenance: String = "") -> String {
        var out = "Quality checks (\(ToolInfo.name) \(ToolInfo.version)): IPCC 2006 Vol 1 Ch 6\n"
        out += "Input:  \(inputs)\n" + provenance
        let counts = QualityFinding.Severity.allCases.map { severity in
            let count = findings.filter { $0.severity == severity }.count
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        out += "Found:  \(counts.joined(separator: ", "))\n"
        for severity in QualityFinding.Severity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out += "\n\(severity.rawValue.capitalized)s\n"
            for finding in group { out += "  [\(finding.check)] \(finding.message)\n" }
        }
        return out
    }

    public static func json(_ findings: [QualityFinding], inputs: InputList, reference: String?) -> String {
        var json = JSONWriter()
        json.beginObject()
        inputs.writeHeader(to: &json)
        json.optionalString("reference", reference)
        json.beginObject("counts")
        for severity in QualityFinding.Severity.allCases { json.int(severity.rawValue, findings.filter { $0.severity == severity }.count) }
        json.endObject()
        json.beginArray("findings")
        for finding in findings {
            json.beginObject()
            json.string("severity", finding.severity.rawValue)
            json.string("check", finding.check)
            if let year = finding.year { json.int("year", year) }
            json.optionalString("category", finding.categoryCode)
            json.string("message", finding.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }
}
