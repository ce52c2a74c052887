import Foundation

/// A header row plus data rows, rendered as RFC 4180 CSV: UTF-8, CRLF after every record.
struct CSVTable: Sendable {
    var header: [String]
    var rows: [[CSVCell]]

    func rendered(_ format: CSVFormat) -> Data {
        var text = format.byteOrderMark ? "\u{FEFF}" : ""
        let delimiter = format.delimiter.rawValue
        text += header.map { CSVCell.text($0).encoded(format) }.joined(separator: delimiter) + "\r\n"
        for row in rows {
            text += row.map { $0.encoded(format) }.joined(separator: delimiter) + "\r\n"
        }
        return Data(text.utf8)
    }
}
