import Testing

@testable import ActorGraphExtraction

/// `WordTable` answers exactly as the dictionary it is made from.
@Suite("Word table")
struct WordTableTests {
    @Test("Every word of the frame cue lists, and words near them, get the dictionary's answer")
    func agreesWithDictionary() {
        var dictionary: [String: Int] = [:]
        let lists = [Vocabulary.officeTitles, Vocabulary.speakerTitles, RelationCues.accuseVerbs, RelationCues.denyVerbs,
                     Vocabulary.determiners, RelationCues.objectStops, RelationCues.passiveAuxiliaries]
        for (n, list) in lists.enumerated() {
            for word in list { dictionary[word, default: 0] |= 1 << n }
        }
        let table = WordTable(dictionary)
        var probes = Array(dictionary.keys)
        probes += dictionary.keys.flatMap { [$0 + "s", String($0.dropLast()), $0.uppercased(), " " + $0, $0 + "\u{301}"] }
        probes += ["", "a", "zz", "café", "cafe\u{301}", "é", "\u{212A}", "日本", "the\u{0}", String(repeating: "x", count: 300)]
        for word in probes {
            #expect(table[word] == dictionary[word], "\(word.debugDescription)")
        }
    }

    @Test("Non-ASCII keys: canonically equal spellings match, as in a Dictionary")
    func canonicalEquivalence() {
        // U+212A KELVIN SIGN is canonically "K"; "é" precomposed equals "e" + U+0301.
        let dictionary = ["\u{212A}elvin": 1, "caf\u{E9}": 2, "plain": 3]
        let table = WordTable(dictionary)
        for word in ["Kelvin", "\u{212A}elvin", "caf\u{E9}", "cafe\u{301}", "cafe", "plain", "Plain"] {
            #expect(table[word] == dictionary[word], "\(word.debugDescription)")
        }
        #expect(table["Kelvin"] == 1)
        #expect(table["cafe\u{301}"] == 2)
    }

    @Test("An empty table finds nothing")
    func empty() {
        let table = WordTable<Int>([:])
        #expect(table["anything"] == nil)
        #expect(table[""] == nil)
    }
}
