import ActorGraphModel
import Foundation

/// Graphs written for the report tests.
enum ReportFixtures {
    static let hostileName = "<script>alert('x')</script> & \"Co\" </td></tr>"
    static let hostileSentence = "He said </td><script>evil()</script> & \"quoted\" 'single' *bold* [link](http://x) | pipe"

    /// A small graph whose names, sentences, titles and URLs try to break out.
    static let hostile = KnowledgeGraph(
        documents: [
            Document(id: "doc-1", title: "Title <img src=x onerror=alert(1)> & co", date: "2020-10-28",
                     source: "a.txt", url: "https://example.org/a?x=1&y=\"2\"<b>"),
            Document(id: "doc-2", title: "Second", date: "2020-10-30", url: "javascript:alert(1)"),
        ],
        entities: [
            Entity(id: "evil", name: hostileName, type: .person, aliases: ["<b>bold</b>", "a|b"], mentions: 3),
            Entity(id: "armenia", name: "Armenia", type: .country, mentions: 8),
            Entity(id: "lonely", name: "Lonely & Unlinked", type: .organization, mentions: 1),
        ],
        relations: [
            Relation(source: "evil", type: .accuses, target: "armenia", confidence: 0.9, evidence: [
                Evidence(document: "doc-1", sentence: hostileSentence, start: 0, end: 10, date: "2020-10-28"),
                Evidence(document: "doc-2", sentence: "Plain second sentence.", start: 20, end: 40),
            ]),
            Relation(source: "armenia", type: .denies, target: "evil", confidence: 0.7),
        ])
}
