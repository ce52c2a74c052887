/// Character data and attribute values as `FastXMLScanner` hands them on: numeric character
/// references decoded, line ends normalised. Pure byte work, no state.
enum XMLCharacterData {
    private static let amp = UInt8(ascii: "&")
    private static let cr: UInt8 = 0x0D

    /// Decodes numeric references, XML's five predefined entities and line ends (XML 1.0
    /// §2.11: CR LF and CR become LF; in attribute values §3.3.3: whitespace characters become
    /// spaces) and HTML's named ones. False on any other named entity.
    static func decode(_ run: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], isAttribute: Bool) -> Bool {
        guard !run.isEmpty else { return true }
        var written: Int?
        let decoded = [UInt8](unsafeUninitializedCapacity: run.count) { buffer, count in
            written = decode(run, intoBuffer: buffer.baseAddress!, isAttribute: isAttribute)
            count = written ?? 0
        }
        guard written != nil else { return false }
        output.append(contentsOf: decoded)
        return true
    }

    /// The same into memory the caller provides, at least `run.count` bytes: decoding never
    /// lengthens (the shortest reference, `&lt;` or `&#9;`, is four bytes; UTF-8 is at most
    /// four). Returns the bytes written, or nil on a named entity we do not know.
    /// `holdsCarriageReturn: false` (the caller has looked) saves a search per reference.
    static func decode(
        _ run: UnsafeBufferPointer<UInt8>, intoBuffer output: UnsafeMutablePointer<UInt8>, isAttribute: Bool,
        holdsCarriageReturn: Bool = true
    ) -> Int? {
        var index = 0
        var written = 0
        let count = run.count
        while index < count {
            let byte = run[index]
            if isOrdinary(byte, isAttribute) {
                // Copy the run up to the next byte that needs attention in one go.
                var end: Int
                if isAttribute {
                    end = index + 1
                    while end < count, isOrdinary(run[end], isAttribute) { end += 1 }
                } else {
                    // Text: only "&" and CR need attention; CR is rare, so find "&" first.
                    end = ByteSearch.first(amp, in: run, from: index + 1, to: count)
                    if holdsCarriageReturn { end = ByteSearch.first(cr, in: run, from: index + 1, to: end) }
                }
                (output + written).update(from: run.baseAddress! + index, count: end - index)
                written += end - index
                index = end
                continue
            }
            if byte == amp {
                if let length = XMLSanitizer.predefinedEntityLength(run, at: index) {
                    output[written] = XMLSanitizer.predefinedEntityValue(run, at: index, length: length)
                    written += 1
                    index += length
                    continue
                }
                let scalar: Unicode.Scalar
                let length: Int
                if let (value, entityLength) = htmlEntity(run, at: index) {
                    (scalar, length) = (value, entityLength)
                } else {
                    guard index + 1 < count, run[index + 1] == UInt8(ascii: "#"),
                        let (value, numericLength) = EntityReference.decode(run, at: index),
                        run[index + numericLength - 1] == UInt8(ascii: ";"), XMLSanitizer.isLegalXMLChar(value),
                        let numeric = Unicode.Scalar(value)
                    else { return nil }
                    (scalar, length) = (numeric, numericLength)
                }
                UTF8.encode(scalar) {
                    output[written] = $0
                    written += 1
                }
                index += length
            } else if byte == cr {
                output[written] = isAttribute ? 0x20 : 0x0A
                written += 1
                index += index + 1 < count && run[index + 1] == 0x0A ? 2 : 1
            } else if isAttribute, byte == 0x09 || byte == 0x0A {
                output[written] = 0x20
                written += 1
                index += 1
            } else {
                output[written] = byte
                written += 1
                index += 1
            }
        }
        return written
    }

    /// An HTML named reference with its `;` (`&hellip;`), as `XMLSanitizer` would have made it
    /// numeric: documents read without the sanitizer keep them.
    private static func htmlEntity(_ run: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let count = run.count
        let nameStart = start + 1
        var index = nameStart
        while index < count, index - nameStart <= 32, XMLSanitizer.isNameByte(run[index]) { index += 1 }
        guard index > nameStart, index < count, run[index] == UInt8(ascii: ";"),
            let value = HTMLEntities.codePoint(forName: UnsafeBufferPointer(rebasing: run[nameStart..<index])),
            XMLSanitizer.isLegalXMLChar(value), let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, index + 1 - start)
    }

    @inline(__always)
    private static func isOrdinary(_ byte: UInt8, _ isAttribute: Bool) -> Bool {
        byte > amp || (byte != amp && byte != cr
            && !(isAttribute && (byte == 0x09 || byte == 0x0A)))
    }
}
