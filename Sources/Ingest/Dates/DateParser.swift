import Foundation

/// Parses the dates feeds and forums print, without `DateFormatter` (slow, and its results
/// depend on the process locale). Dates without a zone are read in `timeZone`; relative dates
/// ("gestern um 09:12", "vor 5 Minuten") are counted back from `now` (the fetch time).
public struct DateParser: Sendable {
    public let timeZone: TimeZone
    public let now: Date

    /// - Parameters:
    ///   - timeZone: zone for dates that carry none (the source's local time).
    ///   - now: the reference for "heute", "gestern", "vor 2 Stunden" and year-less dates.
    public init(timeZone: TimeZone, now: Date) {
        self.timeZone = timeZone
        self.now = now
    }

    /// The instant `text` denotes, or nil when it is not a date we can read with certainty.
    /// - Parameter formatHint: a pattern like "dd.MM.yyyy HH:mm" or "MM/dd/yyyy"; only the
    ///   order of day, month and year is taken from it (it settles "03/04/2026").
    public func parse(_ text: String, formatHint: String? = nil) -> Date? {
        var text = text
        if let civil = text.withUTF8(ISO8601DateScanner.canonical) { return civil.date(in: timeZone) }
        let trimmed = Whitespace.trimmed(text)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return nil }
        if let timestamp = unixTimestamp(trimmed) { return timestamp }
        let bytes = Array(trimmed.utf8)  // one copy for both scanners
        var rfc822 = RFC822DateScanner(bytes: bytes)
        if let civil = rfc822.scan() { return civil.date(in: timeZone) }
        if ISO8601DateScanner.looksLikeISO(trimmed) {
            var scanner = ISO8601DateScanner(bytes: bytes)
            if let civil = scanner.scan() { return civil.date(in: timeZone) }
        }
        let parser = FreeformDateParser(timeZone: timeZone, now: now, numericOrder: formatHint.flatMap(numericOrder))
        return parser.parse(trimmed)
    }

    /// Seconds (10 digits) or milliseconds (13 digits) since 1970, as JSON APIs send them.
    private func unixTimestamp(_ text: String) -> Date? {
        let count = text.utf8.count
        guard count == 9 || count == 10 || count == 13, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let value = Double(text)
        else { return nil }
        return Date(timeIntervalSince1970: count == 13 ? value / 1_000 : value)
    }

    private func numericOrder(_ hint: String) -> [Character]? {
        var order: [Character] = []
        for character in hint {
            let key: Character
            switch character {
            case "d": key = "d"
            case "M": key = "M"
            case "y", "Y": key = "y"
            default: continue
            }
            if !order.contains(key) { order.append(key) }
        }
        return order.count == 3 ? order : nil
    }
}
