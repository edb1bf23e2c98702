import Testing

@testable import ActorGraphText

@Suite("FurnitureFilter")
struct FurnitureFilterTests {
    let filter = FurnitureFilter()

    func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokens(in: bytes, range: 0..<bytes.count)
    }

    // MARK: - Whole lines

    @Test("The byte prefilter passes every appeal pronoun and rules out common words")
    func appealPronounPrefilter() {
        for pronoun in FurnitureFilter.appealPronouns {
            #expect(FurnitureFilter.mayBeAppealPronoun(pronoun), "\(pronoun)")
        }
        for word in ["of", "on", "or", "was", "with", "would", "up", "under", "Ukraine", "Yerevan", "WE", "yourselves", "", "y"] {
            #expect(!FurnitureFilter.mayBeAppealPronoun(word), "\(word)")
        }
        // What passes is decided by the set; the prefilter only skips hashing.
        #expect(FurnitureFilter.mayBeAppealPronoun("out") && !FurnitureFilter.appealPronouns.contains("out"))
    }

    @Test("Bylines, credits, links, RELATED lines and appeals are furniture", arguments: [
        "By Jane Roe",
        "By Lena Vogt and Tural Babayev, Reuters",
        "Jane Roe, Chief Foreign Affairs Correspondent",
        "Photo: Soldiers near the line of contact in a village outside Martuni",
        "(Photo by Anna Petrova/AFP via Getty Images)",
        "Armenian soldiers walk past a destroyed house in Stepanakert. Anna Petrova/AFP",
        "RELATED: Turkey denies sending fighters to the Caucasus",
        "Related Articles",
        "Read more: Georgia's parliament votes on new foreign agents law",
        "https://example.org/world/2020/10/27/ganja-strike",
        "www.example.org/subscribe",
        "<https://example.org/a>",
        "[Kyiv talks stall](https://example.org/kyiv)",
        "Subscribe to our newsletter for daily updates from the region.",
        "Sign up for our free morning briefing.",
        "\u{00A9} 2020 Caucasus Daily. All rights reserved.",
        "Copyright 2024 Northern Ledger",
        "Reporting by Lena Vogt; Editing by Tural Babayev",
        "Advertisement",
        "World News",
        "Comments",
    ])
    func furnitureLines(line: String) {
        #expect(filter.isFurnitureLine(line))
    }

    @Test("Prose lines are not furniture", arguments: [
        "Azerbaijani forces shelled the town of Martuni on Tuesday, local officials said.",
        "Armenia accused Turkey of sending mercenaries.",
        "By nightfall, the fighting had spread to three more villages near the Iranian border.",
        "\u{201C}We will defend every village,\u{201D} the minister told reporters.",
        "Fighting resumed.",
        "Photographers were kept away from the front, the agency said.",
        "The correspondent, who asked not to be named, said the road via AP Street was closed.",
    ])
    func proseLines(line: String) {
        #expect(!filter.isFurnitureLine(line))
    }

    @Test("Long lines are judged as the character-level definition judges them")
    func longLinesAgree() {
        let openings = [
            "", "(", "By ", "Photo: ", "(Photo by ", "RELATED: ", "https://x.org ", "<https://x.org> ", "[Talks](https://x.org) ",
            "www.x.org ", "\u{00A9} 2020 ", "İmage: ", "Read more: ", "\u{201C}We ", "Copyright ", "Sign up ",
            "NAIROBI \u{2014} ", "Photo by Ana Lee \u{2014} ", "Related\u{301}: ", "(Reporting by Ana\u{301} ", "ADDITIONAL REPORTING x",
        ]
        let words = ["the", "minister", "said", "Baku", "Türkiye", "\u{2014}", "via", "AP", "said,", "Getty", "Images", "e\u{301}", "\u{200D}x"]
        let endings = ["", ".", ")", "\u{201D}", " reporter"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        for _ in 0..<400 {
            var line = openings[next(openings.count)]
            for k in 0..<(5 + next(30)) { line += (k > 0 ? " " : "") + words[next(words.count)] }
            line += endings[next(endings.count)]
            #expect(filter.isFurnitureLine(line) == filter.isFurnitureLineByCharacters(line), "\(line)")
        }
    }

    @Test("The byte paths for short lines and line openings agree with the character definition")
    func bytePathsAgree() {
        let openings = [
            "", "(", "By ", "by\u{301} ", "Photo: ", "Photo:\u{2019}", "PHOTO\u{301}: ", "Related\u{2019}", "Read more\u{301} ",
            "RELATED: ", "https://x.org ", "<https://x.org> ", "[Talks](https://x.org) ", "www.x.org ", "\u{00A9} 2020 ",
            "(c) ", "(c\u{301}) ", "\u{201C}We ", "Copyright\u{2014}", "Sign up\r\n", "NAIROBI \u{2014} ", "(\u{301}Photo ",
            "\r\nPhoto: ", "Source URL\u{00A0}", "İmage: ", "(Reporting by Ana\u{301} ", "\u{2018}Read more: ", "\u{2000}Photo: ",
            "\u{2014}\u{301}Copyright ", "\u{201D}",
        ]
        let words = [
            "the", "minister", "said", "Baku", "Türkiye", "\u{2014}", "via", "AP", "said,", "Getty", "Images", "e\u{301}", "\u{200D}x",
            "Reporter", "STAFF", "desk\u{301}", "/AFP", "\r", "", "x](y", "Correspondent",
        ]
        let endings = ["", ".", ")", "\u{201D}", " reporter", "'", "\"", "?\u{301}", "\r"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        for round in 0..<2000 {
            var line = openings[next(openings.count)]
            // Short lines most rounds, long ones (the opening path) the rest.
            let count = round % 4 == 0 ? 21 + next(10) : next(12)
            for k in 0..<count { line += (k > 0 ? " " : "") + words[next(words.count)] }
            line += endings[next(endings.count)]
            let definition = filter.isFurnitureLineByCharacters(line)
            if let fast = filter.isFurnitureLineASCII(line) { #expect(fast == definition, "short: \(line.debugDescription)") }
            if let words = FurnitureFilter.simpleWordCount(line), words > 20 {
                #expect(filter.opensAsFurniture(line) == definition, "long: \(line.debugDescription)")
            }
            #expect(filter.isFurnitureLine(line) == definition, "\(line.debugDescription)")
        }
    }

    @Test("A word count stopped at its limit counts only a simple prefix; what follows cannot lower it")
    func wordCountLimit() {
        let twenty = (1...20).map { "w\($0)" }.joined(separator: " ")
        // Past word 21, a combining mark after a space joins the space to it:
        // the character split counts one word fewer there, never below 21.
        for tail in [" x", " \u{301}x y", " x \u{200D} y", " x \u{301}", "\u{301} y", " \u{301}x"] {
            let line = twenty + tail
            let full = FurnitureFilter.simpleWordCount(line)
            let limited = FurnitureFilter.simpleWordCount(line, limit: 21)
            let split = line.split(separator: " ").count
            if let full { #expect(full == split, "\(line.debugDescription)") }
            if let limited {
                #expect(limited == min(21, split), "\(line.debugDescription)")
                #expect(limited < 21 || split >= 21, "\(line.debugDescription)")
            }
            #expect(filter.isFurnitureLine(line) == filter.isFurnitureLineByCharacters(line), "\(line.debugDescription)")
        }
        // The 21st word's first character is read before the count stops:
        // a mark there joins the space before it, and the prefix is not simple.
        #expect(FurnitureFilter.simpleWordCount(twenty + " \u{301}x", limit: 21) == nil)
        #expect(FurnitureFilter.simpleWordCount(twenty + " x \u{301}y", limit: 21) == 21)
        #expect(FurnitureFilter.simpleWordCount(twenty + " x \u{301}y") == nil)
    }

    @Test("Quotation marks read on bytes are the marks String equality finds")
    func quoteMarksAgree() {
        let candidates = ["\"", "\u{201C}", "\u{201D}", "\u{2019}", "'", "\"\u{301}", "\u{201C}\u{301}", "\u{201D}\"", "", "“", "”", "a"]
        for text in candidates {
            let expected: FurnitureFilter.QuoteMark? =
                text == "\u{201C}" ? .opening : text == "\u{201D}" ? .closing : text == "\"" ? .straight : nil
            #expect(FurnitureFilter.quoteMark(text) == expected, "\(text.debugDescription)")
        }
    }

    // MARK: - Inline spans

    @Test("An inline (RELATED: ...) span is found with exact byte offsets")
    func inlineRelated() {
        let text = "Fighting resumed near Tovuz (RELATED: Georgia closes its border) on Sunday."
        let bytes = Array(text.utf8)
        let spans = filter.inlineFurniture(in: bytes, line: 0..<bytes.count)
        #expect(spans.map { String(decoding: bytes[$0], as: UTF8.self) } == ["(RELATED: Georgia closes its border)"])
    }

    @Test("A markdown bold credit is an inline span")
    func inlineBoldCredit() {
        let text = "**Anna Petrova / Reuters** Crowds gathered in Tbilisi on Friday."
        let bytes = Array(text.utf8)
        let spans = filter.inlineFurniture(in: bytes, line: 0..<bytes.count)
        #expect(spans.map { String(decoding: bytes[$0], as: UTF8.self) } == ["**Anna Petrova / Reuters**"])
    }

    @Test("Ordinary parentheses and long bold prose are not furniture")
    func inlineProse() {
        let text = "The Organization for Security and Co-operation in Europe (OSCE) met (in Vienna) on Monday."
        let bytes = Array(text.utf8)
        #expect(filter.inlineFurniture(in: bytes, line: 0..<bytes.count).isEmpty)
        let bold = "**The ministry said that the shelling of residential areas continued throughout the night** in Ganja."
        let boldBytes = Array(bold.utf8)
        #expect(filter.inlineFurniture(in: boldBytes, line: 0..<boldBytes.count).isEmpty)
    }

    @Test("Spans are relative to the whole buffer when the line is a sub-range")
    func inlineOffsetsAbsolute() {
        let text = "First line.\nKyiv replied (Photo: AP) quickly."
        let bytes = Array(text.utf8)
        let lineStart = 12
        let spans = filter.inlineFurniture(in: bytes, line: lineStart..<bytes.count)
        #expect(spans.count == 1)
        #expect(spans.first?.lowerBound == lineStart + "Kyiv replied ".utf8.count)
        #expect(spans.first.map { String(decoding: bytes[$0], as: UTF8.self) } == "(Photo: AP)")
    }

    // MARK: - Appeals

    @Test("Appeals to the reader are detected", arguments: [
        "Your support makes all the difference.",
        "Subscribe today.",
        "Donate now to keep independent journalism alive.",
        "Help us keep reporting from the front line.",
        "We rely on readers like you.",
        "Join our community of readers.",
    ])
    func appeals(sentence: String) {
        #expect(filter.isAppeal(tokens(sentence)[...]))
    }

    @Test("Reporting is not an appeal, even with pronouns inside quotes", arguments: [
        "\u{201C}We will defend our land,\u{201D} the minister said.",
        "\"Our patience is over,\" the spokesman told reporters in Ankara.",
        "Support for the ceasefire grew in Baku.",
        "Armenia's prime minister flew to Moscow.",
        "Help arrived in Ganja on Monday.",
    ])
    func notAppeals(sentence: String) {
        #expect(!filter.isAppeal(tokens(sentence)[...]))
    }

    @Test("A sentence with no words is not an appeal")
    func emptyAppeal() {
        #expect(!filter.isAppeal(tokens("... !")[...]))
        #expect(!filter.isAppeal([]))
    }
}
