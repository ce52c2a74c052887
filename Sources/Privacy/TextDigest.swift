/// SHA-256 for pipeline stages outside this module (the only door to libcrypto stays
/// `HMAC.swift`). Meant for text that has already been redacted: an unkeyed hash of raw
/// personal data could be confirmed by anyone who guesses the data.
public enum TextDigest {
    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(LibCrypto.sha256Length * 2)
        for byte in LibCrypto.sha256(Array(text.utf8)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
