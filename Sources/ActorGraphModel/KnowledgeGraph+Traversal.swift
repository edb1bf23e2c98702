extension KnowledgeGraph {
    /// The ego network of `center`: every entity within `depth` edges of it,
    /// following edges in both directions, and the relations among them.
    public func egoNetwork(around center: String, depth: Int) -> KnowledgeGraph {
        var reached: Set<String> = [center]
        var frontier: Set<String> = [center]
        var adjacency: [String: Set<String>] = [:]
        for r in relations {
            adjacency[r.source, default: []].insert(r.target)
            adjacency[r.target, default: []].insert(r.source)
        }
        for _ in 0..<max(0, depth) {
            var next: Set<String> = []
            for id in frontier {
                for n in adjacency[id, default: []] where !reached.contains(n) {
                    next.insert(n)
                }
            }
            reached.formUnion(next)
            frontier = next
            if next.isEmpty { break }
        }
        return KnowledgeGraph(
            documents: documents,
            entities: entities.filter { reached.contains($0.id) },
            relations: relations.filter { reached.contains($0.source) && reached.contains($0.target) }
        )
    }

    /// The graph without entities that take part in no relation: what a
    /// diagram shows (the JSON keeps every entity).
    public func withoutIsolatedEntities() -> KnowledgeGraph {
        var linked: Set<String> = []
        for r in relations {
            linked.insert(r.source)
            linked.insert(r.target)
        }
        return KnowledgeGraph(documents: documents, entities: entities.filter { linked.contains($0.id) }, relations: relations)
    }

    /// Relations that leave or enter `id`.
    public func relations(touching id: String) -> [Relation] {
        relations.filter { $0.source == id || $0.target == id }
    }
}
