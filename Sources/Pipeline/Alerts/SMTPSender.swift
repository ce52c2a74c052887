import Foundation
import Ingest

/// Delivers mail through an SMTP server with libcurl: envelope sender from `alerts.smtp.from`,
/// envelope recipients from the message's `To`.
public struct SMTPSender: AlertSending {
    public var settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    /// `smtp://host:port (STARTTLS required)`: where mail goes, without credentials.
    public var destination: String {
        let port = settings.url.port ?? (settings.url.scheme == "smtps" ? 465 : 25)
        let tls = settings.url.scheme == "smtps" ? "TLS" : "STARTTLS \(settings.security.rawValue)"
        return "\(settings.url.scheme ?? "smtp")://\(settings.url.host ?? "?"):\(port) (\(tls))"
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
            password: settings.password, caBundlePath: settings.caBundlePath, timeoutSeconds: settings.timeoutSeconds)
        try SMTPTransfer().send(message.rendered(), envelope: envelope)
    }
}
