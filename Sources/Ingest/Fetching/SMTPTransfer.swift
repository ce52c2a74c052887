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
    /// PEM bundle of the CAs that may sign the server's certificate; nil: the system's CAs.
    /// Either way the peer and its host name are verified.
    public var caBundlePath: String?
    public var timeoutSeconds: Double

    public enum TransportSecurity: Sendable, Equatable {
        /// STARTTLS must succeed (or `smtps://`); nothing is sent in plain text.
        case required
        /// STARTTLS when offered, plain otherwise.
        case opportunistic
        case none
    }

    public init(
        url: URL, from: String, recipients: [String], security: TransportSecurity, user: String? = nil,
        password: String? = nil, caBundlePath: String? = nil, timeoutSeconds: Double = 30
    ) {
        self.url = url
        self.from = from
        self.recipients = recipients
        self.security = security
        self.user = user
        self.password = password
        self.caBundlePath = caBundlePath
        self.timeoutSeconds = timeoutSeconds
    }

    /// `host:port` for messages (never the user or password).
    public var server: String {
        let port = url.port ?? (url.scheme == "smtps" ? 465 : 25)
        return "\(url.scheme ?? "smtp")://\(url.host ?? "?"):\(port)"
    }
}

/// Why a mail was not delivered, with what the operator can do about it.
public enum SMTPError: Error, Equatable, CustomStringConvertible {
    /// `tls: required` and the server offers no STARTTLS: nothing was sent in plain text.
    case startTLSUnavailable(server: String)
    case unreachable(server: String, reason: String)
    case tlsFailed(server: String, reason: String)
    case loginDenied(server: String, reason: String)
    /// The server answered with an error (a refused sender or recipient, a full mailbox).
    case refused(server: String, smtpCode: Int, reason: String)
    case failed(server: String, curlCode: Int, reason: String)

    public var description: String {
        switch self {
        case .startTLSUnavailable(let server):
            return "mail to \(server) not sent: the server offers no STARTTLS and alerts.smtp.tls is \"required\", so nothing went out in plain text; use the server's submission port (587) or smtps://, or set tls to \"opportunistic\"/\"none\" only for a trusted local relay"
        case .unreachable(let server, let reason):
            return "mail to \(server) not sent: server unreachable (\(reason)); check alerts.smtp.url and that the server runs"
        case .tlsFailed(let server, let reason):
            return "mail to \(server) not sent: TLS failed (\(reason)); check the server's certificate and name, or name the CA that signed it in alerts.smtp.ca_bundle"
        case .loginDenied(let server, let reason):
            return "mail to \(server) not sent: login refused (\(reason)); check alerts.smtp.user and alerts.smtp.password"
        case .refused(let server, let code, let reason):
            return "mail to \(server) not sent: the server refused it (SMTP \(code): \(reason)); check alerts.smtp.from and the recipients"
        case .failed(let server, let code, let reason):
            return "mail to \(server) not sent: \(reason) (curl error \(code))"
        }
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
        // Without CURLOPT_MAIL_RCPT_ALLLOWFAILS one refused recipient fails the whole mail: the
        // digest stays pending and the run says which address is wrong, instead of quietly
        // reaching only part of the team.
        transfer.setMailRecipients(envelope.recipients)  // wraps each in <>
        switch envelope.security {
        case .required: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .opportunistic: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue))
        case .none: transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
        }
        if let user = envelope.user { transfer.set(CURLOPT_USERNAME, user) }
        if let password = envelope.password { transfer.set(CURLOPT_PASSWORD, password) }
        // Only *which* CAs are trusted changes; CURLOPT_SSL_VERIFYPEER/VERIFYHOST keep libcurl's
        // secure defaults, so a server the bundle does not vouch for fails with tlsFailed.
        if let caBundlePath = envelope.caBundlePath { transfer.set(CURLOPT_CAINFO, caBundlePath) }
        transfer.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(envelope.timeoutSeconds, 10) * 1000))
        transfer.set(CURLOPT_TIMEOUT_MS, Int(envelope.timeoutSeconds * 1000))
        transfer.setUpload(message)
        let outcome = transfer.perform()
        guard outcome.isOK else {
            throw Self.error(curlCode: outcome.code, message: outcome.message, smtpCode: transfer.responseCode, envelope: envelope)
        }
    }

    static func error(curlCode: Int, message: String, smtpCode: Int, envelope: SMTPEnvelope) -> SMTPError {
        let server = envelope.server
        switch CURLcode(rawValue: UInt32(curlCode)) {
        case CURLE_USE_SSL_FAILED:
            return .startTLSUnavailable(server: server)
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_OPERATION_TIMEDOUT:
            return .unreachable(server: server, reason: message)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE:
            return .tlsFailed(server: server, reason: message)
        case CURLE_LOGIN_DENIED:
            return .loginDenied(server: server, reason: message)
        default:
            if smtpCode >= 400 { return .refused(server: server, smtpCode: smtpCode, reason: message) }
            return .failed(server: server, curlCode: curlCode, reason: message)
        }
    }
}
