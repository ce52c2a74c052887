import Foundation
import XCTest

@testable import Ingest

/// `monitor parse` writes RSS/Atom texts from bytes (`assemble`), the pipeline receives
/// strings (`post(from:)`): both must describe the same post.
final class PostAssemblerTests: XCTestCase {
    func testAssembledPostMaterializesToThePipelinesPost() {
        let html = MarkedText(bytes: Array("<p>Erster &amp; „zweiter“ Absatz</p><p>Zeile\u{A0}zwei</p>".utf8), kind: .html)
        let text = MarkedText(bytes: Array("  literal <b>not markup</b>\n\n  ".utf8), kind: .text)
        let invalid = MarkedText(bytes: [0x61, 0xC3, 0x28, 0x62, 0xED, 0xA0, 0x80], kind: .html)
        let cases: [(summary: MarkedText?, content: MarkedText?)] = [
            (html, nil), (nil, html), (text, html), (html, text), (nil, nil), (invalid, nil), (html, invalid),
        ]
        let context = FeedFixture.context()
        var pipeline = PostAssembler(context: context)
        var parse = PostAssembler(context: context)
        for (index, texts) in cases.enumerated() {
            var draft = EntryDraft()
            draft.guid = "g\(index)"
            draft.title = MarkedText(bytes: Array("Titel \(index) &amp;amp; mehr".utf8), kind: .html)
            draft.summary = texts.summary
            draft.content = texts.content
            draft.published = "Sun, 22 Nov 2026 18:00:00 +0000"
            let expected = pipeline.post(from: draft, feed: FeedMetadata(language: "de"))
            let assembled = parse.assemble(draft, feed: FeedMetadata(language: "de"))
            XCTAssertEqual(assembled.materialized(), expected, "case \(index)")
        }
    }
}
