/// One identifier found by a detector, in UTF-8 byte offsets of the post.
struct Detection {
    var type: PIIType
    var start: Int
    var end: Int
    /// Text to insert instead of the type's placeholder (a known author's pseudonym).
    var replacement: String?

    init(_ type: PIIType, _ start: Int, _ end: Int, replacement: String? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}
