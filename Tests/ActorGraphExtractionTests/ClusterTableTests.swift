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

    /// Keys that share long prefixes, differ past 16 bytes, are prefixes
    /// of one another, or are not ASCII: every case of `SortPrefix`.
    static let awkwardKeys: [String] = {
        var keys = ["person:", "person:a", "person:ab", "person:abcdefghi", "person:abcdefghij", "person:abcdefghik",
                    "person:abcdefghijklmnop", "person:abcdefghijklmnoq", "place:são paulo", "place:sao paulo",
                    "place:şuşa", "place:shusha", "org:", "org:a b", "org:a-b", "org:A", "country:", "p", "",
                    "place:e\u{301}", "place:é", "place:f"]
        var state: UInt64 = 7
        for _ in 0..<400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let letters = Array("ab é")
            let length = 12 + Int((state >> 40) % 10)
            var key = ["person:", "place:", "org:"][Int((state >> 20) % 3)]
            for i in 0..<length { key.append(letters[Int((state >> UInt64(i % 30)) % UInt64(letters.count))]) }
            keys.append(key)
        }
        return keys
    }()

    @Test("Numbers sort in the order of their keys as strings, however alike the keys")
    func sortedLikeStrings() {
        var table = ClusterTable()
        var numberOf: [String: Int] = [:]
        for key in Self.awkwardKeys { numberOf[key] = table.number(for: key, type: .place) }
        let expected = Set(Self.awkwardKeys).sorted().map { numberOf[$0]! }
        #expect(table.sortedNumbers() == expected)
    }

    @Test("A sort prefix orders two strings as String.< does, or leaves them to it")
    func sortPrefixAgreesWithStrings() {
        for a in Self.awkwardKeys {
            for b in Self.awkwardKeys.prefix(60) {
                if let order = SortPrefix(a).precedes(SortPrefix(b)) {
                    #expect(order == (a < b), "\(a) vs \(b)")
                }
            }
        }
        #expect(SortPrefix("org:a").precedes(SortPrefix("org:b")) == true)
        #expect(SortPrefix("place:são").precedes(SortPrefix("place:sao")) == nil, "not ASCII: the strings decide")
        #expect(SortPrefix("person:abcdefghij").precedes(SortPrefix("person:abcdefghik")) == nil, "tied in 16 bytes")
    }

    @Test("A cluster taken out leaves its type and canonical name and nothing else")
    func take() {
        var table = ClusterTable()
        let n = table.number(for: "country:x", type: .country)
        table[n].add(name: "X", surface: "X", count: 3)
        table[n].canonical = "Xland"
        table[n].country = "Xland"
        let taken = table.take(n)
        #expect(taken.mentions == 3)
        #expect(taken.names == ["X": 3])
        #expect(taken.canonical == "Xland")
        #expect(table[n].type == .country)
        #expect(table[n].canonical == "Xland")
        #expect(table[n].mentions == 0)
        #expect(table[n].names.isEmpty)
        #expect(table[n].country == nil)
    }

    @Test("Filling clusters on all cores leaves each as filing its items one by one, in order, does")
    func fill() {
        // 300 clusters: some get no item, one gets a third of them; the
        // country (first wins) and canonical name (last wins) show the order.
        var table = ClusterTable()
        for k in 0..<300 { _ = table.number(for: "org:\(k)", type: .organization) }
        var numbers = SeededNumbers(seed: 11)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let filings: [(cluster: Int32, item: Int)] = (0..<6_000).map { i in
            (Int32(next(3) == 0 ? 7 : next(200) * 3 / 2), i)
        }
        @Sendable func file(_ i: Int, _ cluster: inout EntityCluster) {
            cluster.add(name: "n\(i % 37)", surface: "s\(i % 11)", count: i % 5 + 1)
            cluster.country = cluster.country ?? "c\(i)"
            cluster.canonical = "c\(i)"
        }
        var oneByOne = table
        for (c, i) in filings { file(i, &oneByOne[Int(c)]) }
        table.fill(filings, file)
        for c in 0..<table.count {
            #expect(table[c].names == oneByOne[c].names, "cluster \(c)")
            #expect(table[c].surfaces == oneByOne[c].surfaces, "cluster \(c)")
            #expect(table[c].mentions == oneByOne[c].mentions, "cluster \(c)")
            #expect(table[c].country == oneByOne[c].country, "cluster \(c)")
            #expect(table[c].canonical == oneByOne[c].canonical, "cluster \(c)")
        }
        #expect(table[2].mentions == 0 && table[2].country == nil, "a cluster without items is untouched")
        #expect(table[7].canonical == "c\(filings.last { $0.cluster == 7 }!.item)")
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
