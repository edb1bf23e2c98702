import ActorGraphModel

/// What the resolver decided: the entities, and which entity each mention names.
struct Resolution {
    var entities: [Entity] = []
    /// Mention (by its signature's position in the mention table: equal
    /// signatures name the same entity) -> entity id.
    var entityOf = EntityLookup()
    /// Entity id -> type.
    var typeOf: [String: EntityType] = [:]
    /// Canonical name -> entity id for every country and place: the polities
    /// a body, an office or a person can belong to.
    var polityID: [String: String] = [:]
    /// Entity id -> name of the polity it belongs to (a body's, a titled person's).
    var countryOfEntity: [String: String] = [:]
}

/// Mention -> entity id, by the position of the mention's signature in the
/// mention table (`MentionTable.signatures`): the second pass carries each
/// mention's position in its spill record, and titled people carry theirs,
/// so no signature is hashed again after the first pass.
///
/// Four bytes a distinct signature, not the signatures themselves: a large
/// corpus has hundreds of thousands, each a handful of strings.
struct EntityLookup {
    /// Entity (index into `ids`, -1 for none) of each signature by position.
    private var entityAtPosition: [Int32] = []
    private var ids: [String] = []
    /// Each entity's type, beside its id: the second pass asks the type of
    /// every mention's entity, which by id would hash the id again.
    private var types: [EntityType] = []

    init() {}

    /// `ids[entityAtPosition[i]]` is the entity of the signature at
    /// position `i` (-1 for none), `types` the entities' types in the same
    /// order as `ids`.
    init(entityAtPosition: [Int32], ids: [String], types: [EntityType]) {
        precondition(ids.count == types.count, "an entity lookup needs a type for each id")
        self.entityAtPosition = entityAtPosition
        self.ids = ids
        self.types = types
    }

    /// The entity of the signature at `position` in the mention table.
    subscript(position position: Int32) -> String? {
        entity(at: position).map { ids[$0] }
    }

    /// The type of the entity of the signature at `position`.
    subscript(typeAt position: Int32) -> EntityType? {
        entity(at: position).map { types[$0] }
    }

    private func entity(at position: Int32) -> Int? {
        let p = Int(position)
        guard p >= 0, p < entityAtPosition.count, entityAtPosition[p] >= 0 else { return nil }
        return Int(entityAtPosition[p])
    }
}
