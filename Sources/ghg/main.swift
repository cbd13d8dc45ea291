import Foundation
import GHGCommandLine

// The thin executable: everything happens in GHGCommandLine.
var tool = CommandLineTool(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) },
    environment: ProcessInfo.processInfo.environment,
    // The executable's own path (Bundle.main.executablePath reads /proc/self/exe on Linux), not
    // argv[0]: run by name from PATH, argv[0] is just `ghg` and would resolve against the
    // working directory.
    executablePath: Bundle.main.executablePath ?? CommandLine.arguments.first)
tool.showsProgress = isatty(STDERR_FILENO) == 1
exit(tool.run(Array(CommandLine.arguments.dropFirst())).rawValue)
