/// One input article, as the graph remembers it.
public struct Document: Codable, Sendable, Hashable, Comparable, Identifiable {
    /// Stable identifier, derived from the file name or the JSON Lines `id`.
    public var id: String
    public var title: String?
    /// ISO date (`YYYY-MM-DD`) when the article states one.
    public var date: String?
    /// Where the article was read from (a path or `-`).
    public var source: String?
    public var url: String?

    public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }

    public static func < (lhs: Document, rhs: Document) -> Bool { lhs.id < rhs.id }
}
