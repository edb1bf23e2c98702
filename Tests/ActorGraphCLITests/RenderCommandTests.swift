import Foundation
import Testing

/// `actorgraph render`, run through the built binary.
@Suite("actorgraph render")
struct RenderCommandTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// `render --format dot` with `arguments`; the node ids it drew.
    func nodes(_ fixture: DiagramFixture, _ arguments: [String]) throws -> Set<String> {
        let run = try runner.run(["render", "--store", fixture.store, "--format", "dot"] + arguments)
        try #require(run.status == 0, "render \(arguments) failed: \(run.stderrText)")
        return Self.ids(in: run.stdoutText, prefix: "\t\"n-")
    }

    /// `render --format dot` with `arguments`; the edge ids it drew.
    func edges(_ fixture: DiagramFixture, _ arguments: [String]) throws -> Set<String> {
        let run = try runner.run(["render", "--store", fixture.store, "--format", "dot"] + arguments)
        try #require(run.status == 0, "render \(arguments) failed: \(run.stderrText)")
        var ids: Set<String> = []
        for line in run.stdoutText.split(separator: "\n") where line.contains(" -> ") {
            guard let start = line.range(of: "[id=\"e-") else { continue }
            let rest = line[start.upperBound...]
            ids.insert(String(rest.prefix { $0 != "\"" }))
        }
        return ids
    }

    static func ids(in dot: String, prefix: String) -> Set<String> {
        Set(dot.split(separator: "\n").filter { $0.hasPrefix(prefix) && !$0.contains(" -> ") }.map {
            String($0.dropFirst(prefix.count).prefix { $0 != "\"" })
        })
    }

    @Test("SVG to standard output, well-formed, with node and edge ids and evidence tooltips")
    func svg() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let run = try runner.run(["render", "--store", fixture.store])
        try #require(run.status == 0, "\(run.stderrText)")
        let names = try XMLOutline.elementNames(in: run.stdout)
        #expect(names.first == "svg")
        #expect(run.stdoutText.contains(#"id="e&#45;grace&#45;wanjiru&#45;mwangi&#45;accuses&#45;ethiopia""#))
        #expect(run.stdoutText.contains("xlink:title=\"accuses: Grace Wanjiru Mwangi &#45;&gt; Ethiopia&#10;evidence: 2 sentences"))
        #expect(run.stdoutText.contains("accused Ethiopia of cutting the flow of the Dawa River."))
        #expect(run.stdoutText.contains(#"id="legend""#))
        #expect(!run.stdoutText.contains("Dawa River</text>"), "an entity without relations is not drawn")
    }

    @Test("--focus/--depth draws the ego network; any alias, any case")
    func focus() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let one = try nodes(fixture, ["--focus", "SOMALIA", "--depth", "1"])
        #expect(one == ["somalia", "kenya"])
        let two = try nodes(fixture, ["--focus", "mwangi", "--depth", "1"])
        #expect(two == ["grace-wanjiru-mwangi", "ethiopia", "kenya"])
        let wide = try nodes(fixture, ["--focus", "somalia", "--depth", "2"])
        #expect(wide.isSuperset(of: ["somalia", "kenya", "uganda", "ethiopia", "peter-okoth"]))
    }

    @Test("--focus with an ambiguous or unknown name exits 1 and lists candidates or close matches")
    func focusErrors() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let ambiguous = try runner.run(["render", "--store", fixture.store, "--focus", "Okoth"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderrText.contains("ambiguous"))
        #expect(ambiguous.stderrText.contains("daniel-okoth") && ambiguous.stderrText.contains("peter-okoth"))
        #expect(ambiguous.stdout.isEmpty)
        let unknown = try runner.run(["render", "--store", fixture.store, "--focus", "Somalla"])
        #expect(unknown.status == 1)
        #expect(unknown.stderrText.contains("no entity named \"Somalla\""))
        #expect(unknown.stderrText.contains("Somalia (somalia, COUNTRY)"))
    }

    @Test("--relations keeps those types (comma-separated or repeated)")
    func relations() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let backs = try edges(fixture, ["--relations", "backs"])
        #expect(backs == ["somalia-backs-kenya", "uganda-backs-kenya"])
        let two = try edges(fixture, ["--relations", "backs,denies"])
        let repeated = try edges(fixture, ["--relations", "backs", "--relations", "denies"])
        #expect(two == repeated)
        #expect(two.contains("ethiopia-denies-kenya") && two.contains("uganda-backs-kenya"))
        #expect(!two.contains { $0.contains("accuses") })
    }

    @Test("--types keeps entities of those types")
    func types() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let countries = try nodes(fixture, ["--types", "country"])
        #expect(countries == ["ethiopia", "kenya", "somalia", "uganda"])
    }

    @Test("--min-evidence keeps relations stated often enough")
    func minimumEvidence() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        #expect(try edges(fixture, ["--min-evidence", "2"]) == ["grace-wanjiru-mwangi-accuses-ethiopia"])
    }

    @Test("--since/--until keep relations with evidence dated in range")
    func dates() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let march = try edges(fixture, ["--since", "2025-03-05", "--relations", "accuses,backs"])
        #expect(march == ["peter-okoth-accuses-ethiopia", "uganda-backs-kenya"])
        let february = try edges(fixture, ["--until", "2025-02-28", "--relations", "backs"])
        #expect(february == ["somalia-backs-kenya"])
    }

    @Test("--top keeps the best-connected entities")
    func top() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let top = try nodes(fixture, ["--top", "2"])
        #expect(top == ["kenya", "ethiopia"])
    }

    @Test("--verbose names the engine and the counts on stderr")
    func verbose() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let automatic = try runner.run(["render", "--store", fixture.store, "--verbose", "--relations", "backs"])
        #expect(automatic.status == 0)
        #expect(automatic.stderrText.contains("layout engine: dot (chosen by size)"))
        #expect(automatic.stderrText.contains("drew 3 nodes and 2 edges"))
        let chosen = try runner.run(["render", "--store", fixture.store, "--verbose", "--layout", "sfdp"])
        #expect(chosen.stderrText.contains("layout engine: sfdp (given by --layout)"))
    }

    @Test("PNG and PDF go to the file given with -o")
    func binaryFormats() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let png = fixture.folder.path("g.png"), pdf = fixture.folder.path("g.pdf")
        #expect(try runner.run(["render", "--store", fixture.store, "--format", "png", "-o", png]).status == 0)
        #expect(try runner.run(["render", "--store", fixture.store, "--format", "pdf", "-o", pdf, "--layout", "neato"]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test("Usage errors exit 64 and say what is valid", arguments: [
        (["--since", "2025-02-30"], "YYYY-MM-DD"),
        (["--until", "March 4"], "YYYY-MM-DD"),
        (["--since", "2025-03-01", "--until", "2025-02-01"], "after --until"),
        (["--focus", "Kenya", "--depth", "0"], "--depth must be at least 1"),
        (["--depth", "2"], "--depth needs --focus"),
        (["--format", "png"], "give the output file with -o"),
        (["--format", "pdf", "-o", "-"], "give the output file with -o"),
        (["--relations", "accuses,praises"], "unknown relation type 'praises'"),
        (["--types", "ANIMAL"], "unknown entity type 'ANIMAL'"),
        (["--top", "0"], "--top must be at least 1"),
        (["--format", "gif"], "svg"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        let run = try runner.run(["render", "--store", fixture.store] + arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderrText)")
        #expect(run.stderrText.contains(message), "\(arguments): \(run.stderrText)")
        #expect(run.stdout.isEmpty)
    }

    @Test("A missing store is a runtime error")
    func missingStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["render", "--store", folder.path("none.sqlite")])
        #expect(run.status == 1)
        #expect(run.stderrText.contains("no such store"))
    }

    @Test("The same store renders byte-identical DOT and SVG twice")
    func deterministic() throws {
        let fixture = try DiagramFixture(runner: runner)
        defer { fixture.remove() }
        for format in ["dot", "svg"] {
            let first = try runner.run(["render", "--store", fixture.store, "--format", format])
            let second = try runner.run(["render", "--store", fixture.store, "--format", format])
            #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
        }
    }
}
