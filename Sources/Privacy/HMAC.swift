import CCrypto
import Foundation

/// The only door to libcrypto. Every `Unsafe*Pointer` of the `Privacy` module lives here,
/// so a reviewer checks memory safety in one file.
///
/// Ownership: all buffers are Swift arrays owned by the caller of each function; libcrypto
/// only reads from (`key`, `message`) or writes into (`digest`, `bytes`) them for the duration
/// of one call and keeps no pointer afterwards. The one-shot `HMAC` (with OpenSSL's static
/// `EVP_sha256()` table) and `SHA256` functions need no context, so there is nothing to release.
/// libcrypto itself is loaded at first use (Sources/CCrypto/shim.h).
enum LibCrypto {
    /// Why libcrypto.so.3 could not be loaded (it is loaded at first use), or nil.
    static var loadError: String? {
        monitor_crypto_load_error().map { String(cString: $0) }
    }

    private static var unavailability: String {
        loadError.map { ": libcrypto could not be loaded (\($0)); install it with `sudo apt-get install libssl3` or run `make deps`" } ?? ""
    }

    /// Length of a SHA-256 digest and therefore of an HMAC-SHA256 tag.
    static let sha256Length = 32

    /// HMAC-SHA256 (RFC 2104) of `message` under `key`.
    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var digestLength: UInt32 = 0
        // An empty Swift array may hand out a null base address; libcrypto accepts a null
        // pointer only together with length 0, which is exactly what we pass then.
        let result = key.withUnsafeBytes { keyBytes in
            message.withUnsafeBufferPointer { messageBytes in
                digest.withUnsafeMutableBufferPointer { digestBytes in
                    monitor_crypto_hmac_sha256(
                        keyBytes.baseAddress, Int32(keyBytes.count), messageBytes.baseAddress, messageBytes.count,
                        digestBytes.baseAddress, &digestLength)
                }
            }
        }
        // HMAC fails only without libcrypto or on allocation failure inside it; nothing sensible
        // can continue (a pseudonym must never be computed some other way).
        precondition(result != nil && Int(digestLength) == sha256Length, "libcrypto HMAC failed\(unavailability)")
        return Array(digest.prefix(sha256Length))
    }

    /// SHA-256 of `data`.
    static func sha256(_ data: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: sha256Length)
        let result = data.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                monitor_crypto_sha256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        precondition(result != nil, "libcrypto SHA256 failed\(unavailability)")
        return digest
    }

    /// `count` bytes from OpenSSL's CSPRNG, or an error when it could not be seeded.
    static func randomBytes(count: Int) -> Result<[UInt8], PrivacyError> {
        var bytes = [UInt8](repeating: 0, count: count)
        let status = bytes.withUnsafeMutableBufferPointer { buffer in
            monitor_crypto_rand_bytes(buffer.baseAddress, Int32(buffer.count))
        }
        guard status == 1 else { return .failure(.randomBytesUnavailable(status: Int(status))) }
        return .success(bytes)
    }
}
