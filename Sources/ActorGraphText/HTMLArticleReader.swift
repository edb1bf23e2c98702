/// Reads the article out of an HTML page: the text a reader sees, without
/// scripts, styles, navigation, headers, footers, sidebars, forms or figures.
///
/// When the page marks its story with `<article>` (or `<main>`), only that
/// element is read; with several `<article>`s, the one with the most text.
/// Block elements end lines, so each paragraph becomes one line of the text
/// and the sentence splitter and furniture filter work on it as on a `.txt`.
///
/// Offsets downstream (evidence `start`/`end`) are UTF-8 byte offsets into
/// the extracted `HTMLArticle.text`, not into the page's markup.
public enum HTMLArticleReader {
    /// Elements whose whole content is page furniture, not article text.
    public static let skippedElements: Set<String> = [
        "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "svg", "button", "select", "dialog", "menu",
    ]

    /// Elements that start and end a line of text.
    public static let blockElements: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "tr",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "article", "main", "body",
        "pre", "hr", "address", "details", "summary", "caption", "center", "hgroup",
    ]

    /// Elements that may hold the story, most specific first.
    static let storyElements = ["article", "main", "body"]

    /// The article in `bytes`, which must be UTF-8.
    public static func read(_ bytes: [UInt8]) -> HTMLArticle {
        let tokens = HTMLTokenizer.tokens(in: bytes)
        let story = storyRange(in: tokens)
        var (writer, h1) = visibleText(of: tokens[story])
        let text = writer.finish()
        let metadata = HTMLMetadata(tokens: tokens, story: story)
        let header = ArticleHeader.read(text)
        var headline = header.headlineRange
        if let h1, ArticleHeader.isTitleCase(Substring(String(decoding: writer.bytes[h1], as: UTF8.self))) {
            headline = h1
        }
        return HTMLArticle(
            text: text,
            title: metadata.title ?? (header.headlineRange != nil ? header.title : nil),
            date: metadata.date ?? header.date,
            headlineRange: headline
        )
    }

    // MARK: - Choosing the story

    /// Token range of the content of the element that holds the story.
    static func storyRange(in tokens: [HTMLToken]) -> Range<Int> {
        for name in storyElements {
            let candidates = elementContents(named: name, in: tokens)
            guard !candidates.isEmpty else { continue }
            if candidates.count == 1 { return candidates[0] }
            // Ties keep the first, so the choice does not depend on anything but the page.
            var best = candidates[0]
            var bestLength = -1
            for range in candidates {
                let length = visibleText(of: tokens[range]).writer.bytes.count
                if length > bestLength { best = range; bestLength = length }
            }
            return best
        }
        return tokens.indices
    }

    /// Content ranges of the outermost `name` elements that are not inside
    /// furniture (an `<article>` teaser in an `<aside>` is not the story).
    static func elementContents(named name: String, in tokens: [HTMLToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var furniture = FurnitureStack()
        var depth = 0
        var start = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .start(let tag) where tag.name == name && !tag.selfClosing:
                if depth == 0, furniture.isEmpty { start = index + 1; depth = 1 } else if depth > 0 { depth += 1 }
            case .end(let tagName) where tagName == name && depth > 0:
                depth -= 1
                if depth == 0 { ranges.append(start..<index) }
            default:
                if depth == 0 { furniture.track(token) }
            }
        }
        if depth > 0 { ranges.append(start..<tokens.count) }
        return ranges
    }

    // MARK: - Text

    /// The visible text of `tokens` and the line range of its first `<h1>`
    /// when that heading is one line.
    static func visibleText(of tokens: ArraySlice<HTMLToken>) -> (writer: PlainTextWriter, headline: Range<Int>?) {
        var writer = PlainTextWriter()
        var furniture = FurnitureStack()
        var headlineFirstLine: Int?
        var headline: Range<Int>?
        for token in tokens {
            let wasFurniture = !furniture.isEmpty
            furniture.track(token)
            guard !wasFurniture, furniture.isEmpty else { continue }
            switch token {
            case .text(let text):
                writer.append(text)
            case .start(let tag):
                if blockElements.contains(tag.name) { writer.breakLine() }
                if tag.name == "h1", headline == nil, headlineFirstLine == nil { headlineFirstLine = writer.lineRanges.count }
                if tag.name == "td" || tag.name == "th" || tag.name == "img" { writer.append([0x20]) }
            case .end(let name):
                if blockElements.contains(name) { writer.breakLine() }
                if name == "h1", let first = headlineFirstLine, first >= 0 {
                    writer.breakLine()
                    if writer.lineRanges.count == first + 1 { headline = writer.lineRanges[first] }
                    headlineFirstLine = -1
                }
            }
        }
        return (writer, headline)
    }
}

/// The furniture elements (`nav`, `footer`, …) open at a point in a page.
///
/// Only furniture elements are tracked, so a missing `</p>` or `</li>`
/// elsewhere cannot throw the count off; an end tag closes the innermost
/// open element of its name and any furniture opened inside it.
struct FurnitureStack {
    private var open: [String] = []

    var isEmpty: Bool { open.isEmpty }

    mutating func track(_ token: HTMLToken) {
        switch token {
        case .start(let tag) where !tag.selfClosing && HTMLArticleReader.skippedElements.contains(tag.name):
            open.append(tag.name)
        case .end(let name) where HTMLArticleReader.skippedElements.contains(name):
            if let k = open.lastIndex(of: name) { open.removeSubrange(k...) }
        default:
            break
        }
    }
}
