import ActorGraphModel

extension DocumentLoader {
    /// New ids for repeated ones: the first document keeps its id, each later
    /// one gets the first suffix (`-2`, `-3`, …) that no document uses, and a
    /// warning says so. `documents` are the ids as read, in input order, with
    /// where each came from; `renamed` maps a position in that order to its
    /// new id. Input order decides, so the result is deterministic.
    static func uniqueIDs(_ documents: [(id: String, origin: String, line: Int?)])
        -> (renamed: [Int: String], warnings: [LoadWarning]) {
        let allIDs = Set(documents.map(\.id))
        var used: [String: String] = [:]  // id -> where it was first seen
        var renamed: [Int: String] = [:]
        var warnings: [LoadWarning] = []
        for (position, (id, origin, line)) in documents.enumerated() {
            let place = line.map { "\(origin):\($0)" } ?? origin
            var unique = id
            if let first = used[id] {
                var n = 2
                while allIDs.contains("\(id)-\(n)") || used["\(id)-\(n)"] != nil { n += 1 }
                unique = "\(id)-\(n)"
                renamed[position] = unique
                warnings.append(LoadWarning(
                    file: origin, line: line,
                    reason: "document id \"\(id)\" is already used by \(first); renamed \"\(unique)\""))
            }
            used[unique] = place
        }
        return (renamed, warnings)
    }
}
