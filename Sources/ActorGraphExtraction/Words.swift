/// A sentence's lowercased words, read with a subscript that answers ""
/// outside the sentence: frames look a few words ahead and behind, and an
/// edge of the sentence must end a match, never the program.
struct Words: Sendable {
    let words: [String]

    init(_ tokens: [String]) { words = tokens }

    var count: Int { words.count }

    subscript(i: Int) -> String { i >= 0 && i < words.count ? words[i] : "" }

    /// `text.lowercased()`, handing back `text` itself when it is ASCII
    /// without capitals: most words are, and need no new string.
    static func lowercased(_ text: String) -> String {
        text.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? text.lowercased() : text
    }

    /// `lowercased(text)` and, for an ASCII word, its `WordIndex` hash:
    /// one pass over the bytes where the sentence reader made three (the
    /// test for capitals, the lowering, and the hash of its lookup), for
    /// every token of every sentence. Other words come back with no hash.
    static func lowercasedWithHash(_ text: String) -> (word: String, asciiHash: UInt64?) {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> (hasCapitals: Bool, hash: UInt64)? in
            var h = FNV1a.seed
            var high: UInt8 = 0, capitals = false
            for b in bytes {
                let isCapital = b &- 0x41 < 26
                capitals = capitals || isCapital
                high |= b
                h = FNV1a.step(h, isCapital ? b | 0x20 : b)
            }
            return high < 0x80 ? (capitals, FNV1a.nonZero(h)) : nil
        }
        guard let found = ascii, let (hasCapitals, hash) = found else { return (lowercased(text), nil) }
        guard hasCapitals else { return (text, hash) }
        // ASCII lowered by its bytes, as `lowercased()` lowers it: A-Z to a-z, nothing else.
        let lowered = text.utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() { out[i] = b &- 0x41 < 26 ? b | 0x20 : b }
                return bytes.count
            }
        }
        return (lowered ?? text.lowercased(), hash)
    }
}
