import Foundation

/// The few sentences items carry, in the mail's language. (Escalation reasons come from the
/// report, which writes them in English for every reader.)
struct AlertTexts {
    var language: MailLanguage

    func spikeHeadline(_ spike: Spike) -> String {
        let what: String
        switch (spike.kind, language) {
        case (.volume, .de): what = "Ungewöhnlich viele Beiträge"
        case (.volume, .en): what = "Unusually many posts"
        case (.sentiment, .de): what = "Stimmung bricht ein"
        case (.sentiment, .en): what = "Sentiment drop"
        }
        var scope: [String] = []
        if spike.source != TrendRow.all {
            scope.append((language == .de ? "Quelle " : "source ") + spike.source)
        }
        if spike.topic != TrendRow.all {
            scope.append((language == .de ? "Thema " : "topic ") + spike.topic)
        }
        if scope.isEmpty { scope.append(language == .de ? "alle Quellen" : "all sources") }
        return "\(what): \(scope.joined(separator: ", "))"
    }

    func overdueReason(ageHours: Double, slaHours: Double) -> String {
        language == .de
            ? String(format: "seit %.0f h keine Antwort vom Team (Ziel: %.0f h)", ageHours, slaHours)
            : String(format: "no staff answer for %.0f h (SLA %.0f h)", ageHours, slaHours)
    }

    func silenceHeadline(source: String, days: Int) -> String {
        language == .de
            ? "Quelle \(source) liefert seit \(days) Tagen nichts"
            : "Source \(source) has delivered nothing for \(days) days"
    }

    /// - Parameter coolingDownUntil: set when the source was not fetched at all this run because
    ///   it failed repeatedly; that, not an empty feed, is then the reason for the silence.
    func silenceReasons(
        activeDays: Int, baselineDays: Int, lastPost: ReportDay?, fetchError: String?, coolingDownUntil: Date? = nil
    ) -> [String] {
        var reasons = [
            language == .de
                ? "sonst an \(activeDays) von \(baselineDays) Tagen Beiträge"
                : "usually posts on \(activeDays) of \(baselineDays) days"
        ]
        if let lastPost {
            reasons.append(language == .de ? "letzter Beitrag am \(lastPost)" : "last post on \(lastPost)")
        }
        if let fetchError {
            reasons.append((language == .de ? "Abruf heute fehlgeschlagen: " : "today's fetch failed: ") + fetchError)
        } else if let coolingDownUntil {
            let next = coolingDownUntil.formatted(.iso8601)
            reasons.append(
                language == .de
                    ? "nach wiederholten Fehlern pausiert, nächster Versuch \(next) (sofort: monitor run --retry-failed)"
                    : "paused after repeated failures, next try \(next) (now: monitor run --retry-failed)")
        } else {
            reasons.append(
                language == .de
                    ? "der Abruf selbst meldet keinen Fehler: Feed-Adresse und Format prüfen"
                    : "the fetch itself reports no error: check the feed address and format")
        }
        return reasons
    }
}
