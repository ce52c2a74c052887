import Foundation

/// Maps the many spellings of one display name to one identity before it is hashed, so
/// "Max  Mustermann", " max mustermann" and "MAX MUSTERMANN" get the same pseudonym.
enum IdentityNormalizer {
    /// NFC, full case folding, trimmed, inner whitespace collapsed to one space,
    /// invisible format characters removed.
    static func normalize(_ name: String) -> String {
        // NFC first: the same "ü" arrives precomposed from one forum and decomposed from a
        // macOS clipboard in another, and HMAC sees bytes, not characters.
        let composed = name.precomposedStringWithCanonicalMapping
        // uppercased().lowercased() approximates Unicode full case folding with the standard
        // library alone: "ß" → "SS" → "ss", final sigma "ς" → "Σ" → "σ"; plain lowercased()
        // would leave "Strauß" and "STRAUSS" apart.
        let folded = composed.uppercased().lowercased().precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            // Zero-width spaces and joiners sneak into display names pasted from web pages.
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
