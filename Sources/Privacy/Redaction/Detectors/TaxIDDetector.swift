/// The German tax identification number (Steuer-IdNr): 11 digits, written contiguously or as
/// on the BZSt notification letter (`12 345 678 903`, groups of 2-3-3-3), accepted only when `Checksums.taxIDIsValid` holds.
enum TaxIDDetector {
    static func match(_ text: UTF8Text, at start: Int) -> Detection? {
        guard text[start] != ASCII.zero else { return nil }
        var i = start
        while ASCII.isDigit(text[i]) { i += 1 }
        var digits: [UInt8]
        var end: Int
        if i - start == 11 {
            digits = Array(text.bytes[start..<i])
            end = i
        } else if i - start == 2 {
            // "12 345 678 903": check the shape first; most two-digit numbers are counts.
            end = i
            for _ in 0..<3 {
                guard text[end] == ASCII.space, ASCII.isDigit(text[end + 1]), ASCII.isDigit(text[end + 2]),
                      ASCII.isDigit(text[end + 3]), !ASCII.isDigit(text[end + 4]) else { return nil }
                end += 4
            }
            digits = text.bytes[start..<end].filter(ASCII.isDigit)
        } else {
            return nil
        }
        guard !text.isWordScalar(at: end),
              !((text[end] == ASCII.dot || text[end] == ASCII.comma) && ASCII.isDigit(text[end + 1])),
              Checksums.taxIDIsValid(digits)
        else { return nil }
        return Detection(.taxID, start, end)
    }
}
