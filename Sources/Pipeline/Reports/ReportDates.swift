import Foundation

/// The one date format of all report files: RFC 3339 in UTC with whole seconds
/// ("2024-05-06T21:59:00Z"), the same as `JSONEncoder.DateEncodingStrategy.iso8601`.
enum ReportDates {
    static func rfc3339(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
