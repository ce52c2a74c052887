import Foundation

/// A server process a test runs on loopback ports: started, waited for until every port
/// accepts a connection, and ended on `stop()` or when its owner goes away. Both SMTP test
/// servers run one.
final class LoopbackServerProcess {
    private let process = Process()

    init(executable: String, arguments: [String], output: FileHandle = .nullDevice) {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
    }

    /// Runs the process and polls every 50 ms until each of `ports` accepts a connection.
    /// false, with the process ended, when it exits first or `timeoutSeconds` pass.
    func start(waitingFor ports: [Int], timeoutSeconds: Double) throws -> Bool {
        try process.run()
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if ports.allSatisfy({ AlertSMTPServer.accepts(port: $0) }) { return true }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        return false
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }
}
