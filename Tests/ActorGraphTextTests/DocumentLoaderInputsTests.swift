import ActorGraphText
import Foundation
import Testing

/// The loader on the formats beyond plain text: HTML, JSON Lines, standard
/// input, and folders mixing them.
@Suite("DocumentLoader inputs")
struct DocumentLoaderInputsTests {
    let loader = DocumentLoader()

    static let page = """
        <html><head><title>Border Reopens</title><meta name="date" content="2024-05-02"></head>
        <body><nav>Home | World</nav><article><p>Chad reopened the border with Sudan, officials said.</p></article>
        <footer>Contact us</footer></body></html>
        """

    @Test("An .html file loads its visible text, title and date; its offsets are into that text")
    func html() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("border.HTML", Self.page)
        let doc = try loader.load(file: path)
        #expect(doc.document.id == "border")
        #expect(doc.document.title == "Border Reopens")
        #expect(doc.document.date == "2024-05-02")
        #expect(doc.document.source == path)
        #expect(doc.text == "Chad reopened the border with Sudan, officials said.")
        let htm = try folder.write("b.htm", Self.page)
        #expect(try loader.load([htm]).first?.text == doc.text)
    }

    @Test("A page with no visible text, or not UTF-8, is an error naming it")
    func badHTML() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")
        #expect(throws: LoadError.noVisibleText(empty)) { try loader.load([empty]) }
        let latin1 = try folder.write("latin1.html", bytes: Array("<p>Bogot".utf8) + [0xE1] + Array("</p>".utf8))
        #expect(throws: LoadError.invalidUTF8(latin1, byteOffset: 8)) { try loader.load([latin1]) }
    }

    @Test("A .jsonl file loads every good line and reports the bad ones")
    func jsonLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", """
            {"id": "a", "text": "Kenya said.", "url": "https://example.org/a"}
            not json at all
            {"text": "Chad said.", "date": "2024-05-03T10:00:00+01:00"}
            """)
        let result = try loader.loadWithWarnings([path])
        #expect(result.documents.map(\.document.id) == ["a", "feed-3"])
        #expect(result.documents.map(\.document.date) == [nil, "2024-05-03"])
        #expect(result.documents[0].document.url == "https://example.org/a")
        #expect(result.warnings.map(\.line) == [2])
        #expect(result.warnings.first?.file == path)
        #expect(try loader.load([path]).count == 2)
    }

    @Test("A .jsonl file with no good line is an error with the first problem")
    func jsonLinesAllBad() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.jsonl", "\n{\"title\": \"x\"}\n[1]\n")
        do {
            _ = try loader.loadWithWarnings([path])
            Issue.record("expected LoadError.noUsableLines")
        } catch let LoadError.noUsableLines(file, skipped, first) {
            #expect(file == path)
            #expect(skipped == 2)
            #expect(first == #"line 2: no "text" field; line skipped"#)
        }
        let blank = try folder.write("blank.jsonl", "\n \n")
        #expect(throws: LoadError.empty(blank)) { try loader.load([blank]) }
    }

    @Test("A .jsonl file is not a single article")
    func jsonLinesIsNotOneFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", #"{"text": "Kenya said."}"#)
        #expect(throws: LoadError.unsupportedType(path)) { try loader.load(file: path) }
    }

    @Test("Folders pick up .txt, .text, .html, .htm and .jsonl recursively, in sorted order")
    func mixedFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("c-page.html", Self.page)
        try folder.write("a-note.txt", "Mali said talks would resume.")
        try folder.write("sub/b-feed.jsonl", #"{"id": "x1", "text": "Niger agreed."}"# + "\n" + #"{"text": "Benin agreed."}"#)
        try folder.write("sub/d-old.htm", "<p>Togo agreed.</p>")
        try folder.write("sub/e.text", "Ghana agreed.")
        try folder.write("notes.md", "# not an article")
        try folder.write("data.json", #"{"text": "not read"}"#)
        try folder.write("README", "not read either")
        let docs = try loader.load([folder.path])
        #expect(docs.map(\.document.id) == ["a-note", "c-page", "x1", "b-feed-2", "d-old", "e"])
        #expect(docs.map(\.text) == ["Mali said talks would resume.", "Chad reopened the border with Sudan, officials said.",
                                     "Niger agreed.", "Benin agreed.", "Togo agreed.", "Ghana agreed."])
    }

    @Test("Other file types named explicitly are refused")
    func unsupported() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("data.json", #"{"text": "Kenya said."}"#)
        #expect(throws: LoadError.unsupportedType(json)) { try loader.load([json]) }
    }

    @Test("- reads standard input as one plain-text article with the id stdin")
    func standardInput() throws {
        let text = "Border Talks Resume In Ndjamena\ndate 2024-05-04\nChad and Sudan resumed talks."
        let loader = DocumentLoader(standardInput: { Data(text.utf8) })
        let folder = try TemporaryFolder()
        let file = try folder.write("z.txt", "Mali said.")
        let docs = try loader.load(["-", file])
        #expect(docs.map(\.document.id) == ["stdin", "z"])
        #expect(docs[0].document.source == "-")
        #expect(docs[0].document.title == "Border Talks Resume In Ndjamena")
        #expect(docs[0].document.date == "2024-05-04")
        #expect(docs[0].text == text)
    }

    @Test("Empty or unreadable standard input is a clear error")
    func emptyStandardInput() throws {
        #expect(throws: LoadError.empty("-")) { try DocumentLoader(standardInput: { Data() }).load(["-"]) }
        #expect(throws: LoadError.empty("-")) { try DocumentLoader(standardInput: { Data(" \n".utf8) }).load(["-"]) }
        #expect(LoadError.empty("-").description.contains("standard input is empty"))
        struct Closed: Error {}
        #expect(throws: LoadError.self) { try DocumentLoader(standardInput: { throw Closed() }).load(["-"]) }
    }

    @Test("Repeated document ids get the first free suffix, in input order, with a warning")
    func duplicateIDs() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("feed.jsonl", """
            {"id": "a", "text": "Kenya said."}
            {"id": "a", "text": "Chad said."}
            {"id": "a-2", "text": "Mali said."}
            {"id": "a", "text": "Togo said."}
            """)
        let text = try folder.write("other/a.txt", "Niger said.")
        let result = try loader.loadWithWarnings([feed, text])
        // "a-2" is taken by line 3, so the renamed ones skip it.
        #expect(result.documents.map(\.document.id) == ["a", "a-3", "a-2", "a-4", "a-5"])
        #expect(result.documents.map(\.text) == ["Kenya said.", "Chad said.", "Mali said.", "Togo said.", "Niger said."])
        #expect(result.warnings.map(\.line) == [2, 4, nil])
        #expect(result.warnings[0].description == "\(feed):2: document id \"a\" is already used by \(feed):1; renamed \"a-3\"")
        #expect(result.warnings[2].file == text)
    }
}
