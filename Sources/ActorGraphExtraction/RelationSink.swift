import ActorGraphModel
import ActorGraphText

/// Collects relations as frames find them: one edge per (source, type,
/// target), every supporting sentence kept as evidence, no self-loops.
struct RelationSink {
    private(set) var edges: [Relation.Identity: Relation] = [:]
    let document: Document

    init(document: Document) { self.document = document }

    mutating func add(_ source: String?, _ type: RelationType, _ target: String?, confidence: Double,
                      title: String? = nil, sentence: Sentence) {
        guard let source, let target, source != target else { return }
        let evidence = Evidence(document: document.id, sentence: sentence.text, start: sentence.start,
                                end: sentence.end, date: document.date)
        let key = Relation.Identity(source: source, type: type, target: target)
        // Merged in place, through the index: one hash of the key.
        if let i = edges.index(forKey: key) {
            if !edges.values[i].evidence.contains(evidence) { edges.values[i].evidence.append(evidence) }
            edges.values[i].confidence = max(edges.values[i].confidence, confidence)
            if edges.values[i].title == nil { edges.values[i].title = title }
        } else {
            edges[key] = Relation(source: source, type: type, target: target, confidence: confidence,
                                  title: title, evidence: [evidence])
        }
    }
}
