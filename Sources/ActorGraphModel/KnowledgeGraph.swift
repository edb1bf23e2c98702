/// The graph of documents, entities and relations: the value every stage hands on.
public struct KnowledgeGraph: Codable, Sendable, Equatable {
    public var documents: [Document]
    public var entities: [Entity]
    public var relations: [Relation]

    public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
        self.documents = documents
        self.entities = entities
        self.relations = relations
    }

    /// The same graph in canonical order: documents by id, entities by id,
    /// relations by (source, type, target), aliases and evidence sorted.
    ///
    /// Every writer calls this first so output is byte-identical across runs.
    public func normalized() -> KnowledgeGraph {
        var copy = self
        copy.documents.sort()
        copy.entities = entities.map { e in
            var e = e
            e.aliases = Array(Set(e.aliases).subtracting([e.name])).sorted()
            return e
        }.sorted { $0.id < $1.id }
        copy.relations = relations.map { r in
            var r = r
            r.evidence = Array(Set(r.evidence)).sorted()
            return r
        }.sorted(by: Relation.precedes)
        return copy
    }

    /// The entity with this id, if any.
    public func entity(id: String) -> Entity? {
        entities.first { $0.id == id }
    }
}
