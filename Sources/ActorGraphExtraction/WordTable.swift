import Foundation

/// An immutable map from words to small values, for the lookups made once
/// per token of every sentence (a word's cue bits).
///
/// A `Dictionary<String, _>` hashes with seeded SipHash and compares through
/// the string machinery; per token that was most of the cost of making a
/// sentence view. Here an ASCII word's bytes are hashed with FNV-1a, placed
/// by linear probing in a power-of-two table, and confirmed with `memcmp`.
///
/// The answers are the dictionary's: for ASCII text `String ==` is byte
/// equality, except that a key written with a character canonically equal
/// to ASCII (U+212A KELVIN SIGN is "K") equals its ASCII spelling, so such a
/// key is also stored under its decomposed bytes. A word with any non-ASCII
/// byte is looked up in the dictionary itself (few tokens are).
struct WordTable<Value: Sendable>: Sendable {
    /// Slot -> entry index + 1; 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int
    private let hashes: [UInt64]
    private let starts: [Int]
    private let lengths: [Int]
    private let bytes: [UInt8]
    private let values: [Value]
    private let fallback: [String: Value]

    init(_ table: [String: Value]) {
        fallback = table
        // Sorted, so the layout (and so the probing) is the same in every run.
        var entries: [(bytes: [UInt8], value: Value)] = []
        for (word, value) in table.sorted(by: { $0.key < $1.key }) {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                entries.append((Array(word.utf8), value))
            } else if case let decomposed = word.decomposedStringWithCanonicalMapping,
                      decomposed.utf8.allSatisfy({ $0 < 0x80 }) {
                entries.append((Array(decomposed.utf8), value))
            }
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = [], starts: [Int] = [], lengths: [Int] = [], bytes: [UInt8] = [], values: [Value] = []
        for (n, (utf8, value)) in entries.enumerated() {
            let hash = utf8.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(n + 1)
            hashes.append(hash)
            starts.append(bytes.count)
            lengths.append(utf8.count)
            bytes += utf8
            values.append(value)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.hashes = hashes
        self.starts = starts
        self.lengths = lengths
        self.bytes = bytes
        self.values = values
    }

    subscript(word: String) -> Value? {
        var word = word
        var isASCII = true
        let found = word.withUTF8 { utf8 -> Value? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else {
                isASCII = false
                return nil
            }
            return find(utf8)
        }
        return isASCII ? found : fallback[word]
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                while true {
                    let entry = Int(slots[slot])
                    if entry == 0 { return nil }
                    let n = entry - 1
                    if hashes[n] == hash, lengths[n] == word.count,
                       word.count == 0 || memcmp(stored.baseAddress! + starts[n], word.baseAddress!, word.count) == 0 {
                        return values[n]
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// 64-bit FNV-1a: a few instructions a byte, well spread for words.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        // FNV's low bits mix poorly; fold the high half in before masking.
        return h ^ (h >> 29)
    }
}
