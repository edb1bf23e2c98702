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

    var count: Int { clusters.count }

    /// The number of the cluster keyed `key`, made empty, of `type`, if new
    /// (an existing cluster keeps its type).
    mutating func number(for key: String, type: EntityType) -> Int {
        if let n = numbers[key] { return Int(n) }
        numbers[key] = Int32(clusters.count)
        keys.append(key)
        clusters.append(EntityCluster(type: type))
        return clusters.count - 1
    }

    subscript(number: Int) -> EntityCluster {
        get { clusters[number] }
        _modify { yield &clusters[number] }
    }

    /// Numbers of the clusters `isIncluded` takes, in the order of their keys.
    func sortedNumbers(where isIncluded: (EntityCluster) -> Bool = { _ in true }) -> [Int] {
        clusters.indices.filter { isIncluded(clusters[$0]) }.sorted { keys[$0] < keys[$1] }
    }
}
