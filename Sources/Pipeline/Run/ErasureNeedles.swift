import Foundation

/// The strings by which a report file, a mail or a stored alert item betrays an erased author:
/// the pseudonym, the links of their posts, the titles of threads they started, and the beginning of each post's text as an excerpt
/// (`ReportText.excerpt`) shows it.
enum ErasureNeedles {
    /// Excerpts start with the post's first characters; 40 are specific enough that another post
    /// does not start the same way by chance.
    static let excerptPrefixCharacters = 40
    /// Texts shorter than this ("Danke!", "Same here") say nothing about anyone and would match
    /// other posts; they are not searched for.
    static let minimumTextCharacters = 16

    static func of(pseudonym: String, posts: [StoredPost]) -> [String] {
        var needles: Set<String> = [pseudonym]
        for post in posts {
            if let link = post.link, link.count >= 12 { needles.insert(link) }
            if post.parentID == nil, let title = post.title ?? post.threadTitle, title.count >= minimumTextCharacters {
                needles.insert(title)
            }
            let collapsed = post.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if collapsed.count >= minimumTextCharacters { needles.insert(String(collapsed.prefix(excerptPrefixCharacters))) }
        }
        return needles.sorted()
    }
}
