@testable import ActorGraphText
import Foundation
import Testing

@Suite("ArticleSegmenter")
struct ArticleSegmenterTests {
    let segmenter = ArticleSegmenter()

    /// Parses `text` the way the loader does, so header metadata is set.
    func source(_ text: String, id: String = "fixture") throws -> SourceDocument {
        try DocumentLoader().parse(Data(text.utf8), id: id, source: "\(id).txt")
    }

    func sentences(_ text: String) throws -> [Sentence] {
        segmenter.sentences(in: try source(text))
    }

    /// Every sentence's offsets must cut its text out of the original.
    func expectOffsetsSliceBack(_ text: String, _ sentences: [Sentence]) {
        let bytes = Array(text.utf8)
        for s in sentences {
            #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text)
            #expect(s.tokens.first?.start == s.start)
            #expect(s.tokens.last?.end == s.end)
        }
    }

    static let article = """
        Missile Strike Kills 21 Civilians In Ganja
        date 2024-03-05
        By Jane Roe, Chief Foreign Affairs Correspondent

        Azerbaijan said on Sunday that a missile hit a residential area of Ganja. Gen. Rauf Aliyev, a fictional \
        commander, blamed Armenia\u{2019}s forces.
        Photo: Rescuers search the rubble in Ganja. Anna Petrova/AFP via Getty Images
        RELATED: Turkey pledges support to Baku
        https://example.org/world/ganja-strike
        \u{201C}We will respond,\u{201D} the ministry in Baku said. Officials in Tromsø called for restraint.
        Your support makes all the difference.Fighting broke out near Shusha on Monday, the ministry said.
        Subscribe to our newsletter.

        """

    @Test("Offsets slice the original text back to each sentence")
    func offsets() throws {
        let result = try sentences(Self.article)
        #expect(result.count == 5)
        expectOffsetsSliceBack(Self.article, result)
        #expect(result.map(\.index) == Array(0..<result.count))
    }

    @Test("Prose sentences come out in order; furniture lines give none")
    func prose() throws {
        let texts = try sentences(Self.article).map(\.text)
        #expect(texts == [
            "Azerbaijan said on Sunday that a missile hit a residential area of Ganja.",
            "Gen. Rauf Aliyev, a fictional commander, blamed Armenia\u{2019}s forces.",
            "\u{201C}We will respond,\u{201D} the ministry in Baku said.",
            "Officials in Tromsø called for restraint.",
            "Fighting broke out near Shusha on Monday, the ministry said.",
        ])
        for furniture in ["Jane Roe", "Rescuers", "RELATED", "Turkey pledges", "example.org", "Subscribe", "2024-03-05"] {
            #expect(!texts.contains { $0.contains(furniture) }, "\(furniture) leaked into a sentence")
        }
    }

    @Test("Content glued after an appeal survives; the appeal does not")
    func gluedAppeal() throws {
        let text = "Your support makes all the difference.Fighting broke out near Shusha on Monday, the ministry said.\n"
        let result = try sentences(text)
        #expect(result.map(\.text) == ["Fighting broke out near Shusha on Monday, the ministry said."])
        #expect(result.first?.start == "Your support makes all the difference.".utf8.count)
        expectOffsetsSliceBack(text, result)
    }

    @Test("A paragraph that is mostly appeal is dropped whole")
    func donationBox() throws {
        let text = """
            Armenia and Azerbaijan agreed to a humanitarian truce on Saturday, officials said.

            Independent reporting costs money. Your support keeps us going. Donate today and help us report.
            """
        let texts = try sentences(text).map(\.text)
        #expect(texts == ["Armenia and Azerbaijan agreed to a humanitarian truce on Saturday, officials said."])
    }

    @Test("A Title Case headline is the title, not a sentence")
    func headline() throws {
        let doc = try source(Self.article)
        #expect(doc.document.title == "Missile Strike Kills 21 Civilians In Ganja")
        let result = segmenter.sentences(in: doc)
        #expect(!result.contains { $0.text.contains("Missile Strike") })
        #expect(result.first?.text.hasPrefix("Azerbaijan said") == true)
    }

    @Test("A sentence-case first line is the title and still a sentence")
    func sentenceCaseTitleKept() throws {
        let text = "Georgia's parliament passed the bill on Tuesday.\nProtesters gathered outside in Tbilisi.\n"
        let doc = try source(text)
        #expect(doc.document.title == "Georgia's parliament passed the bill on Tuesday.")
        #expect(doc.headlineRange == nil)
        #expect(segmenter.sentences(in: doc).map(\.text) == [
            "Georgia's parliament passed the bill on Tuesday.", "Protesters gathered outside in Tbilisi.",
        ])
    }

    @Test("The date line sets the document date and gives no sentence")
    func dateLine() throws {
        let doc = try source(Self.article)
        #expect(doc.document.date == "2024-03-05")
        let inline = "date 2024-03-05 Poland and Ukraine signed a grain deal in Warsaw, officials said.\n"
        let inlineDoc = try source(inline)
        #expect(inlineDoc.document.date == "2024-03-05")
        let result = segmenter.sentences(in: inlineDoc)
        #expect(result.map(\.text) == ["Poland and Ukraine signed a grain deal in Warsaw, officials said."])
        expectOffsetsSliceBack(inline, result)
    }

    @Test("A dateline sets the date and gives no sentence")
    func dateline() throws {
        let text = "October 27, 2020\nFighting resumed along the line of contact, the ministry said.\n"
        let doc = try source(text)
        #expect(doc.document.date == "2020-10-27")
        #expect(segmenter.sentences(in: doc).map(\.text) == ["Fighting resumed along the line of contact, the ministry said."])
    }

    @Test("Inline RELATED spans and bold credits are not tokens of the sentence")
    func inlineFurniture() throws {
        let text = """
            **Anna Petrova / Reuters** Crowds gathered in Tbilisi on Friday. Police watched. \
            (RELATED: Georgia recalls its ambassador) Talks continued in Brussels.
            """
        let result = try sentences(text)
        #expect(result.map(\.text) == [
            "Crowds gathered in Tbilisi on Friday.", "Police watched.", "Talks continued in Brussels.",
        ])
        let words = result.flatMap(\.tokens).map(\.text)
        #expect(!words.contains("Reuters") && !words.contains("RELATED") && !words.contains("ambassador"))
        expectOffsetsSliceBack(text, result)
    }

    @Test("Windows line endings keep offsets exact")
    func crlf() throws {
        let text = "Kyiv Hosts Regional Security Summit\r\nLeaders from Poland and Moldova arrived on Monday.\r\nBy Lena Vogt\r\n"
        let doc = try source(text)
        let result = segmenter.sentences(in: doc)
        #expect(result.map(\.text) == ["Leaders from Poland and Moldova arrived on Monday."])
        expectOffsetsSliceBack(text, result)
    }

    @Test("A document of only furniture gives no sentences")
    func onlyFurniture() throws {
        #expect(try sentences("By Jane Roe\nPhoto: AP\nhttps://example.org\nSubscribe now\n").isEmpty)
    }

    @Test("Lines trimmed on bytes are the lines trimmingWhitespace gives")
    func byteTrimAgrees() {
        let pieces = [" ", "\t", "\r", "\u{0B}", "\u{0C}", "a", "B.", "\u{301}", "\u{00A0}", "\u{2003}", "\u{0600}", "é", "\u{201C}", "x y", ""]
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<next(8) { line += pieces[next(pieces.count)] }
            let bytes = Array(("z\n" + line + "\nz").utf8)
            let range = 2..<(bytes.count - 2)
            guard let trimmed = ArticleSegmenter.trimmedASCII(bytes, range) else { continue }
            #expect(String(decoding: bytes[trimmed], as: UTF8.self) == line.trimmingWhitespace(), "\(line.debugDescription)")
            #expect(Array(bytes[trimmed]) == Array(line.trimmingWhitespace().utf8), "\(line.debugDescription)")
        }
    }
}
