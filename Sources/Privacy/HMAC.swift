import CCrypto
import Foundation

/// The only door to libcrypto. Every `Unsafe*Pointer` of the `Privacy` module lives here,
/// so a reviewer checks memory safety in one file.
///
/// Ownership: all buffers are Swift arrays owned by the caller of each function; libcrypto
/// only reads from (`key`, `message`) or writes into (`digest`, `bytes`) them for the duration
/// of one call and keeps no pointer afterwards. `EVP_sha256()` returns a static table owned by
/// OpenSSL that must not be freed. The one-shot `HMAC` and `SHA256` functions need no context,
/// so there is nothing to release.
enum LibCrypto {
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
                    HMAC(
                        EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                        messageBytes.baseAddress, messageBytes.count,
                        digestBytes.baseAddress, &digestLength)
                }
            }
        }
        // HMAC only fails on allocation failure inside OpenSSL; nothing sensible can continue.
        precondition(result != nil && Int(digestLength) == sha256Length, "libcrypto HMAC failed")
        return Array(digest.prefix(sha256Length))
    }

    /// SHA-256 of `data`.
    static func sha256(_ data: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: sha256Length)
        data.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                _ = SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }

    /// `count` bytes from OpenSSL's CSPRNG, or an error when it could not be seeded.
    static func randomBytes(count: Int) -> Result<[UInt8], PrivacyError> {
        var bytes = [UInt8](repeating: 0, count: count)
        let status = bytes.withUnsafeMutableBufferPointer { buffer in
            RAND_bytes(buffer.baseAddress, Int32(buffer.count))
        }
        guard status == 1 else { return .failure(.randomBytesUnavailable(status: Int(status))) }
        return .success(bytes)
    }
}
