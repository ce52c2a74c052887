import Foundation
import XCTest

@testable import Ingest

/// The byte-level shortcut for absolute-path references must give exactly what Foundation's
/// `URL(string:relativeTo:)` gives, or decline.
final class URLResolverTests: XCTestCase {
    private let bases = [
        "https://forum.example/", "https://forum.example/feed.xml?page=2#top", "http://Forum.Example:8080/a/b/c",
        "HTTPS://FORUM.EXAMPLE/x", "https://user:secret@forum.example/feed", "file:///tmp/feeds/bench.xml",
        "http://[::1]:8000/feed", "https://forum.example", "https://forum.example/a/b/../c/./d",
    ]
    private let references = [
        "/t/1064/0", "/", "/a/b.html", "/a/b/", "/index.php", "/a-b_c~d/e+f", "/x=1&y=2", "/a.b.c/d.e",
        "/a/./b", "/a/../b", "/.", "/..", "//other.example/x", "/a b", "/%41", "/a?x=1", "/a#f", "/ä", "/a:b",
    ]

    func testAbsolutePathShortcutAgreesWithFoundationOrDeclines() throws {
        for baseText in bases {
            let base = URLResolver.Base(try XCTUnwrap(URL(string: baseText)))
            for reference in references {
                guard let fast = URLResolver.resolvedAbsolutePath(reference, against: base) else { continue }
                XCTAssertEqual(fast, URL(string: reference, relativeTo: base.url)?.absoluteString, "\(reference) against \(baseText)")
            }
        }
    }

    func testAbsolutePathShortcutTakesTheCommonForumLink() throws {
        let base = URLResolver.Base(try XCTUnwrap(URL(string: "https://forum.example/feed.xml?page=2")))
        XCTAssertEqual(URLResolver.resolvedAbsolutePath("/t/1064/0", against: base), "https://forum.example/t/1064/0")
        XCTAssertNil(URLResolver.resolvedAbsolutePath("/a/../b", against: base))
        XCTAssertNil(URLResolver.resolvedAbsolutePath("t/1064", against: base))
    }
}
