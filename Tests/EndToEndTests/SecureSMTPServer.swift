import Foundation
import XCTest

/// A real SMTP server with TLS and login on loopback (`Fixtures/smtp/secure_smtp_server.py`,
/// Debian's aiosmtpd): one port offers STARTTLS, the other speaks smtps; both require AUTH with
/// `user`/`password`. Its certificate comes from a throwaway CA that `TestCertificates` makes in
/// the test's temporary folder.
final class SecureSMTPServer {
    /// The login the server accepts (the password has an umlaut and a space on purpose).
    static let user = "alerts@example.com"
    static let password = "Grüße aus dem Test"

    struct Session: Decodable {
        var file: String
        var port: Int
        /// The negotiated TLS version ("TLSv1.3"); nil: the message came in plain text.
        var tls: String?
        /// The user that logged in; nil: no login.
        var login: String?
        var mailFrom: String
        var rcptTos: [String]

        enum CodingKeys: String, CodingKey {
            case file, port, tls, login
            case mailFrom = "mail_from"
            case rcptTos = "rcpt_tos"
        }
    }

    let startTLSPort: Int
    let smtpsPort: Int
    let maildir: URL
    let certificates: TestCertificates
    private var server: LoopbackServerProcess?
    private let log: URL

    /// Fails the test with the install command when aiosmtpd or openssl is missing.
    init(folder: URL) throws {
        try AlertSMTPServer.requireAiosmtpd()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        certificates = try TestCertificates(folder: folder.appendingPathComponent("tls"))
        maildir = folder.appendingPathComponent("maildir")
        log = folder.appendingPathComponent("server.log")
        startTLSPort = try AlertSMTPServer.freePort()
        var other = try AlertSMTPServer.freePort()
        while other == startTLSPort { other = try AlertSMTPServer.freePort() }
        smtpsPort = other
    }

    /// Starts both listeners and waits until they accept connections.
    func start() throws {
        let script = try XCTUnwrap(
            Bundle.module.url(forResource: "secure_smtp_server", withExtension: "py", subdirectory: "Fixtures/smtp"))
        XCTAssertTrue(FileManager.default.createFile(atPath: log.path, contents: nil))
        let server = LoopbackServerProcess(
            executable: AlertSMTPServer.python,
            arguments: [
                script.path, "--maildir", maildir.path, "--cert", certificates.serverCertificate.path,
                "--key", certificates.serverKey.path, "--user", Self.user, "--password", Self.password,
                "--starttls-port", String(startTLSPort), "--smtps-port", String(smtpsPort),
            ],
            output: try FileHandle(forWritingTo: log))
        self.server = server
        guard try server.start(waitingFor: [startTLSPort, smtpsPort], timeoutSeconds: 10) else {
            throw AlertTestToolMissing("the TLS test SMTP server did not start: \(serverLog())")
        }
    }

    func stop() {
        server?.stop()
        server = nil
    }

    /// What the server wrote (its tracebacks name TLS and login failures from its side).
    func serverLog() -> String {
        (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    }

    /// Every message received so far, oldest first, with how it came in.
    func sessions() throws -> [(session: Session, file: URL)] {
        let record = maildir.appendingPathComponent("sessions.jsonl")
        guard let text = try? String(contentsOf: record, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { line in
            let session = try JSONDecoder().decode(Session.self, from: Data(line.utf8))
            return (session, maildir.appendingPathComponent("new").appendingPathComponent(session.file))
        }
    }
}

/// A throwaway CA and a server certificate for 127.0.0.1/localhost signed by it, made with the
/// openssl CLI in a temporary folder at test time (no key is ever committed), plus a second,
/// unrelated CA for "the client trusts someone else".
struct TestCertificates {
    static let openssl = "/usr/bin/openssl"

    let caCertificate: URL
    let otherCACertificate: URL
    let serverCertificate: URL
    let serverKey: URL

    init(folder: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.openssl) else {
            throw AlertTestToolMissing("the TLS mail tests need the openssl CLI: apt-get install -y openssl")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        caCertificate = file("ca.pem")
        otherCACertificate = file("other-ca.pem")
        serverCertificate = file("server.pem")
        serverKey = file("server.key")
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        let caExtensions = ["-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]
        try Self.run(["req", "-x509"] + curve + ["-keyout", file("ca.key").path, "-out", caCertificate.path, "-days", "2",
                      "-subj", "/CN=monitor test CA"] + caExtensions)
        try Self.run(["req", "-x509"] + curve + ["-keyout", file("other-ca.key").path, "-out", otherCACertificate.path,
                      "-days", "2", "-subj", "/CN=someone else's CA"] + caExtensions)
        try Self.run(["req"] + curve + ["-keyout", serverKey.path, "-out", file("server.csr").path, "-subj", "/CN=localhost"])
        try Data("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n".utf8)
            .write(to: file("server.ext"))
        try Self.run(["x509", "-req", "-in", file("server.csr").path, "-CA", caCertificate.path, "-CAkey", file("ca.key").path,
                      "-CAcreateserial", "-out", serverCertificate.path, "-days", "2", "-extfile", file("server.ext").path])
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AlertTestToolMissing("openssl \(arguments.joined(separator: " ")) failed: \(String(decoding: message, as: UTF8.self))")
        }
    }
}
