/// Words that appear in dates of the feeds we read: month and weekday names (English, German,
/// plus the Greek and Hungarian forms feedparser's corpus documents), zone abbreviations, and
/// the relative forms forums print ("heute, 14:05", "vor 5 Minuten", "yesterday at 9:12").
/// Keys are lowercased; matching ignores a trailing dot ("Nov.", "Mo.").
enum DateVocabulary {
    static func month(_ word: String) -> Int? {
        if let month = months[word] { return month }
        // "Sept", "Janv", "Dezemb.": a known month prefix of at least three letters.
        guard word.count >= 3, let prefix = months[String(word.prefix(3))] else { return nil }
        return word.count <= 9 ? prefix : nil
    }

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "jän", "ιαν", "ιανουαρίου", "január", "jan."],
            ["february", "feb", "februar", "feber", "φεβ", "φεβρουαρίου", "február"],
            ["march", "mar", "märz", "mär", "mrz", "maerz", "μάρ", "μαρ", "μαρτίου", "március", "márc"],
            ["april", "apr", "απρ", "απριλίου", "április", "ápr"],
            ["may", "mai", "μάι", "μαι", "μάϊ", "μαΐου", "május", "máj"],
            ["june", "jun", "juni", "ιούν", "ιουν", "ιουνίου", "június", "jún"],
            ["july", "jul", "juli", "ιούλ", "ιουλ", "ιουλίου", "július", "júl"],
            ["august", "aug", "αύγ", "αυγ", "αυγούστου", "augusztus"],
            ["september", "sep", "sept", "σεπ", "σεπτεμβρίου", "szeptember", "szept"],
            ["october", "oct", "oktober", "okt", "οκτ", "οκτωβρίου", "október"],
            ["november", "nov", "νοέ", "νοε", "νοεμβρίου"],
            ["december", "dec", "dezember", "dez", "δεκ", "δεκεμβρίου"],
        ]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    static func isWeekday(_ word: String) -> Bool { weekdays.contains(word) }

    private static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonnabend", "sonntag",
        "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
    ]

    /// Offsets in seconds east of UTC. North American names follow RFC 822 §5.1; the one-letter
    /// military zones too (A = -1 … M = -12, N = +1 … Y = +12, as RFC 822 wrote them).
    static func zoneOffset(_ word: String) -> Int? {
        if let hours = zones[word] { return Int(hours * 3_600) }
        if word.count == 1, let scalar = word.unicodeScalars.first, scalar.isASCII,
            let letter = Optional(Int(scalar.value) - 0x61), letter >= 0, letter < 26, letter != 9
        {
            if letter == 25 { return 0 }  // Z
            if letter < 13 { return -(letter < 9 ? letter + 1 : letter) * 3_600 }  // A–I, K–M
            return (letter - 12) * 3_600  // N–Y
        }
        return nil
    }

    private static let zones: [String: Double] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "etc/gmt": 0, "etc/utc": 0, "wet": 0,
        "adt": -3, "ast": -4, "at": -4, "edt": -4, "est": -5, "et": -5, "cdt": -5, "cst": -6, "ct": -6,
        "mdt": -6, "mst": -7, "mt": -7, "pdt": -7, "pst": -8, "pt": -8, "akst": -9, "akdt": -8, "hst": -10,
        "met": 1, "mest": 2, "cet": 1, "cest": 2, "mez": 1, "mesz": 2, "bst": 1, "west": 1,
        "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "hkt": 8, "sgt": 8, "awst": 8, "jst": 9, "kst": 9,
        "acst": 9.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
    ]

    /// Words carrying no information in a date ("am 23. November", "at 9:12", "23rd").
    static func isFiller(_ word: String) -> Bool { fillers.contains(word) }

    private static let fillers: Set<String> = [
        "um", "at", "uhr", "den", "on", "the", "of", "h", "st", "nd", "rd", "th", "de", "le", "à",
        "posted", "veröffentlicht", "geschrieben", "published", "updated", "aktualisiert", "ab",
    ]

    /// Meridiem words: true for afternoon. Korean 오전/오후 are in feedparser's "nate" corpus.
    static func meridiem(_ word: String) -> Bool? {
        switch word {
        case "am", "a.m", "vorm", "오전": return false
        case "pm", "p.m", "nachm", "오후": return true
        default: return nil
        }
    }

    /// Days back from today for "heute", "gestern", "vorgestern".
    static func relativeDay(_ word: String) -> Int? {
        switch word {
        case "heute", "today", "now", "jetzt": return 0
        case "gestern", "yesterday": return 1
        case "vorgestern": return 2
        default: return nil
        }
    }

    /// Seconds per unit for "vor 5 Minuten", "2 hours ago".
    static func unitSeconds(_ word: String) -> Int? {
        switch word {
        case "sekunde", "sekunden", "sek", "second", "seconds", "sec", "secs", "s": return 1
        case "minute", "minuten", "min", "mins", "minutes", "m": return 60
        case "stunde", "stunden", "std", "hour", "hours", "hr", "hrs": return 3_600
        case "tag", "tagen", "tage", "day", "days", "d": return 86_400
        case "woche", "wochen", "week", "weeks", "w": return 604_800
        case "monat", "monaten", "month", "months": return 2_592_000
        case "jahr", "jahren", "year", "years": return 31_536_000
        default: return nil
        }
    }

    /// Number words in relative forms ("vor einer Stunde", "an hour ago").
    static func smallNumber(_ word: String) -> Int? {
        switch word {
        case "a", "an", "one", "ein", "eine", "einer", "einem", "einen": return 1
        case "two", "zwei": return 2
        case "three", "drei": return 3
        default: return nil
        }
    }

    /// Korean unit markers after numbers (feedparser's "onblog" form: 2004년 05월 28일).
    static func koreanMarker(_ word: String) -> Character? {
        switch word {
        case "년": return "y"
        case "월": return "M"
        case "일": return "d"
        default: return nil
        }
    }
}
