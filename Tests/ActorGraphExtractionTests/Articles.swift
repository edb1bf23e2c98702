import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Builds graphs from article texts written inline in the tests, and finds
/// entities and relations in them by name.
enum Articles {
    /// The graph of `texts` read together, as documents "doc1", "doc2", ...
    static func graph(_ texts: String...) throws -> KnowledgeGraph {
        try graph(texts)
    }

    static func graph(_ texts: [String]) throws -> KnowledgeGraph {
        let loader = DocumentLoader()
        let docs = try texts.enumerated().map { i, text in
            try loader.parse(Data(text.utf8), id: "doc\(i + 1)", source: "doc\(i + 1).txt")
        }
        return try Extractor().graph(for: docs)
    }
}

extension KnowledgeGraph {
    /// The entity whose name or alias is `name`.
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name } ?? entities.first { $0.aliases.contains(name) }
    }

    /// The relation `source -type-> target`, endpoints given by entity name.
    func relation(_ source: String, _ type: RelationType, _ target: String) -> Relation? {
        guard let s = entity(named: source), let t = entity(named: target) else { return nil }
        return relations.first { $0.source == s.id && $0.type == type && $0.target == t.id }
    }

    /// Every relation of a type, as "Source -> Target" by entity name.
    func pairs(_ type: RelationType) -> [String] {
        relations.filter { $0.type == type }.map { r in
            "\(entity(id: r.source)?.name ?? r.source) -> \(entity(id: r.target)?.name ?? r.target)"
        }.sorted()
    }
}

/// Checks that `relation` exists and that its evidence is the sentence of
/// `text` containing `phrase`, with offsets that slice that sentence back out.
func expectEvidence(_ relation: Relation?, in text: String, containing phrase: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let r = try #require(relation, sourceLocation: sourceLocation)
    let evidence = try #require(r.evidence.first { $0.sentence.contains(phrase) }, sourceLocation: sourceLocation)
    let bytes = Array(text.utf8)
    #expect(evidence.start >= 0 && evidence.end <= bytes.count && evidence.start < evidence.end, sourceLocation: sourceLocation)
    guard evidence.start >= 0, evidence.end <= bytes.count, evidence.start < evidence.end else { return }
    #expect(String(decoding: bytes[evidence.start..<evidence.end], as: UTF8.self) == evidence.sentence, sourceLocation: sourceLocation)
    #expect(r.confidence > 0 && r.confidence <= 1, sourceLocation: sourceLocation)
}
