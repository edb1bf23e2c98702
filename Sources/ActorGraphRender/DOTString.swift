import Foundation

/// Turns arbitrary text into a safe, quoted DOT string.
///
/// Names come from news text and may hold anything: quotes, backslashes
/// (which Graphviz reads as escapes such as `\N` or `\l`), line breaks,
/// control characters, markup, or ten thousand characters.
enum DOTString {
    /// The ellipsis that marks cut text.
    static let ellipsis: Character = "…"

    /// `text` as a double-quoted DOT string, cut to `limit` characters.
    ///
    /// Line breaks become Graphviz's `\n`; other control characters are
    /// dropped; `&` is written as `&amp;` because Graphviz decodes HTML
    /// entities in labels and passes them through into SVG, where a stray
    /// `&name;` would make the XML invalid.
    static func quoted(_ text: String, limit: Int = .max) -> String {
        var out = "\""
        for character in truncated(cleaned(text), to: limit) {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// `text` made safe for a `tooltip`: Graphviz expands escapes in
    /// tooltips twice (2.43 turns `\\N` into the node name), so no number of
    /// backslashes reliably stays one backslash; the look-alike U+29F5
    /// (REVERSE SOLIDUS OPERATOR) stands in for it instead.
    static func tooltip(_ text: String, limit: Int) -> String {
        truncated(cleaned(text), to: limit).replacingOccurrences(of: "\\", with: "\u{29F5}")
    }

    /// `text` with line breaks unified to `\n`, tabs as spaces, and control
    /// characters and noncharacters removed.
    static func cleaned(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}":
                out.append("\n")
            case "\t":
                out.append(" ")
            default:
                // Controls and noncharacters (U+FFFE...) are not allowed in XML.
                if scalar.properties.generalCategory == .control
                    || scalar.properties.isNoncharacterCodePoint { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` cut to at most `limit` characters (graphemes), the last being
    /// an ellipsis when anything was removed.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + String(ellipsis)
    }
}
