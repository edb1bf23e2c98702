import Foundation

extension KnowledgeGraph {
    /// The graph JSON of DESIGN.md: normalized, keys sorted, pretty-printed,
    /// ending in a newline, so equal graphs give equal bytes.
    public func jsonData() throws -> Data {
        var data = Data()
        try writeJSON { data.append(contentsOf: $0) }
        return data
    }

    /// The bytes of `jsonData()`, handed to `sink` a chunk (a quarter megabyte)
    /// at a time.
    ///
    /// The JSON of a large corpus runs to hundreds of megabytes; streaming it
    /// to a file keeps only one chunk in memory instead of the whole document.
    /// A chunk's bytes are valid only during the call. Throws what `sink`
    /// throws, and `EncodingError` for a confidence that is not finite.
    public func writeJSON(_ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try GraphJSONWriter().write(self, to: sink)
    }

    /// Reads a graph written by `jsonData()` (or any JSON of the same contract).
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
    }
}
