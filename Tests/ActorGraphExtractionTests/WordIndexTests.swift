import Testing

@testable import ActorGraphExtraction

/// `WordIndex` answers as the `Dictionary` it was built from.
@Suite("Word index")
struct WordIndexTests {
    /// Words in and out of the lexicon's cue table, ASCII and not.
    static let probes = ["the", "ministry", "office", "minister", "forces", "baku", "", "a", "prime", "zzz",
                         "café", "cafe\u{301}", "straße", "K", "\u{212A}", "of", "al", "al-mismari", "spokeswoman"]

    @Test("Every key and probe of the cue table gets the dictionary's answer")
    func cueTable() {
        let table = Lexicon.shared.cues
        let index = WordIndex(table)
        for word in Array(table.keys) + Self.probes {
            #expect(index[word] == table[word], "\(word)")
        }
    }

    @Test("A table with keys beyond ASCII compares words canonically, as a Dictionary does")
    func nonASCIIKeys() {
        let table = ["café": 1, "k": 2, "plain": 3]
        let index = WordIndex(table)
        for word in ["café", "cafe\u{301}", "k", "\u{212A}", "plain", "cafe", "plains", ""] {
            #expect(index[word] == table[word], "\(word)")
        }
        let empty = WordIndex([String: Int]())
        #expect(empty["anything"] == nil)
    }
}
