import ActorGraphText
import Testing

@Suite("JSONLinesReader")
struct JSONLinesReaderTests {
    let reader = JSONLinesReader()

    static let feed = """
        {"id": "dam-1", "title": "Dam talks", "date": "2025-02-18", "url": "https://example.org/dam-1", "text": "Kenya accused Ethiopia of cutting the flow."}

        {"text": "Somalia backed Kenya, the ministry said.", "date": "2025-02-19T07:30:00Z"}
        {"id": 42, "text": "Egypt urged calm.", "date": null, "title": null}
        """

    @Test("Each line is an article with its id, title, date, url and exact text")
    func goodLines() throws {
        let result = reader.read(Self.feed, source: "in/feed.jsonl", idPrefix: "feed")
        #expect(result.warnings.isEmpty)
        try #require(result.documents.count == 3)
        let first = result.documents[0]
        #expect(first.document.id == "dam-1")
        #expect(first.document.title == "Dam talks")
        #expect(first.document.date == "2025-02-18")
        #expect(first.document.url == "https://example.org/dam-1")
        #expect(first.document.source == "in/feed.jsonl")
        #expect(first.text == "Kenya accused Ethiopia of cutting the flow.")
        // No id: file name and line number (the blank line 2 still counts).
        #expect(result.documents[1].document.id == "feed-3")
        #expect(result.documents[1].document.date == "2025-02-19")
        #expect(result.documents[1].document.url == nil)
        #expect(result.documents[2].document.id == "42")
        #expect(result.documents[2].document.title == nil)
        #expect(result.documents[2].document.date == nil)
    }

    @Test("A bad line is skipped with its line number and reason; the good lines stay", arguments: [
        (#"{"text": "Broken"#, "not valid JSON"),
        (#"["text", "Kenya said."]"#, "not a JSON object"),
        (#""just a string""#, "not a JSON object"),
        (#"{"title": "No text"}"#, #"no "text" field"#),
        (#"{"text": null}"#, #"no "text" field"#),
        (#"{"text": 12}"#, #""text" is not a string"#),
        (#"{"text": "   "}"#, #""text" is empty"#),
        (#"{"text": "Kenya said.", "title": ["a"]}"#, #""title" is not a string"#),
        (#"{"text": "Kenya said.", "id": true}"#, #""id" is not a string"#),
        (#"{"text": "Kenya said.", "url": 3}"#, #""url" is not a string"#),
    ])
    func badLine(line: String, reason: String) throws {
        let feed = #"{"text": "Uganda said."}"# + "\n" + line + "\n" + #"{"text": "Chad said."}"# + "\n"
        let result = reader.read(feed, source: "feed.jsonl", idPrefix: "feed")
        #expect(result.documents.map(\.text) == ["Uganda said.", "Chad said."])
        #expect(result.documents.map(\.document.id) == ["feed-1", "feed-3"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.file == "feed.jsonl")
        #expect(warning.line == 2)
        #expect(warning.reason.hasPrefix(reason))
        #expect(warning.description.hasPrefix("feed.jsonl:2: \(reason)"))
        #expect(warning.description.hasSuffix("; line skipped"))
    }

    @Test("An unreadable date keeps the article without a date and warns")
    func badDate() throws {
        let result = reader.read(#"{"text": "Kenya said.", "date": "last Tuesday"}"#, source: "f.jsonl", idPrefix: "f")
        let document = try #require(result.documents.first)
        #expect(document.document.date == nil)
        #expect(result.warnings.map(\.description) == [#"f.jsonl:1: "date" "last Tuesday" is not a date (expected YYYY-MM-DD); article kept without a date"#])
    }

    @Test("CRLF line ends and a Title Case first line of text are handled like a .txt file")
    func crlfAndHeadline() throws {
        let feed = "{\"text\": \"Kenya Accuses Ethiopia Over Dam\\nKenya accused Ethiopia, officials said.\"}\r\n{\"text\": \"Chad said.\"}\r\n"
        let result = reader.read(feed, source: "f.jsonl", idPrefix: "f")
        #expect(result.warnings.isEmpty)
        try #require(result.documents.count == 2)
        #expect(result.documents[0].document.title == "Kenya Accuses Ethiopia Over Dam")
        #expect(result.documents[0].headlineRange == 0..<31)
        #expect(result.documents[1].document.title == nil)
    }
}
