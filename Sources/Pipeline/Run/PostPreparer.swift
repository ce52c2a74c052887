import Foundation
import Ingest
import Privacy
import Sentiment

/// Turns what a parser extracted into what the store may keep: the author becomes a keyed
/// pseudonym, personal identifiers in title and text become placeholders, and the text is
/// classified. Raw names exist only inside this call and are never returned.
public struct PostPreparer: Sendable {
    public var pseudonymizer: any Pseudonymizing
    public var redactor: Redactor
    public var analyzer: any TextAnalyzing
    /// Pseudonyms of people who asked to be forgotten: their posts are skipped, their names in
    /// other posts become `[NAME]` (see `ErasureSuppression.swift`).
    public var suppressedAuthors: Set<String> = []
    /// Posts published before this are past `privacy.retention_days` and are not stored again.
    public var retainedFrom: Date?

    public init(pseudonymizer: any Pseudonymizing, redactor: Redactor, analyzer: any TextAnalyzing) {
        self.pseudonymizer = pseudonymizer
        self.redactor = redactor
        self.analyzer = analyzer
    }

    /// Prepares every entry of one document from `source`.
    public func prepare(_ entries: [FetchedPost], documentLanguage: String?, from source: SourceConfiguration) -> [StoredPost] {
        let staff = Set(source.staff.map { pseudonymizer.pseudonym(forAuthor: $0, source: source.name) })
        let authorsByThread = authorsPerThread(entries, source: source)
        let starterLinks = starterLinksByThread(entries)
        let guarded = identifierGuard(for: entries, source: source)
        var seenIDs: [String: Int] = [:]
        var memo = WordMemo()  // word-level results shared by the posts of this document
        return entries.filter { isStored($0, source: source.name) }.map { entry in
            let author = entry.author.map { pseudonymizer.pseudonym(forAuthor: $0, source: source.name) } ?? "anonymous"
            let thread = entry.thread ?? entry.id ?? entry.link
            var names = NameContext(authorName: entry.author, knownAuthors: thread.flatMap { authorsByThread[$0] } ?? [:])
            if let own = entry.author { names = NameContext(authorName: own, knownAuthors: names.knownAuthors.filter { $0.key != own }) }
            let text = redactor.redact(entry.text ?? entry.summary ?? "", names: names).text
            let title = entry.title.map { redactor.redact($0, names: names).text }
            let threadTitle = entry.threadTitle.map { redactor.redact($0, names: names).text } ?? title
                ?? Self.headline(from: text)
            let contentHash = ContentHash.of(title: title, text: text)
            let nativeID = guarded.safeID(uniqueID(for: entry, contentHash: contentHash, seen: &seenIDs))
            let threadID = guarded.safeID(thread) ?? nativeID
            let analysis = analyzer.analyze(
                textForAnalysis(title: title, startsThread: entry.parent == nil, text: text),
                languageHint: source.language ?? documentLanguage.flatMap(Self.language(fromTag:)), memo: &memo)
            return StoredPost(
                key: "\(source.name):\(nativeID)", source: source.name, nativeID: nativeID, threadID: threadID,
                threadTitle: threadTitle,
                threadURL: guarded.safeLink(entry.threadLink ?? thread.flatMap { starterLinks[$0] } ?? entry.link),
                parentID: guarded.safeID(entry.parent), link: guarded.safeLink(entry.link), author: author,
                isStaff: staff.contains(author), isOwnedSource: source.owned,
                published: entry.published ?? entry.updated ?? Date(timeIntervalSince1970: 0),
                dateFlagged: entry.dateIssue != nil || entry.published == nil, title: title, text: text,
                contentHash: contentHash, language: analysis.language.language, score: analysis.sentiment.score,
                label: analysis.sentiment.label, confidence: analysis.sentiment.confidence,
                topics: analysis.topics.map(\.topic).sorted(), escalationMarkers: Self.readable(analysis.escalationMarkers),
                isQuestion: analysis.isQuestion, classifierVersion: analyzer.version)
        }
    }

    private func identifierGuard(for entries: [FetchedPost], source: SourceConfiguration) -> IdentifierGuard {
        IdentifierGuard(
            redactor: redactor, pseudonymizer: pseudonymizer, source: source.name,
            authors: entries.compactMap(\.author))
    }

    /// Store keys of the entries of `document` that the source marked deleted: the same
    /// derivation as for live posts (the guard sees the whole document).
    public func keysOfDeletedEntries(in document: [FetchedPost], from source: SourceConfiguration) -> [String] {
        let guarded = identifierGuard(for: document, source: source)
        return document.filter(\.isDeleted).compactMap { entry in
            (entry.id.flatMap { $0.isEmpty ? nil : $0 } ?? entry.link).map { "\(source.name):\(guarded.safeID($0))" }
        }
    }

    /// Names of everyone who wrote in a thread, so a reply that names another author keeps
    /// "who answered whom" as that author's pseudonym instead of the name.
    private func authorsPerThread(_ entries: [FetchedPost], source: SourceConfiguration) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for entry in entries {
            guard let thread = entry.thread ?? entry.id, let author = entry.author, !author.isEmpty else { continue }
            result[thread, default: [:]][author] = mention(of: author, source: source.name)
        }
        return result
    }

    private func starterLinksByThread(_ entries: [FetchedPost]) -> [String: String] {
        var links: [String: String] = [:]
        for entry in entries {
            if let id = entry.id, let thread = entry.thread, id == thread, let link = entry.link { links[thread] = link }
        }
        return links
    }

    /// The source's id, else the link, else the content hash; repeated ids inside one document
    /// (seen in forum exports) get a counter so neither post is lost.
    private func uniqueID(for entry: FetchedPost, contentHash: String, seen: inout [String: Int]) -> String {
        let base = entry.id.flatMap { $0.isEmpty ? nil : $0 } ?? entry.link ?? "hash:\(contentHash)"
        let count = seen[base, default: 0] + 1
        seen[base] = count
        return count == 1 ? base : "\(base)#\(count)"
    }

    /// A thread starter's own title says what it is about; the titles of replies only repeat it.
    private func textForAnalysis(title: String?, startsThread: Bool, text: String) -> String {
        guard startsThread, let title, !title.isEmpty, !title.lowercased().hasPrefix("re:") else { return text }
        return title + "\n" + text
    }

    /// Markers are lexicon patterns (`kündig*`); reports and mail show them without the wildcard.
    static func readable(_ markers: [String]) -> [String] {
        Array(Set(markers.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*")) })).sorted()
    }

    /// Social posts have no title; their first words stand in for one in reports and mail.
    static func headline(from text: String, maxCharacters: Int = 70) -> String? {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = firstLine.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.count > maxCharacters else { return trimmed }
        let cut = trimmed.prefix(maxCharacters)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    static func language(fromTag tag: String) -> Language? {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        switch primary {
        case "de": return .de
        case "en": return .en
        case "": return nil
        default: return .other
        }
    }
}

/// A stable, non-cryptographic fingerprint of post content (FNV-1a, 64 bit): enough to tell an
/// edited post from an unchanged one and to link identical cross-posts.
enum ContentHash {
    static func of(title: String?, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (title ?? "").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x1f) &* 0x100_0000_01b3
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
