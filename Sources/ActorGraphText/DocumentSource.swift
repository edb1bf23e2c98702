/// Documents read in batches, without holding all of them in memory: what
/// extraction and the store's ingest read.
///
/// A source may settle document ids only by its first full reading (see
/// `ArticleInputs`: a repeated id is renamed once every id is known). A
/// reader that reads once applies `renamedIDs` afterwards; one that must
/// have final ids while it reads calls `settleIDs()` first.
public protocol DocumentSource {
    /// Calls `body` with the documents in order, at most `size` at a time;
    /// throws when a document cannot be read. Every call gives the same
    /// documents in the same order.
    func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) throws

    /// Makes the ids of the next reading final, reading the source if it
    /// must; a source whose ids are final from the start does nothing.
    func settleIDs() throws

    /// After a full reading: the final id of each document whose id that
    /// reading did not give as final, by position in reading order (from 0).
    var renamedIDs: [Int: String] { get }
}

extension DocumentSource {
    public func settleIDs() throws {}
    public var renamedIDs: [Int: String] { [:] }
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
