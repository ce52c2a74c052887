import Foundation
import Ingest
import Pipeline

/// The `monitor` executable: finds the command, runs it, maps errors to exit codes.
@main
enum MonitorCLI {
    /// Each command as its name, summary and entry point. (Closures rather than an array of
    /// `any Command.Type`: opening that existential crashes the Swift 6.3 compiler here.)
    static let commands: [CommandEntry] = [
        CommandEntry(InitCommand.self), CommandEntry(RunCommand.self), CommandEntry(ReportCommand.self),
        CommandEntry(ParseCommand.self), CommandEntry(AnalyzeCommand.self), CommandEntry(EvalCommand.self),
        CommandEntry(RedactCommand.self), CommandEntry(CheckConfigCommand.self), CommandEntry(AlertCommand.self),
        CommandEntry(ForgetCommand.self), CommandEntry(ReclassifyCommand.self),
    ]

    static func main() {
        // libcurl is loaded and initialised by the first transfer (see CurlRuntime), so
        // commands that never fetch or mail start without it.
        exit(run(Array(CommandLine.arguments.dropFirst())))  // exit() flushes stdout
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, !["-h", "--help", "help"].contains(first) else {
            print(usage, terminator: "")
            return arguments.isEmpty ? ExitCode.usage.rawValue : ExitCode.success.rawValue
        }
        if first == "--version" || first == "version" {
            print("monitor \(MonitorVersion.string)")
            return 0
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            Console.error("unknown command \"\(first)\"; commands: \(commands.map(\.name).joined(separator: ", "))")
            return ExitCode.usage.rawValue
        }
        return command.run(Array(arguments.dropFirst()))
    }

    fileprivate static func run<C: Command>(_ command: C.Type, _ arguments: [String]) -> Int32 {
        var rest = Arguments(arguments, command: C.name)
        if rest.flag("--help") || rest.flag("-h") {
            print(C.help)
            return 0
        }
        do {
            return try C(arguments: &rest).run()
        } catch let error as UsageError {
            Console.error(error.description)
            return ExitCode.usage.rawValue
        } catch let error as ConfigurationError {
            Console.error(error.description)
            return ExitCode.configuration.rawValue
        } catch {
            Console.error("\(error)")
            return ExitCode.fatal.rawValue
        }
    }

    static var usage: String {
        var text = """
            monitor \(MonitorVersion.string): pseudonymised listening to what customers say online.

            Usage: monitor COMMAND [OPTIONS]

            Commands:

            """
        for command in commands {
            text += "  " + command.name.padding(toLength: 14, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nRun `monitor COMMAND --help` for a command's options. Exit codes: see README.md.\n"
        return text
    }
}

struct CommandEntry: Sendable {
    let name: String
    let summary: String
    let run: @Sendable ([String]) -> Int32

    init<C: Command>(_ command: C.Type) {
        name = C.name
        summary = C.summary
        run = { MonitorCLI.run(C.self, $0) }
    }
}
