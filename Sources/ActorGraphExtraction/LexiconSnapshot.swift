import ActorGraphModel

/// The phrase tables the bundled lexicon files make, in a form that loads
/// in one pass: every key already folded (`Lexicon.key`), deduplicated and
/// sorted, with the entries it names and the keys that lead to longer phrases.
///
/// Built from the JSON files at every start (the JSON tree, each name's
/// key, the first-wins filing and the prefix steps), the tables were 36
/// million of the 75 million instructions of starting a command, and the
/// lexicon loaded in 8-9 ms; from the snapshot, in 4-6 ms. `make lexicon`
/// writes them as `Resources/lexicon.snapshot`;
/// `Lexicon.shared` reads that file when it was made from the JSON files
/// beside it (their FNV-1a hash is in the header) and the files otherwise.
/// A test builds the snapshot from the JSON files and requires the bundled
/// one to be the same bytes, so the two cannot drift apart unnoticed.
struct LexiconSnapshot: Equatable {
    /// The distinct entries the phrases name, in the order of their first key.
    var entries: [GazetteerEntry]
    /// Every phrase key and every key cut before a space or an apostrophe,
    /// sorted by their UTF-8 bytes.
    var keys: [String]
    /// For each key, its entry in `entries`, or -1 for a key that only leads to longer phrases.
    var entryOf: [Int32]
    /// For each key, whether it matches only in capitals ("WHO", "US").
    var capsOnly: [Bool]
    /// Each country's primary adjective, sorted by country.
    var adjectives: [(country: String, adjective: String)]
    /// The longest phrase, in words.
    var longestPhrase: Int

    static func == (a: Self, b: Self) -> Bool {
        a.entries == b.entries && a.keys == b.keys && a.entryOf == b.entryOf && a.capsOnly == b.capsOnly
            && a.adjectives.elementsEqual(b.adjectives) { $0 == $1 } && a.longestPhrase == b.longestPhrase
    }

    /// The snapshot of filed phrases: `phrases` maps each key to its entry,
    /// `capsOnly` holds the keys of short acronyms.
    init(phrases: [String: GazetteerEntry], capsOnly: Set<String>, adjectives: [String: String]) {
        // The keys a match passes through on its way to a longer phrase.
        var prefixes: Set<String> = []
        for key in phrases.keys {
            var key = key
            key.withUTF8 { bytes in
                for j in bytes.indices where bytes[j] == 0x20 || bytes[j] == 0x27 {
                    prefixes.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<j]), as: UTF8.self))
                }
            }
        }
        let keys = prefixes.union(phrases.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var entries: [GazetteerEntry] = []
        var entryIndex: [GazetteerEntry: Int32] = [:]
        var entryOf: [Int32] = []
        entryOf.reserveCapacity(keys.count)
        for key in keys {
            guard let entry = phrases[key] else {
                entryOf.append(-1)
                continue
            }
            if let i = entryIndex[entry] {
                entryOf.append(i)
            } else {
                entryIndex[entry] = Int32(entries.count)
                entryOf.append(Int32(entries.count))
                entries.append(entry)
            }
        }
        self.entries = entries
        self.keys = keys
        self.entryOf = entryOf
        self.capsOnly = keys.map(capsOnly.contains)
        self.adjectives = adjectives.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { (country: $0.key, adjective: $0.value) }
        // Keys are words joined by single spaces (see `Lexicon.key`): a key's words are its spaces plus one.
        self.longestPhrase = phrases.keys.reduce(1) { longest, key in
            var key = key
            return max(longest, key.withUTF8 { $0.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } })
        }
    }

    // MARK: - Bytes

    /// The file's first bytes; the version changes with the layout.
    static let magic = Array("ActorGraph lexicon snapshot 1\n".utf8)

    /// Why bytes are not a snapshot: which part could not be read.
    struct FormatError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "lexicon snapshot: \(reason)" }
    }

    /// The snapshot as bytes, with `sourceHash` (of the files it was made
    /// from) in the header. Numbers are little-endian; a string is its
    /// UTF-8 length (UInt32) and bytes, a missing one the length 0xFFFFFFFF.
    func bytes(sourceHash: UInt64) -> [UInt8] {
        var out = Self.magic
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out.append(contentsOf: $0) } }
        func string(_ s: String?) {
            guard let s else { return u32(0xFFFF_FFFF) }
            u32(s.utf8.count)
            out.append(contentsOf: s.utf8)
        }
        withUnsafeBytes(of: sourceHash.littleEndian) { out.append(contentsOf: $0) }
        u32(longestPhrase)
        u32(entries.count)
        for e in entries {
            string(e.name)
            out.append(Self.typeCode(e.type))
            out.append(Self.roleCode(e.role))
            string(e.country)
            string(e.acronym)
        }
        u32(keys.count)
        for (i, key) in keys.enumerated() {
            string(key)
            u32(Int(UInt32(bitPattern: entryOf[i])))
            out.append(capsOnly[i] ? 1 : 0)
        }
        u32(adjectives.count)
        for a in adjectives {
            string(a.country)
            string(a.adjective)
        }
        return out
    }

    /// The hash in the header of snapshot bytes, without reading the rest;
    /// nil for bytes that do not start as a snapshot.
    static func sourceHash(of bytes: UnsafeRawBufferPointer) -> UInt64? {
        var reader = Reader(bytes: bytes)
        guard reader.take(magic) else { return nil }
        return try? reader.u64()
    }

    /// The snapshot in `bytes`.
    init(bytes: UnsafeRawBufferPointer) throws(FormatError) {
        var r = Reader(bytes: bytes)
        guard r.take(Self.magic) else { throw FormatError(reason: "not a snapshot of this version") }
        _ = try r.u64()
        longestPhrase = try r.u32()
        let entryCount = try r.count(atLeast: 14)
        entries = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let name = try r.string() ?? ""
            let type = try Self.type(code: r.byte())
            let role = try Self.role(code: r.byte())
            entries.append(GazetteerEntry(name: name, type: type, role: role, country: try r.string(), acronym: try r.string()))
        }
        let keyCount = try r.count(atLeast: 9)
        keys = []
        entryOf = []
        capsOnly = []
        keys.reserveCapacity(keyCount)
        entryOf.reserveCapacity(keyCount)
        capsOnly.reserveCapacity(keyCount)
        for _ in 0..<keyCount {
            keys.append(try r.string() ?? "")
            let entry = Int32(bitPattern: UInt32(try r.u32()))
            guard entry >= -1, entry < entries.count else { throw FormatError(reason: "a key names entry \(entry) of \(entries.count)") }
            entryOf.append(entry)
            capsOnly.append(try r.byte() != 0)
        }
        let adjectiveCount = try r.count(atLeast: 8)
        adjectives = []
        adjectives.reserveCapacity(adjectiveCount)
        for _ in 0..<adjectiveCount {
            adjectives.append((country: try r.string() ?? "", adjective: try r.string() ?? ""))
        }
        guard r.isAtEnd else { throw FormatError(reason: "bytes after the last table") }
    }

    // MARK: - Codes

    private static let types: [EntityType] = [.person, .organization, .place, .country]
    private static let roles: [GazetteerEntry.Role] = [.countryName, .demonym, .capital, .place, .organization, .person]

    private static func typeCode(_ type: EntityType) -> UInt8 { UInt8(types.firstIndex(of: type)!) }
    private static func roleCode(_ role: GazetteerEntry.Role) -> UInt8 { UInt8(roles.firstIndex(of: role)!) }

    private static func type(code: UInt8) throws(FormatError) -> EntityType {
        guard Int(code) < types.count else { throw FormatError(reason: "unknown entity type \(code)") }
        return types[Int(code)]
    }

    private static func role(code: UInt8) throws(FormatError) -> GazetteerEntry.Role {
        guard Int(code) < roles.count else { throw FormatError(reason: "unknown role \(code)") }
        return roles[Int(code)]
    }

    /// Reads the bytes in order; every read checks that the bytes are there.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        var isAtEnd: Bool { i == bytes.count }

        mutating func take(_ expected: [UInt8]) -> Bool {
            guard bytes.count - i >= expected.count, bytes[i..<i + expected.count].elementsEqual(expected) else { return false }
            i += expected.count
            return true
        }

        mutating func byte() throws(FormatError) -> UInt8 {
            guard i < bytes.count else { throw FormatError(reason: "cut short at byte \(i)") }
            defer { i += 1 }
            return bytes[i]
        }

        mutating func u32() throws(FormatError) -> Int {
            guard bytes.count - i >= 4 else { throw FormatError(reason: "cut short at byte \(i)") }
            defer { i += 4 }
            return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
        }

        mutating func u64() throws(FormatError) -> UInt64 {
            guard bytes.count - i >= 8 else { throw FormatError(reason: "cut short at byte \(i)") }
            defer { i += 8 }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        }

        /// A count of records of at least `size` bytes each, which the rest
        /// of the bytes must have room for (so a wrong count fails here,
        /// not in a reservation of memory).
        mutating func count(atLeast size: Int) throws(FormatError) -> Int {
            let n = try u32()
            guard n <= (bytes.count - i) / size else { throw FormatError(reason: "a count of \(n) at byte \(i - 4) overruns the bytes") }
            return n
        }

        mutating func string() throws(FormatError) -> String? {
            let length = try u32()
            if length == 0xFFFF_FFFF { return nil }
            guard length <= bytes.count - i else { throw FormatError(reason: "a string of \(length) bytes at byte \(i - 4) overruns the bytes") }
            let utf8 = UnsafeRawBufferPointer(rebasing: bytes[i..<i + length]).assumingMemoryBound(to: UInt8.self)
            // Nearly every key is ASCII, which needs no validation: the
            // generic `String(validating:)` cost 800 instructions a string.
            let isASCII = utf8.allSatisfy { $0 < 0x80 }
            guard let s = isASCII ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self) else {
                throw FormatError(reason: "a string at byte \(i) is not UTF-8")
            }
            i += length
            return s
        }
    }
}
