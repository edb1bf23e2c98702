import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Seeded random text with hostile characters among entity words, and one
/// very long sentence: the extractor never traps, stays linear, and its
/// graph stays consistent. (`ExtractorRobustnessTests` scrambles the frame
/// vocabulary; this adds characters and sizes.)
@Suite("Extractor on hostile and oversized input")
struct ExtractorFuzzTests {
    static let pieces = [
        "Kenya", "Ethiopia", "accused", "backs", "Foreign", "Minister", "Grace", "Mwangi", "spokesman", "for", "the", "of",
        "\"", "\\", "{", "}", "<script>", "</script>", "&amp;", "&#0;", "<", ">", "\u{202E}", "\u{200F}", "\u{0001}", "\u{007F}",
        "\u{FEFF}", "\u{0301}", "’s", "'s", "—", "(", ")", ",", ".", ":", "U.S.", "Iran-backed", "🚢", "日本語", "Ā",
    ]

    func check(_ texts: [String]) throws {
        let documents = texts.enumerated().map { i, text in
            SourceDocument(document: Document(id: "d\(i)", source: "d\(i).txt"), text: text, headlineRange: nil)
        }
        let graph = try Extractor().graph(for: documents)
        let ids = Set(graph.entities.map(\.id))
        for relation in graph.relations {
            #expect(ids.contains(relation.source) && ids.contains(relation.target))
            for evidence in relation.evidence {
                let bytes = Array(texts[Int(evidence.document.dropFirst())!].utf8)
                guard evidence.start >= 0, evidence.start < evidence.end, evidence.end <= bytes.count else {
                    Issue.record("evidence \(evidence.start)..<\(evidence.end) outside \(bytes.count) bytes")
                    continue
                }
                #expect(String(decoding: bytes[evidence.start..<evidence.end], as: UTF8.self) == evidence.sentence)
            }
        }
        let json = try? graph.jsonData()
        #expect(json != nil)
        if let json { #expect((try? KnowledgeGraph(jsonData: json).jsonData()) == json) }
    }

    @Test("500 random articles of entity words and hostile characters")
    func hostileCharacters() throws {
        var rng = SplitMix(seed: 11)
        for _ in 0..<50 {
            let texts = (0..<10).map { _ in
                (0..<Int.random(in: 1...80, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }
                    .joined(separator: Bool.random(using: &rng) ? " " : "")
            }
            try check(texts)
        }
    }

    /// Before sentences were capped, 40 KB of such text took 1.7 s and 1 MB
    /// over ten minutes (quadratic); the cap, not a clock, is what is checked.
    @Test("a 100,000-word sentence with no stop is read in pieces of bounded length")
    func longSentence() throws {
        var rng = SplitMix(seed: 12)
        let words = ["Kenya", "accused", "Ethiopia", "and", "Somalia", "backs", "the", "river", "talks", "Grace", "Mwangi"]
        let text = (0..<100_000).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
        try check([text])
        let sentences = ArticleSegmenter().sentences(in: SourceDocument(document: Document(id: "x", source: "x"), text: text, headlineRange: nil))
        #expect(sentences.count >= 100_000 / SentenceSplitter.maxTokens)
        #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
    }
}

/// SplitMix64, so every generated input reproduces from its seed.
struct SplitMix: RandomNumberGenerator {
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
