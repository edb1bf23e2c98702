import Foundation

/// Writes the graph JSON of DESIGN.md in chunks, byte for byte what
/// `JSONEncoder` prints with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// plus a trailing newline.
///
/// A large corpus gives a graph of 100 MB and more of JSON; `JSONEncoder`
/// builds a tree of the whole document first, which multiplies peak memory.
/// This writer walks the model directly and hands its buffer to a sink each
/// time it holds `chunkSize` bytes, so only one chunk is ever in memory.
public struct GraphJSONWriter: Sendable {
    /// A quarter of a megabyte: large enough that a file write per chunk
    /// costs nothing, small enough that the buffer's pages, faulted in once
    /// (see `JSONBytes.init`), are few: a megabyte's were 260 more faults of
    /// a 100,000-word run's 5,900.
    public static let defaultChunkSize = 1 << 18

    /// A chunk is handed on once the buffer holds at least this many bytes;
    /// it may run over by one string or number.
    public var chunkSize: Int

    public init(chunkSize: Int = GraphJSONWriter.defaultChunkSize) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Writes `graph.normalized()` to `sink`, one chunk a call; the bytes are
    /// only valid during the call.
    ///
    /// Throws `EncodingError.invalidValue` for a confidence that is NaN or
    /// infinite, as `JSONEncoder` does, and whatever `sink` throws.
    public func write(_ graph: KnowledgeGraph, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let graph = graph.normalized()
        var out = JSONBytes(chunkSize: chunkSize)
        out.openObject()
        out.key("documents")
        out.openArray()
        for document in graph.documents {
            out.element()
            out.write(document)
            try out.flushIfFull(to: sink)
        }
        out.closeArray()
        out.key("entities")
        out.openArray()
        try graph.entities.withUnsafeBufferPointer { entities in
            try writeEntities(entities, into: &out, to: sink)
        }
        out.closeArray()
        out.key("relations")
        out.openArray()
        // Through the buffer: each relation is read in place, not copied out
        // of the array with all its evidence first.
        try graph.relations.withUnsafeBufferPointer { relations in
            try writeRelations(relations, into: &out, to: sink)
        }
        out.closeArray()
        out.closeObject()
        out.newline()
        try out.flush(to: sink)
    }
}

// MARK: - Relations on all cores

extension GraphJSONWriter {
    /// How much of the graph one core encodes at a time, counted as
    /// relations plus their evidence (an evidence prints to some 500
    /// bytes): about half a chunk.
    var groupWeight: Int { max(1, chunkSize / 1024) }

    /// Groups encoded at once: two a core, so one slow group leaves no core
    /// idle for long, and at most 16, as the groups of a round are all in
    /// memory at once and writing comes at the run's peak of memory.
    static let groupsPerRound = min(16, 2 * Cores.usable)

    /// The relations' members, in order: most of a large graph's JSON, so
    /// they are encoded in rounds of consecutive groups on all cores, each
    /// group into a buffer of its own, and the buffers appended in order.
    /// Encoding on one thread was most of a second for a corpus's graph
    /// (200 MB of JSON), with the other cores idle.
    ///
    /// A relation heavier than a group (stated in thousands of sentences)
    /// is a group of its own whose evidence is encoded in groups the same
    /// way, so it still streams. The bytes are the same as one thread's.
    fileprivate func writeRelations(_ relations: UnsafeBufferPointer<Relation>, into out: inout JSONBytes,
                                    to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let limit = groupWeight
        func weight(_ i: Int) -> Int { relations[i].evidence.count + 1 }
        nonisolated(unsafe) let relations = relations
        var next = relations.startIndex
        while next < relations.endIndex {
            if weight(next) > limit {
                out.element()
                try out.openRelation(confidence: relations[next].confidence)
                let evidence = relations[next].evidence
                let groups = evidence.indices.pieces(of: limit)
                for round in stride(from: 0, to: groups.count, by: Self.groupsPerRound) {
                    let end = min(round + Self.groupsPerRound, groups.count)
                    try out.append(encoding: Array(groups[round..<end]), to: sink) { bytes, i in bytes.write(evidence[i]) }
                }
                out.closeRelation(relations, at: next)
                try out.flushIfFull(to: sink)
                next += 1
                continue
            }
            let groups = Self.round(from: &next, to: relations.endIndex, limit: limit, weight: weight) { weight($0) <= limit }
            try out.append(encoding: groups, to: sink) { bytes, i in
                try bytes.openRelation(confidence: relations[i].confidence)
                relations[i].evidence.withUnsafeBufferPointer { evidence in
                    for e in evidence.indices {
                        bytes.element()
                        bytes.write(evidence[e])
                    }
                }
                bytes.closeRelation(relations, at: i)
            }
        }
    }
}

extension GraphJSONWriter {
    /// The entities' members, in order, encoded on all cores in rounds of
    /// groups as the relations are: a corpus's graph has 100,000 entities
    /// and more, with their aliases, and encoding them on one thread (51 M
    /// instructions for the 17,247 entities of ten corpus shards) left the
    /// other cores idle. An entity counts as its aliases plus one toward a
    /// group's weight.
    fileprivate func writeEntities(_ entities: UnsafeBufferPointer<Entity>, into out: inout JSONBytes,
                                   to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        nonisolated(unsafe) let entities = entities
        let limit = groupWeight
        var next = entities.startIndex
        while next < entities.endIndex {
            let groups = Self.round(from: &next, to: entities.endIndex, limit: limit) { entities[$0].aliases.count + 1 }
            try out.append(encoding: groups, to: sink) { bytes, i in bytes.write(entities[i]) }
        }
    }

    /// The next round of groups of consecutive members from `next` (moved
    /// past them): at most `groupsPerRound` groups, each of members whose
    /// weights add up to at most `limit`, or of one member heavier than
    /// that; the round ends before a member `startsGroup` refuses.
    static func round(from next: inout Int, to end: Int, limit: Int, weight: (Int) -> Int,
                      startsGroup: (Int) -> Bool = { _ in true }) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        while groups.count < groupsPerRound, next < end, startsGroup(next) {
            let start = next
            var total = weight(next)
            next += 1
            while next < end, total + weight(next) <= limit {
                total += weight(next)
                next += 1
            }
            groups.append(start..<next)
        }
        return groups
    }
}

extension JSONBytes {
    /// Members `i` of each range of `groups`, in order, into the innermost
    /// container: each group encoded by `member` into a buffer of its own on
    /// some core, the buffers then appended and flushed in order.
    ///
    /// On one allowed core (`Cores.usable`) the members go straight into
    /// this buffer: a group's own buffer would only be copied into it, and
    /// each fresh buffer's pages faulted in (some 500 faults, a tenth of a
    /// 100,000-word run's).
    mutating func append(encoding groups: [Range<Int>], to sink: (UnsafeRawBufferPointer) throws -> Void,
                         member: @escaping @Sendable (inout JSONBytes, Int) throws -> Void) throws {
        guard Cores.areSeveral else {
            for range in groups {
                for i in range {
                    element()
                    try member(&self, i)
                    try flushIfFull(to: sink)
                }
            }
            return
        }
        let (depth, isEmpty) = (self.depth, self.isEmpty)
        let encoded = groups.enumerated().map { $0 }.parallelMap { k, range -> Result<JSONBytes, any Error> in
            Result {
                // Only the container's first member goes without a comma.
                var bytes = JSONBytes(chunkSize: .max, depth: depth, isEmpty: isEmpty && k == 0)
                for i in range {
                    bytes.element()
                    try member(&bytes, i)
                }
                return bytes
            }
        }
        for group in encoded {
            try append(group.get())
            try flushIfFull(to: sink)
        }
    }
}

// MARK: - Model

/// Keys go in sorted order, as `.sortedKeys` prints them; nil optionals are
/// left out, as synthesized `Codable` does.
extension JSONBytes {
    mutating func write(_ document: Document) {
        openObject()
        if let date = document.date { key("date"); string(date) }
        key("id"); string(document.id)
        if let source = document.source { key("source"); string(source) }
        if let title = document.title { key("title"); string(title) }
        if let url = document.url { key("url"); string(url) }
        closeObject()
    }

    mutating func write(_ entity: Entity) {
        openObject()
        key("aliases")
        openArray()
        for alias in entity.aliases {
            element()
            string(alias)
        }
        closeArray()
        key("id"); string(entity.id)
        key("mentions"); number(entity.mentions)
        key("name"); string(entity.name)
        key("type"); string(entity.type.rawValue)
        closeObject()
    }

    /// A relation up to its evidence's members: `closeRelation` finishes it. (Given
    /// the relation itself, this copied it, strings and evidence, each time.)
    mutating func openRelation(confidence: Double) throws {
        openObject()
        key("confidence"); try number(confidence)
        key("evidence")
        openArray()
    }

    /// The rest of relation `i` after its evidence, read in place.
    mutating func closeRelation(_ relations: UnsafeBufferPointer<Relation>, at i: Int) {
        closeArray()
        key("source"); string(relations[i].source)
        key("target"); string(relations[i].target)
        if let title = relations[i].title { key("title"); string(title) }
        key("type"); string(relations[i].type.rawValue)
        closeObject()
    }

    mutating func write(_ evidence: borrowing Evidence) {
        openObject()
        if let date = evidence.date { key("date"); string(date) }
        key("document"); string(evidence.document)
        key("end"); number(evidence.end)
        key("sentence"); string(evidence.sentence)
        key("start"); number(evidence.start)
        closeObject()
    }
}

// MARK: - Bytes

/// The output buffer and the pretty-printer's place in the document:
/// members one a line, two spaces of indent a level, `"key" : value`.
private struct JSONBytes {
    private let bytes: JSONByteBuffer
    private let chunkSize: Int
    private(set) var depth = 0
    /// Whether the innermost container has no member yet.
    private(set) var isEmpty = false

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
        // A chunk and some room past it, taken at once and kept across
        // flushes: grown by doubling, the buffer's pages were faulted in at
        // each size and copied, some 500 faults for one chunk. Pages
        // never written are never touched, so a small graph stays small.
        bytes = JSONByteBuffer(capacity: chunkSize <= 1 << 30 ? chunkSize + (1 << 16) : 1 << 16)
    }

    /// Members of a container that another buffer has opened `depth` deep,
    /// for `append(_:)` to that buffer later.
    init(chunkSize: Int, depth: Int, isEmpty: Bool) {
        self.init(chunkSize: chunkSize)
        self.depth = depth
        self.isEmpty = isEmpty
    }

    /// Adds the members `other` encoded into this buffer's innermost container.
    mutating func append(_ other: JSONBytes) {
        guard !other.bytes.isEmpty else { return }
        bytes.append(other.bytes)
        isEmpty = false
    }

    mutating func flushIfFull(to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        if bytes.count >= chunkSize { try flush(to: sink) }
    }

    mutating func flush(to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes(sink)
        bytes.removeAll()
    }

    // MARK: Layout

    mutating func openObject() { open(.openBrace) }
    mutating func openArray() { open(.openBracket) }
    mutating func closeObject() { close(.closeBrace) }
    mutating func closeArray() { close(.closeBracket) }

    /// Starts the next member of the innermost container on a line of its own.
    mutating func element() {
        if !isEmpty { bytes.append(.comma) }
        bytes.append(.newline)
        indent()
        isEmpty = false
    }

    /// Two spaces a level, copied from a run of spaces: appending a
    /// `repeatElement` went through the generic path for every line.
    private mutating func indent() {
        var left = 2 * depth
        while left > 0 {
            let n = min(left, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(UnsafeBufferPointer(rebasing: $0[..<n])) }
            left -= n
        }
    }

    private static let spaces = [UInt8](repeating: .space, count: 64)

    /// Starts the next member of the innermost object: `"name" : `.
    mutating func key(_ name: StaticString) {
        element()
        bytes.append(.quote)
        append(name)
        append("\" : ")
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append($0) }
    }

    mutating func newline() { bytes.append(.newline) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        // JSONEncoder prints an empty container as the bracket, a blank line, the bracket.
        bytes.append(.newline)
        if isEmpty { bytes.append(.newline) }
        depth -= 1
        indent()
        bytes.append(bracket)
        isEmpty = false
    }

    // MARK: Values

    /// Decimal digits written straight into the bytes, as `description`
    /// prints them, without making a string for each count and offset.
    mutating func number(_ value: Int) {
        guard value >= 0 else { return appendText(value.description) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for Int.max's 19 digits
        withUnsafeMutableBytes(of: &digits) { room in
            var v = UInt(value), at = room.count
            repeat {
                at -= 1
                room[at] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            bytes.append(UnsafeRawBufferPointer(rebasing: room[at...]))
        }
    }

    /// Swift's shortest round-tripping digits, `.0` dropped (`1`, `0.75`, `1e-07`), as JSONEncoder prints them.
    mutating func number(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendText(text)
    }

    /// A string's bytes as they are (numbers' digits; no escaping).
    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append($0) }
    }

    /// A string in quotes: `"` and `\\` escaped, control characters as `\n`,
    /// `\t`, ... or `\u001f`; `/`, DEL and all non-ASCII as they are.
    ///
    /// Evidence sentences are most of a graph's text and rarely hold a byte
    /// to escape: the scan passes over eight bytes at a time while none of
    /// them can be one (`mayNeedEscape`), and reads byte by byte otherwise.
    mutating func string(_ value: String) {
        bytes.append(.quote)
        var value = value
        value.withUTF8 { utf8 in
            var copied = 0
            var i = 0
            let n = utf8.count
            while i < n {
                if i + 8 <= n, let base = utf8.baseAddress,
                   !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                if b < 0x20 || b == .quote || b == .backslash {
                    bytes.append(UnsafeBufferPointer(rebasing: utf8[copied..<i]))
                    escape(b)
                    copied = i + 1
                }
                i += 1
            }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        bytes.append(.quote)
    }

    /// Whether any of the eight bytes of `word` is a control character, a
    /// quote or a backslash: the classic tests for a byte below a bound and
    /// for a zero byte (after an XOR with the byte sought), exact as to
    /// whether one exists. Bytes of 0x80 and up (UTF-8 beyond ASCII) pass.
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let q = word ^ (ones &* 0x22), quote = (q &- ones) & ~q & highs
        let b = word ^ (ones &* 0x5C), backslash = (b &- ones) & ~b & highs
        return control | quote | backslash != 0
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(.backslash)
        switch byte {
        case .quote, .backslash: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: StaticString = "0123456789abcdef"
            append("u00")
            hex.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        }
    }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let comma = UInt8(ascii: ",")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
}
