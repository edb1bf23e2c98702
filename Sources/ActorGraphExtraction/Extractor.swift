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

    /// The graph of `documents` read together: entities merged across them.
    public func graph(for documents: [SourceDocument]) -> KnowledgeGraph {
        let segmented = documents.map { segmenter.sentences(in: $0) }
        let recognizer = MentionRecognizer(lexicon: lexicon)
        var read: [ReadSentence] = []
        var sentencesOf: [[Int]] = Array(repeating: [], count: documents.count)
        for (d, sentences) in segmented.enumerated() {
            for s in sentences {
                sentencesOf[d].append(read.count)
                read.append(ReadSentence(document: d, sentence: s, mentions: recognizer.mentions(in: s)))
            }
        }
        let resolution = EntityResolver(lexicon: lexicon).resolve(&read)
        let relations = RelationExtractor(resolution: resolution, sentences: read)
        var edges: [String: Relation] = [:]
        for (d, doc) in documents.enumerated() {
            for r in relations.relations(of: doc.document, sentences: read, indices: sentencesOf[d]) {
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
