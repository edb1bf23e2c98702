import ActorGraphModel

/// The clusters of one resolution, each named by a key ("person:hikmethajiev",
/// "org:…") and numbered in the order the keys first come up.
///
/// A key is hashed once, when it is looked up; from there on resolution
/// addresses clusters, unions and signatures by number. Keyed by string
/// everywhere, a large corpus's resolution hashed each of its 200,000 keys
/// again for every union find, every signature (300,000) and every step of
/// naming, all on one thread.
struct ClusterTable {
    /// Each cluster's key, by number.
    private(set) var keys: [String] = []
    /// The clusters, by number; changed in place through the subscript.
    private(set) var clusters: [EntityCluster] = []
    private var numbers: [String: Int32] = [:]
    /// Each key's leading bytes, by number, for `sortedNumbers`.
    private var prefixes: [SortPrefix] = []

    var count: Int { clusters.count }

    /// The number of the cluster keyed `key`, made empty, of `type`, if new
    /// (an existing cluster keeps its type).
    mutating func number(for key: String, type: EntityType) -> Int {
        if let n = numbers[key] { return Int(n) }
        numbers[key] = Int32(clusters.count)
        keys.append(key)
        prefixes.append(SortPrefix(key))
        clusters.append(EntityCluster(type: type))
        return clusters.count - 1
    }

    /// Read in place: a cluster holds a table of names and a set of
    /// surfaces, which a copy would retain and release again.
    subscript(number: Int) -> EntityCluster {
        _read { yield clusters[number] }
        _modify { yield &clusters[number] }
    }

    /// Calls `body` with each item of `filings` and the cluster numbered
    /// beside it: the clusters on all cores, each cluster's items in the
    /// order `filings` gives them, so each cluster ends as it would if they
    /// were filed one by one.
    ///
    /// The items are grouped by cluster first (a counting sort), then runs
    /// of whole clusters go to the cores: no two cores change one cluster.
    mutating func fill<Item: Sendable>(_ filings: [(cluster: Int32, item: Item)],
                                       _ body: @Sendable (Item, inout EntityCluster) -> Void) {
        guard !filings.isEmpty else { return }
        // start[c]..<start[c + 1]: where cluster c's items are in `grouped`.
        var start = [Int](repeating: 0, count: clusters.count + 1)
        for f in filings { start[Int(f.cluster) + 1] += 1 }
        for c in clusters.indices { start[c + 1] += start[c] }
        var grouped = [Int32](repeating: 0, count: filings.count)
        var next = start
        for (k, f) in filings.enumerated() {
            grouped[next[Int(f.cluster)]] = Int32(k)
            next[Int(f.cluster)] += 1
        }
        // Runs of whole clusters of about equal numbers of items, a few for each core.
        let share = max(1, filings.count / 64)
        var runs: [Range<Int>] = []
        var first = 0
        for c in clusters.indices where start[c + 1] - start[first] >= share {
            runs.append(first..<c + 1)
            first = c + 1
        }
        if first < clusters.count { runs.append(first..<clusters.count) }
        let (starts, order) = (start, grouped)
        clusters.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            _ = runs.parallelMap { run in
                for c in run {
                    for g in starts[c]..<starts[c + 1] { body(filings[Int(order[g])].item, &buffer[c]) }
                }
            }
        }
    }

    /// The cluster numbered `number`, moved out: left in its place is an
    /// empty cluster of the same type and canonical name, which is all
    /// that is read of a cluster once it is merged.
    mutating func take(_ number: Int) -> EntityCluster {
        var left = EntityCluster(type: clusters[number].type)
        left.canonical = clusters[number].canonical
        // Moved out through the buffer: `swap` with the element copied the
        // cluster (retaining its tables) and destroyed the original.
        return clusters.withUnsafeMutableBufferPointer { buffer in
            let place = buffer.baseAddress! + number
            let taken = place.move()
            place.initialize(to: left)
            return taken
        }
    }

    /// Numbers of the clusters `isIncluded` takes, in the order of their keys.
    ///
    /// Compared on the keys' leading bytes (`SortPrefix`) where those
    /// differ, on the keys where they tie: the same order. Resolution sorts
    /// a corpus's clusters (200,000) three times on one thread; comparing
    /// every pair as strings made those sorts three to four times the
    /// instructions.
    func sortedNumbers(where isIncluded: (EntityCluster) -> Bool = { _ in true }) -> [Int] {
        var items = clusters.indices.filter { isIncluded(clusters[$0]) }.map { (prefix: prefixes[$0], number: $0) }
        items.sort { a, b in
            if let order = a.prefix.precedes(b.prefix) { return order }
            return keys[a.number] < keys[b.number]
        }
        return items.map(\.number)
    }
}
