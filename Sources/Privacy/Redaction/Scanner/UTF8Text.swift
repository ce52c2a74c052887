/// A post as UTF-8 bytes with bounds-safe reads: out-of-range reads return 0, which every
/// detector treats as a boundary, so pattern code needs no index checks of its own.
struct UTF8Text {
    let bytes: [UInt8]
    let count: Int

    init(_ string: String) {
        bytes = Array(string.utf8)
        count = bytes.count
    }

    /// The range test here is the only one: the read itself goes through the array's buffer,
    /// which the optimizer otherwise guards with a second check against `bytes.count` (every
    /// detector reads through this subscript, so the two checks were a tenth of all work).
    /// The pointer does not escape the closure.
    @inline(__always) subscript(_ index: Int) -> UInt8 {
        index >= 0 && index < count ? bytes.withUnsafeBufferPointer { $0[index] } : 0
    }

    /// Lead bytes whose scalars are letters in the scripts we meet: Latin-1 supplement,
    /// Latin extended, Greek, Cyrillic (C3–D4), Latin extended additional (E1), CJK (E3–ED).
    /// E2 (punctuation, €, dashes, quotes), C2 (NBSP, «, §) and F0 (emoji) are not letters.
    @inline(__always) static func isLetterLead(_ b: UInt8) -> Bool {
        (b >= 0xC3 && b <= 0xD4) || b == 0xE1 || (b >= 0xE3 && b <= 0xED)
    }

    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// Byte length of the scalar whose lead byte is `b`.
    @inline(__always) static func scalarLength(lead b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// Index of the lead byte of the scalar that contains byte `index`.
    func scalarStart(containing index: Int) -> Int {
        var i = index
        while i > 0 && i > index - 3 && UTF8Text.isContinuation(self[i]) { i -= 1 }
        return i
    }

    /// True when the scalar starting at `index` is a letter, digit or underscore.
    @inline(__always) func isWordScalar(at index: Int) -> Bool {
        let b = self[index]
        return ASCII.isAlnum(b) || b == ASCII.underscore || UTF8Text.isLetterLead(b)
    }

    /// True when the scalar ending just before `index` is a letter, digit or underscore.
    @inline(__always) func isWordScalar(endingBefore index: Int) -> Bool {
        let b = self[index - 1]
        if b < 0x80 { return ASCII.isAlnum(b) || b == ASCII.underscore }
        return UTF8Text.isLetterLead(self[scalarStart(containing: index - 1)])
    }

    /// Words start where a word scalar follows a non-word scalar (or the start of text).
    @inline(__always) func isWordStart(_ index: Int) -> Bool {
        index == 0 || !isWordScalar(endingBefore: index)
    }

    /// End of the run of letters, digits and underscores starting at `index`.
    ///
    /// Called at every word start, so it walks the array's buffer directly (the pointer does not
    /// escape the closure): lowercase ASCII letters, most of every word, cost one comparison and
    /// no bounds check.
    func wordEnd(from index: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var i = max(index, 0)
            while i < end {
                let b = buffer[i]
                if b &- 0x61 < 26 {
                    i += 1
                } else if b < 0x80 {
                    guard ASCII.isAlnum(b) || b == ASCII.underscore else { break }
                    i += 1
                } else if UTF8Text.isLetterLead(b) {
                    i += UTF8Text.scalarLength(lead: b)
                } else if UTF8Text.isContinuation(b) {
                    i += 1
                } else {
                    break
                }
            }
            return min(i, end)
        }
    }

    /// The scalar starting at `index` (the replacement character for broken UTF-8, which
    /// cannot occur in a Swift `String` but keeps this total).
    func scalar(at index: Int) -> Unicode.Scalar {
        let b = self[index]
        if b < 0x80 { return Unicode.Scalar(b) }
        let length = UTF8Text.scalarLength(lead: b)
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = (value << 6) | (UInt32(self[index + offset]) & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// True when the scalar at `index` is an uppercase letter ("M", "Ä", "Ł").
    func isUppercaseLetter(at index: Int) -> Bool {
        let b = self[index]
        if b < 0x80 { return ASCII.isUpper(b) }
        return UTF8Text.isLetterLead(b) && scalar(at: index).properties.isUppercase
    }

    /// True when `lowered` (lowercase ASCII, or any non-ASCII bytes) equals the bytes at
    /// `index`, ignoring ASCII case.
    func matchesLowered(_ lowered: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + lowered.count <= count else { return false }
        for offset in 0..<lowered.count where ASCII.lower(bytes[index + offset]) != lowered[offset] {
            return false
        }
        return true
    }

    /// The bytes of `range` with ASCII letters lowercased.
    func lowered(_ range: Range<Int>) -> [UInt8] {
        bytes[range].map(ASCII.lower)
    }

    /// First index at or after `index` that is not a space or tab.
    func skipBlanks(from index: Int) -> Int {
        var i = index
        while ASCII.isBlank(self[i]) { i += 1 }
        return i
    }

    /// Number of Unicode scalars in `range`: every byte that is not a continuation byte.
    func scalarCount(_ range: Range<Int>) -> Int {
        var total = 0
        for i in range where !UTF8Text.isContinuation(bytes[i]) { total += 1 }
        return total
    }
}
