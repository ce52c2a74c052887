/// Namespaces of the syndication formats and the modules feeds use for threads and content.
enum FeedNamespace {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let wfw = "http://wellformedweb.org/CommentAPI/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// Module of an element: by namespace URI, or by its conventional prefix when a feed
    /// forgot to declare it (`<content:encoded>` without `xmlns:content` is common).
    enum Module {
        case core, dc, dcterms, content, wfw, slash, thread, rdf, xhtml, unknown
    }

    static func module(namespace: String?, prefix: String?) -> Module {
        switch namespace {
        case nil:
            switch prefix {
            case nil, "atom": return .core
            case "dc": return .dc
            case "dcterms": return .dcterms
            case "content": return .content
            case "wfw": return .wfw
            case "slash": return .slash
            case "thr": return .thread
            case "rdf": return .rdf
            case "xhtml": return .xhtml
            default: return .unknown
            }
        case atom10?, atom03?, rss10?, rss090?, "http://backend.userland.com/rss2"?, "http://backend.userland.com/rss"?:
            return .core
        case dc?: return .dc
        case dcterms?: return .dcterms
        case content?: return .content
        case wfw?: return .wfw
        case slash?: return .slash
        case thread?: return .thread
        case rdf?: return .rdf
        case xhtml?: return .xhtml
        default: return .unknown
        }
    }
}
