import Foundation

/// Streams an RSS/Atom document: bytes → UTF-8 (`CharsetDetector`, `UTF8Transcoder`) →
/// repaired XML (`XMLSanitizer`) → libxml2 SAX (`XMLStream`) → `SyndicationHandler` →
/// `PostAssembler`. Works in fixed-size chunks so a 100 MB feed never exists twice in memory.
struct XMLFeedReader {
    /// Large enough that libxml2 and the sanitizer run at full speed, small enough to stay flat.
    static let chunkSize = 256 * 1_024

    func read(
        _ body: Data, context: ParseContext,
        onFeed: @escaping (FeedFormat, FeedMetadata) -> Void, onEntry: @escaping (FetchedPost) -> Void,
        finalFeed: (FeedMetadata) -> Void
    ) throws -> ParseOutcome {
        var assembler = PostAssembler(context: context)
        var count = 0
        let handler = SyndicationHandler(
            documentBase: URLResolver.documentBase(context), onFeed: onFeed,
            onEntry: { draft, feed in
                count += 1
                onEntry(assembler.post(from: draft, feed: feed))
            })
        let stream = XMLStream(handler: handler)
        let repaired = body.withUnsafeBytes { raw -> Bool in
            let detection = CharsetDetector.detect(raw, contentType: context.contentType, markup: .xml)
            let transcoder = UTF8Transcoder(encoding: detection.encoding)
            var sanitizer = XMLSanitizer()
            var utf8: [UInt8] = []
            var repairedXML: [UInt8] = []
            var offset = detection.bomLength
            repeat {
                let end = min(raw.count, offset + XMLFeedReader.chunkSize)
                let isLast = end == raw.count
                let chunk = UnsafeRawBufferPointer(rebasing: raw[offset..<end])
                repairedXML.removeAll(keepingCapacity: true)
                if transcoder.isPassthrough {
                    sanitizer.process(chunk, isLast: isLast, into: &repairedXML)
                } else {
                    utf8.removeAll(keepingCapacity: true)
                    transcoder.convert(chunk, isLast: isLast, into: &utf8)
                    utf8.withUnsafeBytes { sanitizer.process($0, isLast: isLast, into: &repairedXML) }
                }
                repairedXML.withUnsafeBytes { stream.feed($0, isLast: isLast) }
                offset = end
            } while offset < raw.count
            return sanitizer.repairedMalformedInput
        }
        handler.finish()
        finalFeed(handler.feed)
        guard let format = handler.format else {
            if let root = handler.rootName { throw ParseError.unrecognisedFormat(hint: "XML root element <\(root)>") }
            throw ParseError.notXML
        }
        return ParseOutcome(
            format: format, recovered: repaired || !stream.wasWellFormed, nextPage: handler.nextPage,
            entryCount: count)
    }
}
