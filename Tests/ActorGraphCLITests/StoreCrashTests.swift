import ActorGraphModel
import Foundation
import Testing

/// `ingest` killed with SIGKILL at various moments: the store opens
/// afterwards, passes `PRAGMA integrity_check`, and holds either nothing or
/// every document of the batch with its derived graph (one transaction).
@Suite("actorgraph ingest killed mid-way")
struct StoreCrashTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Writes `count` small generated articles into `folder/articles`.
    func writeArticles(_ count: Int, in folder: TemporaryFolder) throws -> String {
        let countries = ["Kenya", "Ethiopia", "Somalia", "Uganda", "Tanzania", "Rwanda", "Chile", "Peru", "Bolivia", "Ghana"]
        let given = ["Amina", "Daniel", "Grace", "Peter", "Lucia", "Tomas", "Hana", "Omar"]
        let family = ["Okoth", "Mwangi", "Kariuki", "Abebe", "Mensah", "Osei", "Rojas", "Paredes", "Quispe", "Bakari"]
        let articles = folder.path("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for i in 0..<count {
            let a = countries[i % countries.count], b = countries[(i * 7 + 3) % countries.count == i % countries.count ? (i + 1) % countries.count : (i * 7 + 3) % countries.count]
            let person = "\(given[i % given.count]) \(family[(i / given.count) % family.count])"
            let text = """
                \(a) accuses \(b) over a border post
                date 2025-04-\(String(format: "%02d", i % 28 + 1))

                \(a) Foreign Minister \(person) accused \(b) of moving troops to the border.
                \(b) denied the accusation on Tuesday.
                \(countries[(i + 5) % countries.count]) backs \(a) in the dispute, its government said.

                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: articles).appendingPathComponent(String(format: "art-%04d.txt", i)))
        }
        return articles
    }

    /// Starts `actorgraph ingest`, kills it after `delay` seconds (if still running).
    func ingestAndKill(_ articles: String, store: String, after delay: TimeInterval) throws {
        let process = Process()
        process.executableURL = runner.binary
        process.arguments = ["ingest", articles, "--store", store]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    @Test("after SIGKILL the store is intact and holds all or nothing of the batch; a rerun completes it")
    func killDuringIngest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(300, in: folder)
        let extract = try runner.run(["extract", articles])
        try #require(extract.status == 0, "\(extract.stderrText)")
        let full = try KnowledgeGraph(jsonData: extract.stdout)

        for (n, delay) in [0.05, 0.3, 0.6, 1.0].enumerated() {
            let store = folder.path("store-\(n).sqlite")
            try ingestAndKill(articles, store: store, after: delay)
            if FileManager.default.fileExists(atPath: store) {
                if let check = try Python.run("""
                    import sqlite3, sys
                    db = sqlite3.connect(sys.argv[1])
                    print(db.execute("PRAGMA integrity_check").fetchone()[0])
                    """, arguments: [store]) {
                    #expect(check == "ok\n", "delay \(delay): integrity_check says \(check)")
                }
                let export = try runner.run(["export", "--store", store])
                try #require(export.status == 0, "delay \(delay): \(export.stderrText)")
                let graph = try KnowledgeGraph(jsonData: export.stdout)
                if graph.documents.isEmpty {
                    #expect(graph.entities.isEmpty && graph.relations.isEmpty, "delay \(delay): derived rows without documents")
                } else {
                    #expect(export.stdout == extract.stdout, "delay \(delay): a committed store differs from extraction")
                }
            }
            let rerun = try runner.run(["ingest", articles, "--store", store])
            #expect(rerun.status == 0, "delay \(delay): \(rerun.stderrText)")
            #expect(try runner.run(["export", "--store", store]).stdout == extract.stdout)
            #expect(full.documents.count == 300)
        }
    }

    @Test("two ingest processes into one store at once both succeed")
    func concurrentProcesses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = try writeArticles(40, in: folder)
        let store = folder.path("store.sqlite")
        let files = try FileManager.default.contentsOfDirectory(atPath: articles).sorted().map { articles + "/" + $0 }
        let halves = [Array(files.prefix(20)), Array(files.dropFirst(20))]
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let run = Result { try runner.run(["ingest"] + halves[i] + ["--store", store]) }
            results.append(run)
        }
        for result in results.values {
            let run = try result.get()
            #expect(run.exitedNormally && run.status == 0, "\(run.stderrText)")
        }
        #expect(try runner.run(["export", "--store", store]).stdout == runner.run(["extract", articles]).stdout)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Result<ActorGraphRunner.Run, Error>] = []
        func append(_ value: Result<ActorGraphRunner.Run, Error>) { lock.withLock { stored.append(value) } }
        var values: [Result<ActorGraphRunner.Run, Error>] { lock.withLock { stored } }
    }
}
