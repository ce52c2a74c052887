/// The elements the syndication parser acts on, whatever format or namespace they come in.
enum FeedElement {
    case rss, rdf, channel, atomFeed, item, entry
    case title, link, description, guid, pubDate, author, name, creator, language, comments, category
    case contentEncoded, content, summary, id, published, updated, commentFeed, inReplyTo, date
    /// The full post as XHTML markup (`<xhtml:body>`, or `<body>` in RSS 2.0 feeds).
    case xhtmlBody
    /// The full post as escaped HTML under a name other than `content:encoded` (Radio UserLand's
    /// `<fullitem>`).
    case fullItem
    /// Subtrees whose titles and links must not leak into the channel or entry
    /// (RSS `image`, `textInput`; Atom `source`).
    case skipped
    case other

    /// - Parameter rootNamespace: the root element's namespace; elements in it are core even when
    ///   it is not one we know (feeds invent namespaces like `http://example.com/necho`).
    static func classify(_ name: XMLName, rootNamespace: String?) -> FeedElement {
        let module = name.namespace != nil && name.namespace == rootNamespace
            ? .core : FeedNamespace.module(namespace: name.namespace, prefix: name.prefix)
        switch module {
        case .core: return core(name.local)
        case .rdf: return name.local == "RDF" ? .rdf : .other
        case .dc:
            switch name.local {
            case "creator", "author": return .creator
            case "title": return .title
            case "description": return .description
            case "date": return .date
            case "language": return .language
            default: return .other
            }
        case .dcterms:
            switch name.local {
            case "created", "issued": return .published
            case "modified": return .updated
            default: return .other
            }
        case .content: return name.local == "encoded" ? .contentEncoded : .other
        case .wfw: return name.local.lowercased() == "commentrss" ? .commentFeed : .other
        case .thread: return name.local == "in-reply-to" ? .inReplyTo : .other
        case .xhtml: return name.local == "body" ? .xhtmlBody : .other
        case .slash, .unknown: return .other
        }
    }

    private static func core(_ local: String) -> FeedElement {
        switch local {
        case "rss": return .rss
        case "RDF": return .rdf
        case "channel": return .channel
        case "feed": return .atomFeed
        case "item": return .item
        case "entry": return .entry
        case "title": return .title
        case "link": return .link
        case "description": return .description
        case "guid": return .guid
        case "pubDate", "pubdate": return .pubDate
        case "author": return .author
        case "name": return .name
        case "language": return .language
        case "comments": return .comments
        case "category": return .category
        case "content": return .content
        case "body": return .xhtmlBody
        case "fullitem": return .fullItem
        case "summary": return .summary
        case "id": return .id
        case "published", "issued", "created": return .published
        case "updated", "modified": return .updated
        case "image", "textinput", "textInput", "source": return .skipped
        default: return .other
        }
    }
}
