/// A streaming scanner for the well-formed XML that nearly every feed is, feeding the same
/// `XMLEventHandler` as libxml2's SAX parser but several times faster: one pass over UTF-8
/// bytes, text delivered in runs rather than one callback per character reference, names
/// interned per document.
///
/// It reads the output of `XMLSanitizer`, or the document itself when it needs no repair
/// (`XMLSanitizer.needsNoRepair`); it decodes numeric references, XML's five predefined
/// entities and HTML's named ones itself and handles elements, attributes, namespaces,
/// text, CDATA, comments, processing instructions and a DOCTYPE without internal subset.
/// Anything else — a well-formedness error, a DTD with declarations, an unknown entity, a bare
/// `&` — makes it give up (`feed` returns false) and `XMLFeedReader` reads the document again
/// (sanitized, then with libxml2 in recover mode), so malformed input keeps libxml2's recovery
/// and its `recovered` verdict.
final class FastXMLScanner {
    private let handler: XMLEventHandler
    /// Bytes of a construct cut by the chunk boundary, scanned again with the next chunk.
    private var pending: [UInt8] = []
    /// Where `pending` and the next chunk are scanned together; empty between chunks.
    private var joined: [UInt8] = []
    /// Where character data is decoded: as long as the longest run so far (decoding never lengthens).
    private var decodeBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4_096)
    private var decodeCapacity = 4_096
    private var open: [OpenElement] = []
    private var bindings: [Binding] = [Binding(prefix: Array("xml".utf8), uriID: 1, depth: 0)]
    /// Namespace URIs seen in declarations; a binding refers to one by index (0: no namespace).
    private var uris: [String?] = [nil, FeedNamespace.xml]
    /// Index in `uris` of each namespace URI; no namespace is index 0. Keyed by `String`, not
    /// `String?`: a dictionary of optionals costs every process a run-time conformance lookup
    /// (about 360,000 instructions at start-up).
    private var uriIndex: [String: Int] = [FeedNamespace.xml: 1]
    /// The namespace unprefixed names are in: the innermost default binding, kept up to date
    /// as bindings come and go rather than looked up for every tag.
    private var defaultURIID = 0
    private var names = NameTable()
    private var internedNames: [XMLName] = []
    private var internedQNames: [[UInt8]] = []
    private var internedURIIDs: [Int] = []
    /// Per interned name, its qualified name and namespace packed into integers (`PackedName`);
    /// names too long to pack are found by their bytes.
    private var internedPacked: [PackedName] = []
    /// Attributes of the start tag being read; kept between tags so no tag allocates arrays.
    private var rawAttributes: [(name: Range<Int>, value: Range<Int>)] = []  // no String: nothing to destroy
    private var attributes: [XMLAttribute] = []
    private var attributeNames: [(packed: UInt64, name: String)] = []
    private var sawRoot = false
    private var rootClosed = false
    private(set) var failed = false

    private struct OpenElement {
        let nameID: Int
    }

    private struct Binding {
        let prefix: [UInt8]  // empty: the default namespace
        let uriID: Int
        let depth: Int
    }

    init(handler: XMLEventHandler) {
        self.handler = handler
    }

    deinit {
        decodeBuffer.deallocate()
    }

    /// Scans one chunk; false once the document needs libxml2 (then stop feeding).
    func feed(_ chunk: UnsafeRawBufferPointer, isLast: Bool) -> Bool {
        guard !failed else { return false }
        if pending.isEmpty {
            let typed = UnsafeBufferPointer(start: chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), count: chunk.count)
            let consumed = scan(typed, isLast: isLast)
            if !failed, consumed < chunk.count { pending.append(contentsOf: chunk[consumed...]) }
        } else {
            // The cut construct and this chunk, joined in a buffer kept for the purpose: a copy
            // of `pending` taken here would make the next append allocate a new buffer, and
            // fresh memory costs a page fault every 4 KiB (a third of a large feed's faults).
            pending.append(contentsOf: chunk)
            swap(&pending, &joined)
            let consumed = joined.withUnsafeBufferPointer { scan($0, isLast: isLast) }
            if !failed, consumed < joined.count { pending.append(contentsOf: joined[consumed...]) }
            joined.removeAll(keepingCapacity: true)
        }
        if isLast, !failed, !pending.isEmpty || !open.isEmpty || !rootClosed { failed = true }
        return !failed
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), amp = UInt8(ascii: "&")
    private static let slash = UInt8(ascii: "/"), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    private static let cr: UInt8 = 0x0D

    /// Returns how many bytes were consumed; the rest belongs to a construct not yet complete.
    private func scan(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Int {
        let count = input.count
        var index = 0
        while index < count, !failed {
            if input[index] != FastXMLScanner.lt {
                guard let next = scanText(input, from: index, isLast: isLast) else { return index }
                index = next
                continue
            }
            guard let next = scanMarkup(input, at: index, isLast: isLast) else { return index }
            index = next
        }
        return index
    }

    /// Call after the last chunk when the body was empty after its BOM (no `feed` with
    /// `isLast`); false when the document is not complete.
    func feedEnd() -> Bool {
        if !failed, !pending.isEmpty || !open.isEmpty || !rootClosed { failed = true }
        return !failed
    }

    // MARK: Text

    private func scanText(_ input: UnsafeBufferPointer<UInt8>, from start: Int, isLast: Bool) -> Int? {
        let count = input.count
        let end = ByteSearch.first(FastXMLScanner.lt, in: input, from: start, to: count)
        let holdsCarriageReturn: Bool
        let plain: Bool
        if end - start <= 16 {
            // Short runs (the line break between two tags) are cheaper to look at than to search.
            var sawAmpersand = false, sawCarriageReturn = false
            for index in start..<end {
                let byte = input[index]
                if byte == FastXMLScanner.amp { sawAmpersand = true } else if byte == FastXMLScanner.cr { sawCarriageReturn = true }
            }
            holdsCarriageReturn = sawCarriageReturn
            plain = !sawAmpersand && !sawCarriageReturn
        } else {
            holdsCarriageReturn = ByteSearch.contains(FastXMLScanner.cr, in: input, from: start, to: end)
            plain = !holdsCarriageReturn && !ByteSearch.contains(FastXMLScanner.amp, in: input, from: start, to: end)
        }
        var stop = end
        if end == count, !isLast, !plain {
            // A reference may be cut at the chunk end: keep from the last "&" on.
            var back = end
            while back > start, end - back < 16 {
                back -= 1
                if input[back] == FastXMLScanner.amp {
                    stop = back
                    break
                }
            }
        }
        guard stop > start else { return end == count && !isLast ? nil : stop }
        let run = UnsafeBufferPointer(rebasing: input[start..<stop])
        if open.isEmpty {
            // Outside the root only whitespace may appear (XML 1.0 §2.1, §2.8).
            if run.contains(where: { !Whitespace.isSpace($0) }) { failed = true }
            return stop
        }
        if plain {
            handler.characters(run)
        } else {
            if decodeCapacity < run.count {
                decodeBuffer.deallocate()
                decodeCapacity = max(run.count, decodeCapacity * 2)
                decodeBuffer = .allocate(capacity: decodeCapacity)
            }
            guard let written = XMLCharacterData.decode(
                run, intoBuffer: decodeBuffer, isAttribute: false, holdsCarriageReturn: holdsCarriageReturn)
            else {
                failed = true
                return stop
            }
            handler.characters(UnsafeBufferPointer(start: decodeBuffer, count: written))
        }
        return stop
    }

    // MARK: Markup

    private func scanMarkup(_ input: UnsafeBufferPointer<UInt8>, at start: Int, isLast: Bool) -> Int? {
        let count = input.count
        guard start + 1 < count else { return incomplete(isLast) }
        let next = input[start + 1]
        if next == UInt8(ascii: "!") {
            if HTMLText.hasPrefix(input, at: start, "<!--") {
                guard let end = HTMLText.find(input, "-->", from: start + 4) else { return incomplete(isLast) }
                return end + 3
            }
            if HTMLText.hasPrefix(input, at: start, "<![CDATA[") {
                guard let end = HTMLText.find(input, "]]>", from: start + 9) else { return incomplete(isLast) }
                guard !open.isEmpty else {
                    failed = true
                    return end + 3
                }
                if end > start + 9 { handler.characters(UnsafeBufferPointer(rebasing: input[(start + 9)..<end])) }
                return end + 3
            }
            if HTMLText.hasPrefix(input, at: start, "<!DOCTYPE"), !sawRoot {
                var index = start + 9
                while index < count, input[index] != FastXMLScanner.gt {
                    if input[index] == UInt8(ascii: "[") {
                        failed = true  // an internal subset may declare entities: libxml2's job
                        return start
                    }
                    index += 1
                }
                return index < count ? index + 1 : incomplete(isLast)
            }
            if start + 9 > count, !isLast { return nil }
            failed = true
            return start
        }
        if next == UInt8(ascii: "?") {
            guard let end = HTMLText.find(input, "?>", from: start + 2) else { return incomplete(isLast) }
            return end + 2
        }
        // The end tag of the open element, written plainly (`</title>`): half of all tags.
        if next == FastXMLScanner.slash, let top = open.last {
            let close = start + 2 + internedQNames[top.nameID].count
            if close < count, input[close] == FastXMLScanner.gt,
                FastXMLScanner.equals(UnsafeBufferPointer(rebasing: input[(start + 2)..<close]), internedQNames[top.nameID])
            {
                closeTop()
                return close + 1
            }
        }
        // Find the tag's end, skipping quoted attribute values.
        var index = start + 1
        var quote: UInt8 = 0
        while true {
            index = FastXMLScanner.firstTagDelimiter(input, from: index, to: count)
            guard index < count else { break }
            let byte = input[index]
            if quote != 0 {
                if byte == quote { quote = 0 } else if byte == FastXMLScanner.lt { break }
            } else if byte == FastXMLScanner.quote || byte == FastXMLScanner.apostrophe {
                quote = byte
            } else {
                break  // ">" or "<"
            }
            index += 1
        }
        guard index < count else { return incomplete(isLast) }
        guard input[index] == FastXMLScanner.gt else {
            failed = true  // "<" inside a tag or an attribute value
            return start
        }
        let tag = UnsafeBufferPointer(rebasing: input[(start + 1)..<index])
        if next == FastXMLScanner.slash {
            endTag(UnsafeBufferPointer(rebasing: tag.dropFirst()))
        } else {
            startTag(tag)
        }
        return index + 1
    }

    /// Index of the first `<`, `>`, `"` or `'` in `input[index..<end]`, or `end`; eight bytes
    /// at a time (`WordTest.marked` marks the first such byte of a word exactly).
    @inline(__always)
    private static func firstTagDelimiter(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = WordTest.load(input, at: index)
            let found = WordTest.marked(word, lt) | WordTest.marked(word, gt) | WordTest.marked(word, quote)
                | WordTest.marked(word, apostrophe)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            let byte = input[index]
            if byte == lt || byte == gt || byte == quote || byte == apostrophe { return index }
            index += 1
        }
        return end
    }

    private func incomplete(_ isLast: Bool) -> Int? {
        if isLast { failed = true }
        return nil
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        Whitespace.isSpace(byte) || byte == FastXMLScanner.slash || byte == UInt8(ascii: "=")
    }

    private func startTag(_ tag: UnsafeBufferPointer<UInt8>) {
        guard !rootClosed, let first = tag.first, FastXMLScanner.isNameStart(first) else {
            failed = true
            return
        }
        let count = tag.count
        var index = 0
        while index < count, !FastXMLScanner.isNameEnd(tag[index]) { index += 1 }
        let qname = UnsafeBufferPointer(rebasing: tag[0..<index])
        let depth = open.count + 1
        while !rawAttributes.isEmpty { rawAttributes.removeLast() }  // keeps the capacity; removeAll costs a generic call
        var selfClosing = false
        while index < count {
            let byte = tag[index]
            if Whitespace.isSpace(byte) {
                index += 1
                continue
            }
            if byte == FastXMLScanner.slash {
                guard index == count - 1 else {
                    failed = true
                    return
                }
                selfClosing = true
                break
            }
            let nameStart = index
            while index < count, !FastXMLScanner.isNameEnd(tag[index]) { index += 1 }
            let nameEnd = index
            while index < count, Whitespace.isSpace(tag[index]) { index += 1 }
            guard nameEnd > nameStart, index < count, tag[index] == UInt8(ascii: "=") else {
                failed = true
                return
            }
            index += 1
            while index < count, Whitespace.isSpace(tag[index]) { index += 1 }
            guard index < count, tag[index] == FastXMLScanner.quote || tag[index] == FastXMLScanner.apostrophe else {
                failed = true
                return
            }
            let quote = tag[index]
            let valueStart = index + 1
            index = valueStart
            while index < count, tag[index] != quote { index += 1 }
            guard index < count else {
                failed = true
                return
            }
            rawAttributes.append((nameStart..<nameEnd, valueStart..<index))
            index += 1
        }
        // Namespace declarations first (`declaration` true): they apply to the element's own
        // name and attributes; then the other attributes.
        while !attributes.isEmpty { attributes.removeLast() }  // keeps the capacity; removeAll costs a generic call
        for pass in 0..<2 {
            let declaration = pass == 0
            for attribute in rawAttributes {
                let name = UnsafeBufferPointer(rebasing: tag[attribute.name])
                let isDefault = FastXMLScanner.equals(name, "xmlns")
                guard declaration == (isDefault || (name.count > 6 && HTMLText.hasPrefix(name, at: 0, "xmlns:"))) else { continue }
                guard let value = attributeValue(UnsafeBufferPointer(rebasing: tag[attribute.value])) else {
                    failed = true
                    return
                }
                if declaration {
                    let uri = uriID(isDefault && value.isEmpty ? nil : value)
                    bindings.append(Binding(prefix: isDefault ? [] : Array(name[6...]), uriID: uri, depth: depth))
                    if isDefault { defaultURIID = uri }
                    continue
                }
                if let colon = name.firstIndex(of: UInt8(ascii: ":")) {
                    let prefix = UnsafeBufferPointer(rebasing: name[..<colon])
                    attributes.append(XMLAttribute(
                        namespace: uris[resolve(prefix)], local: String(decoding: name[(colon + 1)...], as: UTF8.self),
                        value: value))
                } else {
                    attributes.append(XMLAttribute(namespace: nil, local: attributeName(name), value: value))
                }
            }
        }
        let nameID = intern(qname)
        guard !failed else { return }
        sawRoot = true
        open.append(OpenElement(nameID: nameID))
        handler.startElement(internedNames[nameID], attributes: attributes)
        if selfClosing { closeTop() }
    }

    private func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var needsDecoding = false
        for byte in bytes where byte == FastXMLScanner.amp || byte < 0x20 {
            needsDecoding = true
            break
        }
        guard needsDecoding else { return String(decoding: bytes, as: UTF8.self) }
        var decoded: [UInt8] = []
        guard XMLCharacterData.decode(bytes, into: &decoded, isAttribute: true) else { return nil }
        return String(decoding: decoded, as: UTF8.self)
    }

    private func endTag(_ tag: UnsafeBufferPointer<UInt8>) {
        var end = tag.count
        while end > 0, Whitespace.isSpace(tag[end - 1]) { end -= 1 }
        guard let top = open.last, FastXMLScanner.equals(UnsafeBufferPointer(rebasing: tag[..<end]), internedQNames[top.nameID])
        else {
            failed = true
            return
        }
        closeTop()
    }

    private func closeTop() {
        let depth = open.count
        let top = open.removeLast()
        handler.endElement(internedNames[top.nameID])
        if let last = bindings.last, last.depth == depth {
            while let last = bindings.last, last.depth == depth { bindings.removeLast() }
            defaultURIID = bindings.last { $0.prefix.isEmpty }?.uriID ?? 0
        }
        if open.isEmpty { rootClosed = true }
    }

    /// The string for an unprefixed attribute name: made once per document for names of up
    /// to seven bytes ("type", "rel", "href"), which a feed repeats on every entry.
    private func attributeName(_ name: UnsafeBufferPointer<UInt8>) -> String {
        guard name.count <= 7 else { return String(decoding: name, as: UTF8.self) }
        var packed = UInt64(name.count) << 56  // the length in the byte the name leaves free
        for index in 0..<name.count { packed |= UInt64(name[index]) << (8 * index) }
        for index in 0..<attributeNames.count where attributeNames[index].packed == packed { return attributeNames[index].name }
        let made = String(decoding: name, as: UTF8.self)
        if attributeNames.count < 32 { attributeNames.append((packed, made)) }
        return made
    }

    /// Index in `uris` of the namespace `prefix` is bound to.
    private func resolve(_ prefix: UnsafeBufferPointer<UInt8>) -> Int {
        for binding in bindings.reversed() where FastXMLScanner.equals(prefix, binding.prefix) {
            return binding.uriID
        }
        return 0  // undeclared prefix: libxml2 reports the element without a namespace too
    }

    private func uriID(_ uri: String?) -> Int {
        guard let uri else { return 0 }
        if let known = uriIndex[uri] { return known }
        uris.append(uri)
        uriIndex[uri] = uris.count - 1
        return uris.count - 1
    }

    /// A qualified name of at most 16 bytes and its namespace as three integers: finding an
    /// interned name compares words, not byte arrays (every tag of a document is looked up).
    private struct PackedName: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// Length in the low byte, namespace id above it; `UInt64.max` for an unpacked name.
        var lengthAndURI: UInt64 = .max

        var hash: UInt64 {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (lengthAndURI &* 0x1656_67B1_9E37_79F9)
            return mixed ^ (mixed >> 29)
        }
    }

    /// The interned name for `qname` under the current bindings.
    private func intern(_ qname: UnsafeBufferPointer<UInt8>) -> Int {
        var colon: Int?
        var packed = PackedName()
        let count = qname.count
        for index in 0..<count {
            let byte = qname[index]
            if byte == UInt8(ascii: ":"), colon == nil { colon = index }
            if index < 8 {
                packed.low |= UInt64(byte) << (8 * index)
            } else if index < 16 {
                packed.high |= UInt64(byte) << (8 * (index - 8))
            }
        }
        let uriID: Int
        if let colon {
            guard colon > 0, colon < count - 1 else {
                failed = true
                return 0
            }
            uriID = resolve(UnsafeBufferPointer(rebasing: qname[..<colon]))
        } else {
            uriID = defaultURIID
        }
        let hash: UInt64
        if count <= 16 {
            packed.lengthAndURI = UInt64(count) | UInt64(uriID) << 8
            hash = packed.hash
            if let known = names.find(hash, where: { internedPacked[$0] == packed }) { return known }
        } else {
            packed = PackedName()
            var fnv: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the qname, then the namespace
            for byte in qname { fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (fnv ^ UInt64(uriID)) &* 0x100_0000_01b3
            if let known = names.find(hash, where: {
                internedURIIDs[$0] == uriID && FastXMLScanner.equals(qname, internedQNames[$0])
            }) {
                return known
            }
        }
        let name = XMLName(
            id: internedNames.count, namespace: uris[uriID],
            prefix: colon.map { String(decoding: qname[..<$0], as: UTF8.self) },
            local: String(decoding: colon.map { qname[($0 + 1)...] } ?? qname[...], as: UTF8.self))
        names.insert(hash, id: name.id)
        internedNames.append(name)
        internedQNames.append(Array(qname))
        internedURIIDs.append(uriID)
        internedPacked.append(packed)
        return name.id
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard bytes.count == other.count else { return false }
        for index in 0..<bytes.count where bytes[index] != other[index] { return false }
        return true
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        bytes.count == literal.utf8CodeUnitCount && HTMLText.hasPrefix(bytes, at: 0, literal)
    }
}
