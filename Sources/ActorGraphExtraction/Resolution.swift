import ActorGraphModel

/// What the resolver decided: the entities, and which entity each mention names.
struct Resolution {
    var entities: [Entity] = []
    /// Mention -> entity id.
    var entityOf: [MentionSite: String] = [:]
    /// Entity id -> type.
    var typeOf: [String: EntityType] = [:]
    /// Country name -> entity id, for every country in the graph.
    var countryID: [String: String] = [:]
    /// Entity id -> id of the country it belongs to (a body's, a titled person's).
    var countryOfEntity: [String: String] = [:]
}
