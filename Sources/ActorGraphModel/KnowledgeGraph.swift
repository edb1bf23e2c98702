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
    /// A graph already in canonical order (what the extractor and the store
    /// hand on) is returned as it is, without a copy of its evidence.
    public func normalized() -> KnowledgeGraph {
        if isNormalized { return self }
        var copy = self
        copy.normalize()
        return copy
    }

    /// Puts the graph in canonical order in place (see `normalized()`): no
    /// second copy of a large graph's evidence while it is sorted.
    public mutating func normalize() {
        documents.sort()
        for i in entities.indices {
            let name = entities[i].name
            entities[i].aliases.sort()
            entities[i].aliases.removeAdjacentDuplicates()
            entities[i].aliases.removeAll { $0 == name }
        }
        // Sorted as positions, then moved into place: the merge sort of the
        // entities themselves copied each (its strings and aliases) at every
        // pass, on the one thread that orders the graph. (Stable, as `sort`
        // is: equal ids keep input order.)
        entities.permute(to: entities.withUnsafeBufferPointer { e in Array(e.indices).sorted { e[$0].id < e[$1].id } })
        for i in relations.indices {
            relations[i].evidence.sort()
            relations[i].evidence.removeAdjacentDuplicates()
        }
        // Sorted as positions, then swapped into place along the
        // permutation's cycles: sorting the relations themselves copied each
        // (its strings and evidence) at every merge pass, seconds on one
        // thread for a large corpus's graph, and a sorted copy would hold
        // the relations twice at the run's peak of memory.
        relations.permute(to: relationOrder())
    }

    /// Relations a core checks or ranks at a time, in the steps over all of
    /// a graph's relations that run on all cores.
    static let runLength = 4096

    /// The relations' positions in `Relation.precedes` order.
    ///
    /// Each distinct endpoint id is ranked once (by its entity's place, see
    /// `entityRanks`, else by sorting the endpoint ids), and the
    /// relations are then sorted by their (source, type, target) ranks packed
    /// into one integer: on a corpus's graph (200,000 relations) comparing
    /// the string triples took most of a second on the one thread that
    /// orders the graph, this a quarter of that. Ties (the same triple twice)
    /// keep input order, as the stable sort of the triples did.
    func relationOrder() -> [Int] {
        // Fields read through the buffer: a relation taken out of the
        // array is a copy that retains all its strings and evidence.
        relations.withUnsafeBufferPointer { r in
            var keyed: [RelationSortKey] = []
            do {
                // Ranks are let go before the sort: this runs at the
                // run's peak of memory, with the whole graph held.
                let typeRank = Dictionary(uniqueKeysWithValues: RelationType.allCases.sorted { $0.rawValue < $1.rawValue }
                    .enumerated().map { ($1, UInt64($0)) })
                if let rank = entityRanks() {
                    // Looked up on all cores, a run of relations each: the
                    // ranks are only read, and the lookups (two ids hashed a
                    // relation) were most of this function's time on a
                    // corpus's graph, on one thread.
                    nonisolated(unsafe) let r = r
                    let runs = r.indices.pieces(of: Self.runLength)
                    let parts = runs.parallelMap { run -> [RelationSortKey]? in
                        var part: [RelationSortKey] = []
                        part.reserveCapacity(run.count)
                        for i in run {
                            guard let source = rank[r[i].source], let target = rank[r[i].target] else { return nil }
                            part.append(RelationSortKey(source: source, type: typeRank[r[i].type]!, target: target, position: i))
                        }
                        return part
                    }
                    if parts.allSatisfy({ $0 != nil }) {
                        keyed.reserveCapacity(r.count)
                        for part in parts { keyed += part! }
                    }
                }
                if keyed.count < r.count {
                    // An endpoint that is no entity: rank the endpoints themselves.
                    var rank: [String: UInt64] = [:]
                    rank.reserveCapacity(r.count)
                    for i in r.indices {
                        rank[r[i].source] = 0
                        rank[r[i].target] = 0
                    }
                    guard rank.count < RelationSortKey.maxRank else {
                        return Array(r.indices).sorted { Relation.precedes(r[$0], r[$1]) }
                    }
                    for (i, id) in rank.keys.sorted().enumerated() { rank[id] = UInt64(i) }
                    keyed = r.indices.map { i in
                        RelationSortKey(source: rank[r[i].source]!, type: typeRank[r[i].type]!, target: rank[r[i].target]!, position: i)
                    }
                }
            }
            keyed.sort()
            return keyed.map { Int($0.position) }
        }
    }

    /// Each entity id's rank in id order, when the entities are in that
    /// order (as `normalize` leaves them), else nil. Where every relation
    /// joins entities (as in every extracted graph), ranks among all the
    /// ids order the endpoints as ranks among the endpoints alone would, and
    /// come without sorting the ids again: that sort was most of ordering a
    /// large corpus's relations, on one thread.
    func entityRanks() -> [String: UInt64]? {
        guard entities.count < RelationSortKey.maxRank, entities.isStrictlyIncreasing(by: { $0.id < $1.id }) else { return nil }
        var rank: [String: UInt64] = [:]
        rank.reserveCapacity(entities.count)
        entities.withUnsafeBufferPointer { e in
            for i in e.indices { rank[e[i].id] = UInt64(i) }
        }
        return rank
    }

    /// Whether `normalize()` would change nothing: every list strictly
    /// increasing, no alias equal to its entity's name.
    public var isNormalized: Bool {
        documents.isStrictlyIncreasing(by: <)
            && entities.isStrictlyIncreasing { $0.id < $1.id }
            // Read through the buffer: `allSatisfy` on the array hands each
            // element over as a copy, retaining all its strings.
            && entities.withUnsafeBufferPointer { e in
                e.indices.allSatisfy { e[$0].aliases.isStrictlyIncreasing(by: <) && !e[$0].aliases.contains(e[$0].name) }
            }
            && relationsAreNormalized
    }

    /// Relations in `Relation.precedes` order, each with its evidence
    /// sorted: checked in place, in runs on all cores. Every write of an
    /// extracted graph asks, and on a corpus's graph (200,000 relations,
    /// 500,000 evidence sentences) the check was a tenth of a second on the
    /// one thread that writes, copying each relation it looked at.
    private var relationsAreNormalized: Bool {
        relations.withUnsafeBufferPointer { r in
            nonisolated(unsafe) let r = r
            let runs = r.indices.pieces(of: Self.runLength)
            return runs.parallelMap { run in
                // Each run also compares its first relation with the one before it.
                run.allSatisfy { i in
                    (i == 0 || Relation.precedes(r[i - 1], r[i])) && r[i].evidence.isStrictlyIncreasing(by: <)
                }
            }.allSatisfy { $0 }
        }
    }

    /// The entity with this id, if any.
    public func entity(id: String) -> Entity? {
        entities.first { $0.id == id }
    }
}

extension Array {
    /// Each element before the next in `order`: sorted, with no two equal.
    func isStrictlyIncreasing(by order: (Element, Element) -> Bool) -> Bool {
        // On the buffer: neighbours are compared in place, not copied in pairs.
        withUnsafeBufferPointer { b in
            guard b.count > 1 else { return true }
            for i in 1..<b.count where !order(b[i - 1], b[i]) { return false }
            return true
        }
    }
}

extension Array {
    /// Reorders the array so that position `k` holds the element that was
    /// at `order[k]` (`order` a permutation of the indices), by swaps: each
    /// element moves, none is copied.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        // Swapped in the buffer, which moves the two elements' memory;
        // `Array.swapAt` copied them, retaining and releasing their contents.
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !placed[start] {
                var j = start
                // Position j still holds the element that began at `start`, which
                // the last position of the cycle wants.
                while order[j] != start {
                    elements.swapAt(j, order[j])
                    placed[j] = true
                    j = order[j]
                }
                placed[j] = true
            }
        }
    }
}

extension Array where Element: Equatable {
    /// Drops each element equal to the one before it (on a sorted array:
    /// the duplicates), in place.
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            swapAt(kept, i)
            kept += 1
        }
        removeSubrange(kept...)
    }
}

/// A relation's place in canonical order (see `relationOrder`) in sixteen
/// bytes: source and target ranks of 30 bits and the type's of 4 in one
/// integer, then the position, so equal triples keep input order.
private struct RelationSortKey: Comparable {
    static let maxRank = 1 << 30
    var triple: UInt64
    var position: UInt64

    init(source: UInt64, type: UInt64, target: UInt64, position: Int) {
        triple = source << 34 | type << 30 | target
        self.position = UInt64(position)
    }

    static func < (a: Self, b: Self) -> Bool {
        (a.triple, a.position) < (b.triple, b.position)
    }
}
