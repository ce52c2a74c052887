import Foundation

/// A text construct as found in the document, before it becomes plain text.
struct MarkedText: Equatable {
    /// How to read `bytes`: RSS fields and Atom `type="html"` are HTML; Atom `type="text"` is
    /// literal (RFC 4287 §3.1.1); `xhtml` content arrives re-serialised as HTML.
    enum Kind {
        case text, html
    }

    /// UTF-8, trimmed; a `String` is made only of the plain text.
    var bytes: [UInt8]
    var kind: Kind
}

/// Raw fields of one RSS item or Atom entry, collected while streaming.
struct EntryDraft {
    var guid: String?
    var guidIsPermaLink = true
    var atomID: String?
    var rdfAbout: String?
    var title: MarkedText?
    /// The alternate link (RSS `link`, Atom `link rel="alternate"` or without `rel`).
    var link: String?
    var author: String?
    var creator: String?
    var published: String?
    var updated: String?
    var dcDate: String?
    var summary: MarkedText?
    var content: MarkedText?
    var comments: String?
    var commentFeed: String?
    var threadCategory: String?
    var inReplyTo: String?
    var language: String?
    /// `xml:lang` in effect at the entry start, and at its content and summary elements: a
    /// post's language is that of its text when the text declares its own.
    var scopeLanguage: String?
    var contentLanguage: String?
    var summaryLanguage: String?

    /// RSS guid, Atom id, RDF `rdf:about`, else the link: a stable identity for dedup and threads.
    var identity: String? {
        guid ?? atomID ?? rdfAbout ?? link
    }

    /// The language of the post text: an `xml:lang` on (or inherited by) the text element that
    /// differs from the entry's wins (`xml:lang=""` there means unknown); else the entry's own.
    func textLanguage(feedLanguage: String?) -> String? {
        let hasText = content != nil ? contentLanguage : (summary != nil ? summaryLanguage : scopeLanguage)
        if hasText != scopeLanguage { return hasText }
        return language ?? feedLanguage
    }
}
