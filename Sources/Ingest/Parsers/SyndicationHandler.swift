import Foundation

/// Turns SAX events of RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents into `EntryDraft`s, one at
/// a time, so memory does not grow with the document. Format-specific differences are settled
/// here (Atom links are attributes, RSS links are text; Atom text constructs carry a type);
/// everything after that is shared by `PostAssembler`.
final class SyndicationHandler: XMLEventHandler {
    private(set) var format: FeedFormat?
    /// Name of the root element, for the error when it is not a feed.
    private(set) var rootName: String?
    private var rootNamespace: String?
    private(set) var feed = FeedMetadata()
    private(set) var nextPage: String?
    private var feedAnnounced = false
    private let onFeed: (FeedFormat, FeedMetadata) -> Void
    private let onEntry: (consuming EntryDraft, FeedMetadata) -> Void

    private var depth = 0
    /// `xml:base` and `xml:lang` in effect at the innermost open element.
    private var bases: ScopedValue<URLResolver.Base?>
    private var languages = ScopedValue<String?>(nil)
    private var entry: EntryDraft?
    private var entryDepth = 0
    private var skipDepth: Int?
    private var capture: Capture?
    /// The buffer of the last capture that became a string, for the next capture: ids, dates
    /// and links would otherwise each allocate and free one.
    private var spareBytes: [UInt8] = []
    private var elements: [FeedElement?] = []

    private enum Target {
        case title, link, guid, published, updated, dcDate, author, creator, language
        case comments, commentFeed, category(domain: String?), summary, description, content, contentEncoded, id
    }

    private struct Capture {
        var target: Target
        var depth: Int
        var kind: MarkedText.Kind
        /// Child elements are written back as tags (HTML put unescaped inside RSS, Atom xhtml).
        var keepsMarkup: Bool
        /// Text is re-escaped because it will be read as HTML again (Atom xhtml).
        var escapesText: Bool
        /// The text is base64 (Atom 0.3 `mode="base64"`, Atom 1.0 non-text media types).
        var decodesBase64 = false
        /// `xml:lang` in effect at the element: the language of a post's text.
        var language: String?
        var bytes: [UInt8] = []
        var collecting = true
    }

    init(
        documentBase: URL?, onFeed: @escaping (FeedFormat, FeedMetadata) -> Void,
        onEntry: @escaping (consuming EntryDraft, FeedMetadata) -> Void
    ) {
        bases = ScopedValue(documentBase.map(URLResolver.Base.init))
        self.onFeed = onFeed
        self.onEntry = onEntry
    }

    /// Announces the feed if no entry did; call after the last chunk.
    func finish() {
        announceFeed()
    }

    private func announceFeed() {
        guard !feedAnnounced, let format else { return }
        feedAnnounced = true
        onFeed(format, feed)
    }

    private func classify(_ name: XMLName) -> FeedElement {
        if name.id >= 0, name.id < elements.count, let known = elements[name.id] { return known }
        let element = FeedElement.classify(name, rootNamespace: rootNamespace)
        if name.id >= 0 {
            if name.id >= elements.count { elements.append(contentsOf: repeatElement(nil, count: name.id - elements.count + 1)) }
            elements[name.id] = element
        }
        return element
    }

    func startElement(_ name: XMLName, attributes: [XMLAttribute]) {
        depth += 1
        pushScope(attributes)
        if skipDepth != nil { return }
        if capture != nil {
            continueCapture(startOf: name)
            return
        }
        if depth == 1 {
            rootNamespace = name.namespace
            detectFormat(FeedElement.classify(name, rootNamespace: name.namespace), name: name, attributes: attributes)
        }
        let element = classify(name)
        if format == .rdf, name.namespace == FeedNamespace.rss090 { format = .rss090 }
        switch element {
        case .item, .entry:
            guard entry == nil, format != nil else { return }
            announceFeed()
            entry = EntryDraft()  // filled in place: a draft copied into the optional retains all it holds
            entry!.language = languages.current
            entry!.scopeLanguage = languages.current
            entry!.rdfAbout = attribute("about", in: attributes)
            entryDepth = depth
        case .skipped:
            skipDepth = depth
        case .link:
            let rel = attribute("rel", in: attributes) ?? "alternate"
            if let href = attribute("href", in: attributes) {
                atomLink(rel: rel, href: href)
            } else if rel == "alternate" {
                begin(.link)  // RSS, and Atom 0.3 feeds that put the URL in the content
            }
        case .guid:
            entry?.guidIsPermaLink = attribute("isPermaLink", in: attributes).map(SyndicationHandler.lowercased) != "false"
            begin(.guid)
        case .inReplyTo:
            if entry?.inReplyTo == nil {
                entry?.inReplyTo = attribute("ref", in: attributes) ?? attribute("href", in: attributes)
            }
        case .category:
            if entry != nil { begin(.category(domain: attribute("domain", in: attributes))) }
        case .title: beginText(.title, attributes: attributes)
        case .description: begin(.description, kind: .html, keepsMarkup: true)
        case .summary: beginText(.summary, attributes: attributes)
        case .content: beginText(.content, attributes: attributes)
        case .contentEncoded, .fullItem: begin(.contentEncoded, kind: .html, keepsMarkup: true)
        case .xhtmlBody: begin(.contentEncoded, kind: .html, keepsMarkup: true, escapesText: true)
        case .author: begin(.author)
        case .creator: begin(.creator)
        case .id: begin(.id)
        case .published, .pubDate: begin(.published)
        case .updated: begin(.updated)
        case .date: begin(.dcDate)
        case .language: begin(.language)
        case .comments: begin(.comments)
        case .commentFeed: begin(.commentFeed)
        case .rss, .rdf, .channel, .atomFeed, .name, .other:
            return
        }
    }

    func endElement(_ name: XMLName) {
        defer {
            bases.leave(depth: depth)
            languages.leave(depth: depth)
            depth -= 1
        }
        if let skip = skipDepth {
            if skip == depth { skipDepth = nil }
            return
        }
        // Optionals are tested and changed in place, and moved out with `take()`: copying a
        // capture or draft out retains every string in it, for every end tag.
        if capture != nil {
            if depth == capture!.depth {
                store(capture.take()!)
            } else if case .author = capture!.target, name.local == "name" {
                capture!.collecting = false
            } else if capture!.keepsMarkup {
                capture!.bytes.append(contentsOf: SyndicationHandler.endTagOpening)
                capture!.bytes.append(contentsOf: name.local.utf8)
                capture!.bytes.append(UInt8(ascii: ">"))
            }
            return
        }
        if depth == entryDepth, let finished = entry.take() {
            onEntry(finished, feed)
        }
    }

    private static let endTagOpening = Array("</".utf8), escapedLessThan = Array("&lt;".utf8)
    private static let escapedAmpersand = Array("&amp;".utf8)

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipDepth == nil, capture != nil, capture!.collecting else { return }
        if capture!.escapesText {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): capture!.bytes.append(contentsOf: SyndicationHandler.escapedLessThan)
                case UInt8(ascii: "&"): capture!.bytes.append(contentsOf: SyndicationHandler.escapedAmpersand)
                default: capture!.bytes.append(byte)
                }
            }
        } else {
            capture!.bytes.append(contentsOf: bytes)
        }
    }

    private func pushScope(_ attributes: [XMLAttribute]) {
        for attribute in attributes where attribute.namespace == FeedNamespace.xml {
            if attribute.local == "base" {
                let base = bases.current
                bases.set(
                    URLResolver.resolve(attribute.value, against: base).flatMap(URL.init(string:)).map(URLResolver.Base.init) ?? base,
                    atDepth: depth)
            } else if attribute.local == "lang" {
                languages.set(attribute.value.isEmpty ? nil : attribute.value.replacingOccurrences(of: "_", with: "-"), atDepth: depth)
            }
        }
    }

    private func continueCapture(startOf name: XMLName) {
        guard capture != nil else { return }
        // In place: a copy would share the byte buffer, and the next append would copy it whole.
        if case .author = capture!.target, name.local == "name" {
            // Atom `<author><name>…</name><email>…</email></author>`: only the name counts.
            capture!.bytes.removeAll()
            capture!.collecting = true
        } else if case .author = capture!.target {
            capture!.collecting = false
        } else if capture!.keepsMarkup {
            capture!.bytes.append(UInt8(ascii: "<"))
            capture!.bytes.append(contentsOf: name.local.utf8)
            capture!.bytes.append(UInt8(ascii: ">"))
        }
    }

    private func detectFormat(_ element: FeedElement, name: XMLName, attributes: [XMLAttribute]) {
        rootName = name.local
        switch element {
        case .rss:
            switch attribute("version", in: attributes).map(Whitespace.trimmed) {
            case "0.90": format = .rss090
            case "0.91": format = .rss091
            case "0.92": format = .rss092
            case "0.93": format = .rss093
            case "0.94": format = .rss094
            default: format = .rss2
            }
        case .rdf: format = .rdf
        case .atomFeed: format = name.namespace == FeedNamespace.atom10 ? .atom10 : .atom03
        default: format = nil
        }
        feed.language = languages.current
    }

    private func attribute(_ local: String, in attributes: [XMLAttribute]) -> String? {
        attributes.first { $0.local == local && ($0.namespace == nil || $0.namespace == FeedNamespace.rdf) }?.value
    }

    private func begin(_ target: Target, kind: MarkedText.Kind = .text, keepsMarkup: Bool = false, escapesText: Bool = false) {
        var bytes: [UInt8] = []
        swap(&bytes, &spareBytes)
        bytes.removeAll(keepingCapacity: true)
        capture = Capture(
            target: target, depth: depth, kind: kind, keepsMarkup: keepsMarkup, escapesText: escapesText,
            language: languages.current, bytes: bytes)
    }

    /// Atom text constructs (RFC 4287 §3.1) and Atom 0.3 `mode`; RSS titles are read as HTML
    /// because feeds put entities and tags in them regardless of the spec.
    private func beginText(_ target: Target, attributes: [XMLAttribute]) {
        var type = attribute("type", in: attributes)
        let isUsualType: Bool
        switch type {
        case nil, "html", "text", "xhtml": isUsualType = true  // already lowercase, no media type
        default:
            isUsualType = false
            type = type.map(SyndicationHandler.lowercased)
        }
        let isAtom = format == .atom10 || format == .atom03
        let mode = attribute("mode", in: attributes)
        let mayBeBase64 = mode != nil || !isUsualType
        if isAtom, mayBeBase64, SyndicationHandler.isBase64(type: type, mode: mode) {
            // Decoded bytes are read as HTML: markup in them must not become text.
            begin(target, kind: .html)
            capture?.decodesBase64 = true
            return
        }
        switch type {
        case "xhtml", "application/xhtml+xml":
            begin(target, kind: .html, keepsMarkup: true, escapesText: true)
        case "html", "text/html":
            begin(target, kind: .html, keepsMarkup: true)
        case "text", "text/plain":
            begin(target, kind: mode == "escaped" ? .html : .text)
        default:
            begin(target, kind: isAtom && type == nil ? .text : .html, keepsMarkup: !isAtom)
        }
    }

    /// `lowercased()`, without its Unicode machinery for the usual all-lowercase ASCII value
    /// (every text element of a feed asks for its `type`).
    static func lowercased(_ value: String) -> String {
        value.utf8.allSatisfy { $0 < 0x80 && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) } ? value : value.lowercased()
    }

    /// RFC 4287 §4.1.3.3: a media type that is neither text/*, XML nor (x)html means base64
    /// content; Atom 0.3 says so with `mode="base64"`.
    static func isBase64(type: String?, mode: String?) -> Bool {
        if let mode, mode.utf8.count == 6, mode.lowercased() == "base64" { return true }
        guard let type, type.utf8.contains(UInt8(ascii: "/")) else { return false }
        return !(type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml")
            || type == "application/xhtml+xml")
    }

    private static func decodedBase64(_ bytes: [UInt8]) -> [UInt8] {
        guard let data = Data(base64Encoded: Data(bytes), options: .ignoreUnknownCharacters) else { return bytes }
        return [UInt8](data)
    }

    private func atomLink(rel: String, href: String) {
        let resolved = URLResolver.resolve(href, against: bases.current) ?? href
        if entry != nil {
            switch rel {
            case "alternate": if entry?.link == nil { entry?.link = resolved }
            case "replies": if entry?.commentFeed == nil { entry?.commentFeed = resolved }
            default: break
            }
        } else {
            switch rel {
            case "alternate": if feed.link == nil { feed.link = resolved }
            case "next": if nextPage == nil { nextPage = resolved }
            default: break
            }
        }
    }

    private func store(_ finished: Capture) {
        let bytes = Whitespace.trimmed(finished.decodesBase64 ? SyndicationHandler.decodedBase64(finished.bytes) : finished.bytes)
        guard entry != nil else {
            storeFeedLevel(finished.target, value: String(decoding: bytes, as: UTF8.self), kind: finished.kind)
            spareBytes = finished.bytes
            return
        }
        // Texts stay bytes: PostAssembler reads them as bytes on its own thread.
        let marked = MarkedText(bytes: bytes, kind: finished.kind)
        switch finished.target {
        case .title: if entry?.title == nil { entry?.title = marked }
        case .description where entry?.summary != nil:
            // RSS items with a `summary` and a `description`: the description is the body.
            if entry?.content == nil {
                entry?.content = marked
                entry?.contentLanguage = finished.language
            }
        case .summary, .description:
            if entry?.summary == nil {
                entry?.summary = marked
                entry?.summaryLanguage = finished.language
            }
        case .content:
            if entry?.content == nil {
                entry?.content = marked
                entry?.contentLanguage = finished.language
            }
        case .contentEncoded:
            // content:encoded holds the full post where RSS 2.0 `description` is often a teaser.
            if !bytes.isEmpty {
                entry?.content = MarkedText(bytes: bytes, kind: .html)
                entry?.contentLanguage = finished.language
            }
        default:
            storeEntryField(finished.target, value: String(decoding: bytes, as: UTF8.self))
            spareBytes = finished.bytes
        }
    }

    private func storeEntryField(_ target: Target, value: String) {
        switch target {
        case .link: if entry?.link == nil { entry?.link = URLResolver.resolve(value, against: bases.current) ?? value }
        case .guid: entry?.guid = value
        case .id: entry?.atomID = value
        // A later date element overrides an earlier one (Atom 0.3 `issued` then `published`).
        case .published: if !value.isEmpty { entry?.published = value }
        case .updated: if !value.isEmpty { entry?.updated = value }
        case .dcDate: if entry?.dcDate == nil { entry?.dcDate = value }
        case .author: if entry?.author == nil { entry?.author = value }
        case .creator: if entry?.creator == nil { entry?.creator = value }
        case .language: if !value.isEmpty { entry?.language = value.replacingOccurrences(of: "_", with: "-") }
        case .comments: entry?.comments = URLResolver.resolve(value, against: bases.current) ?? value
        case .commentFeed: entry?.commentFeed = URLResolver.resolve(value, against: bases.current) ?? value
        case .category(let domain):
            if domain?.lowercased() == "thread", !value.isEmpty { entry?.threadCategory = value }
        case .title, .summary, .description, .content, .contentEncoded:
            return  // stored as bytes by `store`
        }
    }

    private func storeFeedLevel(_ target: Target, value: String, kind: MarkedText.Kind) {
        switch target {
        case .title:
            if feed.title == nil { feed.title = kind == .html ? HTMLText.singleLine(fromHTML: value) : HTMLText.collapsingWhitespace(value) }
        case .link:
            if feed.link == nil { feed.link = URLResolver.resolve(value, against: bases.current) ?? value }
        case .language:
            if feed.language == nil || feed.language == languages.value(atDepth: 1) {
                feed.language = value.replacingOccurrences(of: "_", with: "-")
            }
        default:
            return
        }
    }
}
