import Foundation
import Privacy

/// The key that links one text posted in several sources: SHA-256 over the *redacted*
/// post text, lowercased with whitespace collapsed, so a copy pasted with other line breaks
/// still matches. Identical texts meet under one key in `cross_posts` (an index lookup),
/// never by comparing posts pairwise.
///
/// Only the stored, already redacted text is hashed, so the hash reveals nothing the store
/// does not already hold in `posts.text`, and it goes when the post goes (foreign key with
/// `ON DELETE CASCADE`, and a trigger drops it when the text is rewritten, e.g. by
/// `monitor forget`).
enum CrossPostKey {
    /// Texts shorter than this (after normalisation) are not linked: "Danke!", "+1" or
    /// "Same problem here" repeat everywhere without being the same post.
    static let minimumCharacters = 80

    /// The key of `text`, or nil when it is too short to link.
    static func of(text: String) -> String? {
        let normalized = normalize(text)
        guard normalized.count >= minimumCharacters else { return nil }
        return TextDigest.sha256Hex(normalized)
    }

    /// Lowercased, runs of whitespace (any Unicode white space, line breaks included) as one
    /// space, trimmed.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
