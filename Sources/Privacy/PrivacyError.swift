import Foundation

/// Everything that can go wrong in the `Privacy` module, each printed as one line for cron
/// logs: what failed, on which file, and what the operator can do about it.
public enum PrivacyError: Error, Equatable, CustomStringConvertible {
    /// The key file does not exist.
    case keyFileMissing(path: String)
    /// The key file can be read by group or others (`mode & 0o077 != 0`).
    case keyFileTooOpen(path: String, mode: Int)
    /// The key file does not hold exactly `PseudonymKey.byteCount` bytes.
    case keyFileWrongSize(path: String, byteCount: Int)
    /// `PseudonymKey.create(at:)` found a file already there and refused to overwrite it.
    case keyFileExists(path: String)
    /// A system call on the key file failed; `operation` names it, `errno` is the C error code.
    case keyFileIO(path: String, operation: String, errno: Int32)
    /// Key material handed to `PseudonymKey(bytes:)` has the wrong length.
    case invalidKeyLength(byteCount: Int)
    /// OpenSSL's `RAND_bytes` failed (unseeded CSPRNG); `status` is its return value.
    case randomBytesUnavailable(status: Int)
    /// A line of a gold redaction file could not be parsed.
    case goldFileMalformed(path: String, line: Int, reason: String)
    /// A line of a redaction lexicon could not be parsed.
    case lexiconMalformed(line: Int, reason: String)

    public var description: String {
        switch self {
        case .keyFileMissing(let path):
            return "pseudonym key file \(path) does not exist: restore it from the backup, "
                + "or create a new key (all pseudonyms then start fresh)"
        case .keyFileTooOpen(let path, let mode):
            return "pseudonym key file \(path) is readable by group or others (mode "
                + String(mode, radix: 8) + "): run `chmod 600 \(path)`"
        case .keyFileWrongSize(let path, let byteCount):
            return "pseudonym key file \(path) holds \(byteCount) bytes, expected "
                + "\(PseudonymKey.byteCount): restore the file from the backup"
        case .keyFileExists(let path):
            return "pseudonym key file \(path) already exists: refusing to overwrite it "
                + "(a new key would break every pseudonym); move it away first if that is intended"
        case .keyFileIO(let path, let operation, let code):
            return "pseudonym key file \(path): \(operation) failed: \(String(cString: strerror(code))) "
                + "(errno \(code)): check the directory exists and is writable by this user"
        case .invalidKeyLength(let byteCount):
            return "pseudonym key has \(byteCount) bytes, expected \(PseudonymKey.byteCount)"
        case .randomBytesUnavailable(let status):
            if let loadError = LibCrypto.loadError {
                return "libcrypto could not be loaded (\(loadError)): install it with `sudo apt-get install libssl3` "
                    + "or run `make deps`"
            }
            return "OpenSSL RAND_bytes failed (status \(status)): the system random source is "
                + "not available; check /dev/urandom and retry"
        case .goldFileMalformed(let path, let line, let reason):
            return "gold redaction file \(path) line \(line): \(reason): "
                + "expected `text<TAB>TYPE:start:end,...` or `text<TAB>-`"
        case .lexiconMalformed(let line, let reason):
            return "redaction lexicon line \(line): \(reason): expected `[section]` or one entry per line"
        }
    }
}
