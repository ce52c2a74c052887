import Foundation

/// Forum pages without a feed, read with configured XPath selectors (`HTMLSelectors`):
/// `item` selects each post; the other selectors are evaluated relative to it. An element
/// yields its text (HTML to text), an attribute or text node its value.
struct HTMLPageParser {
    private struct Compiled {
        let item: HTMLDocument.Expression
        var fields: [KeyPath<HTMLSelectors, String?>: HTMLDocument.Expression] = [:]
    }

    private static var fieldNames: [(KeyPath<HTMLSelectors, String?>, String)] { [
        (\.id, "id"), (\.thread, "thread"), (\.threadTitle, "threadTitle"), (\.title, "title"),
        (\.author, "author"), (\.date, "date"), (\.text, "text"), (\.link, "link"), (\.parent, "parent"),
        (\.next, "next"),
    ] }

    func read(
        _ body: Data, selectors: HTMLSelectors, context: ParseContext, onFeed: (FeedFormat, FeedMetadata) -> Void,
        onEntry: (FetchedPost) -> Void
    ) throws -> ParseOutcome {
        let utf8 = DocumentDecoding.utf8HTML(body, contentType: context.contentType)
        guard let document = HTMLDocument(utf8: utf8) else { throw ParseError.unrecognisedFormat(hint: "unreadable HTML") }
        let compiled = try compile(selectors, in: document)
        let base = URLResolver.documentBase(context)
        onFeed(.html, FeedMetadata(title: nil, link: base?.absoluteString, language: nil))
        let dating = PostDating(context: context, formatHint: selectors.dateFormat)
        var threads = ThreadResolver()
        var count = 0
        guard case .nodes(let items) = document.evaluate(compiled.item) else {
            throw ParseError.invalidXPath(field: "item", expression: selectors.item)
        }
        for item in items {
            func value(_ field: KeyPath<HTMLSelectors, String?>, keepsBreaks: Bool = false) -> String? {
                guard let expression = compiled.fields[field] else { return nil }
                return text(of: document.evaluate(expression, at: item), in: document, keepsBreaks: keepsBreaks)
            }
            var post = FetchedPost()
            post.link = value(\.link).flatMap { URLResolver.resolve($0, against: base) }
            post.id = value(\.id) ?? post.link
            post.title = value(\.title)
            post.author = value(\.author)
            post.text = value(\.text, keepsBreaks: true)
            dating.apply(published: [value(\.date)], updated: nil, to: &post)
            let resolved = threads.resolve(ThreadResolver.Signals(
                id: post.id, title: post.title, threadCategory: value(\.thread), inReplyTo: value(\.parent)))
            post.thread = resolved.thread
            post.parent = resolved.parent
            post.threadTitle = value(\.threadTitle) ?? resolved.threadTitle
            onEntry(post)
            count += 1
        }
        var nextPage: String?
        if let next = compiled.fields[\.next] {
            nextPage = text(of: document.evaluate(next), in: document, keepsBreaks: false)
                .flatMap { URLResolver.resolve($0, against: base) }
        }
        return ParseOutcome(format: .html, nextPage: nextPage, entryCount: count)
    }

    private func compile(_ selectors: HTMLSelectors, in document: HTMLDocument) throws -> Compiled {
        guard let item = document.compile(selectors.item) else {
            throw ParseError.invalidXPath(field: "item", expression: selectors.item)
        }
        var compiled = Compiled(item: item)
        for (path, name) in HTMLPageParser.fieldNames {
            guard let expression = selectors[keyPath: path], !expression.isEmpty else { continue }
            guard let made = document.compile(expression) else {
                throw ParseError.invalidXPath(field: name, expression: expression)
            }
            compiled.fields[path] = made
        }
        return compiled
    }

    /// First match as text; nil when nothing matched, "" when it matched something empty.
    private func text(of result: HTMLDocument.Result, in document: HTMLDocument, keepsBreaks: Bool) -> String? {
        switch result {
        case .string(let value):
            return Whitespace.trimmed(value)
        case .nodes(let nodes):
            guard let node = nodes.first else { return nil }
            if document.isElement(node) {
                var builder = HTMLTextBuilder(keepsBreaks: keepsBreaks)
                document.walk(node, into: &builder)
                return builder.finish()
            }
            return HTMLText.collapsingWhitespace(document.stringValue(node))
        }
    }
}
