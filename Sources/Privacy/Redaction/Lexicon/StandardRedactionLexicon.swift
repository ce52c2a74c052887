extension RedactionLexicon {
    /// Where the built-in lexicon lives, relative to `lexicons/` (and the key in the compiled-in
    /// copy the `EmbedLexicons` build plugin generates).
    public static let standardFile = "privacy/redaction.txt"

    /// The built-in lexicon text: `lexicons/privacy/redaction.txt`, compiled into the binary so an
    /// installed `monitor` works alone. Edit that file (format in `docs/PRIVACY.md`), or ship a
    /// copy and load it with `RedactionLexicon.load(from:)`.
    public static var standardText: String {
        guard let text = EmbeddedLexicons.files[standardFile] else {
            preconditionFailure("lexicons/\(standardFile) was not compiled in: check the EmbedLexicons plugin on the Privacy target")
        }
        return text
    }
}
