import ActorGraphModel
import Foundation
import Testing

/// Article text full of characters that mean something to JSON, DOT, SVG or
/// a browser: output must stay well-formed and inert.
@Suite("actorgraph on hostile text")
struct HostileTextTests {
    static let article = """
        Chilean minister under fire over <script>alert(1)</script> leak
        date 2025-10-01

        Chilean Foreign Minister Tomás "El Duro" O'Brien said {"cargo": "held"} was not a C:\\ports\\arica matter & nothing more.
        Peru accused Chile of hiding <script>alert(1)</script> in the report, and said the \\"quotes\\" & {braces} proved it.
        Lucía Paredes, a spokeswoman for the Peruvian Foreign Ministry, said the <b>claims</b> were "100% false" — ]]> <!-- -->.
        Bolivia, which backs Peru, said: "Ça va, señor Müller? 日本語 🚢".

        """

    let runner: ActorGraphRunner

    init() throws {
        runner = try ActorGraphRunner()
    }

    func writeArticle(in folder: TemporaryFolder) throws -> String {
        try folder.write(Data(Self.article.utf8), to: "hostile.txt")
    }

    @Test("extract to SVG succeeds; the SVG is well-formed XML with no script element")
    func svg() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try writeArticle(in: folder)
        let run = try runner.run(["extract", input, "--format", "svg"])
        try #require(run.exitedNormally && run.status == 0, "svg failed: \(run.stderrText)")
        #expect(run.stdoutText.contains("<svg"))
        let names = try XMLOutline.elementNames(in: run.stdout)
        #expect(names.first == "svg")
        #expect(!names.contains { $0.lowercased().hasSuffix("script") })
        #expect(!run.stdoutText.lowercased().contains("<script"))
        #expect(!run.stdoutText.contains("<b>"))
    }

    @Test("extract to JSON keeps the text exactly: evidence slices the article back to its sentence")
    func json() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try writeArticle(in: folder)
        let run = try runner.run(["extract", input])
        try #require(run.exitedNormally && run.status == 0, "json failed: \(run.stderrText)")
        let graph = try KnowledgeGraph(jsonData: run.stdout)
        #expect(graph.entities.contains { $0.type == .person })
        #expect(graph.relations.contains { $0.source == "peru" && $0.type == .accuses && $0.target == "chile" })
        let text = Data(Self.article.utf8)
        for relation in graph.relations {
            for evidence in relation.evidence {
                try #require(0 <= evidence.start && evidence.start < evidence.end && evidence.end <= text.count)
                #expect(String(decoding: text[evidence.start..<evidence.end], as: UTF8.self) == evidence.sentence)
            }
        }
        #expect(graph.relations.contains { $0.evidence.contains { $0.sentence.contains("<script>alert(1)</script>") } })
    }

    @Test("extract to DOT succeeds and Graphviz can still lay it out", arguments: ["dot", "png"])
    func otherFormats(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try writeArticle(in: folder)
        let run = try runner.run(["extract", input, "--format", format])
        #expect(run.exitedNormally && run.status == 0, "\(format) failed: \(run.stderrText)")
        #expect(!run.stdout.isEmpty)
    }
}
