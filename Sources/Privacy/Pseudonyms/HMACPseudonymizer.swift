/// Keyed pseudonyms: `"a_" + base32(HMAC-SHA256(key, identity))[0..<16]`.
///
/// Without the key a pseudonym cannot be reversed or recomputed from a guessed name (which a
/// plain hash would allow); with the key the same author always maps to the same pseudonym,
/// so threads, repeat complainers and "who answered whom" survive pseudonymisation.
public struct HMACPseudonymizer: Pseudonymizing {
    /// Domain separation: a key reused for anything else never yields the same tags.
    static let contextLabel = "monitor author v1"
    /// 16 base32 characters carry 80 bits: collisions stay unlikely far beyond any
    /// plausible author count (birthday bound around 10^12 authors).
    static let pseudonymLength = 16

    let key: PseudonymKey
    let linkAcrossSources: Bool

    /// - Parameters:
    ///   - key: the secret from `PseudonymKey.load(from:)`.
    ///   - linkAcrossSources: `true` gives "max" the same pseudonym on every forum; `false`
    ///     puts the source name into the HMAC input, so the same name on two sources gets two
    ///     unrelated pseudonyms (safer when the name is common or sources must not be joined).
    public init(key: PseudonymKey, linkAcrossSources: Bool) {
        self.key = key
        self.linkAcrossSources = linkAcrossSources
    }

    public func pseudonym(forAuthor name: String, source: String) -> String {
        let tag = LibCrypto.hmacSHA256(key: key.bytes, message: hmacInput(name: name, source: source))
        return "a_" + Base32.lowercaseEncode(tag).prefix(Self.pseudonymLength)
    }

    /// The exact bytes that are hashed. The source is length-prefixed so that no pair of
    /// (source, name) can produce the same input as another pair.
    func hmacInput(name: String, source: String) -> [UInt8] {
        var input = Array(Self.contextLabel.utf8)
        input.append(0)
        if !linkAcrossSources {
            let normalizedSource = Array(IdentityNormalizer.normalize(source).utf8)
            input += Array("\(normalizedSource.count):".utf8) + normalizedSource
        }
        input.append(0)
        input += Array(IdentityNormalizer.normalize(name).utf8)
        return input
    }
}
