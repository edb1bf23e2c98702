/// What `DocumentLoader.loadWithWarnings(_:)` read: the documents, in input
/// order, and the problems it skipped over on the way.
public struct LoadResult: Sendable {
    public var documents: [SourceDocument]
    public var warnings: [LoadWarning]

    public init(documents: [SourceDocument] = [], warnings: [LoadWarning] = []) {
        self.documents = documents
        self.warnings = warnings
    }
}
