import Foundation

/// All lexicons the analyser uses, parsed once. Built from the lexicons compiled into the
/// binary, optionally overridden file by file from a directory with the same layout
/// (`lexicons.directory` / `MONITOR_LEXICONS`), plus optional third-party lexicons.
public struct LexiconResources: Sendable {
    let german: LanguageLexicon
    let english: LanguageLexicon
    let emoji: EmojiLexicon
    /// FNV-1a 64 over every file's path and content and the third-party files, in hex.
    public let contentHash: String
    /// The relative paths that were read from the override directory rather than the binary.
    public let overriddenFiles: [String]

    /// The lexicons compiled into the binary.
    public static func embedded() throws -> LexiconResources {
        try LexiconResources(files: EmbeddedLexicons.files)
    }

    /// - Parameters:
    ///   - directory: a directory laid out like lexicons/ (`de/valence.tsv`, `emoji.tsv`, …);
    ///     files missing there fall back to the compiled-in ones. nil: compiled-in only.
    ///   - extraVADER: a VADER-format lexicon (`token\tmean\tsd\tratings`) adding English words.
    ///   - extraSentiWS: a SentiWS file, or a directory with the Positive/Negative files, adding
    ///     German words (weights ×4).
    /// - Throws: `LexiconError` naming the file, the line and the fix.
    public static func load(directory: URL?, extraVADER: URL? = nil, extraSentiWS: URL? = nil) throws -> LexiconResources {
        try load(directory: directory, extraVADER: extraVADER, extraSentiWS: extraSentiWS.map { [$0] } ?? [])
    }

    /// As `load(directory:extraVADER:extraSentiWS:)`, with several SentiWS files or directories
    /// (SentiWS ships its positive and negative words as two files).
    public static func load(directory: URL?, extraVADER: URL? = nil, extraSentiWS: [URL]) throws -> LexiconResources {
        var files = EmbeddedLexicons.files
        var overridden: [String] = []
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw LexiconError.unreadable(file: directory.path, reason: "not a directory")
            }
            for relative in Self.knownFiles + Array(EmbeddedLexicons.files.keys) where !overridden.contains(relative) {
                let url = directory.appendingPathComponent(relative)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                files[relative] = try read(url, name: relative)
                overridden.append(relative)
            }
        }
        var extras: [(kind: String, name: String, text: String)] = []
        if let extraVADER { extras.append(("vader", extraVADER.path, try read(extraVADER, name: extraVADER.path))) }
        for path in extraSentiWS {
            for url in try ThirdPartyLexiconLoader.sentiWSFiles(at: path) {
                extras.append(("sentiws", url.path, try read(url, name: url.path)))
            }
        }
        return try LexiconResources(files: files, extras: extras, overridden: overridden.sorted())
    }

    /// Every file the analyser reads, relative to the lexicon directory.
    public static let knownFiles: [String] = ["emoji.tsv", "topics.default.json"]
        + ["de", "en"].flatMap { language in
            ["valence.tsv", "phrases.tsv", "modifiers.tsv", "escalation.tsv", "stopwords.txt", "questions.txt", "profile.txt"]
                .map { "\(language)/\($0)" }
        }

    /// Builds resources from file contents keyed by relative path (tests pass tiny lexicons).
    init(files: [String: String], extras: [(kind: String, name: String, text: String)] = [], overridden: [String] = []) throws {
        var german = try LanguageLexiconBuilder(language: .de, files: files)
        var english = try LanguageLexiconBuilder(language: .en, files: files)
        var emoji = EmojiLexicon()
        if let text = files["emoji.tsv"] { emoji = try EmojiLexicon(text: text, file: "emoji.tsv") }
        var hash = ContentHash()
        for path in files.keys.sorted() where path != "topics.default.json" {
            hash.add(path)
            hash.add(files[path] ?? "")
        }
        for extra in extras {
            switch extra.kind {
            case "vader": try ThirdPartyLexiconLoader.loadVADER(extra.text, file: extra.name, into: &english, emoji: &emoji)
            default: try ThirdPartyLexiconLoader.loadSentiWS(extra.text, file: extra.name, into: &german)
            }
            hash.add(extra.kind)
            hash.add(extra.text)
        }
        self.german = LanguageLexicon(german)
        self.english = LanguageLexicon(english)
        self.emoji = emoji
        contentHash = hash.hex
        overriddenFiles = overridden
    }

    func lexicon(for language: Language) -> LanguageLexicon? {
        switch language {
        case .de: return german
        case .en: return english
        case .other: return nil
        }
    }

    private static func read(_ url: URL, name: String) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LexiconError.unreadable(file: name, reason: error.localizedDescription)
        }
    }
}
