/// Documents that can be read more than once, in batches, without holding
/// all of them in memory: what two-pass extraction reads.
///
/// The extractor reads a source twice (mentions first, relations after the
/// entities of all documents are resolved), so each call to
/// `forEachBatch(of:_:)` must give the same documents in the same order.
/// A source may settle document ids during its first full reading (see
/// `ArticleInputs`): readers that keep ids take them from a later reading,
/// or call `settleIDs()` before reading once.
public protocol DocumentSource {
    /// Calls `body` with the documents in order, at most `size` at a time;
    /// throws when a document cannot be read.
    func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) throws

    /// Makes the ids of the next reading final, reading the source if it
    /// must; a source whose ids are final from the start does nothing.
    func settleIDs() throws
}

extension DocumentSource {
    public func settleIDs() throws {}
}

extension Array: DocumentSource where Element == SourceDocument {
    public func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) {
        var start = startIndex
        while start < endIndex {
            let end = Swift.min(start + Swift.max(size, 1), endIndex)
            body(Array(self[start..<end]))
            start = end
        }
    }
}
