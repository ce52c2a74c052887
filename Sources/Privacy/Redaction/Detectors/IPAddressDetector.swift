/// IPv4 (four dotted octets 0–255) and IPv6 (RFC 4291 §2.2 text forms, full or with `::`,
/// optionally ending in an IPv4 part).
///
/// Version numbers have three parts ("2.4.1") or a version label in front (checked by the
/// caller); times ("12:30", "12:30:45") lack the eight groups or the `::` IPv6 requires.
enum IPAddressDetector {
    static func matchV4(_ text: UTF8Text, at start: Int) -> Detection? {
        guard text[start - 1] != ASCII.dot, let end = v4End(text, from: start) else { return nil }
        // A fifth part or a decimal continuation means a version or a number, not an address.
        if (text[end] == ASCII.dot || text[end] == ASCII.colon) && ASCII.isDigit(text[end + 1]) { return nil }
        if text.isWordScalar(at: end) { return nil }
        return Detection(.ip, start, end)
    }

    /// End of four dotted octets starting at `start`.
    static func v4End(_ text: UTF8Text, from start: Int) -> Int? {
        var i = start
        for part in 0..<4 {
            if part > 0 {
                guard text[i] == ASCII.dot else { return nil }
                i += 1
            }
            let partStart = i
            var value = 0
            while ASCII.isDigit(text[i]) && i - partStart < 4 {
                value = value * 10 + Int(text[i] - ASCII.zero)
                i += 1
            }
            guard (1...3).contains(i - partStart), value <= 255 else { return nil }
        }
        return i
    }

    static func matchV6(_ text: UTF8Text, at start: Int) -> Detection? {
        var i = start
        var groups = 0
        var compressed = false
        // "::1", "::ffff:192.0.2.128": the compression comes first.
        if text[start] == ASCII.colon {
            guard text[start + 1] == ASCII.colon, ASCII.isHexDigit(text[start + 2]) else { return nil }
            compressed = true
            i = start + 2
        }
        var sawDigit = false
        var end = start
        while true {
            let groupStart = i
            while ASCII.isHexDigit(text[i]) && i - groupStart < 5 {
                if ASCII.isDigit(text[i]) { sawDigit = true }
                i += 1
            }
            let length = i - groupStart
            if length == 0 { break }
            if length > 4 {
                // Could be the dotted IPv4 tail ("::ffff:192.0.2.1") starting with >4 digits: no.
                return nil
            }
            if text[i] == ASCII.dot && (groups >= 2 || compressed), let v4End = v4End(text, from: groupStart) {
                groups += 2
                end = v4End
                i = v4End
                break
            }
            groups += 1
            end = i
            guard text[i] == ASCII.colon else { break }
            if text[i + 1] == ASCII.colon {
                if compressed { return nil }
                compressed = true
                i += 2
                end = i  // "fe80::" ends with the compression
                if !ASCII.isHexDigit(text[i]) { break }
            } else if ASCII.isHexDigit(text[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        let minimumGroups = text[start] == ASCII.colon ? 1 : 2
        guard sawDigit, compressed ? (groups >= minimumGroups && groups <= 7) : groups == 8 else { return nil }
        if text.isWordScalar(at: end) || text[end] == ASCII.colon { return nil }
        return Detection(.ip, start, end)
    }
}
