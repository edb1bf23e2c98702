extension KnowledgeGraph {
    /// What a diagram or report keeps of a graph: the filters of `render`
    /// and `report`, as plain data.
    ///
    /// Every filter is optional; the empty filter keeps the whole graph.
    /// They apply in this order: relation types, dates, minimum evidence,
    /// entity types, ego network, top N (so `--top 10 --relations accuses`
    /// finds the ten most-connected accusers and accused).
    public struct Filter: Sendable, Equatable {
        /// Id of the entity an ego network is drawn around.
        public var focus: String?
        /// How many edges from `focus` to follow, in both directions.
        public var depth: Int
        /// Keep only relations of these types.
        public var relationTypes: Set<RelationType>?
        /// Keep only entities of these types (and relations between them).
        public var entityTypes: Set<EntityType>?
        /// Keep only relations with at least this many evidence sentences
        /// (counted after the date filter).
        public var minimumEvidence: Int?
        /// First day kept, `YYYY-MM-DD`, inclusive.
        public var since: String?
        /// Last day kept, `YYYY-MM-DD`, inclusive.
        public var until: String?
        /// Keep only the `top` entities with the most relations, and the relations among them.
        public var top: Int?

        public init(focus: String? = nil, depth: Int = 1, relationTypes: Set<RelationType>? = nil,
                    entityTypes: Set<EntityType>? = nil, minimumEvidence: Int? = nil,
                    since: String? = nil, until: String? = nil, top: Int? = nil) {
            self.focus = focus
            self.depth = depth
            self.relationTypes = relationTypes
            self.entityTypes = entityTypes
            self.minimumEvidence = minimumEvidence
            self.since = since
            self.until = until
            self.top = top
        }

        /// Whether a filter drops relations by their own properties; then
        /// entities left with no relation are dropped too.
        var filtersRelations: Bool {
            relationTypes != nil || minimumEvidence != nil || since != nil || until != nil
        }
    }

    /// The graph that `filter` keeps (documents are kept whole).
    ///
    /// With a date filter, each relation keeps only its evidence dated in
    /// range, and a relation with none left is dropped: evidence without a
    /// date is dropped too, since nothing says it is in range. When a filter
    /// on relations (types, dates, evidence) is given, entities left without
    /// any relation are dropped, except the focus.
    public func filtered(by filter: Filter) -> KnowledgeGraph {
        var graph = self
        if let types = filter.relationTypes { graph = graph.keepingRelations(of: types) }
        if filter.since != nil || filter.until != nil {
            graph = graph.keepingEvidence(since: filter.since, until: filter.until)
        }
        if let minimum = filter.minimumEvidence { graph = graph.keepingRelations(withEvidence: minimum) }
        if filter.filtersRelations { graph = graph.withoutIsolatedEntities(except: Set(filter.focus.map { [$0] } ?? [])) }
        if let types = filter.entityTypes { graph = graph.keepingEntities(of: types) }
        if let focus = filter.focus { graph = graph.egoNetwork(around: focus, depth: filter.depth) }
        if let top = filter.top { graph = graph.keepingBestConnected(top) }
        return graph
    }

    /// Only relations of `types`.
    public func keepingRelations(of types: Set<RelationType>) -> KnowledgeGraph {
        var copy = self
        copy.relations = relations.filter { types.contains($0.type) }
        return copy
    }

    /// Only entities of `types`, and the relations whose ends are both kept.
    public func keepingEntities(of types: Set<EntityType>) -> KnowledgeGraph {
        keepingEntities { types.contains($0.type) }
    }

    /// Only relations stated by at least `minimum` evidence sentences.
    public func keepingRelations(withEvidence minimum: Int) -> KnowledgeGraph {
        var copy = self
        copy.relations = relations.filter { $0.evidence.count >= minimum }
        return copy
    }

    /// Each relation with only the evidence dated from `since` to `until`
    /// (inclusive, `YYYY-MM-DD`; `nil` is open); relations with no such
    /// evidence, and undated evidence, are dropped.
    public func keepingEvidence(since: String?, until: String?) -> KnowledgeGraph {
        func inRange(_ evidence: Evidence) -> Bool {
            guard let date = evidence.date.map({ String($0.prefix(10)) }), !date.isEmpty else { return false }
            if let since, date < since { return false }
            if let until, date > until { return false }
            return true
        }
        var copy = self
        copy.relations = relations.compactMap { relation in
            var relation = relation
            relation.evidence = relation.evidence.filter(inRange)
            return relation.evidence.isEmpty ? nil : relation
        }
        return copy
    }

    /// The `count` entities with the most relations (ties: more mentions,
    /// then id), and the relations among them.
    public func keepingBestConnected(_ count: Int) -> KnowledgeGraph {
        let degrees = degreeByEntity()
        let ranked = entities.sorted { lhs, rhs in
            let l = degrees[lhs.id, default: 0], r = degrees[rhs.id, default: 0]
            if l != r { return l > r }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            return lhs.id < rhs.id
        }
        let kept = Set(ranked.prefix(max(0, count)).map(\.id))
        return keepingEntities { kept.contains($0.id) }
    }

    /// How many relations touch each entity (a relation counts once for each end).
    public func degreeByEntity() -> [String: Int] {
        var degrees: [String: Int] = [:]
        for relation in relations {
            degrees[relation.source, default: 0] += 1
            if relation.target != relation.source { degrees[relation.target, default: 0] += 1 }
        }
        return degrees
    }

    /// Entities that take part in at least one relation, plus those in `kept`.
    public func withoutIsolatedEntities(except kept: Set<String>) -> KnowledgeGraph {
        let linked = Set(relations.flatMap { [$0.source, $0.target] }).union(kept)
        var copy = self
        copy.entities = entities.filter { linked.contains($0.id) }
        return copy
    }

    private func keepingEntities(where keep: (Entity) -> Bool) -> KnowledgeGraph {
        var copy = self
        copy.entities = entities.filter(keep)
        let ids = Set(copy.entities.map(\.id))
        copy.relations = relations.filter { ids.contains($0.source) && ids.contains($0.target) }
        return copy
    }
}
