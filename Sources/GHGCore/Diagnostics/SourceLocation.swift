/// Where in an input a diagnostic points: a file with a line and column, or a JSON path.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when the input is line-oriented.
    public var line: Int?
    /// 1-based column (the field number in a CSV row).
    public var column: Int?
    /// A JSON path such as `$.measures[2].start`, for JSON inputs.
    public var jsonPath: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.jsonPath = jsonPath
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        if let jsonPath { text += ": \(jsonPath)" }
        return text
    }
}
