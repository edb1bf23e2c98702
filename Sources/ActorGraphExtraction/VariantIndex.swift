/// Finds, among many folded names, the ones that may be one edit apart from
/// a given name, without comparing it with all of them.
///
/// Each name is filed under itself and under every string made by deleting
/// one of its characters (a symmetric-delete index): two names within one
/// insertion, deletion or substitution of each other always share such a
/// key. Keys are kept as hashes, not strings, so the index of a corpus's
/// hundred thousand surnames stays small; a hash collision only adds a
/// candidate. The candidates are a superset of the variants
/// (`NameFolding.isVariant` still decides); they come back in insertion
/// order, so callers that take the first match decide exactly as a scan
/// over all names would.
struct VariantIndex {
    /// Key hash -> the position filed under it, for keys with one position
    /// (nearly all of them); `more` holds the keys shared by several.
    private var single: [Int: Int32] = [:]
    private var more: [Int: [Int32]] = [:]
    private var count: Int32 = 0

    /// Files `folded` and returns its position (0, 1, 2, … in insertion order).
    @discardableResult
    mutating func insert(_ folded: String) -> Int {
        let position = count
        count += 1
        for key in Self.keyHashes(folded) {
            if let shared = single.removeValue(forKey: key) {
                more[key] = [shared, position]
            } else if more[key] != nil {
                more[key]!.append(position)
            } else {
                single[key] = position
            }
        }
        return Int(position)
    }

    /// Positions of the names that may be variants of `folded`, ascending.
    func candidates(of folded: String) -> [Int] {
        var found: Set<Int32> = []
        for key in Self.keyHashes(folded) {
            if let position = single[key] { found.insert(position) }
            if let positions = more[key] { found.formUnion(positions) }
        }
        return found.map(Int.init).sorted()
    }

    /// Hashes of the name and, when it is long enough to have variants other
    /// than itself (`NameFolding.isVariant` wants five characters), of each
    /// one-deletion, computed without building those strings.
    static func keyHashes(_ folded: String) -> Set<Int> {
        let scalars = Array(folded.unicodeScalars)
        var keys: Set<Int> = [hash(scalars, skipping: nil)]
        guard scalars.count >= 5 else { return keys }
        for i in scalars.indices { keys.insert(hash(scalars, skipping: i)) }
        return keys
    }

    private static func hash(_ scalars: [Unicode.Scalar], skipping skipped: Int?) -> Int {
        var h = Hasher()
        for (i, s) in scalars.enumerated() where i != skipped { h.combine(s.value) }
        h.combine(scalars.count - (skipped == nil ? 0 : 1))
        return h.finalize()
    }
}
