import Testing

@testable import ActorGraphExtraction

/// The lexicon's byte-level shortcuts agree with the definitions they replace.
@Suite("Lexicon")
struct LexiconTests {
    /// The Character-level definition `isShortAcronym` must match.
    static func definition(_ phrase: String) -> Bool {
        let letters = phrase.filter(\.isLetter)
        return letters.count <= 6 && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    @Test("Short acronyms are told on bytes as the Character definition tells them")
    func shortAcronyms() {
        let fixed = ["WHO", "US", "U.S.", "AP", "A", "NATO", "OSCE-MG", "ECOWAS", "ECOWASX", "UNHCR1", "Who", "uN", "",
                     "E.U.", "Ü.N.", "ÉU", "ÑATO", "IŞİD", "ΟΗΕ", "G7", "G-20", "A B", "ABCDEF", "ABCDEFG"]
        for phrase in fixed {
            #expect(Lexicon.isShortAcronym(phrase) == Self.definition(phrase), "\(phrase)")
        }
        let alphabet = Array("ABCXYZabcxyz.-' 7")
        var state: UInt64 = 5
        for _ in 0..<2000 {
            var phrase = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                phrase.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(Lexicon.isShortAcronym(phrase) == Self.definition(phrase), "\(phrase)")
        }
    }
}
