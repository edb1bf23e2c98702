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
        if var r = edges[key] {
            if !r.evidence.contains(evidence) { r.evidence.append(evidence) }
            r.confidence = max(r.confidence, confidence)
            if r.title == nil { r.title = title }
            edges[key] = r
        } else {
            edges[key] = Relation(source: source, type: type, target: target, confidence: confidence,
                                  title: title, evidence: [evidence])
        }
    }
}
