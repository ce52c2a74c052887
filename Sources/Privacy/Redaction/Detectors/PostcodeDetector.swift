/// A bare "PLZ Ort" ("20095 Hamburg") counts as an address only after an address cue
/// ("Anschrift:", "wohne in", "PLZ"): on its own it names a town, which is not personal, and
/// shop or event locations in posts would otherwise all disappear.
enum PostcodeDetector {
    static func match(_ text: UTF8Text, at start: Int, lexicon: RedactionLexicon) -> Detection? {
        guard let end = PostcodePlace.end(text, at: start),
              NumberContext.isInAddressContext(text, at: start, lexicon: lexicon) else { return nil }
        return Detection(.address, start, end)
    }
}
