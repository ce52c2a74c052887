import Foundation

/// Output for humans and cron logs: errors as one line on stderr, progress with a timestamp.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("monitor: error: \(message)\n".utf8))
    }

    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("monitor: \(message)\n".utf8))
    }
}
