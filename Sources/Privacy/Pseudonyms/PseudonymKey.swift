import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The secret behind every pseudonym: 32 random bytes in a file only the `monitor` user can read.
///
/// Whoever holds this key can recompute the pseudonym of any author name, so it is handled
/// like a password: never logged (`description` shows only the fingerprint), never stored
/// next to the database backups, created once and then only loaded.
public struct PseudonymKey: Sendable, Equatable, CustomStringConvertible {
    /// Key length in bytes: the HMAC-SHA256 block-size recommendation (RFC 2104 §3) is at
    /// least the output length, 32 bytes.
    public static let byteCount = 32

    /// Fixed label whose HMAC identifies the key; versioned so a future scheme gets new ids.
    static let fingerprintLabel = Array("monitor pseudonym key fingerprint v1".utf8)

    let bytes: [UInt8]

    /// A key from raw bytes, e.g. in tests; real keys come from `load(from:)`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == Self.byteCount else {
            throw PrivacyError.invalidKeyLength(byteCount: bytes.count)
        }
        self.bytes = bytes
    }

    /// A short, non-secret id of the key (8 hex digits of SHA-256 over the key's HMAC of a fixed
    /// label). The store records it so a run with a different key is noticed instead of silently
    /// mixing two pseudonym spaces. It reveals nothing usable about the key itself.
    public var fingerprint: String {
        let tag = LibCrypto.hmacSHA256(key: bytes, message: Self.fingerprintLabel)
        return LibCrypto.sha256(tag).prefix(4).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    public var description: String { "PseudonymKey(fingerprint: \(fingerprint))" }

    /// Loads a key file written by `create(at:)`.
    ///
    /// Refuses a file that group or others may read: a key that leaked once re-identifies every
    /// author forever, so we would rather stop the run than continue with it.
    public static func load(from url: URL) throws -> PseudonymKey {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw PrivacyError.keyFileMissing(path: path)
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        guard mode & 0o077 == 0 else { throw PrivacyError.keyFileTooOpen(path: path, mode: mode) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PrivacyError.keyFileIO(path: path, operation: "read", errno: EACCES)
        }
        guard data.count == byteCount else {
            throw PrivacyError.keyFileWrongSize(path: path, byteCount: data.count)
        }
        return try PseudonymKey(bytes: [UInt8](data))
    }

    /// Creates a new key file with 32 bytes from OpenSSL's `RAND_bytes`, mode 0600, and returns
    /// the key. Never overwrites: an existing file (even an empty one) is an error.
    ///
    /// Atomic: the bytes go to a temporary file opened with `O_CREAT|O_EXCL` and mode 0600 in the
    /// same directory, are fsynced, and are then published with `link(2)`, which fails if the
    /// target exists. A crash therefore never leaves a half-written key under the real name, and
    /// two concurrent `create` calls cannot both win.
    public static func create(at url: URL) throws -> PseudonymKey {
        let path = url.path
        if FileManager.default.fileExists(atPath: path) { throw PrivacyError.keyFileExists(path: path) }
        let key = try PseudonymKey(bytes: LibCrypto.randomBytes(count: byteCount).get())

        let temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw PrivacyError.keyFileIO(path: temporaryPath, operation: "open", errno: errno)
        }
        defer { unlink(temporaryPath) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            // The umask can only remove bits from 0600, but a fchmod makes the intent explicit.
            guard fchmod(descriptor, 0o600) == 0 else {
                throw PrivacyError.keyFileIO(path: temporaryPath, operation: "fchmod", errno: errno)
            }
            try handle.write(contentsOf: Data(key.bytes))
            try handle.synchronize()
            try handle.close()
        } catch let error as PrivacyError {
            throw error
        } catch {
            throw PrivacyError.keyFileIO(path: temporaryPath, operation: "write", errno: EIO)
        }
        guard link(temporaryPath, path) == 0 else {
            let code = errno
            if code == EEXIST { throw PrivacyError.keyFileExists(path: path) }
            throw PrivacyError.keyFileIO(path: path, operation: "link", errno: code)
        }
        return key
    }
}
