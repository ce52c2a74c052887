import Foundation
import Privacy

/// Ids and links can carry a person too: JSON Feed ids are often the post URL
/// (`https://social.example/@handle/123`), profile-style links name the author. An id that
/// carries personal data becomes a keyed hash (stable across runs, so re-fetching does not
/// duplicate the post); a link that carries it is dropped, because following it would
/// re-identify the author.
struct IdentifierGuard {
    let redactor: Redactor
    let pseudonymizer: any Pseudonymizing
    let source: String
    /// Lowercased raw author names and user names seen in the document.
    let authorNames: [String]

    init(redactor: Redactor, pseudonymizer: any Pseudonymizing, source: String, authors: [String]) {
        self.redactor = redactor
        self.pseudonymizer = pseudonymizer
        self.source = source
        authorNames = Set(authors.map { $0.lowercased() }.filter { $0.count >= 3 }).sorted()
    }

    func carriesPersonalData(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if authorNames.contains(where: { lowered.contains($0) }) { return true }
        return !redactor.redact(value).spans.isEmpty
    }

    /// The id itself when it is clean, else `id_` + a keyed hash of it.
    func safeID(_ id: String) -> String {
        guard carriesPersonalData(id) else { return id }
        return "id_" + pseudonymizer.pseudonym(forAuthor: "id:" + id, source: source).dropFirst(2)
    }

    func safeID(_ id: String?) -> String? {
        id.map(safeID)
    }

    /// The link when it is clean, else nil.
    func safeLink(_ link: String?) -> String? {
        guard let link, !carriesPersonalData(link) else { return nil }
        return link
    }
}
