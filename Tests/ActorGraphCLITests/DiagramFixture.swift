import Foundation
import Testing

/// A store of three dated articles for the `render` and `report` tests.
///
/// Extracted, they give (among others): Grace Wanjiru Mwangi accuses
/// Ethiopia (2025-02-18 and 2025-03-04), Ethiopia denies Kenya (02-18),
/// Somalia backs Kenya (02-18), Uganda backs Kenya (03-09), Peter Okoth
/// accuses Ethiopia (03-09), and two Okoths (Daniel and Peter).
struct DiagramFixture {
    /// The store tests' first two articles, and a third of its own.
    static let articles: [(String, String)] = Array(StoreCommandTests.articles.prefix(2)) + [
        ("c-uganda.txt", """
            Uganda joins the river file
            date 2025-03-09

            Uganda backs Kenya.
            Kenyan Interior Minister Peter Okoth accused Ethiopia of stalling.

            """),
    ]

    let folder: TemporaryFolder
    let store: String
    let articles: String

    /// Writes the articles and ingests them into `store.sqlite`.
    init(runner: ActorGraphRunner, extra: [(String, String)] = []) throws {
        folder = try TemporaryFolder()
        articles = folder.path("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for (name, text) in Self.articles + extra {
            try Data(text.utf8).write(to: URL(fileURLWithPath: articles).appendingPathComponent(name))
        }
        store = folder.path("store.sqlite")
        let run = try runner.run(["ingest", articles, "--store", store])
        try #require(run.status == 0, "ingest failed: \(run.stderrText)")
    }

    func remove() { folder.remove() }
}
