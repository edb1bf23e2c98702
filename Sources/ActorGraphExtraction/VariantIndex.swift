/// Finds, among many folded names, the ones that may be one edit apart from
/// a given name, without comparing it with all of them.
///
/// Each name is filed under itself and under every string made by deleting
/// one of its characters (a symmetric-delete index): two names within one
/// insertion, deletion or substitution of each other always share such a
/// key. The candidates are a superset of the variants (`NameFolding.isVariant`
/// still decides); they come back in insertion order, so callers that take
/// the first match decide exactly as a scan over all names would.
struct VariantIndex {
    private var positions: [String: [Int]] = [:]
    private var count = 0

    /// Files `folded` and returns its position (0, 1, 2, … in insertion order).
    @discardableResult
    mutating func insert(_ folded: String) -> Int {
        let position = count
        count += 1
        for key in Self.keys(folded) {
            positions[key, default: []].append(position)
        }
        return position
    }

    /// Positions of the names that may be variants of `folded`, ascending.
    func candidates(of folded: String) -> [Int] {
        var found: [Int] = []
        for key in Self.keys(folded) {
            if let hits = positions[key] { found += hits }
        }
        return Set(found).sorted()
    }

    /// The name and, when it is long enough to have variants other than
    /// itself (`NameFolding.isVariant` wants five characters), each one-deletion.
    static func keys(_ folded: String) -> Set<String> {
        var keys: Set<String> = [folded]
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count >= 5 else { return keys }
        for i in scalars.indices {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<i])
            view.append(contentsOf: scalars[(i + 1)...])
            keys.insert(String(view))
        }
        return keys
    }
}
