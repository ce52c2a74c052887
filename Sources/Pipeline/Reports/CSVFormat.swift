import Foundation

/// How CSV files are written. The default is plain RFC 4180 (`,`, `.`, no BOM); German Excel
/// wants `;`, a decimal comma and a BOM (`CSVFormat.germanExcel`). Never a `sep=` line:
/// it makes Excel ignore the BOM and garble umlauts.
public struct CSVFormat: Sendable, Equatable {
    public enum Delimiter: String, Sendable, Equatable, CaseIterable {
        case comma = ","
        case semicolon = ";"
    }

    public enum DecimalSeparator: String, Sendable, Equatable, CaseIterable {
        case point = "."
        case comma = ","
    }

    public var delimiter: Delimiter
    public var decimalSeparator: DecimalSeparator
    /// Start the file with a UTF-8 byte order mark so Excel reads UTF-8.
    public var byteOrderMark: Bool

    public init(delimiter: Delimiter = .comma, decimalSeparator: DecimalSeparator = .point, byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
        self.byteOrderMark = byteOrderMark
    }

    /// RFC 4180 with `.` decimals: for scripts and tools.
    public static let standard = CSVFormat()
    /// What a German Excel opens by double-click.
    public static let germanExcel = CSVFormat(delimiter: .semicolon, decimalSeparator: .comma, byteOrderMark: true)
}
