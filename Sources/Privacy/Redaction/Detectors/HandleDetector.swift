/// Social-media handles: `@max_mustermann`, and fediverse `@max@mastodon.social`.
/// Not e-mails (the `@` must not follow a local-part character) and not "@ 14 Uhr".
enum HandleDetector {
    /// Twitter/X allows 15, Instagram 30 characters; longer runs are something else.
    static let maxLength = 30

    /// The handle whose `@` is at `atIndex`; `nameRange` is the part after the `@`.
    static func match(_ text: UTF8Text, atIndex: Int) -> (detection: Detection, nameRange: Range<Int>)? {
        let nameStart = atIndex + 1
        let first = text[nameStart]
        guard ASCII.isLetter(first) || first == ASCII.underscore else { return nil }
        var i = nameStart
        while true {
            let b = text[i]
            if ASCII.isAlnum(b) || b == ASCII.underscore {
                i += 1
            } else if b == ASCII.dot && (ASCII.isAlnum(text[i + 1]) || text[i + 1] == ASCII.underscore) {
                // Instagram handles contain dots; a trailing dot ends the sentence instead.
                i += 1
            } else {
                break
            }
        }
        let nameEnd = i
        guard (2...maxLength).contains(nameEnd - nameStart), !text.isWordScalar(at: nameEnd) else { return nil }
        var end = nameEnd
        if text[nameEnd] == ASCII.at,
           let domainEnd = EmailDetector.domainEnd(text, from: nameEnd + 1, allowBracketedDots: false) {
            end = domainEnd
        }
        return (Detection(.handle, atIndex, end), nameStart..<nameEnd)
    }
}
