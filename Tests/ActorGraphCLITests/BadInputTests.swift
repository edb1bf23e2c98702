import Foundation
import Testing

/// Inputs and options a user gets wrong: each fails with the right exit
/// status and a message naming the culprit, writes nothing, and never crashes.
@Suite("actorgraph on bad input")
struct BadInputTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// A runtime failure: status 1, one line on stderr naming each of `words`,
    /// nothing on stdout, and an ordinary exit rather than a signal.
    func expectRuntimeFailure(_ run: ActorGraphRunner.Run, mentioning words: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exitedNormally, "killed by signal \(run.status)", sourceLocation: sourceLocation)
        #expect(run.status == 1, "stderr: \(run.stderrText)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        let lines = run.stderrText.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "expected a one-line message, got: \(run.stderrText)", sourceLocation: sourceLocation)
        for word in words {
            #expect(run.stderrText.contains(word), "stderr does not mention \(word): \(run.stderrText)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("a missing file fails, names the file, and creates no output file")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = folder.path("no-such-article.txt")
        let run = try runner.run(["extract", input, "-o", folder.path("graph.json")])
        expectRuntimeFailure(run, mentioning: [input, "no such file"])
        #expect(try folder.contents().isEmpty)
    }

    @Test("a temporary folder that does not exist fails extraction with a message naming it and TMPDIR")
    func unusableTemporaryFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = folder.path("article.txt")
        try Data("Kenya accused Ethiopia of delaying the talks.".utf8).write(to: URL(fileURLWithPath: input))
        let missing = folder.path("no-such-tmp")
        let run = try runner.run(["extract", input, "-o", folder.path("graph.json")], environment: ["TMPDIR": missing])
        expectRuntimeFailure(run, mentioning: [missing, "TMPDIR", "No such file or directory"])
        #expect(try folder.contents() == ["article.txt"])
    }

    @Test("a file that is not UTF-8 fails with a message saying so")
    func notUTF8() throws {
        let input = try FixtureFile.notUTF8.path
        let run = try runner.run(["extract", input])
        expectRuntimeFailure(run, mentioning: [input, "UTF-8"])
    }

    @Test("an empty file fails")
    func emptyFile() throws {
        let input = try FixtureFile.empty.path
        expectRuntimeFailure(try runner.run(["extract", input]), mentioning: [input, "empty"])
    }

    @Test("a file of only whitespace fails as empty")
    func blankFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Data(" \n\t\n  \n".utf8), to: "blank.txt")
        expectRuntimeFailure(try runner.run(["extract", input]), mentioning: [input, "empty"])
    }

    @Test("a folder with no .txt files fails")
    func folderWithoutArticles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = folder.path("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try Data("Peru accused Chile of blocking cargo.\n".utf8).write(to: URL(fileURLWithPath: articles + "/notes.md"))
        expectRuntimeFailure(try runner.run(["extract", articles]), mentioning: [articles, ".txt"])
    }

    @Test("a binary file named .txt fails")
    func binaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Data([0x50, 0x65, 0x72, 0x75, 0x00, 0x00, 0xFF, 0x01, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x0A])
        let input = try folder.write(bytes, to: "image.txt")
        expectRuntimeFailure(try runner.run(["extract", input]), mentioning: [input, "binary"])
    }

    @Test("a file of another type fails")
    func unsupportedType() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Data("Peru accused Chile of blocking cargo.\n".utf8), to: "article.pdf")
        expectRuntimeFailure(try runner.run(["extract", input]), mentioning: [input, ".txt"])
    }

    @Test("an unknown --format is a usage error that lists the valid values")
    func unknownFormat() throws {
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "xml"])
        #expect(run.exitedNormally)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrText.contains("xml"))
        for value in ["json", "dot", "svg", "png"] {
            #expect(run.stderrText.contains("'\(value)'"), "stderr does not list \(value): \(run.stderrText)")
        }
    }

    @Test("an unknown --layout is a usage error")
    func unknownLayout() throws {
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "--format", "svg", "--layout", "spring"])
        #expect(run.exitedNormally)
        #expect(run.status == 64)
        #expect(run.stderrText.contains("neato"))
    }

    @Test("no input at all is a usage error", arguments: ["extract", "build"])
    func noInput(subcommand: String) throws {
        let run = try runner.run([subcommand])
        #expect(run.exitedNormally)
        #expect(run.status == 64)
        #expect(run.stderrText.contains("<input>"))
    }

    @Test("-o into a missing folder fails with a clear message and creates nothing")
    func outputIntoMissingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.path("nowhere/graph.json")
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, "-o", target])
        expectRuntimeFailure(run, mentioning: [target, "does not exist"])
        #expect(try folder.contents().isEmpty)
    }

    @Test("an unreadable file fails")
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(Data("Peru accused Chile of blocking cargo.\n".utf8), to: "locked.txt")
        #expect(chmod(input, 0o000) == 0)
        let run = try runner.run(["extract", input])
        #expect(run.exitedNormally)
        // Root reads a mode-000 file anyway, so only a normal user can see the failure.
        if getuid() != 0 {
            expectRuntimeFailure(run, mentioning: [input, "cannot be read"])
        }
    }

    @Test("a failing input among good ones fails the whole run")
    func oneBadAmongGood() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.path("graph.json")
        let run = try runner.run(["extract", try FixtureFile.harbourStandoff.path, try FixtureFile.empty.path, "-o", target])
        expectRuntimeFailure(run, mentioning: [try FixtureFile.empty.path])
        #expect(try folder.contents().isEmpty)
    }
}
