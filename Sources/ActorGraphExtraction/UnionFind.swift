/// Disjoint sets over string keys: merging spellings into one entity.
struct UnionFind {
    private var parent: [String: String] = [:]

    mutating func find(_ k: String) -> String {
        var root = k
        while let p = parent[root], p != root { root = p }
        var node = k
        while let p = parent[node], p != root { parent[node] = root; node = p }
        return root
    }

    /// Joins the sets of `a` and `b`; the root of `into` survives.
    mutating func union(_ a: String, into b: String) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[ra] = rb }
    }
}
