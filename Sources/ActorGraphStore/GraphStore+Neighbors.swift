import ActorGraphModel
import GRDB

// MARK: - Neighbors

extension GraphStore {
    /// The entities within `depth` edges of entity `id`, each with the edge
    /// that reached it and that edge's evidence.
    ///
    /// Breadth-first: depth 1 lists every matching edge of `id`; each further
    /// level lists the edges from the entities first reached at the level
    /// before to entities not reached yet. `relations` (nil = all) and
    /// `direction` filter the edges followed at every level. Each step is an
    /// indexed lookup (`relation(source…)`, `relation(target…)`).
    public func neighbors(of id: String, depth: Int = 1, relations: Set<RelationType>? = nil,
                          direction: NeighborDirection = .both) throws -> [Neighbor] {
        guard depth >= 1 else { return [] }
        return try read { db in
            var reached: Set<String> = [id]
            var frontier = [id]
            var found: [Neighbor] = []
            var entityCache: [String: Entity] = [:]
            for level in 1...depth {
                var next: Set<String> = []
                for node in frontier {
                    for (row, edgeDirection) in try edges(of: node, direction: direction, in: db) {
                        let other: String = edgeDirection == .outgoing ? row["target"] : row["source"]
                        guard !reached.contains(other) else { continue }
                        let raw: String = row["type"]
                        if let relations, let type = RelationType(rawValue: raw), !relations.contains(type) { continue }
                        guard let entity = try entityCache[other] ?? entity(id: other, in: db) else { continue }
                        entityCache[other] = entity
                        let evidence = try Row.fetchAll(db.cachedStatement(sql: """
                            SELECT document_id, sentence, start, "end", date FROM evidence WHERE relation_id = ?
                            """), arguments: [row["id"]]).map(Self.evidence(from:))
                        found.append(Neighbor(depth: level, via: node, direction: edgeDirection,
                                              relation: try Self.relation(from: row, evidence: evidence), entity: entity))
                        next.insert(other)
                    }
                }
                reached.formUnion(next)
                frontier = next.sorted()
                if frontier.isEmpty { break }
            }
            return found.sorted(by: Neighbor.precedes)
        }
    }

    private func edges(of id: String, direction: NeighborDirection, in db: Database) throws -> [(Row, NeighborDirection)] {
        var out: [(Row, NeighborDirection)] = []
        if direction != .incoming {
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, source, type, target, confidence, title FROM relation WHERE source = ?
                """), arguments: [id])
            out += rows.map { ($0, .outgoing) }
        }
        if direction != .outgoing {
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, source, type, target, confidence, title FROM relation WHERE target = ?
                """), arguments: [id])
            out += rows.map { ($0, .incoming) }
        }
        return out
    }
}
