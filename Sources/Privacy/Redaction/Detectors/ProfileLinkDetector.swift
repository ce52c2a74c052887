/// Links to a person's page on a social network (`twitter.com/max`, `linkedin.com/in/max`,
/// `https://chaos.social/@max`). The whole link becomes `[PROFILE]`, because any part of it
/// (including a status id) leads back to the account.
///
/// Links to content rather than people (`instagram.com/p/…`, `reddit.com/r/…`,
/// `github.com/features`) stay, and so does every other URL: we do not redact inside generic
/// links (a documented limit).
enum ProfileLinkDetector {
    struct Result {
        var detection: Detection?
        /// End of the URL token, so the scanner skips the rest of the link.
        var tokenEnd: Int
    }

    /// How the path of a network's profile URL looks.
    enum PathRule {
        /// First segment is the user, unless it is one of the site's own pages.
        case firstSegment(reserved: Set<String>)
        /// First segment is one of these prefixes, second is the user ("in/max", "u/max").
        case prefixed(Set<String>)
        /// First segment starts with "@" ("tiktok.com/@max"), or the listed prefixes are used.
        case atSegment(orPrefixed: Set<String>)
    }

    /// Networks and their profile path shapes, from each site's public URL scheme.
    static let networks: [String: PathRule] = [
        "twitter.com": .firstSegment(reserved: ["home", "search", "i", "intent", "share", "hashtag", "explore",
                                                "settings", "messages", "notifications", "login", "signup", "tos",
                                                "privacy"]),
        "x.com": .firstSegment(reserved: ["home", "search", "i", "intent", "share", "hashtag", "explore",
                                          "settings", "messages", "notifications", "login", "signup", "tos",
                                          "privacy"]),
        "facebook.com": .firstSegment(reserved: ["groups", "pages", "events", "help", "watch", "marketplace",
                                                 "sharer", "sharer.php", "login", "policies", "gaming", "business",
                                                 "ads", "hashtag", "photo.php", "story.php", "permalink.php",
                                                 "privacy", "legal"]),
        "fb.com": .firstSegment(reserved: ["groups", "pages", "events", "help", "watch"]),
        "instagram.com": .firstSegment(reserved: ["p", "reel", "reels", "explore", "accounts", "tv", "about",
                                                  "developer", "direct", "legal"]),
        "linkedin.com": .prefixed(["in", "pub"]),
        "xing.com": .prefixed(["profile"]),
        "tiktok.com": .atSegment(orPrefixed: []),
        "youtube.com": .atSegment(orPrefixed: ["c", "user", "channel"]),
        "github.com": .firstSegment(reserved: ["features", "about", "pricing", "login", "join", "topics",
                                               "marketplace", "explore", "settings", "enterprise", "security",
                                               "collections", "trending", "notifications", "search", "site",
                                               "contact", "apps", "orgs", "sponsors", "customer-stories", "team"]),
        "reddit.com": .prefixed(["u", "user"]),
    ]

    static let https = ASCII.bytes("https://"), http = ASCII.bytes("http://"), www = ASCII.bytes("www.")

    /// A link starting with `http://`, `https://` or `www.` at `start`.
    static func matchURL(_ text: UTF8Text, at start: Int) -> Result? {
        let hostStart: Int
        if text.matchesLowered(https, at: start) {
            hostStart = start + https.count
        } else if text.matchesLowered(http, at: start) {
            hostStart = start + http.count
        } else if text.matchesLowered(www, at: start) {
            hostStart = start
        } else {
            return nil
        }
        let end = tokenEnd(text, from: hostStart)
        let detection = classify(text, start: start, hostStart: hostStart, end: end, hasScheme: hostStart != start)
        return Result(detection: detection, tokenEnd: end)
    }

    /// A scheme-less link ("twitter.com/max") around the `/` at `slashIndex`.
    static func matchBare(_ text: UTF8Text, slashIndex: Int) -> Result {
        var start = slashIndex
        while start > 0 && isHostByte(text[start - 1]) { start -= 1 }
        let end = tokenEnd(text, from: slashIndex)
        guard start < slashIndex else { return Result(detection: nil, tokenEnd: end) }
        return Result(detection: classify(text, start: start, hostStart: start, end: end, hasScheme: false),
                      tokenEnd: end)
    }

    @inline(__always) static func isHostByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == ASCII.dot || b == ASCII.minus
    }

    /// End of a URL token: up to whitespace, quotes or angle brackets, without trailing
    /// sentence punctuation.
    static func tokenEnd(_ text: UTF8Text, from start: Int) -> Int {
        var i = start
        while i < text.count {
            let b = text.bytes[i]
            if b <= ASCII.space || b >= 0x80 || b == 0x22 || b == 0x3C || b == 0x3E { break }
            i += 1
        }
        while i > start, isTrailingPunctuation(text[i - 1]) { i -= 1 }
        return i
    }

    /// `.`, `,`, `;`, `:`, `!`, `?`, `)`, `]`, `'` after a link belong to the sentence.
    @inline(__always) static func isTrailingPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case ASCII.dot, ASCII.comma, 0x3B, ASCII.colon, 0x21, 0x3F, ASCII.closeParen, ASCII.closeBracket,
             ASCII.apostrophe: return true
        default: return false
        }
    }

    static func classify(_ text: UTF8Text, start: Int, hostStart: Int, end: Int, hasScheme: Bool) -> Detection? {
        var hostEnd = hostStart
        while hostEnd < end && isHostByte(text[hostEnd]) { hostEnd += 1 }
        guard text[hostEnd] == ASCII.slash, hostEnd < end else { return nil }
        // Without a scheme only a network host can make a profile, and every network host has a
        // dot: "Mbit/s", "und/oder" and "km/h" stop here, before any string is built.
        guard hasScheme || (hostStart..<hostEnd).contains(where: { text[$0] == ASCII.dot }) else { return nil }
        let host = String(decoding: text.lowered(hostStart..<hostEnd), as: UTF8.self)
        let rule = rule(forHost: host)
        guard hasScheme || rule != nil else { return nil }
        let segments = text.lowered((hostEnd + 1)..<end).split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == 0x3F || $0 == ASCII.hash })
            .first.map { $0.split(separator: ASCII.slash).map { String(decoding: $0, as: UTF8.self) } } ?? []
        guard let first = segments.first, !first.isEmpty else { return nil }
        let second = segments.count > 1 ? segments[1] : ""
        let isProfile: Bool
        if let rule {
            switch rule {
            case .firstSegment(let reserved):
                isProfile = !reserved.contains(first) && isUserName(first.hasSuffix(".php") ? "x" : first)
            case .prefixed(let prefixes):
                isProfile = prefixes.contains(first) && !second.isEmpty
            case .atSegment(let prefixes):
                isProfile = (first.hasPrefix("@") && first.count > 1) || (prefixes.contains(first) && !second.isEmpty)
            }
        } else {
            // Mastodon and other fediverse servers: https://host/@user. Only with a scheme, since
            // a bare "host/@x" is too rare to justify checking every slash for it.
            // The path is "/@user" or "/@user/<status id>"; "/@home/angebote" is a shop page.
            isProfile = hasScheme && host.contains(".") && first.hasPrefix("@") && first.count > 1
                && (segments.count == 1 || (segments.count == 2 && second.utf8.allSatisfy(ASCII.isDigit)))
        }
        return isProfile ? Detection(.profile, start, end) : nil
    }

    /// The network rule for a host, allowing subdomains ("www.", "m.", "de.linkedin.com").
    static func rule(forHost host: String) -> PathRule? {
        if let rule = networks[host] { return rule }
        guard let dot = host.firstIndex(of: ".") else { return nil }
        return networks[String(host[host.index(after: dot)...])]
    }

    static func isUserName(_ segment: String) -> Bool {
        !segment.isEmpty && segment.utf8.allSatisfy { ASCII.isAlnum($0) || $0 == ASCII.underscore
            || $0 == ASCII.dot || $0 == ASCII.minus }
    }
}
