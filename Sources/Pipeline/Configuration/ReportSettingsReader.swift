import Foundation

/// Reads the `reports` keys beyond directory and time zone: holidays and CSV format.
struct ReportSettingsReader {
    func read(_ reader: inout JSONObjectReader, into settings: inout ReportSettings) throws {
        if let state = try reader.string("state") {
            guard let parsed = GermanHolidays.State(rawValue: state.uppercased()) else {
                let codes = GermanHolidays.State.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.error("state", "\"\(state)\" is not a German state code (one of \(codes))")
            }
            settings.state = parsed
        }
        if let delimiter = try reader.string("csv_delimiter") {
            guard let parsed = CSVFormat.Delimiter(rawValue: delimiter) else {
                throw reader.error("csv_delimiter", "must be \",\" or \";\"")
            }
            settings.csvFormat.delimiter = parsed
        }
        if try reader.bool("csv_decimal_comma") == true { settings.csvFormat.decimalSeparator = .comma }
        if let bom = try reader.bool("csv_bom") { settings.csvFormat.byteOrderMark = bom }
    }
}
