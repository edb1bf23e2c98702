import Foundation

/// Escaping for text from the articles placed into HTML.
///
/// Names, sentences, titles and URLs come from news text and may hold
/// anything, `<script>` included; every one goes through here, whether it
/// lands in an element or in a quoted attribute.
enum HTMLText {
    /// `text` safe inside an element or a double- or single-quoted attribute:
    /// `& < > " '` become references; control characters (not allowed in
    /// HTML) are dropped, line breaks and tabs kept.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `url` when it is a web address (`http:` or `https:`) that may be
    /// linked to, else `nil`: `javascript:`, `data:` and relative paths from
    /// an article never become links.
    static func linkableURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " })
        else { return nil }
        return url
    }
}
