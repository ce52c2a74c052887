import XCTest
@testable import Sentiment

final class TokenizerTests: XCTestCase {
    func testWordsKeepUmlautsAndSharpSAndAreLowercased() {
        XCTAssertEqual(Fixtures.words("Größter Ärger über Straße"), ["größter", "ärger", "über", "straße"])
        XCTAssertEqual(Fixtures.words("Don't PANIC"), ["don't", "panic"])
    }

    func testHyphenatedCompoundIsOneWordWithHyphenPosition() {
        let text = Fixtures.tokenize("Mega-Ärger mit well-made")
        XCTAssertEqual(text.text(of: 0), "megaärger")
        XCTAssertEqual(text.tokens[0].hyphenOffset, 4)
        XCTAssertEqual(text.text(of: 2), "wellmade")
    }

    func testEmojiSkinToneAndVariationSelectorAreStrippedAndZWJSequencesKept() {
        let text = Fixtures.tokenize("Gut 👍🏽 und ❤️ und 🤦‍♂️")
        let emoji = text.tokens.filter { $0.kind == .emoji }.map { text.text(of: $0) }
        XCTAssertEqual(emoji, ["👍", "❤", "🤦\u{200D}♂"])
    }

    func testASCIIEmoticonsFromTheEmojiLexiconAreTokens() {
        let text = Fixtures.tokenize("Great :) but sad :-( xD")
        let emoticons = text.tokens.filter { $0.kind == .emoticon }.map { text.text(of: $0) }
        XCTAssertEqual(emoticons, [":)", ":-(", "xD"])
    }

    func testURLsHandlesAndNumbersAreSeparateTokens() {
        let text = Fixtures.tokenize("@DB_Bahn siehe https://t.co/x?a=1 um 12:30")
        XCTAssertEqual(text.tokens.map(\.kind), [.handle, .word, .url, .word, .number])
    }

    func testHashtagsAreSplitAtCamelCase() {
        XCTAssertEqual(Fixtures.words("#BahnChaos heute #great_service"), ["bahn", "chaos", "heute", "great", "service"])
        XCTAssertTrue(Fixtures.tokenize("#BahnChaos").tokens[0].flags.contains(.hashtag))
    }

    func testElongationIsShortenedAndFlagged() {
        let text = Fixtures.tokenize("suuuuper nooooo")
        XCTAssertEqual(text.text(of: 0), "suuper")
        XCTAssertTrue(text.tokens[0].flags.contains(.elongated))
        XCTAssertEqual(text.text(of: 1), "noo")
    }

    func testAllCapsFlagNeedsTwoLetters() {
        let text = Fixtures.tokenize("SUPER I Gut")
        XCTAssertTrue(text.tokens[0].flags.contains(.allCaps))
        XCTAssertFalse(text.tokens[1].flags.contains(.allCaps))
        XCTAssertTrue(text.tokens[2].flags.contains(.capitalized))
    }

    func testRepeatedPunctuationEndsSentenceAndCountsMarks() {
        let text = Fixtures.tokenize("Wirklich?! Super!!! Ok")
        XCTAssertEqual(text.sentences.count, 3)
        XCTAssertTrue(text.sentences[0].endsWithQuestionMark)
        XCTAssertEqual(text.sentences[0].exclamations, 1)
        XCTAssertEqual(text.sentences[1].exclamations, 3)
    }

    func testCommaEndsClauseAndAbbreviationDotDoesNotEndSentence() {
        let text = Fixtures.tokenize("Z.B. heute, morgen. Not me")
        XCTAssertEqual(text.sentences.count, 2)
        let words = text.tokens.filter { $0.kind == .word }
        XCTAssertNotEqual(words[2].clause, words[3].clause)  // heute | morgen
    }

    func testLineBreakEndsSentence() {
        XCTAssertEqual(Fixtures.tokenize("Hallo\nWelt").sentences.count, 2)
    }
}
