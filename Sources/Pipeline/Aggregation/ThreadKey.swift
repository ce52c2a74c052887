import Foundation

/// Thread ids are only unique within a source.
struct ThreadKey: Hashable, Sendable, Comparable {
    var source: String
    var threadID: String

    init(source: String, threadID: String) {
        self.source = source
        self.threadID = threadID
    }

    init(_ post: StoredPost) {
        source = post.source
        threadID = post.threadID
    }

    static func < (a: ThreadKey, b: ThreadKey) -> Bool {
        a.source != b.source ? a.source < b.source : a.threadID < b.threadID
    }
}
