import Foundation

/// Writes each mail as `<outbox>/<message-id>.eml` (atomically), for offline use and review.
public struct OutboxSender: AlertSending {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var destination: String { directory.path + "/" }

    public func send(_ message: MailMessage) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = message.messageID.split(separator: "@").first.map(String.init) ?? message.messageID
        try message.rendered().write(to: directory.appendingPathComponent(name + ".eml"), options: .atomic)
    }
}
