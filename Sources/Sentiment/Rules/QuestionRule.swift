/// Words in a question are asked about, not asserted ("Ist der Zug pünktlich?", "Is it any
/// good?"), so they count less. Complaints phrased as questions ("Warum ist die Bahn immer so
/// unpünktlich?") keep most of their weight because the factor is moderate.
struct QuestionRule: SentimentRule {
    let name = "question"

    static let factor = 0.6

    var settings: String { "question \(Self.factor)" }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        for sentence in context.text.sentences where sentence.endsWithQuestionMark && sentence.exclamations == 0 {
            for position in terms.indices
            where terms[position].tokenIndex >= sentence.firstToken && terms[position].tokenIndex < sentence.endToken
                && !terms[position].isEmoji {
                terms[position].scale(by: Self.factor, rule: name)
            }
        }
    }
}
