import ActorGraphModel

/// The mentions that resolve to one entity, gathered before naming it.
struct EntityCluster {
    var type: EntityType
    /// Proposed names with how often each was proposed.
    var names: [String: Int] = [:]
    /// Surface forms seen.
    var surfaces: Set<String> = []
    var mentions = 0
    /// Set when the lexicon names the entity: the name to use.
    var canonical: String?
    /// The country the entity belongs to (a body's country, a person's side).
    var country: String?

    init(type: EntityType) { self.type = type }

    /// Counts `count` mentions proposing `name`, written `surface`.
    mutating func add(name: String, surface: String, count: Int) {
        names[name, default: 0] += count
        surfaces.insert(surface)
        mentions += count
    }

    /// The fullest usual form: the canonical name if known, else the most
    /// frequent of the longest proposed names.
    var bestName: String {
        if let canonical { return canonical }
        let candidates = names.sorted { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            if wa != wb { return wa > wb }
            if a.value != b.value { return a.value > b.value }
            return a.key < b.key
        }
        return candidates.first?.key ?? ""
    }
}
