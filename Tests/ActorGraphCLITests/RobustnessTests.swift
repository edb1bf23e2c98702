import Foundation
import Testing

/// Bad files and hostile file systems not covered by `BadInputTests` and
/// `StoreCommandTests`: Latin-1 text, folders with nothing readable, a store
/// in a read-only folder or on a full disk. Each ends in status 1 and a
/// one-line message naming the file, never in a crash.
@Suite("actorgraph on hostile files and file systems")
struct RobustnessTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Root reads and writes through any permission bits, so those checks only bite for other users.
    static let permissionsBind = getuid() != 0

    func expectFailure(_ run: ActorGraphRunner.Run, mentioning words: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exitedNormally && run.status == 1, "status \(run.status): \(run.stderrText)", sourceLocation: sourceLocation)
        #expect(run.stderrText.split(separator: "\n").count == 1, "not one line: \(run.stderrText)", sourceLocation: sourceLocation)
        for word in words {
            #expect(run.stderrText.contains(word), "stderr does not mention \(word): \(run.stderrText)", sourceLocation: sourceLocation)
        }
    }

    @Test("Latin-1 text is refused with the file, the offset of the first bad byte and the iconv command")
    func latin1() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "Le ministre péruvien..." in ISO-8859-1: é is the single byte E9 at offset 13.
        let latin1 = try #require("Le ministre péruvien a accusé le Chili. São Paulo, Müller, Ça va.\n".data(using: .isoLatin1))
        let input = try folder.write(latin1, to: "latin1.txt")
        let run = try runner.run(["extract", input])
        expectFailure(run, mentioning: [input, "not valid UTF-8", "offset 13", "iconv -f latin1 -t utf-8"])
        #expect(run.stdout.isEmpty)
        // The same bytes inside a feed: the offset is in the file, and nothing is kept.
        let feed = try folder.write(Data(#"{"text": "Peru accused Chile."}"#.utf8 + [0x0A]) + latin1, to: "latin1.jsonl")
        let feedRun = try runner.run(["extract", feed])
        expectFailure(feedRun, mentioning: [feed, "offset \(32 + 13)", "iconv"])
    }

    @Test("an empty folder has no articles")
    func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.path("empty")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        expectFailure(try runner.run(["extract", articles]), mentioning: [articles, "no articles found"])
    }

    @Test("a folder whose only articles are unreadable fails naming the file (as root, reads succeed: only the exit is checked)")
    func folderOfUnreadableFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.path("locked")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let file = try folder.write(Data("Peru accused Chile of blocking cargo.\n".utf8), to: "locked/a.txt")
        #expect(chmod(file, 0o000) == 0)
        let run = try runner.run(["extract", articles])
        #expect(run.exitedNormally)
        if Self.permissionsBind {
            expectFailure(run, mentioning: [file, "cannot be read"])
        } else {
            #expect(run.status == 0)
        }
    }

    @Test("an unreadable folder fails with status 1 and its name (as root it is read: only the exit is checked)")
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.path("sealed")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try folder.write(Data("Peru accused Chile of blocking cargo.\n".utf8), to: "sealed/a.txt")
        #expect(chmod(articles, 0o000) == 0)
        defer { chmod(articles, 0o755) }
        let run = try runner.run(["extract", articles])
        #expect(run.exitedNormally)
        if Self.permissionsBind {
            expectFailure(run, mentioning: [articles])
        } else {
            #expect(run.status == 0)
        }
    }

    @Test("a store in a read-only folder is a clear error (root writes anyway: only the exit is checked then)")
    func storeInReadOnlyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write(Data("Peru accused Chile of blocking cargo at the border.\n".utf8), to: "a.txt")
        let sealed = folder.path("sealed")
        try FileManager.default.createDirectory(atPath: sealed, withIntermediateDirectories: true)
        #expect(chmod(sealed, 0o555) == 0)
        defer { chmod(sealed, 0o755) }
        let store = sealed + "/store.sqlite"
        let run = try runner.run(["ingest", article, "--store", store])
        #expect(run.exitedNormally)
        if Self.permissionsBind {
            expectFailure(run, mentioning: [store])
            #expect(!FileManager.default.fileExists(atPath: store))
        } else {
            #expect(run.status == 0, "\(run.stderrText)")
        }
    }

    @Test("export -o into a missing folder fails with a clear message and creates nothing")
    func exportIntoMissingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write(Data("Peru accused Chile of blocking cargo at the border.\n".utf8), to: "a.txt")
        let store = folder.path("store.sqlite")
        try #require(try runner.run(["ingest", article, "--store", store]).status == 0)
        let target = folder.path("nowhere/graph.graphml")
        let run = try runner.run(["export", "--format", "graphml", "-o", target, "--store", store])
        expectFailure(run, mentioning: [target])
        #expect(!FileManager.default.fileExists(atPath: folder.path("nowhere")))
    }

    @Test("ingest onto a full disk fails with status 1 and a message naming the store; the store stays sound",
          .enabled(if: TinyDisk.canMount, "cannot mount a tmpfs here (needs root and mount rights)"))
    func fullDisk() throws {
        let disk = try TinyDisk(kilobytes: 256)
        defer { disk.unmount() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.path("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        // About 1 MB of articles: far more than the 256 KB disk can hold once indexed.
        for i in 0..<400 {
            let text = """
                Border dispute number \(i)
                date 2025-04-01

                Kenya accused Ethiopia of moving troops to the border near Mandera on day \(i), officials said.
                Somalia backs Kenya in the dispute, its government said, and Uganda called for talks in Nairobi.
                Foreign Minister Grace Wanjiru Mwangi said the talks on the Dawa River had failed for the \(i)th time.

                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: articles + String(format: "/a-%04d.txt", i)))
        }
        let store = disk.path + "/store.sqlite"
        let run = try runner.run(["ingest", articles, "--store", store], timeout: 120)
        expectFailure(run, mentioning: [store])
        #expect(run.stderrText.lowercased().contains("full") || run.stderrText.lowercased().contains("space"), "\(run.stderrText)")
        // A failed ingest commits nothing: the store (if it was created) still opens and holds no documents.
        if FileManager.default.fileExists(atPath: store) {
            let export = try runner.run(["export", "--store", store])
            #expect(export.status == 0, "\(export.stderrText)")
            #expect(export.stdoutText.contains("\"documents\" : [\n\n  ]") || !export.stdoutText.contains("a-0000"))
        }
    }
}

/// A tmpfs of a few hundred kilobytes, mounted for one test: a disk that fills up.
struct TinyDisk {
    let path: String

    /// True when this process may mount a tmpfs (root in a sandbox that allows it).
    static let canMount: Bool = {
        guard getuid() == 0, let probe = try? TinyDisk(kilobytes: 64) else { return false }
        probe.unmount()
        return true
    }()

    init(kilobytes: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-tinydisk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let run = try ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path], timeout: 30)
        guard run.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw ActorGraphRunner.Failure(description: "mount failed: \(run.stderrText)")
        }
    }

    func unmount() {
        _ = try? ProcessRunner.run("/bin/umount", [path], timeout: 30)
        try? FileManager.default.removeItem(atPath: path)
    }
}
