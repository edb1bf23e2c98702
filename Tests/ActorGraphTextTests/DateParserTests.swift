@testable import ActorGraphText
import Testing

@Suite("DateParser")
struct DateParserTests {
    @Test("ISO dates pass through when valid")
    func iso() {
        #expect(DateParser.isoDate("2024-03-05") == "2024-03-05")
        #expect(DateParser.isoDate("2020-10-27") == "2020-10-27")
        #expect(DateParser.isoDate("2024-02-29") == "2024-02-29")
        #expect(DateParser.isoDate("2000-02-29") == "2000-02-29")
        #expect(DateParser.isoDate("2024-12-31") == "2024-12-31")
    }

    @Test("Malformed or impossible ISO dates are rejected", arguments: [
        "2024-13-01", "2024-00-10", "2024-03-32", "2024-03-00", "24-03-05", "2024-3-5", "2024/03/05",
        "20240305", "2024-03-05-01", "abcd-ef-gh", "", "0999-01-01",
        "2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-11-31",
    ])
    func isoRejects(text: String) {
        #expect(DateParser.isoDate(text) == nil)
    }

    @Test("Datelines in month-first and day-first order", arguments: [
        ("October 27, 2020", "2020-10-27"),
        ("27 October 2020", "2020-10-27"),
        ("Oct 27, 2020", "2020-10-27"),
        ("march 5, 2024", "2024-03-05"),
        ("5 Sept 2023", "2023-09-05"),
        ("2024-03-05", "2024-03-05"),
    ])
    func datelines(line: String, iso: String) {
        #expect(DateParser.isoDate(fromDateline: line) == iso)
    }

    @Test("Lines that are more or less than a date are not datelines", arguments: [
        "October 2020", "Fighting resumed on October 27, 2020.", "Smarch 27, 2020", "October 32, 2020",
        "February 30, 2021", "31 June 2022",
        "May the talks succeed", "",
    ])
    func notDatelines(line: String) {
        #expect(DateParser.isoDate(fromDateline: line) == nil)
    }

    @Test("A leading date directive is read and removed from the line")
    func directive() {
        var line: Substring = "date 2024-03-05 Kyiv and Warsaw sign grain deal"
        #expect(DateParser.leadingDateDirective(in: &line) == "2024-03-05")
        #expect(line == "Kyiv and Warsaw sign grain deal")

        var bare: Substring = "Date: 2020-10-27"
        #expect(DateParser.leadingDateDirective(in: &bare) == "2020-10-27")
        #expect(bare.isEmpty)
    }

    @Test("Lines without a valid directive are left alone")
    func noDirective() {
        for text in ["dated 2024-03-05 memo", "date 2024-13-05 rest", "date", "Kyiv, 2024-03-05"] {
            var line = Substring(text)
            #expect(DateParser.leadingDateDirective(in: &line) == nil)
            #expect(line == Substring(text))
        }
    }
}

@Suite("DateParser timestamps")
struct DateParserTimestampTests {
    @Test("Timestamps keep their calendar date as written", arguments: [
        ("2020-10-28", "2020-10-28"), ("2020-10-28T09:15:00Z", "2020-10-28"), ("2020-10-28T23:59:00-05:00", "2020-10-28"),
        (" 2020-10-28 09:15 ", "2020-10-28"), ("October 28, 2020", "2020-10-28"),
    ])
    func timestamps(value: String, expected: String) {
        #expect(DateParser.isoDate(fromTimestamp: value) == expected)
    }

    @Test("Other strings are not dates", arguments: ["2020-10-28X", "2020-13-01T00:00", "20201028", "", "yesterday", "2023-02-29"])
    func notTimestamps(value: String) {
        #expect(DateParser.isoDate(fromTimestamp: value) == nil)
    }

    @Test("The byte test for a fourth word turns down only lines the character split turns down")
    func fourthWordOnBytesAgrees() {
        let pieces = ["October", "27", "2020", "27,", ",", " ", "  ", "Sept", "2021", "+27", "0000000027", "a", "said",
                      "\u{301}", "e\u{301}", " \u{301}", "\u{A0}", "\u{2009}", "—", "Ñ", "\r", "\t", ",,", "Şahin", "\u{0600}", "ok,é"]
        var state: UInt64 = 3
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<5000 {
            var line = ""
            for _ in 0..<next(9) { line += pieces[next(pieces.count)] + (next(3) == 0 ? "" : " ") }
            #expect(DateParser.isoDate(fromDateline: line) == DateParser.isoDateBySplitting(dateline: line), "\(line.debugDescription)")
            if DateParser.startsFourthWordOnBytes(line) == true {
                #expect(DateParser.isoDateBySplitting(dateline: line) == nil, "\(line.debugDescription)")
            }
        }
        #expect(DateParser.isoDate(fromDateline: "October 27, 2020") == "2020-10-27")
        #expect(DateParser.startsFourthWordOnBytes("Kenya accused Ethiopia of") == true)
        #expect(DateParser.startsFourthWordOnBytes("27 Octobre 2020") == false)
        #expect(DateParser.startsFourthWordOnBytes("Şahinoğlu said the talks ended") == true)
        #expect(DateParser.startsFourthWordOnBytes("\u{0600} 27 Oct 2020") == nil)
        #expect(DateParser.startsFourthWordOnBytes("27 Oct\u{301} 2020 x") == nil)
    }
}
