import Foundation

/// A fixed table from words to values, looked up by a word's UTF-8 bytes.
///
/// The recognizer looks up every token of every sentence. `Dictionary`
/// hashes a `String` with seeded SipHash, which for a short word costs
/// several times the rest of the lookup; most tokens are in no table, so
/// a miss should cost little more than the hash. This table hashes bytes
/// with FNV-1a and probes linearly in a table at most a quarter full.
///
/// Answers exactly as the `Dictionary` it was built from. An ASCII word
/// equals a key canonically when their bytes are equal, or when the key is
/// written with characters that decompose to ASCII (U+212A KELVIN SIGN is
/// "K"): such a key is also stored under its decomposed spelling, and other
/// non-ASCII keys, which no ASCII word can equal, are left to the
/// `Dictionary`. Words that are not ASCII go to the `Dictionary` too.
/// A class, so each sentence's reader shares it for one retain.
final class WordIndex<Value: Sendable>: Sendable {
    private let table: [String: Value]
    /// Each slot's key hash, never 0; 0 marks an empty slot.
    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [Value?]
    private let mask: Int

    init(_ table: [String: Value]) {
        self.table = table
        var asciiKeys: [(key: String, hash: UInt64, value: Value)] = []
        asciiKeys.reserveCapacity(table.count)
        for (key, value) in table {
            let (h, isASCII) = Self.hash(key)
            if isASCII {
                asciiKeys.append((key, h, value))
            } else if case let decomposed = key.decomposedStringWithCanonicalMapping, case let (h, isASCII) = Self.hash(decomposed), isASCII {
                asciiKeys.append((decomposed, h, value))
            }
        }
        var size = 8
        while size < asciiKeys.count * 4 { size <<= 1 }
        mask = size - 1
        var hashes = [UInt64](repeating: 0, count: size)
        var keys = [String](repeating: "", count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, h, value) in asciiKeys {
            var slot = Int(truncatingIfNeeded: h) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = h
            keys[slot] = key
            values[slot] = value
        }
        self.hashes = hashes
        self.keys = keys
        self.values = values
    }

    subscript(word: String) -> Value? {
        let (h, isASCII) = Self.hash(word)
        return isASCII ? self[word, asciiHash: h] : table[word]
    }

    /// The value of `word`, whose `hash` the caller made, when it is ASCII
    /// (see `Words.lowercasedWithHash`); nil for the hash looks the word up
    /// as the plain subscript does.
    subscript(word: String, asciiHash hash: UInt64?) -> Value? {
        guard let h = hash else { return self[word] }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = hashes[slot]
            if s == 0 { return nil }
            if s == h, keys[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// `FNV1a` of the word's bytes, and whether all are ASCII.
    static func hash(_ word: String) -> (hash: UInt64, isASCII: Bool) {
        // Through a buffer: iterating `utf8` costs several times as much per byte.
        if let found = word.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return found }
        var word = word
        return word.withUTF8(hash(bytes:))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        var h = FNV1a.seed
        var high: UInt8 = 0
        for b in bytes {
            h = FNV1a.step(h, b)
            high |= b
        }
        return (FNV1a.nonZero(h), high < 0x80)
    }
}
