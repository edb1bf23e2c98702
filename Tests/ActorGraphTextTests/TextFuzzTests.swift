import Foundation
import Testing

@testable import ActorGraphText

/// Seeded random inputs through every text parser and the segmenter, the
/// in-process counterpart of `make fuzz`: random bytes, and real articles
/// with hostile bytes spliced in. Nothing may trap; a refusal is a
/// `LoadError`; every sentence is the text at its offsets.
@Suite("Text parsing on random input")
struct TextFuzzTests {
    static let seeds = [
        "Kenya accuses Ethiopia\ndate 2025-02-18\n\nNAIROBI — Kenyan Foreign Minister Grace Mwangi accused Ethiopia. (RELATED: x)\n**Photo / AP**\n",
        "<html><head><title>A &amp; B</title><meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><article><h1>T</h1><p>Peru accused Chile.<br>Bolivia backs Peru.</p><script>x</script></article></body></html>",
        "{\"id\": \"a\", \"text\": \"Armenia accused Azerbaijan.\"}\n{\"text\": 7}\nnot json\n",
    ]
    /// Bytes that mean something to one of the parsers.
    static let hostile: [[UInt8]] = [
        Array("<".utf8), Array("</script".utf8), Array("<!--".utf8), Array("&#x".utf8), Array("&#99999999;".utf8), Array("&amp".utf8),
        Array("\"".utf8), Array("\\".utf8), Array("{".utf8), Array("}".utf8), Array("\n".utf8), Array("\r\n".utf8),
        Array("(".utf8), Array("**".utf8), Array("’s".utf8), Array("U.S.".utf8), Array("\u{202E}".utf8), Array("\u{00A0}".utf8),
        [0xE2, 0x80], [0xC2], [0xFF], [0x00], [0x01], Array(" — ".utf8), Array(". ".utf8), Array("date ".utf8),
    ]

    let loader = DocumentLoader(standardInput: { Data() })
    let segmenter = ArticleSegmenter()

    func check(_ data: Data) {
        var loaded: [SourceDocument] = []
        for parse in [
            { try loader.parse(data, id: "t", source: "t.txt") },
            { try loader.parseHTML(data, id: "h", source: "h.html") },
        ] as [() throws -> SourceDocument] {
            do { loaded.append(try parse()) } catch { #expect(error is LoadError, "\(error)") }
        }
        do {
            loaded += try loader.parseJSONLines(data, idPrefix: "j", source: "j.jsonl").documents
        } catch {
            #expect(error is LoadError, "\(error)")
        }
        for document in loaded {
            let bytes = Array(document.text.utf8)
            for sentence in segmenter.sentences(in: document) {
                guard sentence.start >= 0, sentence.start <= sentence.end, sentence.end <= bytes.count else {
                    Issue.record("sentence \(sentence.start)..<\(sentence.end) outside \(bytes.count) bytes")
                    continue
                }
                #expect(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
                #expect(sentence.tokens.count <= SentenceSplitter.maxTokens)
            }
        }
    }

    @Test("2,000 random byte strings")
    func randomBytes() {
        var rng = SplitMix(seed: 8)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...300, using: &rng)
            check(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        }
    }

    @Test("3,000 articles, pages and feeds with hostile bytes spliced in")
    func mutatedSeeds() {
        var rng = SplitMix(seed: 9)
        for _ in 0..<3_000 {
            var bytes = Array(Self.seeds.randomElement(using: &rng)!.utf8)
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let at = Int.random(in: 0...bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.insert(contentsOf: Self.hostile.randomElement(using: &rng)!, at: at)
                case 1: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &rng))) }
                default: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
                }
            }
            check(Data(bytes))
        }
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
