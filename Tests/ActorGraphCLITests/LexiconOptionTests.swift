import ActorGraphModel
import Foundation
import Testing

/// `--lexicon FILE`: a user lexicon teaches the extractor a new conflict's
/// actors, titles and cue verbs, and a bad file is refused by name.
@Suite("actorgraph --lexicon")
struct LexiconOptionTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    static func fixture(_ name: String) throws -> String {
        try InputFormatTests.fixture(name)
    }

    func extract(_ arguments: [String]) throws -> KnowledgeGraph {
        let run = try runner.run(["extract", try Self.fixture("heron-raid.txt"), "--format", "json"] + arguments)
        try #require(run.exitedNormally && run.status == 0, "extract failed: \(run.stderrText)")
        return try KnowledgeGraph(jsonData: run.stdout)
    }

    func has(_ graph: KnowledgeGraph, _ source: String, _ type: RelationType, _ target: String) -> Bool {
        graph.relations.contains { $0.source == source && $0.type == type && $0.target == target }
    }

    @Test func withoutTheLexiconTheInventedActorsAreMisread() throws {
        let graph = try extract([])
        #expect(graph.entities.first { $0.id == "grey-heron-syndicate" }?.type != .organization)
        #expect(!has(graph, "talia-morrow", .holdsOffice, "kestrel-council"))
        #expect(!has(graph, "kestrel-council", .accuses, "grey-heron-syndicate"))
    }

    @Test func theLexiconAddsAnOrganizationWithItsAlias() throws {
        let graph = try extract(["--lexicon", try Self.fixture("heron-lexicon.json")])
        let syndicate = try #require(graph.entities.first { $0.id == "grey-heron-syndicate" })
        #expect(syndicate.type == .organization)
        #expect(syndicate.aliases.contains("Grey Herons"))
        #expect(!graph.entities.contains { $0.id == "grey-herons" })
    }

    @Test func anInventedTitleMakesHoldsOffice() throws {
        let graph = try extract(["--lexicon", try Self.fixture("heron-lexicon.json")])
        let office = graph.relations.first { $0.source == "talia-morrow" && $0.type == .holdsOffice }
        #expect(office?.target == "kestrel-council")
        #expect(office?.title == "War Envoy")
    }

    @Test func anInventedCueVerbMakesAccuses() throws {
        let graph = try extract(["--lexicon", try Self.fixture("heron-lexicon.json")])
        #expect(has(graph, "kestrel-council", .accuses, "grey-heron-syndicate"))
    }

    @Test func ingestAndBuildReadTheLexiconToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = folder.url.appendingPathComponent("s.sqlite").path
        let article = try Self.fixture("heron-raid.txt")
        let lexicon = try Self.fixture("heron-lexicon.json")
        #expect(try runner.run(["ingest", article, "--store", store]).status == 0)
        // Nothing new to add, but the lexicon re-extracts the stored graph.
        let ingest = try runner.run(["ingest", article, "--store", store, "--lexicon", lexicon])
        #expect(ingest.status == 0, "\(ingest.stderrText)")
        let entities = try runner.run(["entities", "--store", store, "--type", "ORGANIZATION", "--format", "json"])
        #expect(entities.stdoutText.contains("\"grey-heron-syndicate\""))

        let out = folder.url.appendingPathComponent("graphs").path
        let build = try runner.run(["build", article, "--lexicon", lexicon, "-o", out, "--quiet"])
        #expect(build.status == 0, "\(build.stderrText)")
        let graph = try KnowledgeGraph(jsonData: Data(contentsOf: URL(fileURLWithPath: out + "/graph.json")))
        #expect(has(graph, "kestrel-council", .accuses, "grey-heron-syndicate"))
    }

    // MARK: - Bad lexicon files

    func refusal(_ contents: String?, command: String = "extract") throws -> (ActorGraphRunner.Run, String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("conflict.json").path
        if let contents { try Data(contents.utf8).write(to: URL(fileURLWithPath: path)) }
        let run = try runner.run([command, try Self.fixture("heron-raid.txt"), "--lexicon", path])
        return (run, path)
    }

    @Test func aMissingFileExitsOneNamingIt() throws {
        let (run, path) = try refusal(nil)
        #expect(run.status == 1)
        #expect(run.stderrText.contains(path))
        #expect(run.stdout.isEmpty)
    }

    @Test func badJSONExitsOneNamingTheFile() throws {
        let (run, path) = try refusal("{\"entities\": [", command: "ingest")
        #expect(run.status == 1)
        #expect(run.stderrText.contains(path))
        #expect(run.stderrText.contains("not valid JSON"))
    }

    @Test func anUnknownTypeNamesTheField() throws {
        let (run, path) = try refusal(#"{"entities": [{"name": "Grey Heron Syndicate", "type": "MILITIA"}]}"#, command: "build")
        #expect(run.status == 1)
        #expect(run.stderrText.contains(path))
        #expect(run.stderrText.contains("entities[0].type"))
    }

    @Test func aWrongShapeNamesTheField() throws {
        let (run, _) = try refusal(#"{"relationCues": {"accuses": "castigated"}}"#)
        #expect(run.status == 1)
        #expect(run.stderrText.contains("relationCues.accuses"))
    }
}
