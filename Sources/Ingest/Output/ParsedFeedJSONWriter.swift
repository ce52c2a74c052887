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
    private var buffer: [UInt8] = []
    private let bufferCapacity: Int
    private var started = false
    private var entryCount = 0

    /// - Parameters:
    ///   - handle: where to write, e.g. `FileHandle.standardOutput`.
    ///   - bufferCapacity: bytes collected before each write.
    public init(handle: FileHandle, bufferCapacity: Int = 65_536) {
        self.handle = handle
        self.bufferCapacity = bufferCapacity
        buffer.reserveCapacity(bufferCapacity + 4_096)
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
        appendString(post.summary)
        append(", \"text\": ")
        if post.summary != nil, post.text == post.summary {
            // RSS items with only a description: the text is the summary, already escaped
            // (`==` on the same string storage is a pointer check). Nothing is flushed inside
            // an entry, so the escaped summary is still in the buffer.
            let escaped = Array(buffer[summaryStart..<(buffer.count - 10)])  // before `, "text": `
            buffer.append(contentsOf: escaped)
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
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func flushIfFull() throws {
        if buffer.count >= bufferCapacity { try flush() }
    }

    private mutating func append(_ literal: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// False when none of the eight bytes is a quote, a backslash or a C0 control (SWAR test:
    /// a zero byte after XOR marks `"` or `\`, a borrow below 0x20 marks a control character).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        WordTest.hasBelow(word, 0x20) || WordTest.has(word, 0x22) || WordTest.has(word, 0x5C)
    }

    /// Bytes JSON strings must escape: quote, backslash, C0 controls (one table load per byte).
    private static let needsEscape: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }

    /// RFC 8259 §7: quote, backslash and C0 controls are escaped; everything else (including
    /// U+2028/U+2029, valid in JSON) is written as UTF-8.
    private mutating func appendString(_ value: String?) {
        guard var value else {
            append("null")
            return
        }
        buffer.append(0x22)
        let escaped = ParsedFeedJSONWriter.needsEscape
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                if index + 8 <= count,
                    !ParsedFeedJSONWriter.mayNeedEscape(WordTest.load(bytes, at: index))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                index += 1
                guard escaped[Int(byte)] else { continue }
                let position = index - 1
                if position > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position])) }
                runStart = index
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                default:
                    append("\\u00")
                    buffer.append(ParsedFeedJSONWriter.hexDigits[Int(byte >> 4)])
                    buffer.append(ParsedFeedJSONWriter.hexDigits[Int(byte & 0x0F)])
                }
            }
            if bytes.count > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        buffer.append(0x22)
    }

    /// `date` as the writer prints it (`2026-11-22T13:05:00Z`), for tools that print single dates.
    public static func rfc3339(_ date: Date) -> String {
        var writer = ParsedFeedJSONWriter(handle: FileHandle.nullDevice, bufferCapacity: 64)
        writer.appendDate(date)
        return String(decoding: writer.buffer.dropFirst().dropLast(), as: UTF8.self)
    }

    /// `2026-11-22T13:05:00Z`: whole seconds, UTC.
    private mutating func appendDate(_ date: Date?) {
        guard let date else {
            append("null")
            return
        }
        let seconds = Int(floor(date.timeIntervalSince1970))
        let days = Int(floor(Double(seconds) / 86_400))
        let (year, month, day) = CivilTime.civilFromDays(days)
        let rest = seconds - days * 86_400
        if (0...9_999).contains(year) {
            // The common case in one append: "YYYY-MM-DDThh:mm:ssZ" built on the stack.
            var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &text) { bytes in
                func put(_ value: Int, _ width: Int, at offset: Int) {
                    var remaining = value
                    for position in stride(from: offset + width - 1, through: offset, by: -1) {
                        bytes[position] = UInt8(48 + remaining % 10)
                        remaining /= 10
                    }
                }
                bytes[0] = 0x22
                put(year, 4, at: 1)
                bytes[5] = 0x2D
                put(month, 2, at: 6)
                bytes[8] = 0x2D
                put(day, 2, at: 9)
                bytes[11] = 0x54
                put(rest / 3_600, 2, at: 12)
                bytes[14] = 0x3A
                put(rest % 3_600 / 60, 2, at: 15)
                bytes[17] = 0x3A
                put(rest % 60, 2, at: 18)
                bytes[20] = 0x5A
                bytes[21] = 0x22
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<22]))
            }
            return
        }
        buffer.append(0x22)
        appendPadded(year, width: 4)
        buffer.append(0x2D)
        appendPadded(month, width: 2)
        buffer.append(0x2D)
        appendPadded(day, width: 2)
        buffer.append(0x54)
        appendPadded(rest / 3_600, width: 2)
        buffer.append(0x3A)
        appendPadded(rest % 3_600 / 60, width: 2)
        buffer.append(0x3A)
        appendPadded(rest % 60, width: 2)
        buffer.append(0x5A)
        buffer.append(0x22)
    }

    /// Decimal digits, zero-padded to `width`, written straight into the buffer (no array per
    /// field: six fields of two dates for every entry).
    private mutating func appendPadded(_ value: Int, width: Int) {
        let magnitude = value.magnitude
        var digitCount = 1
        var probe = magnitude / 10
        while probe > 0 {
            digitCount += 1
            probe /= 10
        }
        if value < 0 { buffer.append(0x2D) }
        for _ in digitCount..<max(width, digitCount) { buffer.append(0x30) }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(UInt8(0x30), count: digitCount))
        var remaining = magnitude
        var position = start + digitCount - 1
        repeat {
            buffer[position] = UInt8(48 + remaining % 10)
            remaining /= 10
            position -= 1
        } while remaining > 0
    }
}
