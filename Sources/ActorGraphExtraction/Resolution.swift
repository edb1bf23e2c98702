import ActorGraphModel

/// What the resolver decided: the entities, and which entity each mention names.
struct Resolution {
    var entities: [Entity] = []
    /// Mention (by signature: equal signatures name the same entity) -> entity id.
    var entityOf = EntityLookup()
    /// Entity id -> type.
    var typeOf: [String: EntityType] = [:]
    /// Canonical name -> entity id for every country and place: the polities
    /// a body, an office or a person can belong to.
    var polityID: [String: String] = [:]
    /// Entity id -> name of the polity it belongs to (a body's, a titled person's).
    var countryOfEntity: [String: String] = [:]
}

/// Mention signature -> entity id, through the mention table's own index of
/// signatures (shared, not copied): a large corpus has hundreds of
/// thousands of distinct signatures, and a second table keyed by them would
/// double the biggest structure extraction keeps between its passes.
struct EntityLookup {
    private var positions: [MentionSignature: Int] = [:]
    private var ids: [String?] = []

    init() {}

    /// `ids[p]` is the entity of the signature at position `p` of `positions`.
    init(positions: [MentionSignature: Int], ids: [String?]) {
        self.positions = positions
        self.ids = ids
    }

    subscript(signature: MentionSignature) -> String? {
        positions[signature].flatMap { ids[$0] }
    }
}
