import ActorGraphModel
import ActorGraphText

/// Text in, knowledge graph out: segment each article, find mentions,
/// resolve them across all articles, read relations with evidence.
///
/// Stateless and thread-safe; one instance serves any number of calls.
public struct Extractor: Sendable {
    let lexicon: Lexicon
    let segmenter = ArticleSegmenter()

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// Reports how many documents of how many have been read: `(done, total)`.
    /// Called from several threads at once, in no particular order of `done`.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// The graph of `documents` read together: entities merged across them.
    ///
    /// `progress`, when given, is called after each document's first reading
    /// (segmenting and finding mentions, the per-document phase) and does not
    /// change the result.
    public func graph(for documents: [SourceDocument], progress: Progress? = nil) -> KnowledgeGraph {
        // Documents are read in parallel; resolution needs all of them, then
        // relations are read in parallel again. Results keep input order.
        let recognizer = MentionRecognizer(lexicon: lexicon)
        let segmenter = self.segmenter
        let counter = ProgressCounter(total: documents.count, report: progress)
        let perDocument = documents.parallelMap { doc in
            let read = segmenter.sentences(in: doc).map { (sentence: $0, mentions: recognizer.mentions(in: $0)) }
            counter.increment()
            return read
        }
        var read: [ReadSentence] = []
        var sentencesOf: [[Int]] = Array(repeating: [], count: documents.count)
        for (d, sentences) in perDocument.enumerated() {
            for s in sentences {
                sentencesOf[d].append(read.count)
                read.append(ReadSentence(document: d, sentence: s.sentence, mentions: s.mentions))
            }
        }
        let resolution = EntityResolver(lexicon: lexicon).resolve(&read)
        let extractor = RelationExtractor(resolution: resolution, sentences: read, words: lexicon.words)
        let sentences = read
        let indices = sentencesOf
        let perDocumentRelations = Array(documents.indices).parallelMap { d in
            extractor.relations(of: documents[d].document, sentences: sentences, indices: indices[d])
        }
        var edges: [String: Relation] = [:]
        for relations in perDocumentRelations {
            for r in relations {
                if var existing = edges[r.key] {
                    existing.evidence += r.evidence
                    existing.confidence = max(existing.confidence, r.confidence)
                    existing.title = existing.title ?? r.title
                    edges[r.key] = existing
                } else {
                    edges[r.key] = r
                }
            }
        }
        return KnowledgeGraph(documents: documents.map(\.document), entities: resolution.entities,
                              relations: Array(edges.values)).normalized()
    }
}
