import ActorGraphModel
import Foundation
import Testing

/// Names and sentences built to break the writers: control characters,
/// right-to-left marks, markup, entities, quotes, backslashes, braces and a
/// name of more than 10,000 characters. The DOT must still parse in Graphviz
/// (rendering to SVG succeeds), the SVG must be well-formed and inert, and
/// the JSON must read back to the same bytes. `HostileTextTests` covers the
/// ordinary punctuation cases; these are the extreme ones.
@Suite("actorgraph on hostile names")
struct HostileNameTests {
    /// 380 capitalized 26-letter words: one run of capitals, so one name of 10,259 characters.
    static let longName: String = {
        var rng = SeededGenerator(seed: 5)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return (0..<380).map { _ in
            String(letters.randomElement(using: &rng)!).uppercased()
                + String((0..<25).map { _ in letters.randomElement(using: &rng)! })
        }.joined(separator: " ")
    }()

    static let article = """
        Hostile names \u{202E}txt.exe <img src=x onerror=alert(1)>
        date 2025-10-01

        Kenyan Foreign Minister Hik\u{202E}met Ha\u{200F}jiyev accused Ethiopia of hiding "{cargo}" in C:\\\\ports <script>alert(1)</script> &lt;b&gt; &amp; \u{01}\u{1B}[31m\u{7F}.
        Peru accused Sa\u{07}ra Qu\u{08}ispe of lying about \u{061C}\u{2067}مرحبا\u{2069} and ]]> <![CDATA[ x ]]> \\N{"a":"b"}.
        \(longName) accused Chile of blocking cargo.
        Somalia backs Kenya in the \u{FEFF}dispute, said Zo\u{0301}e O\u{2019}Neill-D\u{00E9}j\u{00E0}.

        """

    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    func writeArticle(in folder: TemporaryFolder) throws -> String {
        try folder.write(Data(Self.article.utf8), to: "hostile-names.txt")
    }

    @Test("the long name is one entity of more than 10,000 characters, and JSON round-trips byte for byte")
    func jsonRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["extract", try writeArticle(in: folder)])
        try #require(run.exitedNormally && run.status == 0, "\(run.stderrText)")
        let graph = try KnowledgeGraph(jsonData: run.stdout)
        #expect(try graph.jsonData() == run.stdout)
        let long = try #require(graph.entities.first { $0.name.count > 10_000 }, "no 10,000-character name")
        #expect(long.name == Self.longName)
        #expect(graph.relations.contains { $0.source == long.id && $0.target == "chile" && $0.type == .accuses })
        let text = Data(Self.article.utf8)
        for evidence in graph.relations.flatMap(\.evidence) {
            #expect(String(decoding: text[evidence.start..<evidence.end], as: UTF8.self) == evidence.sentence)
        }
    }

    @Test("Graphviz parses the DOT: SVG renders with every layout engine and is well-formed, with no script",
          arguments: ["dot", "neato", "sfdp"])
    func svg(layout: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["extract", try writeArticle(in: folder), "--format", "svg", "--layout", layout])
        try #require(run.exitedNormally && run.status == 0, "\(run.stderrText)")
        let names = try XMLOutline.elementNames(in: run.stdout)
        #expect(names.first == "svg")
        #expect(!names.contains { $0.lowercased().hasSuffix("script") || $0.lowercased() == "img" })
        #expect(!run.stdoutText.lowercased().contains("<script"))
        #expect(!run.stdoutText.contains("\u{01}") && !run.stdoutText.contains("\u{1B}"))
    }

    @Test("the DOT is a single digraph that quotes every name, whatever it holds")
    func dot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try runner.run(["extract", try writeArticle(in: folder), "--format", "dot"])
        try #require(run.exitedNormally && run.status == 0, "\(run.stderrText)")
        #expect(run.stdoutText.hasPrefix("digraph"))
        #expect(run.stdoutText.contains(String(Self.longName.prefix(200))))
        // PNG goes through the same DOT: a second Graphviz parse, another renderer.
        let png = try runner.run(["extract", try writeArticle(in: folder), "--format", "png"])
        #expect(png.exitedNormally && png.status == 0, "\(png.stderrText)")
        #expect(png.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

/// SplitMix64: a small deterministic generator, so generated inputs reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
