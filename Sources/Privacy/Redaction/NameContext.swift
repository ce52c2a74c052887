/// Names the redactor should know about for one post.
public struct NameContext: Sendable {
    /// The post author's raw display name: replaced by `[NAME]` wherever it appears.
    public var authorName: String?
    /// Other authors of the same thread, raw display name → pseudonym: their names in the text
    /// become their pseudonyms, so "who answered whom" survives redaction.
    public var knownAuthors: [String: String]

    public init(authorName: String? = nil, knownAuthors: [String: String] = [:]) {
        self.authorName = authorName
        self.knownAuthors = knownAuthors
    }
}
