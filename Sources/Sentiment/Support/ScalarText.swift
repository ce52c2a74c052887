/// Character classes and case mapping on `Unicode.Scalar`, with ASCII and Latin-1 fast paths,
/// because `Unicode.Scalar.Properties` lookups are comparatively slow and almost every scalar
/// in German and English text is in those ranges.
enum ScalarText {
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        // Through UInt8, whose scalar initialiser cannot fail (no validity check per letter).
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) : scalar
        }
        // Latin-1 capitals À…Þ map to à…þ by +32, except × (D7).
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) }
        if value < 0x100 { return scalar }
        return lowercasedBeyondLatin1(scalar)
    }

    // The Unicode property lookups live out of line: `Unicode.Scalar.Properties` is a resilient
    // type, and inlined into a hot loop it made every caller fetch its metadata and reserve
    // stack space for it on entry, even for ASCII text.
    @inline(never)
    private static func lowercasedBeyondLatin1(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    @inline(never)
    private static func isUppercaseBeyondLatin1(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    private static func isAlphabeticBeyondLatin1(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return true }
        if value < 0x100 { return false }
        return isUppercaseBeyondLatin1(scalar)
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x100 { return value >= 0xC0 && value != 0xD7 && value != 0xF7 }
        if isEmojiStart(scalar) { return false }
        return isAlphabeticBeyondLatin1(scalar)
    }

    @inline(__always)
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x100 { return isLetter(scalar) }
        return value < 0x250  // Latin Extended-A/B
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x2028 || value == 0x2029 || (value >= 0x2000 && value <= 0x200A)
            || value == 0x3000 || value == 0x202F
    }

    /// Scalars that start an emoji: pictographs, dingbats, symbols commonly used as emoji and
    /// regional indicators. Digits, `#` and `*` (keycap bases) are deliberately excluded.
    @inline(__always)
    static func isEmojiStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x2000 { return value == 0xA9 || value == 0xAE }
        if value >= 0x1F000 && value <= 0x1FAFF { return true }
        if value >= 0x2600 && value <= 0x27BF { return true }  // misc symbols, dingbats
        if value >= 0x2B00 && value <= 0x2BFF { return true }  // ⭐ ⬆ …
        if value >= 0x2190 && value <= 0x21FF { return false }  // arrows: punctuation-like
        return value == 0x203C || value == 0x2049 || value == 0x2122 || value == 0x2139
            || (value >= 0x231A && value <= 0x23FF) || value == 0x3030 || value == 0x303D
            || value == 0x3297 || value == 0x3299
    }

    /// Skin-tone modifiers and variation selector 16: stripped before emoji lookup.
    @inline(__always)
    static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x1F3FB && value <= 0x1F3FF) || value == 0xFE0F || value == 0xFE0E
    }

    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The hot-path overload (term and topic texts): encodes UTF-8 straight into the string's
    /// storage. `UnicodeScalarView.append(contentsOf:)` costs thousands of instructions per
    /// call; this costs a few per scalar, and strings up to 15 bytes are not allocated at all.
    @inline(__always)
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        guard byteCount > 0 else { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for scalar in scalars { position = encode(scalar, into: buffer, at: position) }
            return position
        }
    }

    @inline(__always)
    static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    /// Writes the UTF-8 form of `scalar` at `position`; returns the position after it.
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: Int) -> Int {
        let value = scalar.value
        if value < 0x80 {
            buffer[position] = UInt8(truncatingIfNeeded: value)
            return position + 1
        }
        if value < 0x800 {
            buffer[position] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
            buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            return position + 2
        }
        if value < 0x10000 {
            buffer[position] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
            buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            buffer[position + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            return position + 3
        }
        buffer[position] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
        buffer[position + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
        buffer[position + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
        buffer[position + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
        return position + 4
    }
}
