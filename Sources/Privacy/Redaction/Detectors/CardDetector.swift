/// Payment card numbers: 13–19 digits (ISO/IEC 7812), contiguous or in groups separated by one
/// space or dash (`4111 1111 1111 1111`, `3782-822463-10005`), passing the Luhn check.
enum CardDetector {
    static let digitRange = 13...19

    /// Allocation-free pre-check: at least 13 digits joined by single spaces or dashes.
    /// Almost every number in a post (prices, dates, counts) fails here.
    @inline(__always) static func hasEnoughDigits(_ text: UTF8Text, from start: Int) -> Bool {
        var i = start
        var digits = 0
        while true {
            let b = text[i]
            if ASCII.isDigit(b) {
                digits += 1
                if digits >= digitRange.lowerBound { return true }
            } else if !((b == ASCII.space || b == ASCII.minus) && ASCII.isDigit(text[i + 1])) {
                return false
            }
            i += 1
        }
    }

    static func match(_ text: UTF8Text, at start: Int) -> Detection? {
        // Issuer identification: 2 (Mastercard 2-series), 3 (Amex, Diners, JCB), 4 (Visa),
        // 5 (Mastercard), 6 (Discover, Maestro, UnionPay). Others are not cards people post.
        guard (0x32...0x36).contains(text[start]), hasEnoughDigits(text, from: start) else { return nil }
        var digits: [UInt8] = []
        var groupEnds: [(digitCount: Int, end: Int)] = []
        var separator: UInt8 = 0
        var i = start
        while true {
            let groupStart = i
            while ASCII.isDigit(text[i]) {
                digits.append(text[i])
                i += 1
                if digits.count > digitRange.upperBound + 4 { return nil }
            }
            // Groups of one or two digits are dates, amounts or list numbers, not card groups.
            if i - groupStart < 3 && !groupEnds.isEmpty { break }
            groupEnds.append((digits.count, i))
            let b = text[i]
            guard (b == ASCII.space || b == ASCII.minus) && (separator == 0 || separator == b),
                  ASCII.isDigit(text[i + 1]) else { break }
            separator = b
            i += 1
        }
        // A contiguous run longer than 19 digits is a tracking or reference number.
        if groupEnds.count == 1 && !digitRange.contains(groupEnds[0].digitCount) { return nil }
        // Take the longest run of whole groups that is a valid card number, so a following
        // number ("4111 1111 1111 1111 12/27") does not hide the card.
        for group in groupEnds.reversed() where digitRange.contains(group.digitCount) {
            guard !text.isWordScalar(at: group.end), Checksums.luhnIsValid(Array(digits[0..<group.digitCount])) else {
                continue
            }
            return Detection(.card, start, group.end)
        }
        return nil
    }
}
