@testable import ActorGraphText
import Testing

@Suite("ArticleHeader")
struct ArticleHeaderTests {
    @Test("A Title Case first line is the title and its byte range the headline")
    func titleCaseHeadline() {
        let text = "Missile Strike Kills 21 Civilians In Ganja\n\nAzerbaijan said a missile hit a residential area.\n"
        let header = ArticleHeader.read(text)
        #expect(header.title == "Missile Strike Kills 21 Civilians In Ganja")
        #expect(header.headlineRange == 0..<"Missile Strike Kills 21 Civilians In Ganja".utf8.count)
        #expect(header.date == nil)
    }

    @Test("A sentence-case first line is the title but not a headline")
    func sentenceCaseTitle() {
        let header = ArticleHeader.read("Azerbaijan accuses Armenia of shelling Ganja again\nMore text follows here.")
        #expect(header.title == "Azerbaijan accuses Armenia of shelling Ganja again")
        #expect(header.headlineRange == nil)
    }

    @Test("The headline range is a byte range, also after leading blank lines and non-ASCII")
    func headlineOffsets() {
        let text = "\n  \nTromsø Hosts Arctic Council Talks On Fisheries\nThe talks began on Monday."
        let header = ArticleHeader.read(text)
        let range = header.headlineRange ?? 0..<0
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[range], as: UTF8.self) == "Tromsø Hosts Arctic Council Talks On Fisheries")
        #expect(header.title == "Tromsø Hosts Arctic Council Talks On Fisheries")
    }

    @Test("A date directive line sets the date and is not the title")
    func dateDirective() {
        let header = ArticleHeader.read("date 2024-03-05\nPoland And Ukraine Reach Grain Deal\nThe deal was signed in Warsaw.")
        #expect(header.date == "2024-03-05")
        #expect(header.title == "Poland And Ukraine Reach Grain Deal")
        #expect(header.headlineRange == 16..<51)
    }

    @Test("A dateline sets the date and is skipped as a title")
    func dateline() {
        let header = ArticleHeader.read("Border Clashes Resume Near Tovuz\nOctober 27, 2020\nFighting resumed on Tuesday.")
        #expect(header.date == "2020-10-27")
        #expect(header.title == "Border Clashes Resume Near Tovuz")
        let first = ArticleHeader.read("October 27, 2020\nBorder Clashes Resume Near Tovuz\nText.")
        #expect(first.date == "2020-10-27")
        #expect(first.title == "Border Clashes Resume Near Tovuz")
    }

    @Test("The first date wins; dates past the header lines are ignored")
    func firstDateWins() {
        #expect(ArticleHeader.read("date 2024-03-05\ndate 2023-01-01\nText here.").date == "2024-03-05")
        let late = (1...ArticleHeader.headerLines).map { "Line number \($0) of the article." }.joined(separator: "\n")
            + "\ndate 2024-03-05\n"
        #expect(ArticleHeader.read(late).date == nil)
    }

    @Test("Windows line endings still give the title and date")
    func crlf() {
        let header = ArticleHeader.read("date 2024-03-05\r\nPoland And Ukraine Reach Grain Deal\r\nThe deal was signed.\r\n")
        #expect(header.date == "2024-03-05")
        #expect(header.title == "Poland And Ukraine Reach Grain Deal")
        #expect(header.headlineRange == 17..<53)
    }

    @Test("Title Case needs three long words, three quarters capitalized", arguments: [
        ("Missile Strike Kills 21 Civilians In Ganja", true),
        ("Talks on the Future of Nagorno-Karabakh Resume", true),
        ("Azerbaijan accuses Armenia of shelling Ganja", false),
        ("Kyiv Talks", false),
        ("Fighting resumed near the border on Tuesday", false),
    ])
    func titleCase(line: String, expected: Bool) {
        #expect(ArticleHeader.isTitleCase(Substring(line)) == expected)
    }

    @Test("Title case read on bytes agrees with the character definition")
    func titleCaseBytesAgree() {
        let words = ["Missile", "strike", "Kills", "21", "In", "of", "the", "Baku", "\t", "", "Ab", "Türkiye", "e\u{301}tat", "\u{201C}War", "x\r", "UN", "abc",
                     "\u{301}Abc", "Şahinoğlu", "çok", "Éric", "ÉÉ", "\u{0600}"]
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        var bySpans = 0
        for _ in 0..<3000 {
            let line = (0..<next(9)).map { _ in words[next(words.count)] }.joined(separator: " ")
            if ArticleHeader.isTitleCaseASCII(Substring(line)) == nil, ArticleHeader.isTitleCaseBySpans(Substring(line)) != nil { bySpans += 1 }
            let definition = ArticleHeader.isTitleCaseByCharacters(Substring(line))
            if let fast = ArticleHeader.isTitleCaseASCII(Substring(line)) { #expect(fast == definition, "\(line.debugDescription)") }
            if let spans = ArticleHeader.isTitleCaseBySpans(Substring(line)) { #expect(spans == definition, "\(line.debugDescription)") }
            #expect(ArticleHeader.isTitleCase(Substring(line)) == definition, "\(line.debugDescription)")
        }
        #expect(bySpans > 1000, "lines with non-ASCII words, read by spans")
    }

    @Test("Reading on bytes finds the title, date and headline that reading by characters finds")
    func bytesAgreeWithCharacters() {
        let lines = [
            "Missile Strike Kills 21 Civilians In Ganja", "Azerbaijan accuses Armenia of shelling Ganja again", "",
            "   ", "date 2024-03-05", "DATE: 2023-02-29", "Date 2024-03-05 Kenya Closes Border", "October 27, 2020",
            "27 October 2020", "2020-10-27", " 2020-10-28 ", "Oct 27, 2020, Baku", "Kenya accused Ethiopia of shelling the border town on Monday.",
            "\u{00A0}October 27, 2020\u{00A0}", "Tromsø Hosts Arctic Council Talks On Fisheries", "e\u{301} accented edge",
            "\u{301}October 27, 2020", "\tdate 2021-01-01\t", "The talks, which began Monday, ended.", "\r", "x\r",
            "datex 2024-03-05", "date", "Dat 2020-01-01", "May 5 2021", "5 May, 2021,", "\u{2003}", "A, B, C, D",
        ]
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        for _ in 0..<3000 {
            let count = 1 + next(20)
            let ending = next(4) == 0 ? "\r\n" : "\n"
            let text = (0..<count).map { _ in lines[next(lines.count)] }.joined(separator: ending) + (next(2) == 0 ? ending : "")
            let bytes = ArticleHeader.read(text)
            let characters = ArticleHeader.readByCharacters(text)
            #expect(bytes.title == characters.title, "\(text.debugDescription)")
            #expect(bytes.date == characters.date, "\(text.debugDescription)")
            #expect(bytes.headlineRange == characters.headlineRange, "\(text.debugDescription)")
        }
    }
}
