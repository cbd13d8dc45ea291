import Foundation
import GHGCommandLine

// The thin executable: everything happens in GHGCommandLine.
let tool = CommandLineTool(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) },
    environment: ProcessInfo.processInfo.environment,
    executablePath: CommandLine.arguments.first)
exit(tool.run(Array(CommandLine.arguments.dropFirst())).rawValue)
