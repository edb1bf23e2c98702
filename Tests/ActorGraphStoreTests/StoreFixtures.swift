import ActorGraphModel
import ActorGraphStore
import ActorGraphText
import Foundation

/// Short news-style articles written for these tests (real countries,
/// fictional people), and a fresh store file per test.
enum StoreFixtures {
    /// Names Grace Wanjiru Mwangi in full.
    static let damDispute = """
        Kenya accuses Ethiopia of choking river flows
        date 2025-02-18

        Kenyan Foreign Minister Grace Wanjiru Mwangi accused Ethiopia of cutting the flow of the Dawa River.
        Ethiopia denied the accusation, saying the reservoir was filling as planned.
        Somalia backs Kenya in the dispute, its government said on Tuesday.

        """

    /// Names her only as "Mwangi": alone, the surname resolves to nothing.
    static let talksStall = """
        River talks stall in Addis Ababa
        date 2025-03-04

        Mwangi accused Ethiopia of ignoring the basin treaty.
        Daniel Okoth, a spokesman for the Kenyan Foreign Ministry, said the talks had failed.

        """

    /// Two people called Okoth, so "Okoth" is ambiguous.
    static let twoOkoths = """
        Two Okoths on the river file
        date 2025-03-09

        Kenyan Interior Minister Peter Okoth accused Ethiopia of stalling.
        Uganda backs Kenya.

        """

    /// Parses article text the way the loader does for a file named `id.txt`.
    static func document(_ text: String, id: String) throws -> SourceDocument {
        try DocumentLoader().parse(Data(text.utf8), id: id, source: "fixtures/\(id).txt")
    }

    static var a: SourceDocument { get throws { try document(damDispute, id: "a-dam-dispute") } }
    static var b: SourceDocument { get throws { try document(talksStall, id: "b-talks-stall") } }
    static var c: SourceDocument { get throws { try document(twoOkoths, id: "c-two-okoths") } }
    static var all: [SourceDocument] { get throws { [try a, try b, try c] } }
}

/// A folder of its own under the temporary directory; removed explicitly.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A path for a new store file in this folder.
    var storePath: String { path("store.sqlite") }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
