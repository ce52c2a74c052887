/// Accumulates plain text from HTML pieces on UTF-8 bytes: collapses whitespace, turns block
/// elements into line or paragraph breaks, and swallows the content of script/style.
/// Shared by the byte tokenizer (`HTMLText`) and the libxml2 tree walker (`HTMLDocument`).
struct HTMLTextBuilder {
    private(set) var output: [UInt8] = []
    /// 0 none, 1 line break, 2 paragraph break pending before the next visible text.
    private var pendingBreak = 0
    private var pendingSpace = false
    /// Depth inside elements whose content is never text (script, style, …).
    private var hiddenDepth = 0
    private let keepsBreaks: Bool

    /// `keepsBreaks: false` gives a single line (titles, author names).
    init(keepsBreaks: Bool = true, capacity: Int = 0) {
        self.keepsBreaks = keepsBreaks
        output.reserveCapacity(capacity)
    }

    /// How an element affects text.
    enum Role {
        case inline, line, paragraph, hidden
    }

    /// Block elements from HTML 4.01 §7.5.3 plus the HTML5 sectioning elements; `br` is a line.
    static func role<C: Collection>(ofTag name: C) -> Role where C.Element == UInt8 {
        guard let key = TagKey(name) else { return .inline }
        return roles.role(of: key)
    }

    /// `role(ofTag:)` for the byte tokenizer, which packs the key while it reads the name
    /// (every tag of every post is looked up): `length` is the name's, in ASCII bytes.
    static func role(of key: TagKey, length: Int) -> Role {
        length > 0 && length <= 16 ? roles.role(of: key) : .inline
    }

    /// A lowercased tag name of up to 16 ASCII bytes packed into two words: no String per tag.
    /// All zero is no name (a name starts with a letter).
    struct TagKey: Equatable {
        var high: UInt64 = 0
        var low: UInt64 = 0

        init() {}

        /// Adds the ASCII byte at `index` of the name (bytes past 16 are left out; such a
        /// name has no role).
        @inline(__always)
        mutating func append(_ byte: UInt8, at index: Int) {
            let lower = UInt64(HTMLTextBuilder.lowercased(byte))
            if index < 8 {
                high = high << 8 | lower
            } else if index < 16 {
                low = low << 8 | lower
            }
        }

        init?<C: Collection>(_ name: C) where C.Element == UInt8 {
            guard !name.isEmpty, name.count <= 16 else { return nil }
            for (index, byte) in name.enumerated() {
                guard byte < 0x80 else { return nil }
                let lower = UInt64(HTMLTextBuilder.lowercased(byte))
                if index < 8 { high = high << 8 | lower } else { low = low << 8 | lower }
            }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Open addressing over the packed key (every tag of a document is looked up; `Hasher`
    /// was a tenth of turning feed HTML into text).
    private struct RoleTable {
        private var keys: [TagKey] = Array(repeating: TagKey(), count: 256)
        private var values: [Role] = Array(repeating: .inline, count: 256)

        private static func slot(_ key: TagKey) -> Int {
            Int(truncatingIfNeeded: ((key.high &* 0x9E37_79B9_7F4A_7C15) ^ key.low) >> 56)
        }

        subscript(key: TagKey) -> Role {
            get { role(of: key) }
            set {
                var index = RoleTable.slot(key)
                while keys[index].high != 0, keys[index] != key { index = (index + 1) & 255 }
                keys[index] = key
                values[index] = newValue
            }
        }

        func role(of key: TagKey) -> Role {
            var index = RoleTable.slot(key)
            while keys[index].high != 0 {
                if keys[index] == key { return values[index] }
                index = (index + 1) & 255
            }
            return .inline
        }
    }

    private static let roles: RoleTable = {
        var roles = RoleTable()
        let table: [(Role, [String])] = [
            (.paragraph, ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
                          "dl", "table", "section", "article", "aside", "header", "footer", "figure",
                          "address", "fieldset", "form", "main", "nav", "details"]),
            (.line, ["br", "li", "div", "tr", "dt", "dd", "hr", "caption", "summary", "center",
                     "option", "figcaption", "legend", "body", "html"]),
            // Not hidden: iframe/object/embed/applet content is fallback text a reader sees when
            // the embed does not load, and MathML is the formula's text.
            (.hidden, ["script", "style", "head", "title", "noscript", "template", "svg", "select",
                       "textarea", "button"]),
        ]
        for (role, names) in table {
            for name in names { roles[TagKey(Array(name.utf8))!] = role }
        }
        return roles
    }()

    /// True while inside a hidden element: text is dropped.
    var isHidden: Bool { hiddenDepth > 0 }

    /// Call at an element start; false means skip its subtree (for tree walkers).
    mutating func enterElement(named name: String) -> Bool {
        let role = HTMLTextBuilder.role(ofTag: name.utf8)
        if role == .hidden { return false }
        applyBreak(role)
        return true
    }

    /// Call at an element end.
    mutating func leaveElement(named name: String) {
        // `<br>` breaks once, at its start; other blocks break on both sides.
        if name.utf8.count == 2, name.lowercased() == "br" { return }
        applyBreak(HTMLTextBuilder.role(ofTag: name.utf8))
    }

    /// Records the effect of a start or end tag found by a tokenizer.
    mutating func tag(_ role: Role, isEnd: Bool, selfClosing: Bool = false) {
        if role == .hidden {
            if selfClosing { return }
            hiddenDepth = max(0, hiddenDepth + (isEnd ? -1 : 1))
            return
        }
        applyBreak(role)
    }

    private mutating func applyBreak(_ role: Role) {
        switch role {
        case .line: pendingBreak = max(pendingBreak, 1)
        case .paragraph: pendingBreak = 2
        case .inline, .hidden: return
        }
    }

    /// Bytes copied as they are: not ASCII whitespace, not 0xC2 (lead byte of NBSP and SHY).
    /// Two compares for the usual byte (above space), not a table load with a bounds check.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 ? byte != 0xC2 : !Whitespace.isSpace(byte)
    }

    /// True when the loop below would take all eight bytes of `word` (after a plain byte):
    /// nothing below a space, no 0xC2, no two spaces in a row, and no space last (whether the
    /// byte after it is plain is not known here).
    @inline(__always)
    private static func isProse(_ word: UInt64) -> Bool {
        let spaces = WordTest.exactlyMarked(word, 0x20)
        return !WordTest.hasBelow(word, 0x20) && !WordTest.has(word, 0xC2)
            && spaces & (spaces >> 8 | 0x8000_0000_0000_0000) == 0
    }

    /// Appends text that has no entities left to decode (libxml2 text nodes, plain-text fields).
    /// Copies runs of visible bytes in bulk: per-byte appends dominated feed parsing time.
    mutating func appendDecodedText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard hiddenDepth == 0 else { return }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Whitespace.isSpace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD {
                // U+00A0 NO-BREAK SPACE separates words like a space for our purposes;
                // U+00AD SOFT HYPHEN is a hyphenation hint, not text.
                if bytes[index + 1] == 0xA0 { pendingSpace = true }
                index += 2
                continue
            }
            // Prose is words separated by single spaces: copy such a stretch in one go rather
            // than word by word (the per-word appends dominated the profile).
            var end = index + 1
            while end < count {
                // Eight bytes at a time while the byte before `end` is plain and the word is prose.
                if end + 8 <= count, HTMLTextBuilder.isProse(WordTest.load(bytes, at: end)) {
                    end += 8
                    continue
                }
                if HTMLTextBuilder.isPlain(bytes[end]) {
                    end += 1
                } else if bytes[end] == 0x20, end + 1 < count, HTMLTextBuilder.isPlain(bytes[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            flushSeparators()
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
    }

    /// Appends one decoded code point (from an entity reference).
    mutating func appendScalar(_ value: UInt32) {
        guard hiddenDepth == 0 else { return }
        guard let scalar = Unicode.Scalar(value), value != 0 else { return }
        if value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0xA0 {
            pendingSpace = true
            return
        }
        // U+00AD SOFT HYPHEN (&shy;) only marks a possible break; it is not visible text.
        if value == 0xAD { return }
        flushSeparators()
        UTF8.encode(scalar) { output.append($0) }
    }

    private mutating func flushSeparators() {
        guard !output.isEmpty else {
            pendingBreak = 0
            pendingSpace = false
            return
        }
        if pendingBreak > 0, keepsBreaks {
            output.append(0x0A)
            if pendingBreak == 2 { output.append(0x0A) }
        } else if pendingBreak > 0 || pendingSpace {
            output.append(0x20)
        }
        pendingBreak = 0
        pendingSpace = false
    }

    /// The accumulated text; trailing separators are dropped.
    func finish() -> String {
        String(decoding: output, as: UTF8.self)
    }

    /// The accumulated text as UTF-8 bytes (valid unless the input was not).
    func finishBytes() -> [UInt8] {
        output
    }
}
