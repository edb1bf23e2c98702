import ActorGraphModel
import Testing

@Suite("Document")
struct DocumentTests {
    @Test("Documents sort by id; optional fields default to nil")
    func order() {
        let docs = [Document(id: "tbilisi-talks"), Document(id: "baku-briefing", title: "Z"), Document(id: "kyiv-update")]
        #expect(docs.sorted().map(\.id) == ["baku-briefing", "kyiv-update", "tbilisi-talks"])
        let d = Document(id: "x")
        #expect(d.title == nil && d.date == nil && d.source == nil && d.url == nil)
    }
}
