import Foundation

/// The few sentences items carry, in the mail's language. The report files keep their English
/// reasons for every reader; the mail rebuilds them from the escalation's and spike's figures.
struct AlertTexts {
    var language: MailLanguage

    /// The report's reasons (`EscalationScorer`) in the mail's language, from the same figures.
    func escalationReasons(_ escalation: Escalation) -> [String] {
        guard language == .de else { return escalation.reasons }
        let recent = escalation.postsLast24h
        var reasons = ["\(recent) \(recent == 1 ? "Beitrag" : "Beiträge") in 24 h"
            + (escalation.postsBefore > 0 ? " (\(escalation.postsBefore) in den \(EscalationScorer().daysBefore) Tagen davor)" : "")]
        if escalation.negativePosts > 0 { reasons.append("\(escalation.negativePosts) negativ") }
        if escalation.distinctAuthors > 1 { reasons.append("\(escalation.distinctAuthors) Verfasser") }
        if !escalation.markers.isEmpty {
            reasons.append("erwähnt " + escalation.markers.map { "'\($0)'" }.joined(separator: ", "))
        }
        if escalation.ownedSource, let waiting = escalation.hoursWithoutStaffAnswer {
            reasons.append("seit \(ReportText.wholeHours(waiting)) h keine Antwort vom Team")
        } else if let answered = escalation.hoursSinceStaffAnswer {
            reasons.append("Team hat vor \(ReportText.wholeHours(answered)) h geantwortet")
        }
        return reasons
    }

    /// "32 Beiträge statt 1,4 erwartet (p < 0,0001)": the report's summary in the mail's language.
    func spikeReason(_ spike: Spike) -> String {
        let what: String
        switch (spike.kind, language) {
        case (.volume, .de): what = "\(spike.observed) Beiträge statt \(number(spike.expected, decimals: 1)) erwartet"
        case (.sentiment, .de): what = "\(spike.observed) negative Beiträge statt \(number(spike.expected, decimals: 1)) erwartet"
        case (_, .en): what = spike.summary
        }
        // The report rounds to 4 decimals; "p = 0.0000" would read as impossible.
        let p = spike.probability < 0.0001 ? "p < \(number(0.0001, decimals: 4))" : "p = \(number(spike.probability, decimals: 4))"
        return "\(what) (\(p))"
    }

    /// "1,4" in German, "1.4" in English.
    func number(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "Thema network", "Quelle social" or "alle Quellen": where a spike is, in a few words.
    func spikeScope(source: String, topics: [String]) -> String {
        if let topic = topics.first { return (language == .de ? "Thema " : "topic ") + topic }
        if source != TrendRow.all { return (language == .de ? "Quelle " : "source ") + source }
        return language == .de ? "alle Quellen" : "all sources"
    }

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
        if spike.scope == .detail { scope.append((language == .de ? "Sprache " : "language ") + spike.language) }
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
