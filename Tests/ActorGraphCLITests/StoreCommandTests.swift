import ActorGraphModel
import Foundation
import Testing

/// `ingest`, `neighbors`, `entities` and `export` against a store file, and
/// `build --store`, run through the built binary.
@Suite("actorgraph store commands")
struct StoreCommandTests {
    static let articles: [(String, String)] = [
        ("a-dam-dispute.txt", """
            Kenya accuses Ethiopia of choking river flows
            date 2025-02-18

            Kenyan Foreign Minister Grace Wanjiru Mwangi accused Ethiopia of cutting the flow of the Dawa River.
            Ethiopia denied the accusation, saying the reservoir was filling as planned.
            Somalia backs Kenya in the dispute, its government said on Tuesday.

            """),
        ("b-talks-stall.txt", """
            River talks stall in Addis Ababa
            date 2025-03-04

            Mwangi accused Ethiopia of ignoring the basin treaty.
            Daniel Okoth, a spokesman for the Kenyan Foreign Ministry, said the talks had failed.

            """),
        ("c-two-okoths.txt", """
            Two Okoths on the river file
            date 2025-03-09

            Kenyan Interior Minister Peter Okoth accused Ethiopia of stalling.
            Uganda backs Kenya.

            """),
    ]

    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Writes the first `count` articles into `folder/articles`; returns that path.
    @discardableResult
    func writeArticles(_ count: Int = 3, in folder: TemporaryFolder) throws -> String {
        let articles = folder.path("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for (name, text) in Self.articles.prefix(count) {
            try Data(text.utf8).write(to: URL(fileURLWithPath: articles).appendingPathComponent(name))
        }
        return articles
    }

    /// A folder with a store holding all three articles.
    func filledStore() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let store = folder.path("store.sqlite")
        let run = try runner.run(["ingest", try writeArticles(in: folder), "--store", store])
        try #require(run.status == 0, "ingest failed: \(run.stderrText)")
        return (folder, store)
    }

    // MARK: - ingest

    @Test("ingest reports on stderr only; a second run skips what is stored and adds what is new")
    func ingest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(2, in: folder)
        let store = folder.path("store.sqlite")
        let first = try runner.run(["ingest", articles, "--store", store])
        #expect(first.status == 0 && first.stdout.isEmpty)
        #expect(first.stderrText.hasPrefix("added 2 documents, skipped 0; the store holds 2 documents, "), "\(first.stderrText)")

        try writeArticles(3, in: folder)
        let second = try runner.run(["ingest", articles, "--store", store])
        #expect(second.status == 0 && second.stdout.isEmpty)
        #expect(second.stderrText.hasPrefix("added 1 document, skipped 2; the store holds 3 documents, "), "\(second.stderrText)")

        let again = try runner.run(["ingest", articles, "--store", store])
        #expect(again.stderrText.hasPrefix("added 0 documents, skipped 3;"))
    }

    @Test("without --store, the store is actorgraph.sqlite in the working folder")
    func defaultStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(1, in: folder)
        #expect(try runner.run(["ingest", articles], in: folder.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("actorgraph.sqlite")))
        let run = try runner.run(["entities", "--format", "json"], in: folder.url)
        #expect(run.status == 0 && run.stdoutText.contains("grace-wanjiru-mwangi"))
    }

    @Test("a file that is not a store fails with status 1, names the file and keeps its bytes")
    func notAStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(1, in: folder)
        let bogus = try folder.write(Data("not a database, just some notes\n".utf8) + Data(repeating: 7, count: 4096), to: "notes.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: bogus))
        for arguments in [["ingest", articles], ["entities"], ["neighbors", "Kenya"], ["export"]] {
            let run = try runner.run(arguments + ["--store", bogus])
            #expect(run.exitedNormally && run.status == 1, "\(arguments): \(run.stderrText)")
            #expect(run.stderrText.contains(bogus) && run.stderrText.contains("not an SQLite database"))
            #expect(run.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: bogus)) == before)
    }

    @Test("querying a store that does not exist fails and creates nothing")
    func missingStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["entities", "--store", folder.path("none.sqlite")])
        #expect(run.status == 1 && run.stderrText.contains("none.sqlite"))
        #expect(try folder.contents().isEmpty)
    }

    // MARK: - neighbors

    @Test("neighbors finds an entity by any alias in any case; JSON carries the evidence", arguments: ["MWANGI", "grace wanjiru mwangi", "grace-wanjiru-mwangi"])
    func neighborsJSON(name: String) throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["neighbors", name, "--format", "json", "--store", store])
        try #require(run.status == 0, "\(run.stderrText)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect((json["entity"] as? [String: Any])?["id"] as? String == "grace-wanjiru-mwangi")
        let neighbors = try #require(json["neighbors"] as? [[String: Any]])
        let ids = neighbors.compactMap { ($0["entity"] as? [String: Any])?["id"] as? String }
        #expect(ids == ["ethiopia", "ethiopia", "kenya"])
        let evidence = neighbors.compactMap { ($0["relation"] as? [String: Any])?["evidence"] as? [[String: Any]] }
        #expect(evidence.first?.count == 2)
        // Deterministic bytes.
        #expect(try runner.run(["neighbors", name, "--format", "json", "--store", store]).stdout == run.stdout)
    }

    @Test("neighbors filters by relation and direction and shows a table")
    func neighborsTable() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["neighbors", "Kenya", "--relation", "backs", "--direction", "in", "--store", store])
        try #require(run.status == 0, "\(run.stderrText)")
        let lines = run.stdoutText.split(separator: "\n")
        #expect(lines.first?.hasPrefix("DIRECTION  RELATION  ENTITY") == true)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("in         backs") })
        #expect(run.stdoutText.contains("Somalia backs Kenya in the dispute"))
        let out = try runner.run(["neighbors", "kenya", "--direction", "out", "--relation", "backs", "--store", store])
        #expect(out.status == 0 && out.stdoutText.split(separator: "\n").count == 1)  // the header alone

        let deep = try runner.run(["neighbors", "Somalia", "--depth", "2", "--store", store])
        #expect(deep.status == 0 && deep.stdoutText.hasPrefix("DEPTH  VIA"))
        #expect(deep.stdoutText.contains("Peter Okoth"))
    }

    @Test("an ambiguous name lists the candidates and exits 1")
    func ambiguous() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["neighbors", "okoth", "--store", store])
        #expect(run.exitedNormally && run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderrText.contains("ambiguous"))
        #expect(run.stderrText.contains("Daniel Okoth") && run.stderrText.contains("Peter Okoth"))
    }

    @Test("an unknown name says so with close matches and exits 1")
    func unknown() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["neighbors", "Ethopia", "--store", store])
        #expect(run.exitedNormally && run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderrText.contains("no entity named \"Ethopia\""))
        #expect(run.stderrText.contains("close matches: Ethiopia"))
    }

    @Test("bad neighbors options are usage errors", arguments: [["--depth", "0"], ["--relation", "likes"], ["--direction", "up"]])
    func neighborsUsage(options: [String]) throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["neighbors", "Kenya", "--store", store] + options)
        #expect(run.exitedNormally && run.status == 64, "\(run.stderrText)")
    }

    // MARK: - entities

    @Test("entities lists every entity; --type filters; JSON has aliases and mentions")
    func entities() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let people = try runner.run(["entities", "--type", "PERSON", "--format", "json", "--store", store])
        try #require(people.status == 0, "\(people.stderrText)")
        let decoded = try JSONDecoder().decode([Entity].self, from: people.stdout)
        #expect(decoded.map(\.id) == ["daniel-okoth", "grace-wanjiru-mwangi", "peter-okoth"])
        #expect(decoded[1].aliases == ["Mwangi"])
        let table = try runner.run(["entities", "--store", store])
        #expect(table.status == 0 && table.stdoutText.hasPrefix("ID "))
        #expect(table.stdoutText.contains("Kenyan"))
        #expect(try runner.run(["entities", "--type", "planet", "--store", store]).status == 64)
    }

    // MARK: - export

    @Test("export json is byte-identical to extract of the same articles, and reads back to the store's graph")
    func exportJSON() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let export = try runner.run(["export", "--format", "json", "--store", store])
        let extract = try runner.run(["extract", folder.path("articles")])
        try #require(export.status == 0 && extract.status == 0)
        #expect(export.stdout == extract.stdout)
        let graph = try KnowledgeGraph(jsonData: export.stdout)
        #expect(try graph.jsonData() == export.stdout)
        #expect(graph.documents.count == 3)
        let target = folder.path("graph.json")
        #expect(try runner.run(["export", "-o", target, "--store", store]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == export.stdout)
    }

    @Test("export graphml is well-formed with a node per entity and an edge per relation")
    func exportGraphML() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let run = try runner.run(["export", "--format", "graphml", "--store", store])
        try #require(run.status == 0)
        let graph = try KnowledgeGraph(jsonData: try runner.run(["export", "--store", store]).stdout)
        let names = try XMLOutline.elementNames(in: run.stdout)
        #expect(names.first == "graphml")
        #expect(names.filter { $0 == "node" }.count == graph.entities.count)
        #expect(names.filter { $0 == "edge" }.count == graph.relations.count)
    }

    @Test("networkx reads the GraphML export (skipped without python3 and networkx)")
    func networkx() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let file = folder.path("graph.graphml")
        #expect(try runner.run(["export", "--format", "graphml", "-o", file, "--store", store]).status == 0)
        let script = """
            import sys
            try:
                import networkx as nx
            except ImportError:
                print("skip"); sys.exit(0)
            g = nx.read_graphml(sys.argv[1])
            n = g.nodes["grace-wanjiru-mwangi"]
            e = g.edges["grace-wanjiru-mwangi", "ethiopia"]
            print(g.number_of_nodes(), g.number_of_edges(), n["type"], n["aliases"], n["mentions"], e["type"], e["evidence"])
            """
        guard let output = try Python.run(script, arguments: [file]), output != "skip\n" else { return }
        let graph = try KnowledgeGraph(jsonData: try runner.run(["export", "--store", store]).stdout)
        #expect(output == "\(graph.entities.count) \(graph.relations.count) PERSON Mwangi 2 accuses 2\n")
    }

    @Test("export csv writes nodes.csv and relationships.csv with Neo4j headers; without -o it is a usage error")
    func exportCSV() throws {
        let (folder, store) = try filledStore()
        defer { folder.remove() }
        let target = folder.path("neo4j")
        let run = try runner.run(["export", "--format", "csv", "-o", target, "--store", store])
        try #require(run.status == 0, "\(run.stderrText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == ["nodes.csv", "relationships.csv"])
        let nodes = try String(contentsOfFile: target + "/nodes.csv", encoding: .utf8)
        let relationships = try String(contentsOfFile: target + "/relationships.csv", encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,name,type,aliases,mentions:int,:LABEL\n"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,confidence:double,evidence:int,title\n"))
        #expect(nodes.contains("grace-wanjiru-mwangi,Grace Wanjiru Mwangi,PERSON,Mwangi,2,Person\n"))
        #expect(relationships.contains("grace-wanjiru-mwangi,ethiopia,ACCUSES,0.9,2,\n"))
        #expect(try runner.run(["export", "--format", "csv", "--store", store]).status == 64)
    }

    // MARK: - build

    @Test("build --store ingests into the store; build without it leaves no store behind")
    func buildWithStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(in: folder)
        let plain = try runner.run(["build", articles, "-o", folder.path("plain")], in: folder.url)
        try #require(plain.status == 0, "\(plain.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("actorgraph.sqlite")))

        let store = folder.path("kept.sqlite")
        let stored = try runner.run(["build", articles, "-o", folder.path("stored"), "--store", store], in: folder.url)
        try #require(stored.status == 0, "\(stored.stderrText)")
        let plainJSON = try Data(contentsOf: URL(fileURLWithPath: folder.path("plain/graph.json")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("stored/graph.json"))) == plainJSON)
        #expect(try runner.run(["export", "--store", store]).stdout == plainJSON)
        #expect(try runner.run(["extract", articles]).stdout == plainJSON)
    }
}

/// Runs a Python 3 script, if Python 3 is installed.
enum Python {
    /// The script's standard output, or nil when there is no `python3`.
    static func run(_ script: String, arguments: [String] = []) throws -> String? {
        let candidates = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"]
        guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ActorGraphRunner.Failure(description: "python3 failed (status \(process.terminationStatus))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
