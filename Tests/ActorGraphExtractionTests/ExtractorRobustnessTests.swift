import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Seeded random sentences built from the words the frames look for, in
/// every order: the extractor must never trap, whatever the input.
@Suite("Extractor on scrambled input")
struct ExtractorRobustnessTests {
    /// Words and marks that start, end or join constructions.
    static let vocabulary = [
        "Armenia", "Armenian", "Azeri", "Baku", "'s", "’s", "(", ")", ",", ".", "-", "—", "of", "the", "a", "by",
        "accused", "accusing", "denied", "backs", "backed", "co-chaired", "co-chair", "co-chairs", "ally", "support",
        "voiced", "spokesman", "spokeswoman", "President", "presidential", "aide", "Prime", "Minister", "Foreign",
        "defence", "ministry", "Ministry", "Office", "prosecutor", "general", "Major", "General", "town", "city",
        "region", "province", "in", "and", "each", "other", "was", "is", "part", "recognized", "as", "established",
        "Hikmet", "Hajiyev", "OSCE", "Minsk", "Group", "LNA", "(LNA)", "Iran-backed", "U.S.", "U.S.-brokered",
        "he", "she", "not", "refused", "to", "“", "”", "\"", "Karabakh", "Nagorno-Karabakh", "forces", "officials",
        "al-Mismari", "Dato'", "Colonel", "Kapitan", "trawler", "Tromsø", "Zelenskyy", "said", ":", ";", "é",
    ]

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("3,000 scrambled sentences give a graph whose every relation joins known entities")
    func scrambled() throws {
        var rng = Generator(state: 20_261_121)
        var articles: [String] = []
        for _ in 0..<30 {
            var lines: [String] = []
            for _ in 0..<100 {
                let n = Int.random(in: 1...24, using: &rng)
                lines.append((0..<n).map { _ in Self.vocabulary.randomElement(using: &rng)! }.joined(separator: " "))
            }
            articles.append(lines.joined(separator: "\n"))
        }
        let g = try Articles.graph(articles)
        let ids = Set(g.entities.map(\.id))
        #expect(ids.count == g.entities.count)
        for r in g.relations {
            #expect(ids.contains(r.source) && ids.contains(r.target), "\(r.key) joins an unknown entity")
            #expect(r.source != r.target)
            #expect(!r.evidence.isEmpty)
        }
    }
}
