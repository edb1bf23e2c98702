import Foundation

extension KnowledgeGraph {
    /// The graph JSON of DESIGN.md: normalized, keys sorted, pretty-printed,
    /// ending in a newline, so equal graphs give equal bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(normalized())
        data.append(0x0A)
        return data
    }

    /// Reads a graph written by `jsonData()` (or any JSON of the same contract).
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
    }
}
