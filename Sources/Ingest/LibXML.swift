internal import CLibXML2
import Foundation

// The only file that touches libxml2 pointers. Two entry points:
// - `XMLStream`: SAX2 push parsing (feeds stream; no tree is ever built).
// - `HTMLDocument`: libxml2's HTML parser plus XPath for forum pages (small, whole tree).
// Ownership is noted at every allocation.

/// libxml2 itself: loaded at first use by the CLibXML2 shim, not at start-up.
enum LibXML {
    /// Why libxml2.so.2 could not be loaded, or nil (loading it if it is not loaded yet).
    static var loadError: String? {
        monitor_xml_load_error().map { String(cString: $0) }
    }

    /// Stops with what is missing and how to install it: without libxml2, broken feeds cannot
    /// be recovered and forum pages cannot be read. Returns when libxml2 is loaded (the failed
    /// call was then out of memory, which the caller reports its own way).
    static func stopUnlessLoaded() {
        if let loadError {
            fatalError("libxml2 could not be loaded (\(loadError)); install it with `sudo apt-get install libxml2` or run `make deps`")
        }
    }
}

/// A namespace-qualified element name. Instances are interned per `XMLStream`: the same
/// `id` always means the same (namespace, prefix, local) triple within one parse.
/// A class, not a struct: every start and end tag hands one to the handler, and passing a
/// reference retains once where a struct of three strings retained three times
/// (about 3% of scanning a large feed).
final class XMLName {
    let id: Int
    let namespace: String?
    let prefix: String?
    let local: String

    init(id: Int, namespace: String?, prefix: String?, local: String) {
        self.id = id
        self.namespace = namespace
        self.prefix = prefix
        self.local = local
    }
}

/// One attribute of a start tag, copied out of libxml2's buffers.
struct XMLAttribute {
    let namespace: String?
    let local: String
    let value: String
}

/// Receiver of SAX events; text arrives as UTF-8 bytes valid only during the call.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: [XMLAttribute])
    func endElement(_ name: XMLName)
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// Streams UTF-8 XML through libxml2's SAX2 push parser in recover mode.
/// Safety: XML_PARSE_NONET, no external subset or entity loading (no resolver callbacks),
/// no NOENT, no HUGE. Entities declared in an internal DTD are honoured only when their
/// replacement text contains no further references, so nested "billion laughs" definitions
/// expand to nothing.
final class XMLStream {
    private let handler: XMLEventHandler
    private var context: xmlParserCtxtPtr?
    private var names: [NameKey: XMLName] = [:]
    /// Entities we hand to libxml2; allocated here, freed in deinit (libxml2 never frees them
    /// because they are not attached to any document).
    private var entities: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private static let maxDeclaredEntities = 1_000
    private static let maxEntityLength = 4_096

    init(handler: XMLEventHandler) {
        self.handler = handler
    }

    deinit {
        if let context { monitor_xml_free_parser_ctxt(context) }
        for entity in entities.values {
            free(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            free(entity.pointee.content)
            entity.deallocate()
        }
    }

    /// Feeds one chunk of UTF-8 bytes; `isLast` finishes the document.
    func feed(_ chunk: UnsafeRawBufferPointer, isLast: Bool) {
        let base = chunk.baseAddress?.assumingMemoryBound(to: CChar.self)
        if context == nil {
            var sax = XMLStream.makeHandler()
            // The context keeps an unretained pointer to self: valid while this object lives,
            // and the context is freed in deinit before self goes away.
            let user = Unmanaged.passUnretained(self).toOpaque()
            context = monitor_xml_create_push_parser_ctxt(&sax, user)
            guard let context else { return LibXML.stopUnlessLoaded() }
            let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue
                | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            monitor_xml_ctxt_use_options(context, options)
        }
        guard let context else { return }
        // libxml2 copies the bytes into its own input buffer before returning.
        monitor_xml_parse_chunk(context, base, Int32(chunk.count), isLast ? 1 : 0)
    }

    /// False when libxml2 reported a well-formedness error and recovered (or gave up).
    var wasWellFormed: Bool {
        guard let context else { return false }
        return context.pointee.wellFormed != 0
    }

    private struct NameKey: Hashable {
        let local: UnsafeRawPointer
        let prefix: UnsafeRawPointer?
        let uri: UnsafeRawPointer?
    }

    /// libxml2 interns names in the parser dictionary, so pointer identity is name identity
    /// for the lifetime of the context: we build each Swift string once per parse.
    fileprivate func name(
        _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
        _ uri: UnsafePointer<xmlChar>?
    ) -> XMLName {
        guard let local else { return XMLName(id: -1, namespace: nil, prefix: nil, local: "") }
        let key = NameKey(
            local: UnsafeRawPointer(local), prefix: prefix.map(UnsafeRawPointer.init),
            uri: uri.map(UnsafeRawPointer.init))
        if let known = names[key] { return known }
        let made = XMLName(
            id: names.count, namespace: uri.map(XMLStream.string), prefix: prefix.map(XMLStream.string),
            local: XMLStream.string(local))
        names[key] = made
        return made
    }

    fileprivate static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }

    fileprivate static func string(
        from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?
    ) -> String {
        guard let start, let end, end > start else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }

    fileprivate func declareEntity(name: String, content: String) {
        guard entities[name] == nil, entities.count < XMLStream.maxDeclaredEntities,
            content.utf8.count <= XMLStream.maxEntityLength, !content.utf8.contains(UInt8(ascii: "&")),
            !content.utf8.contains(UInt8(ascii: "<"))
        else { return }
        // Marked as predefined so libxml2 inlines the text through `characters` (and inside
        // attribute values) instead of re-parsing it as markup.
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(strdup(name)).map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }
        let copied = strdup(content).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlChar.self) }
        entity.pointee.content = copied
        entity.pointee.orig = copied
        entity.pointee.length = Int32(content.utf8.count)
        entities[name] = entity
    }

    fileprivate func entity(named name: String) -> UnsafeMutablePointer<xmlEntity>? {
        entities[name]
    }

    private static func stream(_ user: UnsafeMutableRawPointer?) -> XMLStream? {
        guard let user else { return nil }
        return Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue()
    }

    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, local, prefix, uri, _, _, attributeCount, _, attributes in
            guard let stream = XMLStream.stream(user) else { return }
            let name = stream.name(local, prefix, uri)
            var list: [XMLAttribute] = []
            if let attributes, attributeCount > 0 {
                list.reserveCapacity(Int(attributeCount))
                // Five pointers per attribute: localname, prefix, URI, value start, value end.
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    guard let attrLocal = attributes[base] else { continue }
                    let value = XMLStream.string(from: attributes[base + 3], to: attributes[base + 4])
                    list.append(XMLAttribute(
                        namespace: attributes[base + 2].map { XMLStream.string($0) },
                        local: XMLStream.string(attrLocal), value: value))
                }
            }
            stream.handler.startElement(name, attributes: list)
        }
        sax.endElementNs = { user, local, prefix, uri in
            guard let stream = XMLStream.stream(user) else { return }
            stream.handler.endElement(stream.name(local, prefix, uri))
        }
        let text: charactersSAXFunc = { user, bytes, length in
            guard let stream = XMLStream.stream(user), let bytes, length > 0 else { return }
            stream.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.characters = text
        sax.cdataBlock = text
        sax.entityDecl = { user, name, type, _, _, content in
            guard let stream = XMLStream.stream(user), let name, let content,
                type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue)
            else { return }
            stream.declareEntity(name: XMLStream.string(name), content: XMLStream.string(content))
        }
        sax.getEntity = { user, name in
            guard let stream = XMLStream.stream(user), let name else { return nil }
            return stream.entity(named: XMLStream.string(name))
        }
        // Structured errors are swallowed: recover mode decides, `wasWellFormed` reports.
        sax.serror = { _, _ in }
        return sax
    }
}

/// An HTML page parsed by libxml2's forgiving HTML parser, queried with XPath.
final class HTMLDocument {
    /// Owned; freed in deinit together with the XPath context.
    private let document: htmlDocPtr
    private let xpath: xmlXPathContextPtr

    /// A node matched by an XPath expression, kept as an opaque handle valid while the document lives.
    struct Node {
        fileprivate let pointer: xmlNodePtr
    }

    /// What an expression produced: nodes, or a scalar already turned into a string.
    enum Result {
        case nodes([Node])
        case string(String)
    }

    /// A compiled XPath expression; freed in deinit.
    final class Expression {
        fileprivate let compiled: xmlXPathCompExprPtr
        fileprivate init(_ compiled: xmlXPathCompExprPtr) { self.compiled = compiled }
        deinit { monitor_xml_xpath_free_comp_expr(compiled) }
    }

    /// Parses UTF-8 HTML. Returns nil only when libxml2 cannot allocate a document.
    init?(utf8 bytes: [UInt8]) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                monitor_html_read_memory($0.baseAddress, Int32($0.count), "UTF-8", options)
            }
        }
        guard let parsed else {
            LibXML.stopUnlessLoaded()
            return nil
        }
        guard let context = monitor_xml_xpath_new_context(parsed) else {
            monitor_xml_free_doc(parsed)
            return nil
        }
        // Compile errors are reported by our own ParseError, not printed by libxml2.
        context.pointee.error = { _, _ in }
        document = parsed
        xpath = context
    }

    deinit {
        monitor_xml_xpath_free_context(xpath)
        monitor_xml_free_doc(document)
    }

    /// Compiles an expression; nil when it is not valid XPath 1.0.
    func compile(_ expression: String) -> Expression? {
        guard let compiled = monitor_xml_xpath_ctxt_compile(xpath, expression) else { return nil }
        return Expression(compiled)
    }

    /// Evaluates `expression` with `node` as the context node (the document when nil).
    func evaluate(_ expression: Expression, at node: Node? = nil) -> Result {
        xpath.pointee.node = node?.pointer ?? UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        guard let object = monitor_xml_xpath_compiled_eval(expression.compiled, xpath) else { return .nodes([]) }
        // The result object is ours; the nodes it points to belong to the document.
        defer { monitor_xml_xpath_free_object(object) }
        switch object.pointee.type {
        case XPATH_NODESET:
            guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0 else { return .nodes([]) }
            return .nodes((0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0].map(Node.init) })
        case XPATH_STRING:
            return .string(object.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            let number = object.pointee.floatval
            return .string(number == number.rounded() ? String(Int(number)) : String(number))
        case XPATH_BOOLEAN:
            return .string(object.pointee.boolval != 0 ? "true" : "false")
        default:
            return .nodes([])
        }
    }

    /// Walks an element's subtree for `HTMLTextBuilder`: text nodes and element boundaries.
    func walk(_ node: Node, into builder: inout HTMLTextBuilder) {
        walk(node.pointer, into: &builder)
    }

    private func walk(_ node: xmlNodePtr, into builder: inout HTMLTextBuilder) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                builder.appendDecodedText(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            guard builder.enterElement(named: name) else { return }
            var child = node.pointee.children
            while let current = child {
                walk(current, into: &builder)
                child = current.pointee.next
            }
            builder.leaveElement(named: name)
        default:
            return
        }
    }

    /// The text of an attribute or text node (no markup inside).
    func stringValue(_ node: Node) -> String {
        guard let content = monitor_xml_node_get_content(node.pointer) else { return "" }
        // xmlNodeGetContent returns a copy we must release with xmlFree.
        defer { monitor_xml_free(content) }
        return String(cString: content)
    }

    /// True for element nodes (which are turned into text) as opposed to attributes and text.
    func isElement(_ node: Node) -> Bool {
        node.pointer.pointee.type == XML_ELEMENT_NODE
    }
}
