import Foundation
import Pipeline
import Privacy
import Sentiment

struct EvalCommand: Command {
    static let name = "eval"
    static let summary = "measure the classifier on a gold file (accuracy, macro-F1, speed)"
    static let help = """
        Usage: monitor eval --gold FILE.tsv [--lang de|en|auto] [--format text|json]
               monitor eval --topics FILE.tsv [--topic-set TOPICS.json] [--format text|json]

        --gold: lines `label<TAB>text`, labels positive, neutral, negative. Prints n, accuracy,
        macro-F1, per-class precision/recall/F1, the confusion matrix and texts per second
        (one thread; tokenising, language identification, scoring and labelling, not file
        reading; repeated until at least one second has passed, median of the repeats).
        With --format json exactly the keys n, accuracy, macro_f1, per_class, confusion,
        texts_per_second.

        --topics: lines `topic1,topic2<TAB>relevant<TAB>text` (topics `-` for none); prints
        per-topic precision and recall of the topic classifier with the topic set from
        --topic-set (default: the compiled-in customer-service set).

        --redaction GOLD.tsv [--predictions PEER.jsonl] [--matching exact|overlap]: per-type
        precision and recall of the redactor (or of a peer's spans) on a gold redaction file
        (docs/PRIVACY.md). --sentiment-invariance FILE.tsv: share of `label<TAB>text` items whose
        sentiment label is unchanged by redaction. Both are used by scripts/eval-redaction.sh.
        """

    let goldPath: String?
    let topicsPath: String?
    let topicSetPath: String?
    let language: Language?
    let json: Bool
    let redactionPath: String?
    let predictionsPath: String?
    let matching: String
    let invariancePath: String?

    init(arguments: inout Arguments) throws {
        redactionPath = try arguments.option("--redaction")
        predictionsPath = try arguments.option("--predictions")
        matching = try arguments.option("--matching") ?? "exact"
        invariancePath = try arguments.option("--sentiment-invariance")
        goldPath = try arguments.option("--gold")
        topicsPath = try arguments.option("--topics")
        topicSetPath = try arguments.option("--topic-set")
        let lang = try arguments.option("--lang") ?? "auto"
        guard ["de", "en", "auto"].contains(lang) else { throw UsageError("eval: --lang takes de, en or auto") }
        language = Language(rawValue: lang)
        let format = try arguments.option("--format") ?? "text"
        guard ["text", "json"].contains(format) else { throw UsageError("eval: --format takes text or json") }
        json = format == "json"
        _ = try arguments.positionals(max: 0)
        let modes = [goldPath, topicsPath, redactionPath, invariancePath].compactMap { $0 }.count
        if modes != 1 { throw UsageError("eval: give one of --gold, --topics, --redaction or --sentiment-invariance FILE") }
        if !["exact", "overlap"].contains(matching) { throw UsageError("eval: --matching takes exact or overlap") }
    }

    func run() throws -> Int32 {
        if let redactionPath {
            return try RedactionEvaluationReport(json: json).run(
                goldPath: redactionPath, predictionsPath: predictionsPath, matching: RedactionEvaluation.Matching(rawValue: matching) ?? .exact)
        }
        let override = ProcessInfo.processInfo.environment["MONITOR_LEXICONS"].map { URL(fileURLWithPath: $0) }
        var topics: [String: [Language: [String]]]?
        if let topicSetPath {
            topics = try TopicFile.read(URL(fileURLWithPath: topicSetPath))
        }
        let analyzer = try Workspace.analyzer(lexicons: LexiconSettings(directory: override), topics: topics)
        if let goldPath { return try evaluateSentiment(goldPath, analyzer: analyzer) }
        if let invariancePath { return try RedactionEvaluationReport(json: json).sentimentInvariance(path: invariancePath, analyzer: analyzer) }
        return try TopicEvaluation(analyzer: analyzer, json: json).run(path: topicsPath!)
    }

    private func evaluateSentiment(_ path: String, analyzer: Analyzer) throws -> Int32 {
        let items = try GoldFile.read(path, columns: 2)
        let texts = items.map { $0[1] }
        let gold = items.map { $0[0] }
        var memo = WordMemo()
        // Labels only: explanations (the matched terms) are left out, as in the timed passes.
        let predicted = texts.map {
            analyzer.classify($0, languageHint: language, memo: &memo, explained: false).sentiment.label.rawValue
        }
        let metrics = ClassificationMetrics(gold: gold, predicted: predicted, labels: ["positive", "neutral", "negative"])
        // Classification shares word-level results within a batch (`WordMemo`), as the nightly
        // run does per document (`PostPreparer`). Every timed pass starts with an empty memo, so the figure gains only from
        // words repeated within the set, never from a memo warmed by the previous pass.
        // `Throughput` runs the texts in order, pass after pass: a pass starts after
        // `texts.count` calls.
        var classified = texts.count
        let speed = Throughput.textsPerSecond(texts) { text in
            if classified == texts.count {
                memo = WordMemo()
                classified = 0
            }
            classified += 1
            return analyzer.classify(text, languageHint: language, memo: &memo, explained: false)
        }
        if json {
            print(EvalReport(metrics: metrics, textsPerSecond: speed).json)
        } else {
            print(EvalReport(metrics: metrics, textsPerSecond: speed).table)
        }
        return 0
    }
}
