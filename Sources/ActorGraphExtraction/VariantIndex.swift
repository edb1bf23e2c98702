/// Finds, among many folded names, the ones that may be one edit apart from
/// a given name, without comparing it with all of them.
///
/// Each name is filed under itself and under every string made by deleting
/// one of its characters (a symmetric-delete index): two names within one
/// insertion, deletion or substitution of each other always share such a
/// key. Keys are kept as hashes, not strings, so the index of a corpus's
/// hundred thousand surnames stays small; a hash collision only adds a
/// candidate. The candidates are a superset of the variants
/// (`NameFolding.isVariant` still decides); they come back in insertion
/// order, so callers that take the first match decide exactly as a scan
/// over all names would.
struct VariantIndex {
    /// Open-addressed table of key hash -> entry, linear probing. A slot
    /// whose key is 0 is empty (`keyHashes` never yields 0). An entry >= 0
    /// is the one position filed under the key (nearly all keys); an entry
    /// -1 - i means the key is shared and its positions are `shared[i]`.
    ///
    /// Keys are already well-mixed 64-bit hashes, so the table uses their
    /// low bits directly instead of hashing them again as `Dictionary`
    /// would: the index is built and queried for every name in a corpus.
    private var slotKeys: [UInt64] = Array(repeating: 0, count: 16)
    private var slotEntries: [Int32] = Array(repeating: 0, count: 16)
    private var occupied = 0
    private var shared: [[Int32]] = []
    private var count: Int32 = 0

    /// Files `folded` and returns its position (0, 1, 2, … in insertion order).
    @discardableResult
    mutating func insert(_ folded: String) -> Int {
        insert(keys: Self.keyHashes(folded))
    }

    /// Files the next string by its `keyHashes`, computed beforehand (on
    /// any thread); returns its position, as `insert(_:)` does.
    @discardableResult
    mutating func insert(keys: [UInt64]) -> Int {
        let position = count
        count += 1
        for key in keys {
            if (occupied + 1) * 4 > slotKeys.count * 3 { grow() }
            let slot = self.slot(of: key)
            if slotKeys[slot] == 0 {
                slotKeys[slot] = key
                slotEntries[slot] = position
                occupied += 1
            } else if slotEntries[slot] >= 0 {
                shared.append([slotEntries[slot], position])
                slotEntries[slot] = -Int32(shared.count)
            } else {
                shared[Int(-1 - slotEntries[slot])].append(position)
            }
        }
        return Int(position)
    }

    /// Positions of the names that may be variants of `folded`, ascending.
    func candidates(of folded: String) -> [Int] {
        var found: [Int32] = []
        for key in Self.keyHashes(folded) {
            let slot = self.slot(of: key)
            guard slotKeys[slot] != 0 else { continue }
            let entry = slotEntries[slot]
            if entry >= 0 { found.append(entry) } else { found += shared[Int(-1 - entry)] }
        }
        found.sort()
        var out: [Int] = []
        out.reserveCapacity(found.count)
        for p in found where out.last != Int(p) { out.append(Int(p)) }
        return out
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slotKeys[i] != 0, slotKeys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// Doubles the table and refiles every key.
    private mutating func grow() {
        rehash(to: slotKeys.count * 2)
    }

    /// Room for `more` keys without growing: an index built whole is sized
    /// once for all its keys (growing, the table was rehashed a dozen times
    /// while a corpus's surnames were filed, on the thread the other cores
    /// wait for). The slots a key lands in change nothing `candidates` returns.
    mutating func reserveCapacity(forKeys more: Int) {
        var size = slotKeys.count
        while (occupied + more + 1) * 4 > size * 3 { size *= 2 }
        if size > slotKeys.count { rehash(to: size) }
    }

    private mutating func rehash(to size: Int) {
        let oldKeys = slotKeys, oldEntries = slotEntries
        slotKeys = Array(repeating: 0, count: size)
        slotEntries = Array(repeating: 0, count: size)
        for (key, entry) in zip(oldKeys, oldEntries) where key != 0 {
            let slot = self.slot(of: key)
            slotKeys[slot] = key
            slotEntries[slot] = entry
        }
    }

    /// Hashes of the name and, when it is long enough to have variants other
    /// than itself (`NameFolding.isVariant` wants five characters), of each
    /// one-deletion, distinct, computed without building those strings.
    ///
    /// The hash is polynomial, so deleting the character at i changes the
    /// whole name's hash H by a term of its own: H + (P[i] - P[i+1]) * base^(n-1-i),
    /// where P[i] is the hash of the first i characters. All deletions take
    /// one pass over the name, with no arrays of prefixes or powers.
    static func keyHashes(_ folded: String) -> [UInt64] {
        let ascii = folded.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? keyHashes(of: bytes) : nil
        }
        if let ascii, let keys = ascii { return keys }
        let values = folded.unicodeScalars.map(\.value)
        return values.withUnsafeBufferPointer { keyHashes(of: $0) }
    }

    /// `keyHashes` of a name given as its scalars' values (on ASCII, its bytes).
    private static func keyHashes<Value: FixedWidthInteger & UnsignedInteger>(of values: UnsafeBufferPointer<Value>) -> [UInt64] {
        let n = values.count
        var h: UInt64 = 0
        for v in values { h = h &* base &+ UInt64(v) }
        var keys: [UInt64] = []
        keys.reserveCapacity(n >= 5 ? n + 1 : 1)
        keys.append(finish(h, length: n))
        guard n >= 5 else { return keys }
        var power: UInt64 = 1  // base^(n-1-i)
        for _ in 1..<n { power = power &* base }
        var prefix: UInt64 = 0  // P[i]
        for v in values {
            let next = prefix &* base &+ UInt64(v)
            keys.append(finish(h &+ (prefix &- next) &* power, length: n - 1))
            prefix = next
            power = power &* inverseBase
        }
        keys.sort()
        var distinct = 0
        for k in keys where distinct == 0 || keys[distinct - 1] != k {
            keys[distinct] = k
            distinct += 1
        }
        keys.removeLast(keys.count - distinct)
        return keys
    }

    /// The polynomial hash of `scalars`, as `keyHashes` files it: the
    /// straightforward form that the one-pass deletions must agree with.
    static func keyHash(_ scalars: [Unicode.Scalar]) -> UInt64 {
        var h: UInt64 = 0
        for s in scalars { h = h &* base &+ UInt64(s.value) }
        return finish(h, length: scalars.count)
    }

    /// An odd multiplier with well-spread bits.
    private static let base: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// `base`'s inverse modulo 2^64 (it is odd), by Newton's iteration:
    /// each step doubles the correct low bits, from 3.
    private static let inverseBase: UInt64 = {
        var x = base
        for _ in 0..<5 { x = x &* (2 &- base &* x) }
        return x
    }()

    /// Mixes the length into a polynomial hash and spreads its bits (the
    /// table indexes by low bits); never 0, the table's empty mark.
    private static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var x = h ^ (UInt64(length) &* 0xC2B2_AE3D_27D4_EB4F)
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }
}
