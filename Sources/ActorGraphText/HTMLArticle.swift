/// The article an HTML page carries: its visible text and metadata, as
/// `HTMLArticleReader` found them.
public struct HTMLArticle: Equatable, Sendable {
    /// The visible article text, one paragraph (or heading, list item) a
    /// line; what the page's `SourceDocument.text` holds, so evidence offsets
    /// index this text, not the markup.
    public var text: String
    /// From `<title>` (or the first `<h1>` when the title only adds a site
    /// name to it); never part of `text` unless the page shows it as `<h1>`.
    public var title: String?
    /// `YYYY-MM-DD`, from the publication meta tags or a `<time>` element.
    public var date: String?
    /// Byte range in `text` of a Title Case `<h1>` headline, so it is not
    /// read as prose.
    public var headlineRange: Range<Int>?

    public init(text: String, title: String? = nil, date: String? = nil, headlineRange: Range<Int>? = nil) {
        self.text = text
        self.title = title
        self.date = date
        self.headlineRange = headlineRange
    }
}
