import Foundation

/// Writes the `monitor parse` JSON document while entries stream in, without `JSONEncoder`
/// over the whole document (which would hold every entry in memory twice):
///
///     {"format": "rss2", "feed": {"title", "link", "language"},
///      "entries": [{"id", "thread", "parent", "title", "link", "author", "published",
///                   "updated", "summary", "text", "language"}, …],
///      "recovered": false}
///
/// `recovered` comes last because it is known only at the end of the document. Absent values
/// are `null`, present-but-empty ones `""`; dates are RFC 3339 in UTC. Output goes through a
/// 64 KiB buffer.
public struct ParsedFeedJSONWriter {
    private let handle: FileHandle
    /// A reference shared by copies of the writer; only one copy is meant to write.
    private let buffer: JSONOutputBuffer
    private let bufferCapacity: Int
    private var started = false
    private var entryCount = 0

    /// - Parameters:
    ///   - handle: where to write, e.g. `FileHandle.standardOutput`.
    ///   - bufferCapacity: bytes collected before each write.
    public init(handle: FileHandle, bufferCapacity: Int = 65_536) {
        self.handle = handle
        self.bufferCapacity = bufferCapacity
        buffer = JSONOutputBuffer(capacity: bufferCapacity + 4_096)
    }

    /// Parses `body` with `parser` and writes the whole JSON document; returns the outcome.
    /// On a parse error nothing but what was already streamed is written, and the error is thrown.
    public static func stream(
        _ body: Data, context: ParseContext, parser: FeedParser = FeedParser(), libXMLOnly: Bool = false,
        to handle: FileHandle
    ) throws -> ParseOutcome {
        var writer = ParsedFeedJSONWriter(handle: handle)
        var failure: Error?
        let (outcome, _) = try parser.stream(
            body, context: context, libXMLOnly: libXMLOnly,
            onFeed: { format, feed in
                if failure == nil { do { try writer.writeStart(format: format, feed: feed) } catch { failure = error } }
            },
            onEntry: { post in
                if failure == nil { do { try writer.writeEntry(post) } catch { failure = error } }
            })
        if let failure { throw failure }
        try writer.writeEnd(format: outcome.format, recovered: outcome.recovered)
        return outcome
    }

    /// Opens the document: format, feed metadata, and the entries array.
    public mutating func writeStart(format: FeedFormat, feed: FeedMetadata) throws {
        guard !started else { return }
        started = true
        append("{\"format\": ")
        appendString(format.rawValue)
        append(", \"feed\": {\"title\": ")
        appendString(feed.title)
        append(", \"link\": ")
        appendString(feed.link)
        append(", \"language\": ")
        appendString(feed.language)
        append("}, \"entries\": [")
        try flushIfFull()
    }

    /// Appends one entry object.
    public mutating func writeEntry(_ post: FetchedPost) throws {
        try writeEntry(post, texts: nil)
    }

    /// Appends one entry object; summary and text may still be bytes.
    mutating func writeEntry(_ entry: AssembledPost) throws {
        try writeEntry(entry.post, texts: entry.texts)
    }

    /// `texts`, when there, stands for the post's summary and text.
    private mutating func writeEntry(_ post: FetchedPost, texts: AssembledPost.Texts?) throws {
        append(entryCount == 0 ? "\n" : ",\n")
        entryCount += 1
        append("{\"id\": ")
        appendString(post.id)
        append(", \"thread\": ")
        appendString(post.thread)
        append(", \"parent\": ")
        appendString(post.parent)
        append(", \"title\": ")
        appendString(post.title)
        append(", \"link\": ")
        appendString(post.link)
        append(", \"author\": ")
        appendString(post.author)
        append(", \"published\": ")
        appendDate(post.published)
        append(", \"updated\": ")
        appendDate(post.updated)
        append(", \"summary\": ")
        let summaryStart = buffer.count
        let textIsSummary: Bool
        if let texts {
            appendText(texts.summary)
            textIsSummary = texts.textIsSummary && texts.summary != nil
        } else {
            appendString(post.summary)
            // `==` on the same string storage is a pointer check.
            textIsSummary = post.summary != nil && post.text == post.summary
        }
        let summaryEnd = buffer.count
        append(", \"text\": ")
        if textIsSummary {
            // RSS items with only a description: the text is the summary, already escaped.
            // Nothing is flushed inside an entry, so the escaped summary is still in the buffer.
            buffer.appendCopy(from: summaryStart, length: summaryEnd - summaryStart)
        } else if let texts {
            appendText(texts.text)
        } else {
            appendString(post.text)
        }
        append(", \"language\": ")
        appendString(post.language)
        append("}")
        try flushIfFull()
    }

    /// Closes the document with `recovered` and flushes. `format` is used only when no
    /// `writeStart` happened (a document without feed metadata callback).
    public mutating func writeEnd(format: FeedFormat, recovered: Bool) throws {
        if !started { try writeStart(format: format, feed: FeedMetadata()) }
        append(entryCount == 0 ? "], \"recovered\": " : "\n], \"recovered\": ")
        append(recovered ? "true" : "false")
        append("}\n")
        try flush()
    }

    /// Writes what is buffered.
    public mutating func flush() throws {
        guard buffer.count > 0 else { return }
        try handle.write(contentsOf: buffer.bytes)
        buffer.count = 0
    }

    private mutating func flushIfFull() throws {
        if buffer.count >= bufferCapacity { try flush() }
    }

    @inline(__always)
    private func append(_ literal: StaticString) {
        buffer.append(literal)
    }

    /// Plain text as bytes, written as the string the pipeline would make of them: as they are
    /// when they are valid UTF-8 (nearly always; checked while escaping), else through `String`,
    /// which repairs them.
    private func appendText(_ bytes: [UInt8]?) {
        guard let bytes else {
            append("null")
            return
        }
        bytes.withUnsafeBufferPointer { text in
            let mark = buffer.count
            if !appendEscaped(text, validating: true) {
                buffer.count = mark
                appendString(String(decoding: text, as: UTF8.self))
            }
        }
    }

    private func appendString(_ value: String?) {
        guard var value else {
            append("null")
            return
        }
        value.withUTF8 { _ = appendEscaped($0, validating: false) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// `bytes` as a JSON string (RFC 8259 §7: quote, backslash and C0 controls are escaped;
    /// everything else, including U+2028/U+2029, valid in JSON, is written as UTF-8). Scanned
    /// and copied in one pass, eight bytes at a time, into room reserved once for the worst
    /// case (six bytes per byte): each word is stored whole, and where it holds a byte to escape
    /// the output resumes at that byte. `validating` also stops at each non-ASCII byte to check
    /// its sequence, and returns false at the first invalid one (what was stored then stays
    /// beyond `buffer.count`, to be overwritten).
    @inline(__always)
    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool) -> Bool {
        let count = bytes.count
        let start = buffer.reserve(count * 6 + 2)
        var out = start
        out.pointee = 0x22
        out += 1
        var index = 0
        while index + 8 <= count {
            // The 8-byte store stays in the reserved room: `out` is at most 6 * index bytes in.
            let word = WordTest.load(bytes, at: index)
            UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
            var special = WordTest.markedBelow(word, 0x20) | WordTest.marked(word, 0x22) | WordTest.marked(word, 0x5C)
            if validating { special |= word & 0x8080_8080_8080_8080 }
            if special == 0 {
                out += 8
                index += 8
                continue
            }
            let clean = special.trailingZeroBitCount >> 3
            out += clean
            index += clean
            guard ParsedFeedJSONWriter.copy(bytes, at: &index, to: &out, validating: validating) else { return false }
        }
        while index < count {
            guard ParsedFeedJSONWriter.copy(bytes, at: &index, to: &out, validating: validating) else { return false }
        }
        out.pointee = 0x22
        out += 1
        buffer.count += start.distance(to: out)
        return true
    }

    /// Copies the byte at `index`, escaped if it must be, or with `validating` the whole UTF-8
    /// sequence it starts; false when that sequence is invalid.
    @inline(__always)
    private static func copy(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, to out: inout UnsafeMutablePointer<UInt8>,
        validating: Bool
    ) -> Bool {
        let byte = bytes[index]
        guard validating, byte >= 0x80 else {
            out = store(byte, at: out)
            index += 1
            return true
        }
        guard let length = UTF8Sequence.length(at: index, in: bytes) else { return false }
        for offset in 0..<length { out[offset] = bytes[index + offset] }
        out += length
        index += length
        return true
    }

    /// Stores `byte`, escaped if it must be; returns the position after it.
    @inline(__always)
    private static func store(_ byte: UInt8, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
            out.pointee = byte
            return out + 1
        }
        out[0] = 0x5C
        switch byte {
        case 0x22, 0x5C: out[1] = byte
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        default:
            out[1] = UInt8(ascii: "u")
            out[2] = 0x30
            out[3] = 0x30
            out[4] = hexDigits.utf8Start[Int(byte >> 4)]
            out[5] = hexDigits.utf8Start[Int(byte & 0x0F)]
            return out + 6
        }
        return out + 2
    }

    /// `date` as the writer prints it (`2026-11-22T13:05:00Z`), for tools that print single dates.
    public static func rfc3339(_ date: Date) -> String {
        let writer = ParsedFeedJSONWriter(handle: FileHandle.nullDevice, bufferCapacity: 64)
        writer.appendDate(date)
        return String(decoding: writer.buffer.bytes.dropFirst().dropLast(), as: UTF8.self)
    }

    /// `2026-11-22T13:05:00Z`: whole seconds, UTC.
    private func appendDate(_ date: Date?) {
        guard let date else {
            append("null")
            return
        }
        let seconds = Int(floor(date.timeIntervalSince1970))
        let days = Int(floor(Double(seconds) / 86_400))
        let (year, month, day) = CivilTime.civilFromDays(days)
        let rest = seconds - days * 86_400
        if (0...9_999).contains(year) {
            // The common case: "YYYY-MM-DDThh:mm:ssZ" stored straight into reserved room.
            let out = buffer.reserve(22)
            func put(_ value: Int, _ width: Int, at offset: Int) {
                var remaining = value
                for position in stride(from: offset + width - 1, through: offset, by: -1) {
                    out[position] = UInt8(48 + remaining % 10)
                    remaining /= 10
                }
            }
            out[0] = 0x22
            put(year, 4, at: 1)
            out[5] = 0x2D
            put(month, 2, at: 6)
            out[8] = 0x2D
            put(day, 2, at: 9)
            out[11] = 0x54
            put(rest / 3_600, 2, at: 12)
            out[14] = 0x3A
            put(rest % 3_600 / 60, 2, at: 15)
            out[17] = 0x3A
            put(rest % 60, 2, at: 18)
            out[20] = 0x5A
            out[21] = 0x22
            buffer.count += 22
            return
        }
        append("\"")
        appendPadded(year, width: 4)
        append("-")
        appendPadded(month, width: 2)
        append("-")
        appendPadded(day, width: 2)
        append("T")
        appendPadded(rest / 3_600, width: 2)
        append(":")
        appendPadded(rest % 3_600 / 60, width: 2)
        append(":")
        appendPadded(rest % 60, width: 2)
        append("Z\"")
    }

    /// Decimal digits, zero-padded to `width`, written straight into the buffer (years before
    /// 0 or after 9999 only).
    private func appendPadded(_ value: Int, width: Int) {
        let magnitude = value.magnitude
        var digitCount = 1
        var probe = magnitude / 10
        while probe > 0 {
            digitCount += 1
            probe /= 10
        }
        let padding = max(width, digitCount) - digitCount
        let length = (value < 0 ? 1 : 0) + padding + digitCount
        var out = buffer.reserve(length)
        if value < 0 {
            out.pointee = 0x2D
            out += 1
        }
        for _ in 0..<padding {
            out.pointee = 0x30
            out += 1
        }
        var remaining = magnitude
        var position = digitCount - 1
        repeat {
            out[position] = UInt8(48 + remaining % 10)
            remaining /= 10
            position -= 1
        } while remaining > 0
        buffer.count += length
    }
}
