import Foundation
import Testing

/// `actorgraph report` (HTML and Markdown) and the ego diagrams of
/// `actorgraph build`, run through the built binary.
@Suite("actorgraph report")
struct ReportCommandTests {
    /// A feed line whose title, text and URL try to inject markup.
    static let hostileFeed = ("d-feed.jsonl", #"""
        {"id": "hostile", "title": "Djibouti <script>alert('t')</script> & \"news\"", "date": "2025-03-10", "url": "https://news.example/a?b=1&c=<x>", "text": "Djibouti backs Kenya, officials said <script>alert('s')</script> & \"more\" </td>."}

        """#)

    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    @Test("HTML goes to stdout: self-contained, SVG inline, article text escaped, http(s) only in <a href>")
    func html() throws {
        let fixture = try DiagramFixture(runner: runner, extra: [Self.hostileFeed])
        defer { fixture.remove() }
        let run = try runner.run(["report", "--store", fixture.store])
        try #require(run.status == 0, "\(run.stderrText)")
        let html = run.stdoutText
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.localizedCaseInsensitiveContains("<script"))
        #expect(html.contains("officials said &lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt; &amp; &quot;more&quot; &lt;/td&gt;."))
        #expect(html.contains(#"<a href="https://news.example/a?b=1&amp;c=&lt;x&gt;" rel="noopener noreferrer">Djibouti &lt;script&gt;"#))
        #expect(html.contains("<figure>\n<svg "))
        for tag in ["<link", "<img", "src=\"", "@import", "url("] {
            #expect(!html.contains(tag), "found \(tag)")
        }
        #expect(html.contains("<td>Grace Wanjiru Mwangi</td><td>PERSON</td><td>Mwangi</td>"))
        #expect(html.contains("Mwangi accused Ethiopia of ignoring the basin treaty."))
        #expect(html.contains("River talks stall in Addis Ababa, 2025-03-04"))
    }

    @Test("HTML to a file takes the filters and a title; output is deterministic")
    func htmlFiltered() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let out = fixture.folder.path("kenya.html")
        let arguments = ["report", "--store", fixture.store, "--focus", "kenya", "--relations", "backs", "-o", out]
        let run = try runner.run(arguments)
        try #require(run.status == 0, "\(run.stderrText)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<h1>ActorGraph report: Kenya</h1>"))
        #expect(html.contains("<li>Focus: Kenya, depth 1</li><li>Relation types: backs</li>"))
        #expect(html.contains("Uganda backs Kenya."))
        #expect(!html.contains("accused Ethiopia"), "accusations are filtered out")
        #expect(!html.contains("River talks stall"), "only documents cited by the evidence shown are listed")
        #expect(html.contains("<p class=\"summary\">2 documents cited, 3 entities, 2 relations</p>"))
        #expect(try runner.run(arguments).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == html)
    }

    @Test("Markdown writes the SVG beside the .md and references it by a relative path")
    func markdown() throws {
        let fixture = try DiagramFixture(runner: runner, extra: [Self.hostileFeed])
        defer { fixture.remove() }
        let out = fixture.folder.path("out/report.md")
        try FileManager.default.createDirectory(atPath: fixture.folder.path("out"), withIntermediateDirectories: true)
        let run = try runner.run(["report", "--store", fixture.store, "--format", "md", "-o", out, "--since", "2025-03-01"])
        try #require(run.status == 0, "\(run.stderrText)")
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.contains("![Diagram of the graph](<report.svg>)"))
        let svg = try Data(contentsOf: URL(fileURLWithPath: fixture.folder.path("out/report.svg")))
        #expect(try XMLOutline.elementNames(in: svg).first == "svg")
        #expect(!md.contains("<script"))
        #expect(md.contains("officials said &lt;script&gt;alert\\('s'\\)&lt;/script&gt; &amp; \"more\" &lt;/td&gt;."))
        #expect(md.contains("Evidence dated from 2025-03-01 \\(undated evidence left out\\)"))
        #expect(!md.contains("Somalia backs Kenya"), "February evidence is filtered out")
    }

    @Test("Markdown without -o is a usage error; --help says why", arguments: [[String](), ["-o", "-"]])
    func markdownNeedsOutput(extra: [String]) throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let run = try runner.run(["report", "--store", fixture.store, "--format", "md"] + extra)
        #expect(run.status == 64)
        #expect(run.stderrText.contains("give the file with -o"))
        let help = try runner.run(["report", "--help"])
        #expect(help.status == 0)
        #expect(help.stdoutText.contains("so md requires -o"))
    }

    @Test("Report filters are validated like render's")
    func badFilter() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let run = try runner.run(["report", "--store", fixture.store, "--since", "yesterday"])
        #expect(run.status == 64)
        #expect(run.stderrText.contains("YYYY-MM-DD"))
    }

    @Test("build writes one ego diagram per most-connected entity, deterministically")
    func buildEgoDiagrams() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let output = fixture.folder.path("graphs")
        let run = try runner.run(["build", fixture.articles, "-o", output])
        try #require(run.status == 0, "\(run.stderrText)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        let egos = files.filter { $0.hasPrefix("ego-") }
        // Degrees: kenya 6, ethiopia 5, grace-wanjiru-mwangi 3, peter-okoth 2, then the
        // degree-2 kenyan-foreign-ministry (more mentions than the degree-1 entities).
        #expect(egos.count == 5)
        #expect(egos.contains("ego-kenya.svg") && egos.contains("ego-ethiopia.svg")
                && egos.contains("ego-grace-wanjiru-mwangi.svg"))
        #expect(run.stderrText.contains("and 5 ego diagrams (ego-*.svg)"))
        let kenya = try Data(contentsOf: URL(fileURLWithPath: output).appendingPathComponent("ego-kenya.svg"))
        #expect(try XMLOutline.elementNames(in: kenya).first == "svg")
        let text = String(decoding: kenya, as: UTF8.self)
        #expect(text.contains("Ego network of Kenya (depth 1)"))
        #expect(text.contains(#"id="n&#45;somalia""#))
        #expect(!text.contains(#"id="n&#45;daniel&#45;okoth""#), "two edges away")

        let again = fixture.folder.path("again")
        #expect(try runner.run(["build", fixture.articles, "-o", again]).status == 0)
        for name in egos {
            let first = try Data(contentsOf: URL(fileURLWithPath: output).appendingPathComponent(name))
            let second = try Data(contentsOf: URL(fileURLWithPath: again).appendingPathComponent(name))
            #expect(first == second, "\(name) differs between runs")
        }
    }
}
