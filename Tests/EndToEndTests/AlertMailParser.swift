import Foundation
import XCTest

/// Reads mails with Python's standard `email` package (policy=default), the way a mail client
/// would, and reports what it found: headers, both parts, defects, the longest line.
struct ParsedMail: Decodable {
    var subject: String
    var from: String
    var to: String
    var replyTo: String?
    var messageID: String
    var inReplyTo: String?
    var references: String?
    var date: String?
    var autoSubmitted: String?
    var mimeVersion: String?
    var parts: [String]
    var plain: String
    var html: String
    var defects: Int
    var longestLine: Int
    var loneFieldNames: [String]

    enum CodingKeys: String, CodingKey {
        case subject, from, to, date, parts, plain, html, defects, references
        case replyTo = "reply_to"
        case messageID = "message_id"
        case inReplyTo = "in_reply_to"
        case autoSubmitted = "auto_submitted"
        case mimeVersion = "mime_version"
        case longestLine = "longest_line"
        case loneFieldNames = "lone_field_names"
    }
}

enum AlertMailParser {
    private static let script = """
        import email, email.policy, email.utils, json, re, sys
        raw = open(sys.argv[1], 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        def text(kind):
            part = m.get_body((kind,))
            return part.get_content() if part is not None else ''
        date = m['Date']
        parsed_date = email.utils.parsedate_to_datetime(str(date)) if date else None
        lines = raw.split(b'\\n')
        header_lines = set(re.split(rb'\\r?\\n\\r?\\n', raw, maxsplit=1)[0].split(b'\\n'))
        print(json.dumps({
            'subject': str(m['Subject']), 'from': str(m['From']), 'to': str(m['To']),
            'reply_to': str(m['Reply-To']) if m['Reply-To'] else None,
            'message_id': str(m['Message-ID']), 'in_reply_to': str(m['In-Reply-To']) if m['In-Reply-To'] else None,
            'references': str(m['References']) if m['References'] else None,
            'date': parsed_date.isoformat() if parsed_date else None,
            'auto_submitted': str(m['Auto-Submitted']) if m['Auto-Submitted'] else None,
            'mime_version': str(m['MIME-Version']) if m['MIME-Version'] else None,
            'parts': [p.get_content_type() for p in m.walk()],
            'plain': text('plain'), 'html': text('html'),
            'defects': len(m.defects) + sum(len(p.defects) for p in m.walk()),
            'longest_line': max(len(l.rstrip(b'\\r')) for l in lines),
            'lone_field_names': [l.decode('ascii', 'replace').strip() for l in lines
                                 if re.fullmatch(rb'[A-Za-z-]+:\\s*\\r?', l) and l in header_lines],
        }))
        """

    static func parse(_ file: URL) throws -> ParsedMail {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AlertSMTPServer.python)
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stderrReader = Thread.detachedReader(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: stderrReader.wait(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AlertTestToolMissing("python's email parser failed on \(file.path): \(stderr)")
        }
        return try JSONDecoder().decode(ParsedMail.self, from: data)
    }
}
