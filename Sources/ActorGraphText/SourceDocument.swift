import ActorGraphModel

/// A loaded article: its metadata and its full text, exactly as stored.
///
/// Offsets everywhere downstream are UTF-8 byte offsets into `text`.
public struct SourceDocument: Sendable {
    public var document: Document
    /// The article text the offsets refer to: the file as it is for `.txt`,
    /// the `text` value of the line for `.jsonl`, and for `.html` the
    /// extracted visible text (one paragraph a line), not the markup.
    public var text: String
    /// Byte range of a Title Case headline, which is kept as metadata but not
    /// read as prose (every word of a headline is capitalized).
    public var headlineRange: Range<Int>?

    public init(document: Document, text: String, headlineRange: Range<Int>? = nil) {
        self.document = document
        self.text = text
        self.headlineRange = headlineRange
    }
}
