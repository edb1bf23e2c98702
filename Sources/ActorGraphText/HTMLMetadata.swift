/// The title and publication date a page declares in its markup.
struct HTMLMetadata {
    /// Meta tags (`name`, `property` or `itemprop`, lowercased) that carry the
    /// publication date, most trusted first.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
    ]
    /// Meta tags that carry the title, used when the page has no `<title>` or `<h1>`.
    static let titleMetaNames = ["og:title", "twitter:title", "title", "dc.title"]

    var title: String?
    var date: String?

    /// Reads `tokens`; `story` is the range of the element holding the
    /// article, whose `<time>` is preferred over one in a sidebar.
    init(tokens: [HTMLToken], story: Range<Int>) {
        var titleTag: String?
        var headings: [(index: Int, text: String)] = []
        var metas: [String: String] = [:]
        var times: [(index: Int, date: String)] = []
        var insideSVG = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .start(let tag) where tag.name == "svg" && !tag.selfClosing:
                insideSVG += 1
            case .end("svg"):
                insideSVG = max(0, insideSVG - 1)
            case .start(let tag) where tag.name == "title" && insideSVG == 0 && titleTag == nil:
                titleTag = Self.text(of: tokens, after: index, until: "title")
            case .start(let tag) where tag.name == "h1":
                if let text = Self.text(of: tokens, after: index, until: "h1") { headings.append((index, text)) }
            case .start(let tag) where tag.name == "meta":
                guard let content = tag["content"] else { break }
                for key in ["property", "name", "itemprop"] {
                    if let name = tag[key]?.lowercased(), metas[name] == nil { metas[name] = content }
                }
            case .start(let tag) where tag.name == "time":
                let shown = tag.selfClosing ? nil : Self.text(of: tokens, after: index, until: "time")
                if let date = tag["datetime"].flatMap(DateParser.isoDate(fromTimestamp:))
                    ?? shown.flatMap({ DateParser.isoDate(fromDateline: $0) }) {
                    times.append((index, date))
                }
            default:
                break
            }
        }
        // The story's own heading, not a site banner set as <h1> in the page header.
        let h1 = headings.first(where: { story.contains($0.index) })?.text ?? headings.first?.text
        title = Self.chooseTitle(titleTag: titleTag, h1: h1, metas: metas)
        date = Self.dateMetaNames.lazy.compactMap { metas[$0].flatMap(DateParser.isoDate(fromTimestamp:)) }.first
            ?? times.first(where: { story.contains($0.index) })?.date
            ?? times.first?.date
    }

    /// `<title>` names the page, often with the site appended
    /// ("Dam Talks Stall | Daily Nation"); the `<h1>` it starts with is the
    /// article's own title.
    static func chooseTitle(titleTag: String?, h1: String?, metas: [String: String]) -> String? {
        if let titleTag, let h1, titleTag.hasPrefix(h1), titleTag != h1 { return h1 }
        let meta = titleMetaNames.lazy.compactMap { metas[$0]?.trimmingWhitespace() }.first { !$0.isEmpty }
        return titleTag ?? h1 ?? meta
    }

    /// The most tokens an element's text is looked for in, so an unclosed
    /// `<h1>` does not swallow the page.
    static let elementTokenLimit = 64

    /// The collapsed text of the element starting at `index`, up to `</name>`.
    private static func text(of tokens: [HTMLToken], after index: Int, until name: String) -> String? {
        var writer = PlainTextWriter()
        for token in tokens[(index + 1)..<min(tokens.count, index + 1 + elementTokenLimit)] {
            if case .end(let end) = token, end == name { break }
            if case .text(let text) = token { writer.append(text) }
        }
        let text = writer.finish()
        return text.isEmpty ? nil : text
    }
}
