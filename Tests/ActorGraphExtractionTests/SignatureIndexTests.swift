import Testing

@testable import ActorGraphExtraction

/// The signature index must give the positions a dictionary of signatures
/// gives, or the mention table would merge mentions that differ or split
/// mentions that are the same.
@Suite("SignatureIndex")
struct SignatureIndexTests {
    /// Mentions that share names but differ in kind, country, title or
    /// cues, each several times, in a fixed pseudo-random order: equal
    /// names share a hash, so lookups must compare whole signatures.
    static let mentions: [Mention] = {
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let kinds: [Mention.Kind] = [.person, .place, .single, .role(title: "minister"), .role(title: "envoy")]
        return (0..<3_000).map { _ in
            let name = "Name \(next(400))"
            var m = Mention(kind: kinds[next(kinds.count)], surface: name, name: name, tokens: 0..<2,
                            country: next(3) == 0 ? "Freedonia" : nil)
            m.title = next(4) == 0 ? "General" : nil
            m.isSpeaker = next(5) == 0
            m.placeCue = next(6) == 0
            return m
        }
    }()

    @Test("Positions match a dictionary's, across every growth of the index", arguments: [0, 1, 5000])
    func matchesDictionary(capacity: Int) {
        var index = SignatureIndex(capacity: capacity)
        var signatures: [MentionSignature] = []
        var reference: [MentionSignature: Int] = [:]
        for m in Self.mentions {
            let signature = MentionSignature(m)
            let found = index.position(of: signature, among: signatures)
            #expect(found == reference[signature])
            if found == nil {
                reference[signature] = signatures.count
                signatures.append(signature)
            }
        }
        #expect(index.count == signatures.count)
        // Enough distinct signatures that the index grew several times from 16 slots.
        #expect(signatures.count > 1_000)
    }

    @Test("Canonically equal names are one signature; other spellings are not")
    func canonicalNames() {
        var index = SignatureIndex()
        var signatures: [MentionSignature] = []
        for name in ["Jos\u{E9}", "Jose\u{301}", "Jose", "JOS\u{C9}"] {
            let signature = MentionSignature(Mention(kind: .person, surface: "José", name: name, tokens: 0..<1))
            if index.position(of: signature, among: signatures) == nil { signatures.append(signature) }
        }
        #expect(signatures.map(\.name) == ["Jos\u{E9}", "Jose", "JOS\u{C9}"])
    }
}
