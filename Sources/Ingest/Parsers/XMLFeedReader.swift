import Foundation

/// Streams an RSS/Atom document: bytes → UTF-8 (`CharsetDetector`, `UTF8Transcoder`) →
/// repaired XML (`XMLSanitizer`) → `FastXMLScanner` (or libxml2 SAX, `XMLStream`) →
/// `SyndicationHandler` → `PostAssembler`. Works in fixed-size chunks so a 100 MB feed never
/// exists twice in memory.
///
/// Readings are tried fastest first (`Reading`): the fast scanner on the bytes as they are
/// when nothing needs repair, then on the sanitizer's output, then libxml2 in recover mode.
/// On two threads the first reading starts before the encoding is confirmed
/// (`readBeforeTheEncodingIsConfirmed`).
/// When a reading meets something it leaves to the next (a bare `&`, malformed markup, a DTD
/// with declarations), the document is read again from the start, and the entries an earlier
/// reading delivered are not delivered twice: all readers agree on a well-formed prefix.
struct XMLFeedReader {
    /// Large enough that the scanners run at full speed, small enough to stay flat.
    static let chunkSize = 256 * 1_024
    /// False skips the fast pass (libxml2 reads every document).
    var usesFastScanner = true
    /// Documents at least this large have their entries assembled on a second thread
    /// (`AssemblyLine`) when the machine has more than one core.
    var secondThreadMinimumBytes = XMLFeedReader.chunkSize

    /// How one pass reads the document, fastest first.
    enum Reading: Equatable {
        /// `FastXMLScanner` on the UTF-8 bytes as they are: for documents with nothing for
        /// `XMLSanitizer` to repair (checked first), which is nearly every real feed.
        case raw
        /// `FastXMLScanner` on the sanitizer's output.
        case sanitized
        /// libxml2 in recover mode on the sanitizer's output.
        case libXML
    }

    func read(
        _ body: Data, context: ParseContext,
        onFeed: @escaping (FeedFormat, FeedMetadata) -> Void, onEntry: @escaping (AssembledPost) -> Void,
        finalFeed: (FeedMetadata) -> Void
    ) throws -> ParseOutcome {
        var result: Pass?
        var checked: CheckedEncoding?
        if usesFastScanner, usesSecondThread(body) {
            (result, checked) = readBeforeTheEncodingIsConfirmed(body, context: context, onFeed: onFeed, onEntry: onEntry)
        }
        if result?.wellFormed != true {
            let (detection, readsAsIs) = checked ?? checkedEncoding(body, context: context)
            var readings: [Reading] = !usesFastScanner ? [.libXML] : readsAsIs ? [.raw, .sanitized, .libXML] : [.sanitized, .libXML]
            if result != nil { readings.removeAll { $0 == .raw } }  // read raw already, confirmed
            for reading in readings {
                let attempt = pass(
                    body, context: context, detection: detection, reading: reading, delivered: result?.delivered ?? 0,
                    feedAnnounced: result?.feedAnnounced ?? false, gate: nil, onFeed: onFeed, onEntry: onEntry)
                result = attempt
                if attempt.wellFormed { break }
            }
        }
        guard let result else { throw ParseError.notXML }
        let handler = result.handler
        finalFeed(handler.feed)
        guard let format = handler.format else {
            if let root = handler.rootName { throw ParseError.unrecognisedFormat(hint: "XML root element <\(root)>") }
            throw ParseError.notXML
        }
        return ParseOutcome(
            format: format, recovered: result.repaired || !result.wellFormed, nextPage: handler.nextPage,
            entryCount: result.delivered)
    }

    private struct Pass {
        var handler: SyndicationHandler
        var wellFormed: Bool
        var repaired: Bool
        /// Entries handed to `onEntry` so far (over both passes).
        var delivered: Int
        var feedAnnounced: Bool
        /// The gate said no: nothing of this pass was delivered.
        var refused = false
    }

    /// The encoding, and whether the bytes can be scanned as they are (`Reading.raw`).
    private typealias CheckedEncoding = (detection: CharsetDetector.Detection, readsAsIs: Bool)

    /// The encoding needs a pass over the whole document before the first entry may be
    /// delivered. On two threads that pass need not hold up the scanner: it reads as if the
    /// document were clean UTF-8 (when its BOM and declarations say UTF-8) while the assembly
    /// thread makes the pass, and nothing is delivered unless the pass confirms it. Returns
    /// that reading unless the pass refused it, and what the pass found.
    private func readBeforeTheEncodingIsConfirmed(
        _ body: Data, context: ParseContext,
        onFeed: @escaping (FeedFormat, FeedMetadata) -> Void, onEntry: @escaping (AssembledPost) -> Void
    ) -> (Pass?, CheckedEncoding?) {
        let assumed = body.withUnsafeBytes {
            CharsetDetector.detect(
                $0, contentType: context.contentType, markup: .xml,
                assumedScan: UTF8Validation.Scan(validity: .multibyte, holdsCharacterIllegalInXML: false))
        }
        guard UTF8Transcoder(encoding: assumed.encoding).isPassthrough else { return (nil, nil) }
        let verdict = Verdict()
        let attempt = pass(
            body, context: context, detection: assumed, reading: .raw, delivered: 0, feedAnnounced: false,
            gate: {
                let actual = checkedEncoding(body, context: context)
                verdict.checked = actual
                return actual.readsAsIs && actual.detection.encoding == assumed.encoding
                    && actual.detection.bomLength == assumed.bomLength
            },
            onFeed: onFeed, onEntry: onEntry)
        // The gate ran on the assembly thread before `close()` returned inside `pass`.
        return (attempt.refused ? nil : attempt, verdict.checked)
    }

    private func checkedEncoding(_ body: Data, context: ParseContext) -> CheckedEncoding {
        body.withUnsafeBytes { raw in
            let detection = CharsetDetector.detect(raw, contentType: context.contentType, markup: .xml)
            let readsAsIs = usesFastScanner && UTF8Transcoder(encoding: detection.encoding).isPassthrough
                && XMLSanitizer.needsNoRepair(
                    UnsafeRawBufferPointer(rebasing: raw[detection.bomLength...]),
                    holdsCharacterIllegalInXML: detection.holdsCharacterIllegalInXML)
            return (detection, readsAsIs)
        }
    }

    /// What the gate of a provisional reading found, handed from the assembly thread
    /// (`AssemblyLine` orders the write before `close()` returns).
    private final class Verdict: @unchecked Sendable {
        var checked: CheckedEncoding?
    }

    private func usesSecondThread(_ body: Data) -> Bool {
        body.count >= secondThreadMinimumBytes && ProcessInfo.processInfo.activeProcessorCount > 1
    }

    /// One reading of the document. After a failed reading, the first `delivered` entries and
    /// a feed announcement already made are assembled (thread state needs them) but not
    /// delivered again. `.raw` is only asked for when the document needs no repair.
    private func pass(
        _ body: Data, context: ParseContext, detection: CharsetDetector.Detection, reading: Reading, delivered: Int,
        feedAnnounced: Bool, gate: (() -> Bool)?,
        onFeed: @escaping (FeedFormat, FeedMetadata) -> Void, onEntry: @escaping (AssembledPost) -> Void
    ) -> Pass {
        let usesLibXML = reading == .libXML
        var assembler = PostAssembler(context: context)
        var seen = 0
        var announced = feedAnnounced
        let line = AssemblyLine(threaded: usesSecondThread(body), gate: gate) { event in
            switch event {
            case .feed(let format, let feed):
                if !announced {
                    announced = true
                    onFeed(format, feed)
                }
            case .entry(let draft, let feed):
                let post = assembler.assemble(draft, feed: feed)
                seen += 1
                if seen > delivered { onEntry(post) }
            }
        }
        let handler = SyndicationHandler(
            documentBase: URLResolver.documentBase(context),
            onFeed: { line.send(.feed($0, $1)) }, onEntry: { line.send(.entry($0, $1)) })
        let stream = usesLibXML ? XMLStream(handler: handler) : nil
        let scanner = usesLibXML ? nil : FastXMLScanner(handler: handler)
        var scannerFailed = false
        let repaired = body.withUnsafeBytes { raw -> Bool in
            let transcoder = UTF8Transcoder(encoding: detection.encoding)
            var sanitizer = XMLSanitizer(keepsPredefinedEntities: !usesLibXML)
            var utf8: [UInt8] = []
            var repairedXML: [UInt8] = []
            var offset = detection.bomLength
            repeat {
                let end = min(raw.count, offset + XMLFeedReader.chunkSize)
                let isLast = end == raw.count
                let chunk = UnsafeRawBufferPointer(rebasing: raw[offset..<end])
                if reading == .raw, let scanner {
                    if gate != nil, line.isRefused { break }
                    offset = end
                    guard scanner.feed(chunk, isLast: isLast) else {
                        scannerFailed = true
                        break
                    }
                    continue
                }
                repairedXML.removeAll(keepingCapacity: true)
                if transcoder.isPassthrough {
                    sanitizer.process(chunk, isLast: isLast, into: &repairedXML)
                } else {
                    utf8.removeAll(keepingCapacity: true)
                    transcoder.convert(chunk, isLast: isLast, into: &utf8)
                    utf8.withUnsafeBytes { sanitizer.process($0, isLast: isLast, into: &repairedXML) }
                }
                if let scanner {
                    if !repairedXML.withUnsafeBytes({ scanner.feed($0, isLast: isLast) }) {
                        scannerFailed = true
                        break
                    }
                } else {
                    repairedXML.withUnsafeBytes { stream?.feed($0, isLast: isLast) }
                }
                offset = end
            } while offset < raw.count
            if let scanner, offset >= raw.count, !scannerFailed, !scanner.feedEnd() { scannerFailed = true }
            return sanitizer.repairedMalformedInput
        }
        if !scannerFailed { handler.finish() }
        line.close()
        let wellFormed = usesLibXML ? stream?.wasWellFormed ?? false : !scannerFailed
        return Pass(
            handler: handler, wellFormed: wellFormed, repaired: repaired, delivered: max(seen, delivered),
            feedAnnounced: announced, refused: line.isRefused)
    }
}
