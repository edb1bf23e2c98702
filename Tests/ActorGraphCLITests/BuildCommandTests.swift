import ActorGraphModel
import Foundation
import Testing

/// `actorgraph build`: one folder with graph.json, graph.dot and graph.svg.
@Suite("actorgraph build")
struct BuildCommandTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Builds the fixture into `name` inside `folder`; returns the output path and the run.
    func buildHarbour(in folder: TemporaryFolder, into name: String = "graphs") throws -> (String, ActorGraphRunner.Run) {
        let output = folder.path(name)
        let run = try runner.run(["build", try FixtureFile.harbourStandoff.path, "-o", output])
        return (output, run)
    }

    @Test("build writes graph.json, graph.dot and graph.svg and reports on stderr only")
    func writesThreeFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (output, run) = try buildHarbour(in: folder)
        try #require(run.exitedNormally && run.status == 0, "build failed: \(run.stderrText)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files.filter { !$0.hasPrefix("ego-") } == ["graph.dot", "graph.json", "graph.svg"])
        #expect(files.contains { $0.hasPrefix("ego-") && $0.hasSuffix(".svg") }, "ego diagrams of the best-connected actors")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrText.contains("1 document,"))
        #expect(run.stderrText.contains(output))
    }

    @Test("graph.json is byte-identical to extract's JSON for the same input")
    func jsonMatchesExtract() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (output, run) = try buildHarbour(in: folder)
        try #require(run.status == 0, "build failed: \(run.stderrText)")
        let extract = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "json"])
        try #require(extract.status == 0)
        let built = try Data(contentsOf: URL(fileURLWithPath: output).appendingPathComponent("graph.json"))
        #expect(built == extract.stdout)
        let graph = try KnowledgeGraph(jsonData: built)
        #expect(graph == (try KnowledgeGraph(jsonData: extract.stdout)))
        #expect(graph.relations.contains { $0.source == "peru" && $0.type == .accuses && $0.target == "chile" })
    }

    @Test("graph.dot equals extract's DOT, and graph.svg is well-formed SVG")
    func dotAndSVG() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (output, run) = try buildHarbour(in: folder)
        try #require(run.status == 0, "build failed: \(run.stderrText)")
        let graphs = URL(fileURLWithPath: output)
        let dot = try Data(contentsOf: graphs.appendingPathComponent("graph.dot"))
        let extractDOT = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "dot"])
        #expect(dot == extractDOT.stdout)
        #expect(String(decoding: dot, as: UTF8.self).hasPrefix("digraph"))

        let svg = try Data(contentsOf: graphs.appendingPathComponent("graph.svg"))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(try XMLOutline.elementNames(in: svg).first == "svg")
    }

    @Test("build creates a missing output folder, parents included")
    func createsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (output, run) = try buildHarbour(in: folder, into: "deep/er/graphs")
        #expect(run.exitedNormally && run.status == 0)
        #expect(FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent("graph.json")))
    }

    @Test("a failed build writes no output folder")
    func failureWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["build", folder.path("missing.txt"), "-o", folder.path("graphs")])
        #expect(run.exitedNormally && run.status == 1)
        #expect(run.stderrText.contains("missing.txt"))
        #expect(try folder.contents().isEmpty)
    }

    @Test("--help exits 0 and shows an example")
    func help() throws {
        let run = try runner.run(["build", "--help"])
        #expect(run.exitedNormally && run.status == 0)
        #expect(run.stdoutText.contains("Example: actorgraph build "))
        #expect(run.stdoutText.contains("USAGE: actorgraph build"))
    }
}
