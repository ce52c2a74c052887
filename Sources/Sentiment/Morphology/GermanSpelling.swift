/// Umlaut-free German spelling: ä → ae, ö → oe, ü → ue, ß → ss (the DIN 5007-2 replacement
/// forms people type on English keyboards and in URLs).
enum GermanSpelling {
    static func transliterated(_ term: String) -> String {
        guard term.unicodeScalars.contains(where: { $0.value >= 0xDF }) else { return term }
        var view = String.UnicodeScalarView()
        for scalar in term.unicodeScalars {
            switch scalar {
            case "ä": view.append("a"); view.append("e")
            case "ö": view.append("o"); view.append("e")
            case "ü": view.append("u"); view.append("e")
            case "ß": view.append("s"); view.append("s")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
