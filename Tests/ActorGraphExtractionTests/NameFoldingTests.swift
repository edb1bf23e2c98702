import Testing

@testable import ActorGraphExtraction

/// The byte-level fold of ASCII names must agree with the Foundation fold
/// it replaces, name for name.
@Suite("NameFolding")
struct NameFoldingTests {
    @Test("ASCII names fold as Foundation folds them")
    func asciiMatchesFoundation() {
        let names = [
            "Hikmet Hajiyev", "Hikmat Hajiyev", "Dzhokhar", "Zhanna", "Khalifa Haftar", "Philippe", "Stepanyan",
            "Stepanian", "Sergey", "Sergei", "Zelenskyy", "O'Brien-Smith", "Xi Jinping", "Quick Dick", "yie wie",
            "dzhkh", "kkhh", "phph", "Ouattara", "al-Mismari", "  Spaced   Name ", "A.B. Cee", "R2-D2", "", "'-' ",
            "Mc\r\nDonald", "TTTT", "iie yy", "QQ xx",
        ]
        for name in names {
            #expect(NameFolding.fold(name) == NameFolding.foundationFold(name), "\(name)")
        }
    }

    @Test("Random ASCII strings fold as Foundation folds them")
    func randomASCII() {
        let alphabet = Array("abcdhijkoqsuwxyzACDHKPQXYZ '-.0")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var name = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(NameFolding.fold(name) == NameFolding.foundationFold(name), "\(name)")
        }
    }

    @Test("Non-ASCII names keep the Foundation fold")
    func nonASCII() {
        #expect(NameFolding.asciiFold("Türkiye") == nil)
        #expect(NameFolding.fold("Türkiye") == NameFolding.foundationFold("Türkiye"))
    }
}
