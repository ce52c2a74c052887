import Foundation

/// A complete mail, rendered as RFC 5322 with a MIME `multipart/alternative` body:
/// text/plain first, text/html last (RFC 2046 §5.1.4: the last part is the preferred one).
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var replyTo: MailAddress?
    public var subject: String
    public var date: Date
    /// Stable per digest, so a resend after a crash is recognisably the same mail.
    public var messageID: String
    /// Earlier mails about the same items, so mail clients thread follow-ups.
    public var references: [String]
    public var plainText: String
    public var html: String

    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String, date: Date,
        messageID: String, references: [String] = [], plainText: String, html: String
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.references = references
        self.plainText = plainText
        self.html = html
    }

    public func rendered() -> Data {
        let boundary = "=_monitor_" + messageID.filter { $0.isLetter || $0.isNumber }.prefix(24)
        var headers: [String] = [
            "From: \(from.headerValue)",
            "To: \(to.map(\.headerValue).joined(separator: ", "))",
        ]
        if let replyTo { headers.append("Reply-To: \(replyTo.headerValue)") }
        headers += [
            "Subject: \(MIMEEncoding.encodedWord(subject))",
            "Date: \(MIMEEncoding.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
        ]
        if let parent = references.last {
            headers.append("In-Reply-To: <\(parent)>")
            headers.append("References: \(references.map { "<\($0)>" }.joined(separator: " "))")
        }
        headers += [
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        var lines = headers.map(MIMEEncoding.foldedHeader)
        lines.append("")
        lines.append("This is a MIME message with a plain-text and an HTML part.")
        for (type, body) in [("text/plain", plainText), ("text/html", html)] {
            lines.append("--\(boundary)")
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: quoted-printable")
            lines.append("")
            lines.append(MIMEEncoding.quotedPrintable(body))
        }
        lines.append("--\(boundary)--")
        lines.append("")
        return Data(lines.joined(separator: "\r\n").utf8)
    }
}

/// A mailbox: `Name <address>`; CR and LF can never reach a header from either part.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name.map(MIMEEncoding.singleLine)
        self.address = MIMEEncoding.singleLine(address).filter { $0 != "<" && $0 != ">" && $0 != " " }
    }

    /// Parses "Name <a@b>" or "a@b".
    public init(parsing text: String) {
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            let name = text[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            self.init(name: name.isEmpty ? nil : name, address: String(text[text.index(after: open)..<close]))
        } else {
            self.init(address: text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// One `@` with text on both sides and no spaces: enough to catch a name given where an
    /// address belongs; the server decides the rest.
    public var isPlausible: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].count >= 1 && !address.contains(",")
    }

    /// The part after `@`, for Message-IDs in the sender's domain.
    var domain: String? {
        address.split(separator: "@").last.map(String.init).flatMap { $0.isEmpty || !address.contains("@") ? nil : $0 }
    }

    var headerValue: String {
        guard let name, !name.isEmpty else { return address }
        return "\(MIMEEncoding.encodedWord(name, phrase: true)) <\(address)>"
    }
}
