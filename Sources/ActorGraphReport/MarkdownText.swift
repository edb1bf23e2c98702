/// Escaping for text from the articles placed into Markdown.
enum MarkdownText {
    /// Characters with a meaning inline in CommonMark or in a GFM table.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "~"]

    /// `text` on one line with every Markdown special character
    /// backslash-escaped, and `& < >` written as entities so no raw HTML
    /// (a `<script>` in a name) reaches the reader's renderer.
    ///
    /// Line breaks become spaces: article text never starts a line of the
    /// report, so it cannot open a heading, list or quote.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { continue }
                if special.contains(character) { out += "\\" }
                out.append(character)
            }
        }
        return out
    }

    /// A link destination: `<...>` form with anything that could end it or
    /// break the line percent-encoded.
    static func destination(_ url: String) -> String {
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<", ">", " ", "\\", "\n", "\r", "\t", "(", ")", "\"", "'", "`":
                out += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
