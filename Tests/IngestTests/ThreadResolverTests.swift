import XCTest

@testable import Ingest

/// Reply titles report their starter's title: prefixes go, the rest of the title stays as it was.
final class ThreadResolverTests: XCTestCase {
    func testReplyPrefixesAreStrippedWithoutCaseInEveryForm() {
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re: Lieferung verspätet"), "Lieferung verspätet")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("AW: re:  WG: Ärger mit der Rechnung"), "Ärger mit der Rechnung")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re[3]: Störung"), "Störung")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("ANTWORT:Kündigung"), "Kündigung")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Fwd: Re : x"), "x")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Rechnung: Re: falsch"), "Rechnung: Re: falsch", "only leading prefixes")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re: "), "")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re[2 ohne Ende"), "Re[2 ohne Ende")
    }

    func testASpaceJoinedToACombiningCharacterStaysWithIt() {
        // " \u{301}" is one Character; Character-wise stripping never split it, and does not now.
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re:  \u{301}x"), " \u{301}x")
        XCTAssertEqual(ThreadResolver.strippingReplyPrefix("Re: \u{200D}x"), " \u{200D}x", "a zero-width joiner extends the space")
    }

    func testRepliesAreRecognisedByTheirPrefixOnly() {
        XCTAssertTrue(ThreadResolver.looksLikeReply("aw: Frage"))
        XCTAssertTrue(ThreadResolver.looksLikeReply("RE[12]: Frage"))
        XCTAssertFalse(ThreadResolver.looksLikeReply("Rechnung falsch"))
        XCTAssertFalse(ThreadResolver.looksLikeReply(nil))
        XCTAssertFalse(ThreadResolver.looksLikeReply(""))
    }
}
