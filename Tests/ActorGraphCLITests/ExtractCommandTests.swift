import ActorGraphModel
import Foundation
import Testing

/// `actorgraph extract`, run as a user runs it, on the harbour-standoff fixture.
@Suite("actorgraph extract")
struct ExtractCommandTests {
    /// An entity of harbour-standoff.expected.md, as the graph should hold it.
    struct ExpectedEntity: CustomTestStringConvertible, Sendable {
        let id: String
        let name: String
        let type: EntityType
        var testDescription: String { "\(type.rawValue) \(name)" }
    }

    /// A relation of harbour-standoff.expected.md, between entity ids.
    struct ExpectedRelation: CustomTestStringConvertible, Sendable {
        let source: String
        let type: RelationType
        let target: String
        var testDescription: String { "\(source) -\(type.rawValue)-> \(target)" }
    }

    static let expectedEntities: [ExpectedEntity] = [
        ExpectedEntity(id: "peru", name: "Peru", type: .country),
        ExpectedEntity(id: "chile", name: "Chile", type: .country),
        ExpectedEntity(id: "bolivia", name: "Bolivia", type: .country),
        ExpectedEntity(id: "lucia-paredes", name: "Lucía Paredes", type: .person),
        ExpectedEntity(id: "tomas-errazuriz", name: "Tomás Errázuriz", type: .person),
        ExpectedEntity(id: "peruvian-foreign-ministry", name: "Peruvian Foreign Ministry", type: .organization),
        ExpectedEntity(id: "arica", name: "Arica", type: .place),
    ]

    /// The relations of the .expected.md file.
    static let expectedRelations: [ExpectedRelation] = [
        ExpectedRelation(source: "lucia-paredes", type: .spokespersonOf, target: "peruvian-foreign-ministry"),
        ExpectedRelation(source: "peruvian-foreign-ministry", type: .partOf, target: "peru"),
        ExpectedRelation(source: "tomas-errazuriz", type: .holdsOffice, target: "chile"),
        ExpectedRelation(source: "peru", type: .accuses, target: "chile"),
        ExpectedRelation(source: "bolivia", type: .backs, target: "peru"),
        ExpectedRelation(source: "arica", type: .locatedIn, target: "chile"),
    ]

    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Extracts the fixture as JSON and decodes it.
    func harbourGraph() throws -> KnowledgeGraph {
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "json"])
        try #require(run.exitedNormally && run.status == 0, "extract failed: \(run.stderrText)")
        return try KnowledgeGraph(jsonData: run.stdout)
    }

    // MARK: - JSON content

    @Test("the JSON names the article as its one document")
    func document() throws {
        let graph = try harbourGraph()
        #expect(graph.documents.map(\.id) == [FixtureFile.harbourStandoff.documentID])
        #expect(graph.documents.first?.date == "2025-09-12")
    }

    @Test("the JSON holds each entity of the expected file, with its type", arguments: expectedEntities)
    func entity(_ expected: ExpectedEntity) throws {
        let entities = try harbourGraph().entities
        let match = entities.first { $0.id == expected.id }
        let entity = try #require(match, "no entity \(expected.id) among \(entities.map(\.id))")
        #expect(entity.name == expected.name)
        #expect(entity.type == expected.type)
    }

    @Test("entity ids are unique and every type is one of the four")
    func entityTypes() throws {
        let graph = try harbourGraph()
        let ids = graph.entities.map(\.id)
        #expect(Set(ids).count == ids.count)
        for entity in graph.entities {
            #expect(EntityType.allCases.contains(entity.type), "\(entity.id) has type \(entity.type)")
        }
        #expect(graph.entities.contains { $0.type == .person })
    }

    @Test("the JSON holds each relation of the expected file that extraction finds", arguments: expectedRelations)
    func relation(_ expected: ExpectedRelation) throws {
        let graph = try harbourGraph()
        let found = graph.relations.contains {
            $0.source == expected.source && $0.type == expected.type && $0.target == expected.target
        }
        #expect(found, "missing \(expected.testDescription) among \(graph.relations.map(\.key))")
    }

    @Test("every relation joins known entities and has evidence that slices the article back to its sentence")
    func evidence() throws {
        let graph = try harbourGraph()
        let text = try FixtureFile.harbourStandoff.bytes
        let ids = Set(graph.entities.map(\.id))
        try #require(!graph.relations.isEmpty)
        for relation in graph.relations {
            #expect(ids.contains(relation.source), "\(relation.key): unknown source")
            #expect(ids.contains(relation.target), "\(relation.key): unknown target")
            #expect((0...1).contains(relation.confidence), "\(relation.key): confidence \(relation.confidence)")
            #expect(!relation.evidence.isEmpty, "\(relation.key) has no evidence")
            for evidence in relation.evidence {
                #expect(evidence.document == FixtureFile.harbourStandoff.documentID)
                try #require(0 <= evidence.start && evidence.start < evidence.end && evidence.end <= text.count,
                             "\(relation.key): evidence range \(evidence.start)..<\(evidence.end) outside \(text.count) bytes")
                let slice = String(decoding: text[evidence.start..<evidence.end], as: UTF8.self)
                #expect(slice == evidence.sentence, "\(relation.key): bytes \(evidence.start)..<\(evidence.end)")
            }
        }
    }

    @Test("Peru accuses Chile, on the evidence of the lead sentence")
    func peruAccusesChile() throws {
        let relations = try harbourGraph().relations
        let match = relations.first { $0.source == "peru" && $0.type == .accuses && $0.target == "chile" }
        let accusation = try #require(match, "no peru -accuses-> chile among \(relations.map(\.key))")
        #expect(accusation.evidence.contains { $0.sentence.hasPrefix("Peru accused Chile of blocking Peruvian cargo") })
    }

    // MARK: - Determinism

    @Test("two runs give byte-identical output", arguments: ["json", "dot"])
    func deterministic(format: String) throws {
        let arguments = ["extract", try FixtureFile.harbourStandoff.path, "--format", format]
        let first = try runner.run(arguments)
        let second = try runner.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }

    // MARK: - Formats and output file

    @Test("--format dot writes a digraph that names every entity")
    func dot() throws {
        let graph = try harbourGraph()
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "dot"])
        #expect(run.exitedNormally && run.status == 0)
        #expect(run.stdoutText.hasPrefix("digraph"))
        #expect(run.stdoutText.hasSuffix("}\n"))
        try #require(!graph.entities.isEmpty)
        for entity in graph.entities {
            #expect(run.stdoutText.contains(entity.id), "DOT does not mention \(entity.id)")
        }
        #expect(run.stdoutText.contains("accuses"))
    }

    @Test("--format svg writes well-formed SVG with every layout", arguments: ["default", "dot", "neato", "fdp", "sfdp", "circo"])
    func svg(layout: String) throws {
        var arguments = ["extract", try FixtureFile.harbourStandoff.path, "--format", "svg"]
        if layout != "default" { arguments += ["--layout", layout] }
        let run = try runner.run(arguments)
        try #require(run.exitedNormally && run.status == 0, "svg failed: \(run.stderrText)")
        #expect(run.stdoutText.contains("<svg"))
        let names = try XMLOutline.elementNames(in: run.stdout)
        #expect(names.first == "svg")
        #expect(run.stdoutText.contains("Lucía Paredes"))
    }

    @Test("--format png writes a PNG image")
    func png() throws {
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "png"])
        #expect(run.exitedNormally && run.status == 0)
        #expect(run.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test("-o writes the file, prints nothing on stdout, and leaves nothing else behind")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.path("graph.json")
        let toFile = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "-o", target])
        #expect(toFile.exitedNormally && toFile.status == 0)
        #expect(toFile.stdout.isEmpty)
        #expect(try folder.contents() == ["graph.json"])

        let toStdout = try runner.run(["extract", try FixtureFile.harbourStandoff.path])
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written == toStdout.stdout)
        #expect(try KnowledgeGraph(jsonData: written) == KnowledgeGraph(jsonData: toStdout.stdout))
    }

    // MARK: - Cores

    /// The first core this process may run on ("0" from "0-1"), from
    /// /proc/self/status; nil off Linux.
    static func firstAllowedCore() -> String? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        return list.split(whereSeparator: { $0 == "," || $0 == "-" }).first.map(String.init)
    }

    static let taskset = URL(fileURLWithPath: "/usr/bin/taskset")

    /// Pinned to one core, extraction runs its stages on one thread (see
    /// `Cores`); the graph must not depend on it.
    @Test("extract pinned to one core writes the same bytes as on all cores",
          .enabled(if: FileManager.default.isExecutableFile(atPath: taskset.path) && firstAllowedCore() != nil))
    func oneCore() throws {
        let fixtures = try FixtureFile.harbourStandoff.url.deletingLastPathComponent()
        let inputs = ["harbour-standoff.txt", "heron-raid.txt", "river-dispute.html", "wire-feed.jsonl"]
            .map { fixtures.appendingPathComponent($0).path }
        let all = try runner.run(["extract"] + inputs + ["--format", "json"])
        try #require(all.exitedNormally && all.status == 0, "extract failed: \(all.stderrText)")
        let core = try #require(Self.firstAllowedCore())
        let one = try ActorGraphRunner.execute(Self.taskset, ["-c", core, runner.binary.path, "extract"] + inputs + ["--format", "json"],
                                               timeout: 60)
        try #require(one.exitedNormally && one.status == 0, "pinned extract failed: \(one.stderrText)")
        #expect(try KnowledgeGraph(jsonData: all.stdout).documents.count >= 4)
        #expect(one.stdout == all.stdout)
    }

    // MARK: - Help

    @Test("--help exits 0 and shows an example")
    func help() throws {
        let run = try runner.run(["extract", "--help"])
        #expect(run.exitedNormally && run.status == 0)
        #expect(run.stdoutText.contains("Example: actorgraph extract "))
        #expect(run.stdoutText.contains("USAGE: actorgraph extract"))
    }
}
