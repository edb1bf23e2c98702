@testable import ActorGraphModel
import Foundation
import Testing

@Suite("KnowledgeGraph")
struct KnowledgeGraphTests {
    // MARK: - Fixtures

    /// A small graph in canonical order: a chain hajiyev -> azerbaijan ->
    /// armenia -> yerevan, plus an isolated organization.
    static let graph: KnowledgeGraph = {
        let strike = Evidence(document: "baku-briefing", sentence: "Hikmet Hajiyev accused Armenia of shelling Ganja.",
                              start: 0, end: 50, date: "2020-10-11")
        let later = Evidence(document: "baku-briefing", sentence: "Hajiyev repeated the accusation on Sunday.",
                             start: 120, end: 162, date: "2020-10-11")
        let other = Evidence(document: "yerevan-daily", sentence: "Yerevan lies in Armenia.", start: 8, end: 32)
        return KnowledgeGraph(
            documents: [
                Document(id: "baku-briefing", title: "Baku Briefing", date: "2020-10-11", source: "in/baku-briefing.txt"),
                Document(id: "yerevan-daily", source: "in/yerevan-daily.txt", url: "https://example.org/a/b"),
            ],
            entities: [
                Entity(name: "Armenia", type: .country, aliases: ["Republic of Armenia"], mentions: 4),
                Entity(name: "Azerbaijan", type: .country, aliases: ["Azerbaijan Republic", "Azerbaijani"], mentions: 3),
                Entity(name: "Hikmet Hajiyev", type: .person, aliases: ["Hajiyev", "Mr. Hajiyev"], mentions: 2),
                Entity(name: "Red Crescent Society", type: .organization),
                Entity(name: "Yerevan", type: .place),
            ],
            relations: [
                Relation(source: "armenia", type: .partOf, target: "azerbaijan", confidence: 0.25),
                Relation(source: "hikmet-hajiyev", type: .accuses, target: "armenia", confidence: 0.9,
                         evidence: [strike, later]),
                Relation(source: "hikmet-hajiyev", type: .spokespersonOf, target: "azerbaijan", confidence: 0.8,
                         title: "Assistant to the President", evidence: [strike]),
                Relation(source: "yerevan", type: .locatedIn, target: "armenia", confidence: 1, evidence: [other]),
            ]
        )
    }()

    /// The same graph with every list reversed and duplicated where
    /// normalization must merge.
    static func scrambled(_ g: KnowledgeGraph) -> KnowledgeGraph {
        var s = g
        s.documents.reverse()
        s.entities = g.entities.reversed().map { e in
            var e = e
            e.aliases = e.aliases.reversed() + e.aliases + [e.name]
            return e
        }
        s.relations = g.relations.reversed().map { r in
            var r = r
            r.evidence = r.evidence.reversed() + r.evidence
            return r
        }
        return s
    }

    func json(_ g: KnowledgeGraph) throws -> String {
        String(decoding: try g.jsonData(), as: UTF8.self)
    }

    // MARK: - JSON

    @Test("permute(to:) puts at each position the element the order names, for random permutations")
    func permute() {
        var state: UInt64 = 21
        for n in [0, 1, 2, 3, 10, 257] {
            for _ in 0..<20 {
                var order = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
                }
                let original = (0..<n).map { "element \($0)" }
                var permuted = original
                permuted.permute(to: order)
                #expect(permuted == order.map { original[$0] })
            }
        }
    }

    @Test("Encoding then decoding gives back an equal graph")
    func roundTrip() throws {
        let graph = Self.graph
        #expect(graph == graph.normalized(), "fixture should already be canonical")
        let decoded = try KnowledgeGraph(jsonData: graph.jsonData())
        #expect(decoded == graph)
        #expect(decoded.relations[1].evidence[0].date == "2020-10-11")
        #expect(decoded.documents[1].url == "https://example.org/a/b")
    }

    @Test("Shuffled entities, relations, aliases and evidence give byte-identical JSON")
    func shuffledInputSameBytes() throws {
        let scrambled = Self.scrambled(Self.graph)
        #expect(scrambled != Self.graph)
        #expect(try scrambled.jsonData() == Self.graph.jsonData())
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<5 {
            var shuffled = scrambled
            shuffled.documents.shuffle(using: &rng)
            shuffled.entities.shuffle(using: &rng)
            shuffled.relations.shuffle(using: &rng)
            for i in shuffled.entities.indices { shuffled.entities[i].aliases.shuffle(using: &rng) }
            for i in shuffled.relations.indices { shuffled.relations[i].evidence.shuffle(using: &rng) }
            #expect(try shuffled.jsonData() == Self.graph.jsonData())
        }
    }

    @Test("Keys are sorted, slashes unescaped, output ends in one newline")
    func keyOrder() throws {
        let g = KnowledgeGraph(
            documents: [Document(id: "d1", title: "T", date: "2024-03-05", source: "a/b.txt")],
            entities: [Entity(name: "Ganja", type: .place, aliases: ["Gandzha"], mentions: 2)]
        )
        let expected = """
            {
              "documents" : [
                {
                  "date" : "2024-03-05",
                  "id" : "d1",
                  "source" : "a/b.txt",
                  "title" : "T"
                }
              ],
              "entities" : [
                {
                  "aliases" : [
                    "Gandzha"
                  ],
                  "id" : "ganja",
                  "mentions" : 2,
                  "name" : "Ganja",
                  "type" : "PLACE"
                }
              ],
              "relations" : [

              ]
            }

            """
        let text = try json(g)
        // Pretty-printing whitespace differs between Foundation versions;
        // compare with all whitespace outside strings removed.
        func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        #expect(squeezed(text) == squeezed(expected))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.contains("\\/"))
    }

    @Test("Every object in the JSON lists its keys in sorted order")
    func everyObjectSorted() throws {
        let text = try json(Self.graph)
        // Keys are the quoted strings followed by " :" / ":".
        var keysPerDepth: [Int: [String]] = [:]
        var depth = 0
        var inString = false
        var current = ""
        var lastString = ""
        var escaped = false
        for c in text {
            if inString {
                if escaped { escaped = false; current.append(c); continue }
                if c == "\\" { escaped = true; continue }
                if c == "\"" { inString = false; lastString = current; continue }
                current.append(c)
                continue
            }
            switch c {
            case "\"": inString = true; current = ""
            case "{": depth += 1; keysPerDepth[depth] = []
            case "}":
                let keys = keysPerDepth[depth] ?? []
                #expect(keys == keys.sorted(), "keys out of order: \(keys)")
                depth -= 1
            case ":": keysPerDepth[depth, default: []].append(lastString)
            default: break
            }
        }
        #expect(depth == 0)
        #expect(text.contains("\"confidence\""))
    }

    @Test("Decoding rejects JSON that breaks the contract")
    func decodeRejectsUnknownType() {
        let bad = Data(#"{"documents":[],"entities":[{"id":"x","name":"X","type":"ALIEN","aliases":[],"mentions":1}],"relations":[]}"#.utf8)
        #expect(throws: DecodingError.self) { try KnowledgeGraph(jsonData: bad) }
        #expect(throws: DecodingError.self) { try KnowledgeGraph(jsonData: Data("[]".utf8)) }
    }

    // MARK: - normalized()

    @Test("normalized() sorts everything and drops duplicate aliases, the name as alias, and duplicate evidence")
    func normalizedCanonical() {
        let n = Self.scrambled(Self.graph).normalized()
        #expect(n.documents.map(\.id) == ["baku-briefing", "yerevan-daily"])
        #expect(n.entities.map(\.id) == ["armenia", "azerbaijan", "hikmet-hajiyev", "red-crescent-society", "yerevan"])
        #expect(n.entity(id: "azerbaijan")?.aliases == ["Azerbaijan Republic", "Azerbaijani"])
        #expect(n.entity(id: "hikmet-hajiyev")?.aliases.contains("Hikmet Hajiyev") == false)
        #expect(n.relations.map(\.key) == [
            "armenia|part-of|azerbaijan",
            "hikmet-hajiyev|accuses|armenia",
            "hikmet-hajiyev|spokesperson-of|azerbaijan",
            "yerevan|located-in|armenia",
        ])
        #expect(n.relations[1].evidence.map(\.start) == [0, 120])
        #expect(n == n.normalized())
    }

    @Test("normalize() in place gives what normalized() gives; an already canonical graph is recognised as such")
    func normalizeInPlace() {
        var g = Self.scrambled(Self.graph)
        #expect(!g.isNormalized)
        g.normalize()
        #expect(g == Self.scrambled(Self.graph).normalized())
        #expect(g.isNormalized)
        // Each way of being out of order is noticed.
        var twice = g
        let r = g.relations.firstIndex { !$0.evidence.isEmpty }!
        twice.relations[r].evidence.append(twice.relations[r].evidence[0])
        #expect(!twice.isNormalized)
        var named = g
        named.entities[0].aliases.append(named.entities[0].name)
        #expect(!named.isNormalized)
        var swapped = g
        swapped.documents.reverse()
        #expect(!swapped.isNormalized)
    }

    @Test("a large graph is checked in runs: a break in order at a run's edge or in a late run's evidence is noticed")
    func normalizedInRuns() {
        // 10,000 relations, checked in runs of 4,096: the relation after a
        // run's last is compared across the edge.
        let ids = (0..<100).map { "e\(100 + $0)" }
        let relations = (0..<10_000).map { i in
            Relation(source: ids[i / 100], type: .backs, target: ids[i % 100], confidence: 1,
                     evidence: [Evidence(document: "d\(i)", sentence: "s", start: 0, end: 1),
                                Evidence(document: "d\(i)", sentence: "s", start: 2, end: 3)])
        }
        let graph = KnowledgeGraph(entities: ids.map { Entity(id: $0, name: $0, type: .person) }, relations: relations)
        #expect(graph.isNormalized)
        for (a, b) in [(4_095, 4_096), (8_191, 8_192), (0, 1), (9_998, 9_999)] {
            var swapped = graph
            swapped.relations.swapAt(a, b)
            let normalized = swapped.isNormalized  // (a failed expectation on the graph would print all of it)
            #expect(!normalized, "relations \(a) and \(b) swapped")
        }
        for r in [4_096, 9_999] {
            var unsorted = graph
            unsorted.relations[r].evidence.reverse()
            let normalized = unsorted.isNormalized
            #expect(!normalized, "evidence of relation \(r) reversed")
        }
    }

    @Test("relations are ordered as their (source, type, target) strings compare, ties in input order")
    func relationOrderMatchesStrings() {
        // Ids whose order as strings is not their order as bytes of some
        // normalization form, prefixes of one another, and the same triple
        // more than once (told apart by confidence).
        let ids = ["b", "a", "ab", "a-b", "Z", "é", "e\u{301}x", "ö", "" , "a b", "数", "ﬁ"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let types = RelationType.allCases
        // Enough relations that their ranks are looked up in several runs.
        let relations = (0..<10_000).map { i in
            Relation(source: ids[next(ids.count)], type: types[next(types.count)], target: ids[next(ids.count)],
                     confidence: Double(i) / 10_000)
        }
        let expected = relations.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.source, x.type.rawValue, x.target) != (y.source, y.type.rawValue, y.target) {
                return (x.source, x.type.rawValue, x.target) < (y.source, y.type.rawValue, y.target)
            }
            return a.offset < b.offset
        }.map(\.element)
        // Ranked by the endpoints themselves (no entities; one endpoint no
        // entity), and by the entities' places (every id an entity, and more
        // entities than endpoints).
        let entities = (ids + ["aa", "zz", "0"]).map { Entity(id: $0, name: $0, type: .organization) }
        for known in [[], entities.filter { $0.id != "ab" }, entities] {
            var graph = KnowledgeGraph(entities: known, relations: relations)
            graph.normalize()
            #expect(graph.relations == expected, "\(known.count) entities")
            #expect(graph.isNormalized == false, "repeated triples are not strictly increasing")
        }
    }

    @Test("entity(id:) finds by id only")
    func entityLookup() {
        #expect(Self.graph.entity(id: "yerevan")?.name == "Yerevan")
        #expect(Self.graph.entity(id: "Yerevan") == nil)
    }

    // MARK: - Traversal

    @Test("Depth 1 reaches direct neighbours in both directions")
    func egoDepthOne() {
        let ego = Self.graph.egoNetwork(around: "armenia", depth: 1)
        #expect(Set(ego.entities.map(\.id)) == ["armenia", "azerbaijan", "hikmet-hajiyev", "yerevan"])
        #expect(ego.relations.count == 4)
        let narrow = Self.graph.egoNetwork(around: "yerevan", depth: 1)
        #expect(Set(narrow.entities.map(\.id)) == ["yerevan", "armenia"])
        #expect(narrow.relations.map(\.key) == ["yerevan|located-in|armenia"])
        #expect(narrow.documents == Self.graph.documents)
    }

    @Test("Depth 2 reaches neighbours of neighbours, and the relations among them")
    func egoDepthTwo() {
        let ego = Self.graph.egoNetwork(around: "yerevan", depth: 2)
        #expect(Set(ego.entities.map(\.id)) == ["yerevan", "armenia", "azerbaijan", "hikmet-hajiyev"])
        #expect(ego.relations.count == 4)
        #expect(!ego.entities.contains { $0.id == "red-crescent-society" })
    }

    @Test("Depth 0, negative depth and an isolated or unknown centre")
    func egoEdgeCases() {
        let zero = Self.graph.egoNetwork(around: "armenia", depth: 0)
        #expect(zero.entities.map(\.id) == ["armenia"])
        #expect(zero.relations.isEmpty)
        #expect(Self.graph.egoNetwork(around: "armenia", depth: -3).entities.map(\.id) == ["armenia"])
        let isolated = Self.graph.egoNetwork(around: "red-crescent-society", depth: 5)
        #expect(isolated.entities.map(\.id) == ["red-crescent-society"])
        #expect(isolated.relations.isEmpty)
        #expect(Self.graph.egoNetwork(around: "atlantis", depth: 2).entities.isEmpty)
    }

    @Test("relations(touching:) returns edges leaving and entering an entity")
    func relationsTouching() {
        #expect(Self.graph.relations(touching: "armenia").map(\.key) == [
            "armenia|part-of|azerbaijan", "hikmet-hajiyev|accuses|armenia", "yerevan|located-in|armenia",
        ])
        #expect(Self.graph.relations(touching: "red-crescent-society").isEmpty)
    }
}

/// A small deterministic generator (SplitMix64) so shuffles are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("KnowledgeGraph.withoutIsolatedEntities")
struct IsolatedEntitiesTests {
    @Test("keeps the entities of relations and drops the rest")
    func dropsIsolated() {
        let graph = KnowledgeGraph(
            entities: [
                Entity(name: "Chile", type: .country), Entity(name: "Peru", type: .country),
                Entity(name: "Lima", type: .place),
            ],
            relations: [Relation(source: "peru", type: .accuses, target: "chile", confidence: 0.9)]
        )
        let shown = graph.withoutIsolatedEntities()
        #expect(shown.entities.map(\.id).sorted() == ["chile", "peru"])
        #expect(shown.relations == graph.relations)
    }
}
