import Foundation
import Privacy

struct RedactCommand: Command {
    static let name = "redact"
    static let summary = "show what the redactor replaces in a text or stdin lines"
    static let help = """
        Usage: monitor redact [TEXT] [--format text|json]

        Prints the redacted text: emails, phone numbers, IBANs, card numbers, IP addresses,
        German addresses and tax IDs, profile links, @handles and names after salutations or
        in sign-offs become typed placeholders ([EMAIL], [PHONE], …). Without TEXT, reads one
        text per line from standard input. With --format json, one object per input:
        {"text": redacted, "spans": [{"type": "EMAIL", "start": s, "end": e}]}, offsets in
        Unicode scalar values of the input. Writes nothing: use it to check the redactor on
        your own data.
        """

    let text: String?
    let json: Bool
    /// Hidden `--bench POSTS.jsonl` for `make bench` (scripts/bench/30-redaction.sh): times
    /// only the redaction loop over posts held in memory. Not in the help text, since an
    /// operator never needs it.
    let benchPath: String?

    init(arguments: inout Arguments) throws {
        let format = try arguments.option("--format") ?? "text"
        guard ["text", "json"].contains(format) else { throw UsageError("redact: --format takes text or json") }
        json = format == "json"
        benchPath = try arguments.option("--bench")
        text = try arguments.positionals(max: 1).first
    }

    func run() throws -> Int32 {
        if let benchPath { return try RedactionBenchmark.run(path: benchPath) }
        let redactor = Redactor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let emit: (String) throws -> Void = { input in
            let redaction = redactor.redact(input)
            if json {
                print(String(decoding: try encoder.encode(RedactionOutput(text: redaction.text, spans: redaction.spans)), as: UTF8.self))
            } else {
                print(redaction.text)
            }
        }
        if let text {
            try emit(text)
        } else {
            while let line = readLine() { try emit(line) }
        }
        return 0
    }
}

private struct RedactionOutput: Encodable {
    var text: String
    var spans: [RedactedSpan]
}
