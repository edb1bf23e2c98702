import ActorGraphModel

extension DocumentLoader {
    /// The documents with repeated ids renamed: the first keeps its id, each
    /// later one gets the first suffix (`-2`, `-3`, …) that no document uses,
    /// and a warning says so. Input order decides, so the result is
    /// deterministic.
    static func uniqueIDs(_ loaded: [(document: SourceDocument, line: Int?)]) -> LoadResult {
        let allIDs = Set(loaded.map(\.document.document.id))
        var used: [String: String] = [:]  // id -> where it was first seen
        var result = LoadResult()
        for (source, line) in loaded {
            var source = source
            let id = source.document.id
            let origin = source.document.source ?? id
            let place = line.map { "\(origin):\($0)" } ?? origin
            if let first = used[id] {
                var n = 2
                while allIDs.contains("\(id)-\(n)") || used["\(id)-\(n)"] != nil { n += 1 }
                source.document.id = "\(id)-\(n)"
                result.warnings.append(LoadWarning(
                    file: origin, line: line,
                    reason: "document id \"\(id)\" is already used by \(first); renamed \"\(id)-\(n)\""))
            }
            used[source.document.id] = place
            result.documents.append(source)
        }
        return result
    }
}
