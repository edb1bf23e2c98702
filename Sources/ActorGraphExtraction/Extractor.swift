import ActorGraphModel
import ActorGraphText

/// Text in, knowledge graph out: segment each article, find mentions,
/// resolve them across all articles, read relations with evidence.
///
/// Two passes over the documents, so memory follows one batch of articles
/// and the corpus's distinct names, never the whole corpus:
/// 1. each document is read (segmented, its mentions found) and reduced to
///    a `DocumentDigest`; the digests add up to one `MentionTable`, which
///    entity resolution turns into entities;
/// 2. each document is read again and its relations are read with the
///    resolved entities; edges merge across documents.
/// Reading a document twice costs less than keeping every sentence of a
/// large corpus: the second reading is the same work, memory is not.
/// Within a batch, documents are read on all cores; results keep input
/// order, so the graph is the same whatever the number of threads.
///
/// Stateless and thread-safe; one instance serves any number of calls.
public struct Extractor: Sendable {
    let lexicon: Lexicon
    let segmenter = ArticleSegmenter()

    /// Documents read together on all cores: enough to keep every core busy
    /// between two batches, few enough that a batch's sentences stay small.
    public static let batchSize = 256
    /// The batch size in use; only tests set another, to show that batch
    /// boundaries change nothing.
    let batchSize: Int

    public init(lexicon: Lexicon = .shared) {
        self.init(lexicon: lexicon, batchSize: Self.batchSize)
    }

    init(lexicon: Lexicon, batchSize: Int) {
        self.lexicon = lexicon
        self.batchSize = max(1, batchSize)
    }

    /// Reports progress from either pass; called from several threads at
    /// once, in no particular order of `done`.
    public typealias Progress = @Sendable (ExtractionProgress) -> Void

    /// The graph of `documents` read together: entities merged across them.
    public func graph(for documents: [SourceDocument], progress: Progress? = nil) -> KnowledgeGraph {
        graph(reading: { body in documents.forEachBatch(of: batchSize, body) }, progress: progress)
    }

    /// The graph of every document of `source`, which is read twice; errors
    /// are the source's (a file that cannot be read, say).
    ///
    /// `progress`, when given, is called after each document of each pass
    /// and does not change the result.
    public func graph(for source: some DocumentSource, progress: Progress? = nil) throws -> KnowledgeGraph {
        try graph(reading: { body in try source.forEachBatch(of: batchSize, body) }, progress: progress)
    }

    /// The two passes over whatever `reading` calls its body with. Each
    /// pass reads batches on the calling thread while the previous batch is
    /// worked on (`BatchPipeline`); what a pass gathers lives in `Gathered`,
    /// touched only by the pipeline's worker, in input order.
    private func graph(reading: (([SourceDocument]) -> Void) throws -> Void, progress: Progress?) rethrows -> KnowledgeGraph {
        let resolver = EntityResolver(lexicon: lexicon)
        let reader = DocumentReader(segmenter: segmenter, recognizer: MentionRecognizer(lexicon: lexicon), resolver: resolver)
        let gathered = Gathered()

        let first = ProgressCounter(pass: 1, total: nil, report: progress)
        let mentions = BatchPipeline<[SourceDocument]> { batch in
            let digests = batch.parallelMap { document in
                let digest = DocumentDigest(sentences: reader.read(document), resolver: resolver)
                first.increment()
                return digest
            }
            for digest in digests { gathered.table.add(digest) }
            gathered.count += batch.count
        }
        defer { mentions.drain() }
        try reading { mentions.submit($0) }
        mentions.drain()

        gathered.table.finishAdding()
        FreedMemory.release()
        let resolution = resolver.resolve(gathered.table)
        let extractor = RelationExtractor(resolution: resolution, titledPeople: gathered.table.titledPeople, words: lexicon.words)
        gathered.table = MentionTable()
        FreedMemory.release()
        let second = ProgressCounter(pass: 2, total: gathered.count, report: progress)
        let relations = BatchPipeline<[SourceDocument]> { batch in
            let found = batch.parallelMap { document in
                let relations = extractor.relations(of: document.document, sentences: reader.read(document))
                second.increment()
                return relations
            }
            for r in found.joined() { gathered.add(r) }
            gathered.documents += batch.map(\.document)
        }
        defer { relations.drain() }
        try reading { relations.submit($0) }
        relations.drain()
        FreedMemory.release()
        var graph = KnowledgeGraph(documents: gathered.documents, entities: resolution.entities,
                                   relations: Array(gathered.edges.values))
        // Let go of the gathered copies so sorting happens in place.
        gathered.edges = [:]
        gathered.documents = []
        graph.normalize()
        return graph
    }

    /// What the passes gather across batches. Only the pipeline's worker
    /// touches it while a pass runs, and the caller only after `drain()`.
    private final class Gathered: @unchecked Sendable {
        var table = MentionTable()
        var count = 0
        var documents: [Document] = []
        var edges: [String: Relation] = [:]

        /// Merges an edge read in one document into the same edge read in others.
        func add(_ r: Relation) {
            if var existing = edges.removeValue(forKey: r.key) {
                existing.evidence += r.evidence
                existing.confidence = max(existing.confidence, r.confidence)
                existing.title = existing.title ?? r.title
                edges[r.key] = existing
            } else {
                edges[r.key] = r
            }
        }
    }
}
