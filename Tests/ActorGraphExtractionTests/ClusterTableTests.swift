import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Resolution's numbered clusters and the sets over their numbers.
@Suite("ClusterTable and UnionFind")
struct ClusterTableTests {
    @Test("A key gets one number, its first type, and key order sorts the numbers")
    func numbering() {
        var table = ClusterTable()
        let b = table.number(for: "person:b", type: .person)
        let a = table.number(for: "org:a", type: .organization)
        #expect(table.number(for: "person:b", type: .place) == b)
        #expect(table[b].type == .person, "an existing cluster keeps its type")
        #expect(table.number(for: "org:a", type: .place) == a)
        table[a].add(name: "A", surface: "A", count: 2)
        #expect(table[a].mentions == 2)
        let c = table.number(for: "country:c", type: .country)
        #expect(table.count == 3)
        #expect(table.sortedNumbers() == [c, a, b])
        #expect(table.sortedNumbers { $0.type != .person } == [c, a])
    }

    @Test("Sets over numbers join as a union-find over keys does, numbers past the last union included")
    func unions() {
        var sets = UnionFind()
        #expect(sets.find(7) == 7, "a number never united is its own set")
        sets.union(0, into: 1)
        sets.union(1, into: 2)
        sets.union(5, into: 9)  // 9 is past every number filed so far
        #expect(sets.find(0) == 2)
        #expect(sets.find(1) == 2)
        #expect(sets.find(5) == 9)
        #expect(sets.find(9) == 9)
        sets.union(2, into: 5)  // the root of `into` survives
        #expect([0, 1, 2, 5, 9].allSatisfy { sets.find($0) == 9 })
        #expect(sets.find(3) == 3)
        sets.union(4, into: 4)
        #expect(sets.find(4) == 4)
    }
}
