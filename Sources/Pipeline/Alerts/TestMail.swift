import Foundation

/// The mail `monitor alert --test` sends: the same headers and MIME shape as a digest, with
/// umlauts in subject and body, so one look in the mail client checks encoding and threading.
public enum TestMail {
    public static func message(settings: AlertSettings, to override: [String]? = nil, now: Date) -> MailMessage {
        let german = settings.language == .de
        let recipients = (override ?? settings.defaultRecipients).map(MailAddress.init(parsing:))
        let from = MailAddress(parsing: settings.smtp?.from ?? "monitor <monitor@localhost>")
        let stamp = MIMEEncoding.rfc5322Date(now)
        let subject = german ? "[monitor] Testmail – Grüße aus dem Überwachungslauf" : "[monitor] Test mail – greetings, ça marche"
        let lines = german
            ? ["Diese Testmail kam über \(settings.smtp.map { SMTPSender(settings: $0).destination } ?? "den Outbox-Ordner") an.",
               "Wenn Umlaute (ä ö ü ß) und der Gedankenstrich – richtig aussehen, stimmt die Kodierung.",
               "Gesendet: \(stamp)"]
            : ["This test mail came through \(settings.smtp.map { SMTPSender(settings: $0).destination } ?? "the outbox folder").",
               "If the umlauts (ä ö ü ß) and the dash – look right, the encoding works.",
               "Sent: \(stamp)"]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(now.timeIntervalSince1970)\(recipients.map(\.address))".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return MailMessage(
            from: from, to: recipients, replyTo: settings.smtp?.replyTo.map(MailAddress.init(parsing:)), subject: subject,
            date: now, messageID: "monitor-test-\(String(hash, radix: 16))@\(from.domain ?? "monitor.invalid")",
            plainText: (lines + ["", "-- ", "monitor"]).joined(separator: "\n"),
            html: "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + lines.map { "<p>\(HTMLEscaping.escape($0))</p>" }.joined() + "</body></html>")
    }
}
