import ActorGraphModel
import Testing

@Suite("Evidence")
struct EvidenceTests {
    @Test("Evidence sorts by document, then start, then end")
    func order() {
        let a = Evidence(document: "a", sentence: "x", start: 50, end: 60)
        let b = Evidence(document: "b", sentence: "x", start: 0, end: 10)
        let c = Evidence(document: "b", sentence: "x", start: 0, end: 12)
        let d = Evidence(document: "b", sentence: "x", start: 5, end: 6)
        #expect([d, c, b, a].sorted() == [a, b, c, d])
        #expect(!(b < b))
    }

    @Test("Equal evidence hashes equally, so a Set merges duplicates")
    func dedup() {
        let e = Evidence(document: "d", sentence: "Fighting resumed.", start: 3, end: 20, date: "2020-10-27")
        var f = e
        #expect(Set([e, f]).count == 1)
        f.date = nil
        #expect(Set([e, f]).count == 2)
    }
}
