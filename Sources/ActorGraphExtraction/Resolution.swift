import ActorGraphModel

/// What the resolver decided: the entities, and which entity each mention names.
struct Resolution {
    var entities: [Entity] = []
    /// Mention (by signature: equal signatures name the same entity) -> entity id.
    var entityOf: [MentionSignature: String] = [:]
    /// Entity id -> type.
    var typeOf: [String: EntityType] = [:]
    /// Canonical name -> entity id for every country and place: the polities
    /// a body, an office or a person can belong to.
    var polityID: [String: String] = [:]
    /// Entity id -> name of the polity it belongs to (a body's, a titled person's).
    var countryOfEntity: [String: String] = [:]
}
