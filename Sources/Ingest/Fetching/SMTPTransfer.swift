import CCurl
import Foundation

/// How to reach an SMTP server; the message itself is already a complete RFC 5322 text.
public struct SMTPEnvelope: Sendable, Equatable {
    /// `smtp://host:port` (STARTTLS per `security`) or `smtps://host:port` (implicit TLS).
    public var url: URL
    public var from: String
    public var recipients: [String]
    public var security: TransportSecurity
    public var user: String?
    public var password: String?
    public var timeoutSeconds: Double

    public enum TransportSecurity: Sendable, Equatable {
        /// STARTTLS must succeed (or `smtps://`).
        case required
        /// STARTTLS when offered, plain otherwise.
        case opportunistic
        case none
    }

    public init(
        url: URL, from: String, recipients: [String], security: TransportSecurity, user: String? = nil,
        password: String? = nil, timeoutSeconds: Double = 30
    ) {
        self.url = url
        self.from = from
        self.recipients = recipients
        self.security = security
        self.user = user
        self.password = password
        self.timeoutSeconds = timeoutSeconds
    }
}

public struct SMTPError: Error, Equatable, CustomStringConvertible {
    public var server: String
    public var message: String

    public var description: String {
        "mail to \(server) not delivered: \(message)"
    }
}

/// Sends one message over SMTP with libcurl.
public struct SMTPTransfer: Sendable {
    public init() {}

    public func send(_ message: Data, envelope: SMTPEnvelope) throws {
        let transfer = CurlTransfer()
        transfer.set(CURLOPT_URL, envelope.url.absoluteString)
        transfer.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        transfer.set(CURLOPT_MAIL_FROM, "<\(envelope.from)>")
        transfer.setMailRecipients(envelope.recipients)
        switch envelope.security {
        case .required: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .opportunistic: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue))
        case .none: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
        }
        if let user = envelope.user { transfer.set(CURLOPT_USERNAME, user) }
        if let password = envelope.password { transfer.set(CURLOPT_PASSWORD, password) }
        transfer.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(envelope.timeoutSeconds, 10) * 1000))
        transfer.set(CURLOPT_TIMEOUT_MS, Int(envelope.timeoutSeconds * 1000))
        transfer.setUpload(message)
        let outcome = transfer.perform()
        guard outcome.isOK else {
            let host = envelope.url.host ?? envelope.url.absoluteString
            throw SMTPError(server: host, message: outcome.message)
        }
    }
}
