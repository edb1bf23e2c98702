import Foundation
import Testing

/// Usage errors exit 64 with the parser's message, which lists the valid
/// values; they are told apart from runtime errors (1) before any input is
/// read or any store is opened. `BadInputTests` and `StoreCommandTests`
/// check single cases (`--format xml`, `--layout spring`, `--depth 0`,
/// `--relation likes`, `--type planet`); this table covers the rest of the
/// commands this issue owns, and that no usage error touches a store.
@Suite("actorgraph exit codes")
struct ExitCodeTests {
    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    /// Arguments that are a usage error, and words the message must contain.
    static let usageErrors: [([String], [String])] = [
        (["extract", "a.txt", "--format", "xml"], ["'json'", "'dot'", "'svg'", "'png'"]),
        (["extract", "a.txt", "--layout", "spring"], ["'dot'", "'neato'", "'fdp'", "'sfdp'", "'circo'"]),
        (["extract", "a.txt", "--no-such-option"], ["--no-such-option"]),
        (["extract"], ["<input>"]),
        (["ingest", "-", "-"], ["once"]),
        (["neighbors", "Kenya", "--depth", "0"], ["depth"]),
        (["neighbors", "Kenya", "--depth", "-3"], ["depth"]),
        (["neighbors", "Kenya", "--depth", "two"], ["two"]),
        (["neighbors", "Kenya", "--relation", "likes"], ["accuses", "backs", "spokesperson-of"]),
        (["neighbors", "Kenya", "--direction", "sideways"], ["'out'", "'in'", "'both'"]),
        (["neighbors"], ["<name>"]),
        (["entities", "--type", "planet"], ["PERSON"]),
        (["entities", "--format", "xml"], ["json"]),
        (["export", "--format", "xml"], ["'json'", "'graphml'", "'csv'"]),
        (["export", "--format", "csv"], ["-o"]),
        (["no-such-command"], ["no-such-command"]),
    ]

    @Test("usage errors exit 64, print nothing on stdout, name the valid values and create no store",
          arguments: usageErrors)
    func usage(arguments: [String], words: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(arguments, in: folder.url)
        #expect(run.exitedNormally && run.status == 64, "\(arguments): status \(run.status): \(run.stderrText)")
        #expect(run.stdout.isEmpty)
        for word in words {
            #expect(run.stderrText.contains(word), "\(arguments): stderr does not mention \(word): \(run.stderrText)")
        }
        #expect(try folder.contents().isEmpty, "\(arguments) left files behind")
    }

    @Test("runtime errors exit 1, success exits 0, --help exits 0", arguments: [
        (["extract", "missing.txt"], Int32(1)),
        (["entities", "--store", "missing.sqlite"], Int32(1)),
        (["--help"], Int32(0)),
        (["neighbors", "--help"], Int32(0)),
        (["--version"], Int32(0)),
    ])
    func otherCodes(arguments: [String], status: Int32) throws {
        let run = try runner.run(arguments)
        #expect(run.exitedNormally && run.status == status, "\(arguments): \(run.status): \(run.stderrText)")
    }
}
