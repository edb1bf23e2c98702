/// Disjoint sets over cluster numbers (see `ClusterTable`): merging
/// spellings into one entity. A number never united is its own set, so
/// clusters made after the last union need no entry.
struct UnionFind {
    private var parent: [Int32] = []

    mutating func find(_ k: Int) -> Int {
        var root = k
        while root < parent.count, Int(parent[root]) != root { root = Int(parent[root]) }
        var node = k
        while node < parent.count, Int(parent[node]) != root {
            let next = Int(parent[node])
            parent[node] = Int32(root)
            node = next
        }
        return root
    }

    /// Joins the sets of `a` and `b`; the root of `into` survives.
    mutating func union(_ a: Int, into b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if ra >= parent.count {
            parent.reserveCapacity(ra + 1)
            for i in parent.count...ra { parent.append(Int32(i)) }
        }
        parent[ra] = Int32(rb)
    }
}
