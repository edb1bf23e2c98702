import ActorGraphModel

/// A knowledge graph shaped like one extracted from news, for the render
/// benchmark: a given number of entities, about three relations each, and
/// hubs.
///
/// Edges grow by preferential attachment (each new entity links to one to
/// five earlier ones, picked in proportion to their degree), which gives the
/// few very connected actors (states, big armed groups) and long tail of
/// one-story people that real graphs have. Names, types and evidence look
/// like the extractor's, so labels and tooltips cost what they cost in use.
enum SyntheticGraph {
    static func make(nodes: Int, seed: UInt64) -> KnowledgeGraph {
        var random = SplitMix64(seed: seed ^ UInt64(nodes))
        let names = GeneratedNames(seed: seed)
        let entities = (0..<nodes).map { entity(number: $0, names: names, random: &random) }
        var relations: [Relation] = []
        var keys: Set<String> = []
        // Every edge's two ends: drawing from it picks an entity in proportion to its degree.
        var ends: [Int] = [0]
        for number in 1..<max(nodes, 1) {
            for _ in 0..<random.int(in: 1...5) {
                let other = ends[random.below(ends.count)]
                guard other != number else { continue }
                let (source, target) = random.chance(0.5) ? (number, other) : (other, number)
                let relation = Relation(
                    source: entities[source].id, type: random.pick(RelationType.allCases), target: entities[target].id,
                    confidence: 0.9,
                    evidence: [Evidence(document: "bench-\(number)", sentence: sentence(entities[source], entities[target]),
                                        start: 0, end: 120, date: "2025-01-01")])
                guard keys.insert(relation.key).inserted else { continue }
                relations.append(relation)
                ends += [source, target]
            }
        }
        return KnowledgeGraph(entities: entities, relations: relations)
    }

    /// Entity `number`: people most often, then organizations, places, countries.
    private static func entity(number: Int, names: GeneratedNames, random: inout SplitMix64) -> Entity {
        let name: String
        let type: EntityType
        switch random.below(10) {
        case 0..<5: (name, type) = (names.person(rank: number).fullName, .person)
        case 5..<8: (name, type) = (names.organization(rank: number).name, .organization)
        case 8: (name, type) = (names.place(rank: number), .place)
        default: (name, type) = (random.pick(NamePools.countries).name, .country)
        }
        // Ids must be unique even where generated names repeat.
        return Entity(id: Entity.slug(for: name) + "-\(number)", name: name, type: type, mentions: 1 + random.below(40))
    }

    private static func sentence(_ source: Entity, _ target: Entity) -> String {
        "\(source.name) said on Tuesday that \(target.name) had been informed of the decision, officials told reporters."
    }
}
