import Foundation
import Testing

/// Progress on standard error: a bar redrawn with `\r` only on a terminal,
/// a plain final summary otherwise, nothing at all with `--quiet`.
@Suite("actorgraph progress")
struct ProgressTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    static let script = "/usr/bin/script"
    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// Runs the command under a pseudo-terminal (util-linux `script`) and
    /// returns everything the terminal received.
    func runOnTerminal(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let quoted = ([runner.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qfec", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: hasScript, "needs util-linux script for a pseudo-terminal"))
    func ingestDrawsABarOnATerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runOnTerminal(["ingest", try FixtureFile.harbourStandoff.path, "--store", "s.sqlite"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.contains("\r"))
        #expect(run.output.contains("1/1 documents"))
        #expect(run.output.contains("added 1 document"))
    }

    @Test(.enabled(if: hasScript, "needs util-linux script for a pseudo-terminal"))
    func quietDrawsNothingEvenOnATerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runOnTerminal(["build", try FixtureFile.harbourStandoff.path, "-o", "graphs", "--quiet"], in: folder.url)
        #expect(run.status == 0)
        #expect(!run.output.contains("documents"))
        #expect(!run.output.contains("#"))
    }

    @Test func withoutATerminalOnlyTheSummaryPrints() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ingest = try runner.run(["ingest", try FixtureFile.harbourStandoff.path, "--store", "s.sqlite"], in: folder.url)
        #expect(ingest.status == 0)
        #expect(!ingest.stderrText.contains("\r"))
        #expect(ingest.stderrText.hasPrefix("added 1 document"))
        #expect(ingest.stderrText.components(separatedBy: "\n").count == 2)

        let build = try runner.run(["build", try FixtureFile.harbourStandoff.path, "-o", "graphs"], in: folder.url)
        #expect(build.status == 0)
        #expect(!build.stderrText.contains("\r"))
        #expect(build.stderrText.hasPrefix("1 document,"))
    }

    @Test func quietPrintsNoSummaryButStillErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ingest = try runner.run(["ingest", try FixtureFile.harbourStandoff.path, "--store", "s.sqlite", "-q"], in: folder.url)
        #expect(ingest.status == 0)
        #expect(ingest.stderr.isEmpty)
        let missing = try runner.run(["ingest", "no-such-article.txt", "--quiet"], in: folder.url)
        #expect(missing.status == 1)
        #expect(missing.stderrText.contains("no-such-article.txt"))
    }
}
