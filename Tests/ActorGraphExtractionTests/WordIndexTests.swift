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
        let table = WordCues.table(words: Lexicon.shared.words)
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

    @Test("A key written with a character that decomposes to ASCII matches the ASCII spelling, as in a Dictionary")
    func keysThatDecomposeToASCII() {
        // U+212A KELVIN SIGN is canonically "K"; "é" precomposed equals "e" + U+0301.
        let table = ["\u{212A}elvin": 1, "caf\u{E9}": 2, "plain": 3]
        let index = WordIndex(table)
        for word in ["Kelvin", "\u{212A}elvin", "caf\u{E9}", "cafe\u{301}", "cafe", "plain", "Plain"] {
            #expect(index[word] == table[word], "\(word.debugDescription)")
        }
        #expect(index["Kelvin"] == 1)
    }

    @Test("The frame cue lists, and words near them, get the dictionary's answer")
    func frameCueLists() {
        var table: [String: Int] = [:]
        let lists = [Vocabulary.officeTitles, Vocabulary.speakerTitles, RelationCues.accuseVerbs, RelationCues.denyVerbs,
                     Vocabulary.determiners, RelationCues.objectStops, RelationCues.passiveAuxiliaries]
        for (n, list) in lists.enumerated() {
            for word in list { table[word, default: 0] |= 1 << n }
        }
        let index = WordIndex(table)
        var probes = Array(table.keys)
        probes += table.keys.flatMap { [$0 + "s", String($0.dropLast()), $0.uppercased(), " " + $0, $0 + "\u{301}"] }
        probes += ["", "a", "zz", "é", "\u{212A}", "日本", "the\u{0}", String(repeating: "x", count: 300)]
        for word in probes {
            #expect(index[word] == table[word], "\(word.debugDescription)")
        }
    }

    /// Token texts as articles write them: capitals, digits, punctuation,
    /// long words (stored apart from the string), and words beyond ASCII,
    /// some of which lower to ASCII ("\u{212A}") or to longer strings ("İ").
    static let tokenTexts = ["Baku", "BAKU", "baku", "U.S.", "OSCE", "al-Mismari", "Mid-1990s", "2020", ",", "'s", "",
                             "Spokeswoman", "INTERNATIONALLY-RECOGNISED", "Nagorno-Karabakh's", "@#[]{}", "Zz", "Snake_Case", "Q@A", "X[Y]^Z",
                             "Café", "CAFÉ", "Stra\u{DF}e", "\u{212A}elvin", "\u{130}stanbul", "日本", "A\u{301}"]

    @Test("Lowering with the hash gives `lowercased` and the index's own hash, and the same lookups")
    func loweringWithHash() {
        let table = WordCues.table(words: Lexicon.shared.words)
        let index = WordIndex(table)
        for text in Self.tokenTexts + Self.probes + Self.probes.map { $0.capitalized } {
            let (word, hash) = Words.lowercasedWithHash(text)
            #expect(word == Words.lowercased(text), "\(text.debugDescription)")
            let (expected, isASCII) = WordIndex<WordCues>.hash(word)
            #expect(hash == (isASCII && text.utf8.allSatisfy { $0 < 0x80 } ? expected : nil), "\(text.debugDescription)")
            #expect(index[word, asciiHash: hash] == table[word], "\(text.debugDescription)")
        }
    }
}
