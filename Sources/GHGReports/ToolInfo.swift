/// The tool's name and version, written into every report.
public enum ToolInfo {
    public static let name = "ghg"
    public static let version = "0.1.0"
}
