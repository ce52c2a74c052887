import Foundation
import XCTest

/// A real SMTP server on loopback for the duration of a test: Debian's aiosmtpd, storing every
/// message it accepts in a Maildir.
final class AlertSMTPServer {
    static let python = "/usr/bin/python3"
    static let install = "apt-get install -y python3-aiosmtpd (or `make test`, which runs scripts/install-deps.sh)"

    let port: Int
    /// aiosmtpd creates the Maildir (and its tmp/new/cur) itself; it must not exist beforehand.
    let maildir: URL
    private var server: LoopbackServerProcess?

    /// Fails the test with the install command when aiosmtpd is missing.
    init(maildir: URL, port: Int? = nil) throws {
        try Self.requireAiosmtpd()
        self.maildir = maildir
        self.port = try port ?? Self.freePort()
    }

    /// Throws, with the install command, when Debian's aiosmtpd is missing.
    static func requireAiosmtpd() throws {
        guard FileManager.default.isExecutableFile(atPath: python), shell([python, "-c", "import aiosmtpd"]) == 0 else {
            throw AlertTestToolMissing("the mail tests need Debian's aiosmtpd: \(install)")
        }
    }

    /// Starts the server and waits until it accepts connections.
    func start() throws {
        let server = LoopbackServerProcess(
            executable: Self.python,
            arguments: ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", maildir.path])
        self.server = server
        guard try server.start(waitingFor: [port], timeoutSeconds: 5) else {
            throw AlertTestToolMissing("aiosmtpd did not start on port \(port)")
        }
    }

    func stop() {
        server?.stop()
        server = nil
    }

    /// Every message received so far, oldest first.
    func messages() throws -> [URL] {
        let folder = maildir.appendingPathComponent("new")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.map { folder.appendingPathComponent($0) }.sorted {
            let a = try $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate ?? .distantPast
            let b = try $1.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate ?? .distantPast
            return a == b ? $0.lastPathComponent < $1.lastPathComponent : a < b
        }
    }

    /// A loopback port nobody listens on right now (the kernel's choice for port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw AlertTestToolMissing("socket() failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw AlertTestToolMissing("bind() failed: errno \(errno)") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw AlertTestToolMissing("getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    @discardableResult
    static func shell(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A failure (never a silent skip) for a missing tool, carrying the install command.
struct AlertTestToolMissing: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
