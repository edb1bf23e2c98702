import ActorGraphModel
import Foundation
import Testing

/// The writer must print what `JSONEncoder` printed before it, byte for
/// byte: `JSONEncoder` stays here as the reference.
@Suite("GraphJSONWriter")
struct GraphJSONWriterTests {
    // MARK: - Reference and helpers

    /// What `jsonData()` was before the writer: Foundation's encoder plus a newline.
    static func reference(_ graph: KnowledgeGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph.normalized())
        data.append(0x0A)
        return data
    }

    static func written(_ graph: KnowledgeGraph, chunkSize: Int = GraphJSONWriter.defaultChunkSize) throws -> Data {
        var data = Data()
        try GraphJSONWriter(chunkSize: chunkSize).write(graph) { data.append(contentsOf: $0) }
        return data
    }

    /// Compares with the reference and, on a difference, shows where it starts.
    func expectSameBytes(_ graph: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try Self.reference(graph)
        let actual = try graph.jsonData()
        guard actual != expected else { return }
        let at = zip(actual, expected).prefix { $0 == $1 }.count
        func around(_ data: Data) -> String {
            String(decoding: data[max(0, at - 60)..<min(data.count, at + 60)], as: UTF8.self)
        }
        Issue.record("bytes differ at offset \(at) of \(expected.count):\n  writer:  \(around(actual))\n  encoder: \(around(expected))",
                     sourceLocation: sourceLocation)
    }

    /// One document, one entity, one relation with one evidence, all carrying `text`.
    static func graph(carrying text: String, confidence: Double = 0.9) -> KnowledgeGraph {
        KnowledgeGraph(
            documents: [Document(id: "d-" + text, title: text, date: text, source: text, url: text)],
            entities: [
                Entity(id: "e-" + text, name: text, type: .person, aliases: [text + "1", text + "2"], mentions: 3),
                Entity(id: "other", name: "Other", type: .country),
            ],
            relations: [
                Relation(source: "e-" + text, type: .holdsOffice, target: "other", confidence: confidence, title: text,
                         evidence: [Evidence(document: "d-" + text, sentence: text, start: 0, end: 9, date: text)]),
            ]
        )
    }

    static let controlCharacters = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

    // MARK: - Numbers

    @Test("counts and offsets print as JSONEncoder prints them: 0, single digits, powers of ten, Int.max, negatives")
    func integerDigits() throws {
        let values = [0, 1, 9, 10, 99, 100, 101, 1_000_000, 123_456_789_012, Int.max, -1, -10, Int.min]
        let graph = KnowledgeGraph(
            documents: [Document(id: "d")],
            entities: values.enumerated().map { Entity(id: "e\($0.offset)", name: "E\($0.offset)", type: .person, mentions: $0.element) },
            relations: values.indices.dropFirst().map { i in
                Relation(source: "e0", type: .backs, target: "e\(i)", confidence: 1,
                         evidence: [Evidence(document: "d", sentence: "s", start: values[i], end: values[values.count - i])])
            }
        )
        try expectSameBytes(graph)
    }

    // MARK: - Strings

    @Test("every control character U+0000 to U+001F is escaped as JSONEncoder escapes it")
    func eachControlCharacter() throws {
        for character in Self.controlCharacters {
            try expectSameBytes(Self.graph(carrying: "a\(character)b"))
        }
        try expectSameBytes(Self.graph(carrying: Self.controlCharacters.joined()))
    }

    @Test("quotes, backslashes, slashes, DEL, non-ASCII and emoji", arguments: [
        #"say "no""#, #"C:\path\to"#, #"\""#, "\\\\\"\"", "</script><script>alert(1)</script>", "a/b//c/",
        "https://example.org/a?b=c&d=e#f", "\u{7F}", "\u{80}\u{9F}", "Türkiye Şəki Москва 北京 القاهرة",
        "😀👩🏽‍⚕️🇦🇿", "e\u{301}", "\u{2028}\u{2029}\u{FEFF}\u{200B}", "\u{FFFD}\u{10FFFF}", "", " ", "'",
        "tab\there\nnew\r\nline\u{0C}\u{08}", "\u{0}", "end\\",
    ])
    func trickyString(text: String) throws {
        try expectSameBytes(Self.graph(carrying: text))
    }

    @Test("a byte to escape is found at every position of a long string, next to plain and non-ASCII text")
    func escapeAtEveryPosition() throws {
        let specials = Self.controlCharacters + ["\"", "\\"]
        for special in specials {
            for position in 0..<20 {
                var characters = Array(repeating: "x", count: 20)
                characters[position] = special
                if position + 1 < 20 { characters[position + 1] = "é" }
                try expectSameBytes(Self.graph(carrying: characters.joined()))
            }
        }
    }

    @Test("random strings over an alphabet of hard characters")
    func randomStrings() throws {
        let alphabet = Self.controlCharacters + [
            "\"", "\\", "/", "<", ">", "&", "'", "a", "Z", "0", " ", "\u{7F}", "é", "ß", "Ж", "中", "😀", "\u{301}",
            "\u{2028}", "\u{FEFF}",
        ]
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let length = Int.random(in: 0...24, using: &rng)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            try expectSameBytes(Self.graph(carrying: text))
        }
    }

    // MARK: - Numbers

    @Test("confidences print as JSONEncoder prints doubles", arguments: [
        0.1, 0.3, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0, 1.0 / 3, 2.0 / 3, 0, -0.0, 0.5, 0.25, 0.05, 0.7000000000000001,
        1e-7, 1e-5, 0.0001, 1e15, 1e16, 1e17, 123456789.125, 1e300, -2.5, .leastNonzeroMagnitude,
        .greatestFiniteMagnitude, .ulpOfOne, 100, 0.1 + 0.2,
    ])
    func confidence(value: Double) throws {
        try expectSameBytes(Self.graph(carrying: "x", confidence: value))
    }

    @Test("random confidences in 0...1 and beyond")
    func randomConfidences() throws {
        var rng = SeededGenerator(seed: 9)
        var graph = Self.graph(carrying: "x")
        let template = graph.relations[0]
        graph.relations = (0..<500).map { i in
            var r = template
            r.target = "t\(i)"
            r.confidence = i.isMultiple(of: 2)
                ? Double.random(in: 0...1, using: &rng)
                : Double(sign: .plus, exponent: Int.random(in: -60...60, using: &rng), significand: 1.5)
            return r
        }
        try expectSameBytes(graph)
    }

    @Test("mentions and offsets at the edges of Int")
    func integers() throws {
        var graph = Self.graph(carrying: "x")
        graph.entities[0].mentions = .max
        graph.entities[1].mentions = .min
        graph.relations[0].evidence = [
            Evidence(document: "d", sentence: "s", start: 0, end: -1),
            Evidence(document: "d", sentence: "s", start: 1_234_567_890_123, end: .max),
        ]
        try expectSameBytes(graph)
    }

    @Test("a confidence that is not finite throws, as JSONEncoder does", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) throws {
        let graph = Self.graph(carrying: "x", confidence: value)
        #expect(throws: EncodingError.self) { try Self.reference(graph) }
        #expect(throws: EncodingError.self) { try graph.jsonData() }
    }

    // MARK: - Shape

    @Test("an empty graph prints three empty arrays")
    func emptyGraph() throws {
        try expectSameBytes(KnowledgeGraph())
        #expect(String(decoding: try KnowledgeGraph().jsonData(), as: UTF8.self) == """
        {
          "documents" : [

          ],
          "entities" : [

          ],
          "relations" : [

          ]
        }

        """)
    }

    @Test("nil optionals are left out and empty lists print like JSONEncoder's")
    func sparseGraph() throws {
        try expectSameBytes(KnowledgeGraph(
            documents: [Document(id: "only-id"), Document(id: "dated", date: "2020-01-02")],
            entities: [Entity(name: "Lone", type: .organization, mentions: 0)],
            relations: [Relation(source: "lone", type: .backs, target: "lone", confidence: 1)]
        ))
        try expectSameBytes(KnowledgeGraph(documents: [Document(id: "a")]))
        try expectSameBytes(KnowledgeGraph(entities: [Entity(name: "A", type: .place)]))
        try expectSameBytes(KnowledgeGraph(relations: [Relation(source: "a", type: .denies, target: "b", confidence: 0.5)]))
    }

    @Test("every entity type and relation type")
    func everyType() throws {
        let entities = EntityType.allCases.map { Entity(name: "Some \($0.rawValue)", type: $0) }
        let relations = RelationType.allCases.map {
            Relation(source: entities[0].id, type: $0, target: entities[1].id, confidence: 0.6,
                     title: $0 == .holdsOffice ? "Minister" : nil,
                     evidence: [Evidence(document: "d", sentence: "S.", start: 1, end: 3)])
        }
        try expectSameBytes(KnowledgeGraph(documents: [Document(id: "d")], entities: entities, relations: relations))
    }

    @Test("an unsorted graph with duplicates prints its normalized form")
    func normalizes() throws {
        let graph = KnowledgeGraphTests.scrambled(KnowledgeGraphTests.graph)
        try expectSameBytes(graph)
        #expect(try graph.jsonData() == KnowledgeGraphTests.graph.jsonData())
    }

    // MARK: - Chunks

    @Test("chunks join to the same bytes, and each but the last is full", arguments: [1, 7, 64, 1000, 1 << 20])
    func chunks(size: Int) throws {
        var graph = Self.graph(carrying: "</chunk \"\\\u{1}>")
        graph.relations[0].evidence = (0..<300).map {
            Evidence(document: "d\($0)", sentence: String(repeating: "word ", count: $0 % 40), start: $0, end: $0 + 5)
        }
        var chunks: [Data] = []
        try GraphJSONWriter(chunkSize: size).write(graph) { chunks.append(Data($0)) }
        #expect(chunks.reduce(Data(), +) == (try Self.reference(graph)))
        #expect(chunks.dropLast().allSatisfy { $0.count >= size })
        #expect(chunks.allSatisfy { !$0.isEmpty })
        if size < 1000 { #expect(chunks.count > 1) }
    }

    /// Many relations with from none to thousands of evidence each: the
    /// writer encodes them in groups on all cores, and a relation heavier
    /// than a group in groups of its evidence.
    static func manyRelations() -> KnowledgeGraph {
        let entities = (0..<60).map { Entity(name: "Entity \($0) \"q\" {b} <script>", type: .person) }
        let relations = (0..<3000).map { i in
            let evidence = i % 500 == 7 ? 2600 + i : i % 4
            return Relation(source: entities[i % 60].id, type: RelationType.allCases[i % 8], target: entities[(i / 60) % 60].id,
                            confidence: Double(i % 10) / 10, title: i % 3 == 0 ? "Title \(i)" : nil,
                            evidence: (0..<evidence).map {
                                Evidence(document: "d\($0 % 97)", sentence: "Sentence \($0) of \(i).\n", start: $0, end: $0 + i,
                                         date: $0 % 2 == 0 ? "2024-01-02" : nil)
                            })
        }
        return KnowledgeGraph(documents: (0..<97).map { Document(id: "d\($0)") }, entities: entities, relations: relations)
    }

    @Test("relations encoded in groups on all cores print the same bytes", arguments: [1, 700, 4096, 1 << 20])
    func groupsOnAllCores(size: Int) throws {
        let graph = Self.manyRelations()
        var chunks: [Data] = []
        try GraphJSONWriter(chunkSize: size).write(graph) { chunks.append(Data($0)) }
        #expect(chunks.reduce(Data(), +) == (try Self.reference(graph)))
        #expect(chunks.dropLast().allSatisfy { $0.count >= size })
    }

    @Test("entities encoded in groups on all cores print the same bytes", arguments: [1, 700, 4096, 1 << 20])
    func entityGroupsOnAllCores(size: Int) throws {
        // From no alias to thousands: an entity heavier than a group is one of its own.
        let entities = (0..<3000).map { i in
            Entity(name: "Actor \(i) \"q\" {b} <script>", type: EntityType.allCases[i % EntityType.allCases.count],
                   aliases: (0..<(i % 700 == 3 ? 2500 : i % 5)).map { "Alias \($0) of \(i)" }, mentions: i)
        }
        let graph = KnowledgeGraph(documents: [Document(id: "d")], entities: entities, relations: [])
        var chunks: [Data] = []
        try GraphJSONWriter(chunkSize: size).write(graph) { chunks.append(Data($0)) }
        #expect(chunks.reduce(Data(), +) == (try Self.reference(graph)))
        #expect(chunks.dropLast().allSatisfy { $0.count >= size })
    }

    @Test("a NaN confidence in a relation encoded on another core is still an error")
    func nanInGroup() {
        var graph = Self.manyRelations()
        graph.relations[2345].confidence = .nan
        #expect(throws: EncodingError.self) { try Self.written(graph) }
        graph = Self.manyRelations()
        graph.relations[7].confidence = .infinity  // a heavy relation (2,607 evidence)
        #expect(throws: EncodingError.self) { try Self.written(graph) }
    }

    @Test("an error from the sink stops the writer and comes out unchanged")
    func sinkError() throws {
        struct DiskFull: Error {}
        var calls = 0
        #expect(throws: DiskFull.self) {
            try GraphJSONWriter(chunkSize: 8).write(KnowledgeGraphTests.graph) { _ in
                calls += 1
                throw DiskFull()
            }
        }
        #expect(calls == 1)
    }

    @Test("writeJSON hands on the bytes of jsonData")
    func writeJSONMatchesData() throws {
        var data = Data()
        try KnowledgeGraphTests.graph.writeJSON { data.append(contentsOf: $0) }
        #expect(data == (try KnowledgeGraphTests.graph.jsonData()))
        #expect(data == (try Self.reference(KnowledgeGraphTests.graph)))
    }
}
