@testable import ActorGraphText
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return tokenizer.tokens(in: bytes, range: 0..<bytes.count)
    }

    func texts(_ text: String) -> [String] { tokens(text).map(\.text) }

    /// The bytes a token claims, decoded.
    func slice(_ text: String, _ t: Token) -> String {
        String(decoding: Array(text.utf8)[t.start..<t.end], as: UTF8.self)
    }

    @Test("All capitals read on bytes agree with the Unicode properties",
          arguments: ["OSCE", "U.S.", "Baku", "A", "UN's", "NATO-led", "ÉTAT", "Éta", "ПВО", "X1", "LNA", "", "12", "AB", "Ab", "A-B"])
    func allCaps(text: String) {
        let token = Token(text: text, start: 0, end: text.utf8.count, kind: .word, isCapitalized: true)
        #expect(token.isAllCaps == Token.isAllCapsByScalars(text), "\(text)")
    }

    // MARK: - Offsets

    @Test("Offsets slice the original bytes back to the token text", arguments: [
        "Azerbaijan accused Armenia of shelling Ganja on Sunday.",
        "Officials in Tromsø said the Arctic Council would meet in 2025.",
        "\u{201C}We will not retreat,\u{201D} said Gen. Ṣeyda Karaca\u{2014}a fictional commander\u{2014}in Diyarbakır.",
        "Crowds in São Paulo\u{00A0}and Kraków marched\u{2026} again!",
        "日本 and Україна signed the accord.",
    ])
    func offsetsSliceBack(text: String) {
        let toks = tokens(text)
        #expect(!toks.isEmpty)
        var previousEnd = 0
        for t in toks {
            #expect(slice(text, t) == t.text)
            #expect(t.start >= previousEnd && t.start < t.end)
            previousEnd = t.end
        }
        // Nothing but whitespace lies between tokens.
        let bytes = Array(text.utf8)
        var covered = [Bool](repeating: false, count: bytes.count)
        for t in toks { for i in t.start..<t.end { covered[i] = true } }
        let gaps = String(decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
        #expect(gaps.allSatisfy { $0.isWhitespace })
    }

    @Test("Non-ASCII letters stay inside words")
    func nonASCIIWords() {
        let toks = tokens("Officials in Tromsø and Diyarbakır agreed.")
        #expect(toks.map(\.text) == ["Officials", "in", "Tromsø", "and", "Diyarbakır", "agreed", "."])
        let tromso = toks[2]
        #expect(tromso.kind == .word)
        #expect(tromso.end - tromso.start == 7) // ø is two bytes
        #expect(tokens("Émile Durand").first?.isCapitalized == true)
        #expect(tokens("über alles").first?.isCapitalized == false)
    }

    @Test("Offsets are positions in the whole buffer when a sub-range is tokenized")
    func subRange() {
        let text = "Kyiv said. Minsk denied it."
        let bytes = Array(text.utf8)
        let toks = tokenizer.tokens(in: bytes, range: 11..<bytes.count)
        #expect(toks.map(\.text) == ["Minsk", "denied", "it", "."])
        #expect(toks.first?.start == 11)
        #expect(toks.last?.end == bytes.count)
    }

    // MARK: - Possessives and apostrophes

    @Test("A possessive 's splits from its word")
    func possessive() {
        let toks = tokens("Armenia's defence ministry")
        #expect(toks.map(\.text) == ["Armenia", "'s", "defence", "ministry"])
        #expect(toks[1].isPossessive)
        #expect(toks[1].start == 7 && toks[1].end == 9)
    }

    @Test("A curly possessive reads as 's but keeps the bytes it covers")
    func curlyPossessive() {
        let text = "Georgia\u{2019}s president spoke."
        let toks = tokens(text)
        #expect(toks.map(\.text) == ["Georgia", "'s", "president", "spoke", "."])
        #expect(slice(text, toks[1]) == "\u{2019}s")
        #expect(toks[1].end - toks[1].start == 4)
        #expect(slice(text, toks[2]) == "president")
    }

    @Test("Apostrophes inside names join the word")
    func innerApostrophe() {
        #expect(texts("Sean O'Brien arrived") == ["Sean", "O'Brien", "arrived"])
        #expect(texts("Sean O\u{2019}Brien arrived") == ["Sean", "O\u{2019}Brien", "arrived"])
        #expect(texts("the soldiers' families") == ["the", "soldiers", "'", "families"])
    }

    @Test("A word starting with s after an apostrophe is not a possessive")
    func notPossessive() {
        #expect(texts("Ma'said visited") == ["Ma'said", "visited"])
        #expect(texts("'sanctions' were threatened").first == "'")
    }

    // MARK: - Acronyms, hyphens, numbers, quotes

    @Test("Dotted acronyms are one capitalized word")
    func dottedAcronyms() {
        let toks = tokens("U.S. and U.K. envoys met U.N. staff")
        #expect(toks.map(\.text) == ["U.S.", "and", "U.K.", "envoys", "met", "U.N.", "staff"])
        #expect(toks[0].kind == .word && toks[0].isCapitalized && toks[0].isAllCaps)
        #expect(texts("the U.S.A. delegation")[1] == "U.S.A.")
        // A single initial is not an acronym.
        #expect(texts("John F. Kennedy") == ["John", "F", ".", "Kennedy"])
    }

    @Test("Inner hyphens join a word; loose hyphens and dashes do not")
    func hyphens() {
        #expect(texts("Nagorno-Karabakh cease-fire") == ["Nagorno-Karabakh", "cease-fire"])
        #expect(texts("pro- and anti-war") == ["pro", "-", "and", "anti-war"])
        #expect(texts("Baku - Yerevan") == ["Baku", "-", "Yerevan"])
        #expect(texts("Baku\u{2013}Yerevan talks") == ["Baku", "\u{2013}", "Yerevan", "talks"])
    }

    @Test("Numbers keep separators, dates and ordinal suffixes")
    func numbers() {
        let toks = tokens("On 2020-10-27, 1,200 people fled; 3.5 km away on the 21st.")
        #expect(toks.filter { $0.kind == .number }.map(\.text) == ["2020-10-27", "1,200", "3.5", "21st"])
        #expect(texts("in 2020.") == ["in", "2020", "."])
    }

    @Test("Typographic quotes are punctuation tokens of three bytes")
    func typographicQuotes() {
        let text = "\u{201C}Peace now,\u{201D} she said of \u{2018}the deal\u{2019}."
        let toks = tokens(text)
        #expect(toks.map(\.text) == ["\u{201C}", "Peace", "now", ",", "\u{201D}", "she", "said", "of",
                                     "\u{2018}", "the", "deal", "\u{2019}", "."])
        #expect(toks[0].kind == .punctuation && toks[0].end - toks[0].start == 3)
        #expect(!toks[0].isCapitalized)
    }

    @Test("No-break spaces and control whitespace separate tokens")
    func whitespace() {
        #expect(texts("Tbilisi\u{00A0}Georgia\t\r\nAnkara") == ["Tbilisi", "Georgia", "Ankara"])
        #expect(tokens("").isEmpty)
        #expect(tokens(" \n\t\u{00A0}").isEmpty)
    }

    @Test("Capitalization and all-caps flags")
    func flags() {
        let toks = tokens("OSCE monitors in Baku")
        #expect(toks[0].isAllCaps && toks[0].isCapitalized)
        #expect(!toks[1].isCapitalized && !toks[1].isAllCaps)
        #expect(toks[3].isCapitalized && !toks[3].isAllCaps)
    }
}
