/// One sentence of article prose, with its tokens.
public struct Sentence: Sendable, Equatable {
    /// The sentence as written, trimmed.
    public var text: String
    /// UTF-8 byte offsets in the document text, end exclusive.
    public var start: Int
    public var end: Int
    public var tokens: [Token]
    /// Position among the document's content sentences, from 0.
    public var index: Int

    public init(text: String, start: Int, end: Int, tokens: [Token], index: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.tokens = tokens
        self.index = index
    }
}
