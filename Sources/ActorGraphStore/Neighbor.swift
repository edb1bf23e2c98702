import ActorGraphModel

/// Which edges a neighbor query follows, seen from the entity asked about.
public enum NeighborDirection: String, Codable, Sendable, CaseIterable {
    /// Edges the entity is the source of (it accuses, backs, ...).
    case outgoing = "out"
    /// Edges pointing at the entity (it is accused, backed, ...).
    case incoming = "in"
    /// Both.
    case both
}

/// An entity reached from the one asked about, and the edge that reached it.
public struct Neighbor: Codable, Sendable, Hashable {
    /// How many edges from the entity asked about (1 = adjacent).
    public var depth: Int
    /// The id of the entity the edge starts from in the search (the center at depth 1).
    public var via: String
    /// `outgoing` when `via` is the relation's source, `incoming` when it is the target.
    public var direction: NeighborDirection
    /// The edge, with all its evidence.
    public var relation: Relation
    /// The entity at the other end.
    public var entity: Entity

    public init(depth: Int, via: String, direction: NeighborDirection, relation: Relation, entity: Entity) {
        self.depth = depth
        self.via = via
        self.direction = direction
        self.relation = relation
        self.entity = entity
    }

    /// Order of every neighbor list: depth, then the entity reached from, the
    /// entity reached, relation type and direction.
    public static func precedes(_ lhs: Neighbor, _ rhs: Neighbor) -> Bool {
        (lhs.depth, lhs.via, lhs.entity.id, lhs.relation.type.rawValue, lhs.direction.rawValue)
            < (rhs.depth, rhs.via, rhs.entity.id, rhs.relation.type.rawValue, rhs.direction.rawValue)
    }
}
