import Foundation
import Ingest

/// Delivers mail through an SMTP server with libcurl.
public struct SMTPSender: AlertSending {
    public var settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    public var destination: String {
        "\(settings.url.scheme ?? "smtp")://\(settings.url.host ?? "")\(settings.url.port.map { ":\($0)" } ?? "")"
    }

    public func send(_ message: MailMessage) throws {
        let security: SMTPEnvelope.TransportSecurity
        switch settings.security {
        case .required: security = .required
        case .opportunistic: security = .opportunistic
        case .none: security = .none
        }
        let envelope = SMTPEnvelope(
            url: settings.url, from: MailAddress(parsing: settings.from).address,
            recipients: message.to.map(\.address), security: security, user: settings.user,
            password: settings.password, timeoutSeconds: settings.timeoutSeconds)
        try SMTPTransfer().send(message.rendered(), envelope: envelope)
    }
}
