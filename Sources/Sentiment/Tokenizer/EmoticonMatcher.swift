/// What the tokeniser needs of emoji.tsv to recognise ASCII emoticons, in one immutable object.
///
/// `EmojiLexicon` is a struct of five arrays: the tokeniser's per-text state held a copy of it,
/// and every copy of that state retained and released all five (about a sixth of the
/// tokeniser's instructions on tweets). A final class with constant fields costs one reference;
/// the tokeniser's per-text state copies the start mask, which it tests at every scalar.
final class EmoticonMatcher: Sendable {
    /// ASCII scalars an emoticon can start with, and the lowercased scalars that can follow
    /// them (see `EmojiLexicon`).
    let starts: ASCIIScalarSet
    private let seconds: ASCIIScalarSet
    private let hasSingleScalarEmoticon: Bool
    /// Emoticon lengths in scalars, longest first.
    let lengths: [Int]
    private let longest: Int
    private let emoticons: TermTable<Bool>

    init(_ emoji: EmojiLexicon) {
        starts = emoji.emoticonStarts
        seconds = emoji.emoticonSeconds
        hasSingleScalarEmoticon = emoji.hasSingleScalarEmoticon
        lengths = emoji.emoticonLengths
        longest = emoji.longestEmoticon
        emoticons = emoji.emoticons
    }

    /// false when no emoticon starts with some scalar followed by `second` (nil: the text
    /// ends there). A superset test: it never rejects an emoticon `isEmoticon` would accept.
    @inline(__always)
    func mayContinue(_ second: Unicode.Scalar?) -> Bool {
        if hasSingleScalarEmoticon { return true }
        guard let second else { return false }
        return seconds.contains(ScalarText.lowercased(second))
    }

    /// The same answer as `EmojiLexicon.isEmoticon`.
    func isEmoticon(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        scalars.count <= longest && emoticons.contains(EmojiLexicon.emoticonKey(scalars))
    }
}
