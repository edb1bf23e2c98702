import ActorGraphModel
import Foundation
import Testing

/// `actorgraph` on every input form a user brings: HTML pages, JSON Lines
/// feeds, folders mixing them, and standard input.
@Suite("actorgraph input formats")
struct InputFormatTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// A fixture of this suite, in the `Fixtures` resource folder.
    static func fixture(_ name: String) throws -> String {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw ActorGraphRunner.Failure(description: "the Fixtures resource folder is missing from the test bundle")
        }
        return folder.appendingPathComponent(name).path
    }

    /// Runs `extract … --format json` and decodes the graph; the run must succeed.
    func extract(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> (KnowledgeGraph, ActorGraphRunner.Run) {
        let run = try runner.run(["extract"] + arguments + ["--format", "json"])
        try #require(run.exitedNormally && run.status == 0, "extract failed: \(run.stderrText)", sourceLocation: sourceLocation)
        return (try KnowledgeGraph(jsonData: run.stdout), run)
    }

    // MARK: - HTML

    /// The visible text the loader should extract from river-dispute.html,
    /// which evidence offsets index.
    static let riverDisputeText = """
        Kenya Accuses Ethiopia Over River Flows
        NAIROBI \u{2014} Kenyan Foreign Minister Grace Wanjiru Mwangi accused Ethiopia of choking the Dawa River, officials said on Tuesday.
        Ethiopia\u{2019}s government denied the claim & said the reservoir was filling \u{201C}as planned\u{201D}.
        Somalia backed Kenya in the dispute, the Somali foreign ministry said.
        """

    @Test("an HTML page yields the actors of its article, not of its scripts, navigation or furniture")
    func htmlEntities() throws {
        let (graph, run) = try extract([try Self.fixture("river-dispute.html")])
        #expect(run.stderr.isEmpty, "\(run.stderrText)")
        let ids = Set(graph.entities.map(\.id))
        for id in ["kenya", "ethiopia", "somalia", "grace-wanjiru-mwangi"] {
            #expect(ids.contains(id), "missing \(id); got \(ids.sorted())")
        }
        // Named only in the <title> site name, meta description, script, style, nav, comment, figure, aside or footer.
        for id in ["tanzania", "uganda", "morocco", "algeria", "peru", "chile", "norway", "sweden", "brazil", "argentina", "uruguay", "japan"] {
            #expect(!ids.contains(id), "\(id) comes from page furniture")
        }
        #expect(graph.entities.first { $0.id == "grace-wanjiru-mwangi" }?.type == .person)
        #expect(graph.relations.contains { $0.source == "somalia" && $0.type == .backs && $0.target == "kenya" })
        #expect(graph.relations.contains { $0.source == "grace-wanjiru-mwangi" && $0.type == .accuses && $0.target == "ethiopia" })
    }

    @Test("an HTML page's title and date come from its markup and the date reaches the evidence")
    func htmlMetadata() throws {
        let (graph, _) = try extract([try Self.fixture("river-dispute.html")])
        let document = try #require(graph.documents.first)
        #expect(graph.documents.count == 1)
        #expect(document.id == "river-dispute")
        #expect(document.title == "Kenya Accuses Ethiopia Over River Flows")
        #expect(document.date == "2025-02-18")
        let evidence = graph.relations.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        #expect(evidence.allSatisfy { $0.date == "2025-02-18" })
    }

    @Test("HTML evidence is visible text without markup, and its offsets slice the extracted text")
    func htmlEvidenceOffsets() throws {
        let (graph, _) = try extract([try Self.fixture("river-dispute.html")])
        let text = Array(Self.riverDisputeText.utf8)
        let evidence = graph.relations.flatMap(\.evidence)
        try #require(!evidence.isEmpty)
        for e in evidence {
            #expect(!e.sentence.contains("<") && !e.sentence.contains("&amp;") && !e.sentence.contains("&rsquo;"), "markup in \(e.sentence)")
            #expect(Self.riverDisputeText.contains(e.sentence), "not visible text: \(e.sentence)")
            try #require(e.start >= 0 && e.start < e.end && e.end <= text.count, "offsets \(e.start)..<\(e.end) outside the text")
            #expect(String(decoding: text[e.start..<e.end], as: UTF8.self) == e.sentence)
        }
        // The Title Case <h1> is the headline, kept out of the prose.
        #expect(!evidence.contains { $0.sentence.contains("Kenya Accuses") })
    }

    // MARK: - JSON Lines

    @Test("a JSON Lines feed loads its good lines with ids, dates and urls; bad lines are reported by number")
    func jsonLines() throws {
        let feed = try Self.fixture("wire-feed.jsonl")
        let (graph, run) = try extract([feed])
        #expect(graph.documents.map(\.id) == ["aid-pledge", "border-talks", "wire-feed-6"])
        let byID = Dictionary(uniqueKeysWithValues: graph.documents.map { ($0.id, $0) })
        #expect(byID["border-talks"]?.date == "2024-05-02")
        #expect(byID["border-talks"]?.title == "Border talks")
        #expect(byID["border-talks"]?.url == "https://news.example.org/border-talks")
        #expect(byID["aid-pledge"]?.date == "2024-05-03")
        #expect(byID["aid-pledge"]?.url == "https://news.example.org/aid-pledge")
        #expect(byID["wire-feed-6"]?.date == nil)
        let warnings = run.stderrText.split(separator: "\n").map(String.init)
        #expect(warnings.count == 2, "\(run.stderrText)")
        #expect(warnings.first?.hasPrefix("\(feed):3: not valid JSON (") == true, "\(run.stderrText)")
        #expect(warnings.last == "\(feed):4: no \"text\" field; line skipped")
        #expect(warnings.allSatisfy { $0.hasSuffix("; line skipped") })
        // The lines around the bad ones are read, their dates on the evidence.
        #expect(graph.relations.contains { $0.source == "chad" && $0.type == .accuses && $0.target == "sudan" && $0.evidence.first?.date == "2024-05-02" })
        #expect(graph.relations.contains { $0.source == "ghana" && $0.type == .backs && $0.target == "togo" })
        #expect(!graph.entities.contains { $0.id == "libya" || $0.id == "niger" })
    }

    @Test("a JSON Lines feed with no good line fails with a one-line message")
    func jsonLinesAllBad() throws {
        let feed = try Self.fixture("bad-feed.jsonl")
        let run = try runner.run(["extract", feed])
        #expect(run.exitedNormally)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrText.split(separator: "\n").count == 1, "\(run.stderrText)")
        #expect(run.stderrText.contains("\(feed): no usable article line (3 lines skipped; first: line 1:"))
    }

    // MARK: - Folders

    @Test("a folder is read recursively, mixing .txt, .html and .jsonl in sorted path order")
    func mixedFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.url.appendingPathComponent("articles")
        for sub in ["articles/a", "articles/b/c"] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(atPath: try FixtureFile.harbourStandoff.path, toPath: folder.path("articles/b/c/harbour.txt"))
        try FileManager.default.copyItem(atPath: try Self.fixture("river-dispute.html"), toPath: folder.path("articles/a/river.htm"))
        try FileManager.default.copyItem(atPath: try Self.fixture("wire-feed.jsonl"), toPath: folder.path("articles/feed.jsonl"))
        try folder.write(Data("Not an article.".utf8), to: "articles/notes.md")
        let (graph, run) = try extract([articles.path])
        #expect(Set(graph.documents.map(\.id)) == ["river", "harbour", "aid-pledge", "border-talks", "feed-6"])
        let sources = Set(graph.documents.compactMap(\.source))
        #expect(sources == [articles.path + "/a/river.htm", articles.path + "/b/c/harbour.txt", articles.path + "/feed.jsonl"])
        // Warnings name the file as found in the folder.
        #expect(run.stderrText.contains(articles.path + "/feed.jsonl:3: not valid JSON"))
        let ids = Set(graph.entities.map(\.id))
        for id in ["peru", "kenya", "chad", "ghana"] { #expect(ids.contains(id), "missing \(id)") }
    }

    // MARK: - Standard input

    @Test("- reads standard input as one plain-text article with the id stdin", arguments: ["extract", "build"])
    func standardInput(subcommand: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = subcommand == "extract" ? ["extract", "-", "--format", "json"] : ["build", "-", "-o", folder.path("out")]
        let run = try runner.run(arguments, standardInput: try FixtureFile.harbourStandoff.url)
        try #require(run.exitedNormally && run.status == 0, "\(subcommand) - failed: \(run.stderrText)")
        let json = subcommand == "extract" ? run.stdout : try Data(contentsOf: folder.url.appendingPathComponent("out/graph.json"))
        let graph = try KnowledgeGraph(jsonData: json)
        #expect(graph.documents.map(\.id) == ["stdin"])
        #expect(graph.documents.first?.source == "-")
        #expect(graph.documents.first?.date == "2025-09-12")
        #expect(graph.relations.contains { $0.source == "peru" && $0.type == .accuses && $0.target == "chile" })
        #expect(graph.relations.flatMap(\.evidence).allSatisfy { $0.document == "stdin" })
    }

    @Test("standard input and files mix; the same article piped in gives the same graph as the file")
    func standardInputMatchesFile() throws {
        let fixture = try FixtureFile.harbourStandoff.url
        let (fromFile, _) = try extract([fixture.path])
        let piped = try runner.run(["extract", "-", "--format", "json"], standardInput: fixture)
        try #require(piped.status == 0, "\(piped.stderrText)")
        let fromStdin = try KnowledgeGraph(jsonData: piped.stdout)
        #expect(fromStdin.entities == fromFile.entities)
        #expect(fromStdin.relations.map { [$0.source, $0.type.rawValue, $0.target] } == fromFile.relations.map { [$0.source, $0.type.rawValue, $0.target] })
        let mixed = try runner.run(["extract", "-", try Self.fixture("river-dispute.html"), "--format", "json"], standardInput: fixture)
        try #require(mixed.status == 0, "\(mixed.stderrText)")
        #expect(try KnowledgeGraph(jsonData: mixed.stdout).documents.map(\.id) == ["river-dispute", "stdin"])
    }

    @Test("empty standard input fails with a clear one-line message")
    func emptyStandardInput() throws {
        // An explicit empty file, not an inherited descriptor: deterministic under parallel tests.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = folder.url.appendingPathComponent("empty-stdin")
        try Data().write(to: empty)
        let run = try runner.run(["extract", "-"], standardInput: empty)
        #expect(run.exitedNormally)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrText.split(separator: "\n").count == 1)
        #expect(run.stderrText.contains("standard input is empty"))
    }

    @Test("- given twice is a usage error")
    func standardInputTwice() throws {
        let run = try runner.run(["extract", "-", "-"])
        #expect(run.exitedNormally)
        #expect(run.status == 64)
        #expect(run.stderrText.contains("only once"))
    }
}
