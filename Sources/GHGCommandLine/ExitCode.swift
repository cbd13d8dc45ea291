/// The exit codes of `ghg`, documented in `docs/cli.md`.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The input is invalid (activity data, factor files): the messages name file, line and column.
    case inputError = 1
    /// `ghg batch`: some runs failed (their ids and messages are in summary.csv); the others ran.
    /// `ghg check`: a check found an error (the findings say which).
    case someRunsFailed = 2

    /// `ghg check` found an error: the same code as `someRunsFailed`, "ran, with failures".
    public static let checksFailed = ExitCode.someRunsFailed
    /// The command line is wrong (unknown command or option, missing value).
    case usage = 64
    /// The output file cannot be written.
    case cannotWrite = 73
}
