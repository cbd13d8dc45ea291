import Foundation
import GHGCommandLine

// The thin executable: everything happens in GHGCommandLine.
var tool = CommandLineTool(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) },
    environment: ProcessInfo.processInfo.environment,
    executablePath: CommandLine.arguments.first)
tool.showsProgress = isatty(STDERR_FILENO) == 1
exit(tool.run(Array(CommandLine.arguments.dropFirst())).rawValue)
