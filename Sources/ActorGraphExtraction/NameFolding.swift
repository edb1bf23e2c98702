import ActorGraphModel

/// Transliteration-tolerant comparison of names: "Hikmet"/"Hikmat",
/// "Stepanyan"/"Stepanian", "Sergey"/"Sergei", "Zelensky"/"Zelenskyy".
///
/// A folded form drops diacritics and the spelling choices transliteration
/// schemes disagree on (y/i, kh/h, doubled letters); two names match when
/// their folded forms are equal or one edit apart and long enough that one
/// edit is a spelling variant rather than another name.
enum NameFolding {
    /// Spelling pairs that transliteration systems write differently.
    static let substitutions: [(String, String)] = [
        ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("ph", "f"), ("ou", "u"), ("ck", "k"), ("ie", "i"),
        ("y", "i"), ("w", "v"), ("q", "k"), ("x", "ks"), ("'", ""), ("-", ""), (" ", ""),
    ]

    static func fold(_ name: String) -> String {
        if let folded = asciiFold(name) { return folded }
        return foundationFold(name)
    }

    /// `fold` as first written, through Foundation: the reference for any
    /// name with a non-ASCII letter.
    static func foundationFold(_ name: String) -> String {
        var s = name.applyingFold()
        for (a, b) in substitutions { s = s.replacingOccurrences(of: a, with: b) }
        var out = ""
        for c in s where c.isLetter || c.isNumber {
            if out.last != c { out.append(c) }
        }
        return out
    }

    /// `fold` of an all-ASCII name on its bytes, or nil for any other name.
    ///
    /// The same steps as `foundationFold`: on ASCII, case folding is
    /// lowercasing, diacritic folding changes nothing, and each substitution
    /// is a left-to-right, non-overlapping replacement, as
    /// `replacingOccurrences` makes it. Resolution folds every name it
    /// compares, so Foundation's string machinery dominated its time.
    static func asciiFold(_ name: String) -> String? {
        // On the bytes in place, not through the UTF-8 view (several times the cost a byte).
        if let folded = name.utf8.withContiguousStorageIfAvailable(asciiFold(bytes:)) { return folded }
        return Array(name.utf8).withUnsafeBufferPointer(asciiFold(bytes:))
    }

    private static func asciiFold(bytes name: UnsafeBufferPointer<UInt8>) -> String? {
        // Substitutions the byte steps cannot make leave the name to Foundation.
        guard let growth = byteGrowth else { return nil }
        // Room for the name after every substitution that grows it ("x" -> "ks").
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: growth * name.count + 1) { buffer -> String? in
            var count = 0
            // Which bytes the name holds, one bit each: a substitution whose
            // first byte is absent is skipped without a scan (most of the
            // fourteen are, for any one name). Bytes a replacement writes
            // are added; bytes it removes stay, so the set only ever holds
            // more than the name, and a skipped substitution would have
            // found nothing.
            var present = ByteSet()
            for b in name {
                guard b < 0x80 else { return nil }
                let lowered = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                buffer[count] = lowered
                present.insert(lowered)
                count += 1
            }
            for i in packedSubstitutions.indices {
                let s = packedSubstitutions[i]
                guard present.contains(UInt8(truncatingIfNeeded: s.pattern)) else { continue }
                count = substitute(s, in: buffer, count: count)
                for k in 0..<s.replacementCount { present.insert(UInt8(truncatingIfNeeded: s.replacement >> (8 * UInt32(k)))) }
            }
            // Keep letters and digits, dropping repeats, in place.
            var w = 0
            for r in 0..<count {
                let c = buffer[r]
                guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39), w == 0 || buffer[w - 1] != c else { continue }
                buffer[w] = c
                w += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<w]), as: UTF8.self)
        }
    }

    /// A set of ASCII bytes as 128 bits.
    struct ByteSet {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        mutating func insert(_ b: UInt8) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b & 63) }
        }

        func contains(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : high & (1 << UInt64(b & 63)) != 0
        }
    }

    /// A substitution as plain values, so folding retains no arrays: the
    /// pattern's and the replacement's bytes, first byte lowest.
    typealias PackedSubstitution = (pattern: UInt32, patternCount: Int, replacement: UInt32, replacementCount: Int)

    /// `substitutions` packed (`byteGrowth` checks each side fits in four bytes).
    static let packedSubstitutions: [PackedSubstitution] = asciiSubstitutions.map { a, b in
        func pack(_ bytes: [UInt8]) -> UInt32 {
            bytes.prefix(4).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
        }
        return (pack(a), a.count, pack(b), b.count)
    }

    /// How many times longer than the name its bytes may grow through the
    /// substitutions, or nil if one is neither shrinking nor one byte long
    /// (`substitute` makes only those) or has more than four bytes a side.
    static let byteGrowth: Int? = packedSubstitutions.reduce(1) { growth, s in
        guard let growth, s.patternCount <= 4, s.replacementCount <= 4 else { return nil }
        if s.replacementCount <= s.patternCount { return growth }
        return s.patternCount == 1 ? growth * s.replacementCount : nil
    }

    /// Replaces every occurrence of the substitution's pattern in the first
    /// `count` bytes of `buffer`, left to right without overlap, as
    /// `replacingOccurrences` does, and returns the new count. A replacement no longer
    /// than its pattern is written over the bytes as they are read (the
    /// write position never passes the read position); a one-byte pattern
    /// with a longer replacement is written from the end, into the room
    /// `asciiFold` leaves (`byteGrowth` admits no other kind).
    private static func substitute(_ s: PackedSubstitution, in buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        let first = UInt8(truncatingIfNeeded: s.pattern)
        guard buffer[..<count].contains(first) else { return count }
        let p = s.patternCount
        func matches(at r: Int) -> Bool {
            guard r + p <= count else { return false }
            for k in 0..<p where buffer[r + k] != UInt8(truncatingIfNeeded: s.pattern >> (8 * UInt32(k))) { return false }
            return true
        }
        func writeReplacement(at w: Int) {
            for k in 0..<s.replacementCount {
                buffer[w + k] = UInt8(truncatingIfNeeded: s.replacement >> (8 * UInt32(k)))
            }
        }
        if s.replacementCount <= p {
            var r = 0, w = 0
            while r < count {
                if matches(at: r) {
                    writeReplacement(at: w)
                    w += s.replacementCount
                    r += p
                } else {
                    buffer[w] = buffer[r]
                    w += 1
                    r += 1
                }
            }
            return w
        }
        let grown = count + buffer[..<count].reduce(0) { $1 == first ? $0 + s.replacementCount - 1 : $0 }
        var w = grown
        for r in stride(from: count - 1, through: 0, by: -1) {
            if buffer[r] == first {
                w -= s.replacementCount
                writeReplacement(at: w)
            } else {
                w -= 1
                buffer[w] = buffer[r]
            }
        }
        return grown
    }

    /// `substitutions` as bytes.
    static let asciiSubstitutions: [([UInt8], [UInt8])] = substitutions.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Article-like particles that Arabic and other names may carry or drop:
    /// "al-Mismari" and "Mismari" are one surname.
    static let particles = ["al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "ibn ", "bin ", "ben ", "abu "]

    /// The name without a leading particle.
    static func core(_ name: String) -> String {
        asciiCore(name) ?? lowercasingCore(name)
    }

    /// `core` as first written, lowercasing the whole name to compare its
    /// start: the reference for any name with a non-ASCII character.
    static func lowercasingCore(_ name: String) -> String {
        let lower = name.lowercased()
        for p in particles where lower.hasPrefix(p) && lower.count > p.count + 2 {
            return String(name.dropFirst(p.count))
        }
        return name
    }

    /// `core` of an all-ASCII name without a carriage return on its bytes,
    /// or nil for any other name: there every byte is a character ("\r\n"
    /// is one) and lowercasing maps A-Z alone, so a particle is a byte
    /// prefix once the name's first bytes are lowered. Resolution takes the
    /// core of every surname it compares.
    static func asciiCore(_ name: String) -> String? {
        let bytes = name.utf8
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        // Most names start with a letter no particle starts with: those are
        // their own core without trying each particle (A-Z | 0x20 is a-z,
        // and no other byte | 0x20 is a letter a particle starts with).
        guard let first = bytes.first, particleInitials.contains(first | 0x20) else { return name }
        let n = bytes.count
        for p in asciiParticles where n > p.count + 2 {
            if zip(bytes, p).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) == $1 }) {
                return String(name.dropFirst(p.count))
            }
        }
        return name
    }

    /// `particles` as bytes.
    static let asciiParticles: [[UInt8]] = particles.map { Array($0.utf8) }

    /// The first bytes of `particles` (all lowercase letters).
    static let particleInitials: Set<UInt8> = Set(asciiParticles.compactMap(\.first))

    /// Whether two names are spellings of one name.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        isVariant(folded: fold(core(a)), folded: fold(core(b)))
    }

    /// `isVariant` on names already passed through `fold(core(_:))`, for
    /// loops that compare one name with many.
    static func isVariant(folded fa: String, folded fb: String) -> Bool {
        if fa == fb { return true }
        if let a = asciiBytes(fa), let b = asciiBytes(fb) {
            // On ASCII without CR every byte is a character and a scalar.
            guard min(a.count, b.count) >= 5 else { return false }
            return withinOneEdit(a, b)
        }
        guard min(fa.count, fb.count) >= 5 else { return false }
        return withinOneEdit(fa, fb)
    }

    /// The bytes of an all-ASCII string without a carriage return, else nil.
    static func asciiBytes(_ s: String) -> [UInt8]? {
        let bytes = Array(s.utf8)
        return bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? bytes : nil
    }

    /// Whether the Levenshtein distance is at most 1, in one pass without a table:
    /// equal lengths differ in at most one place; lengths one apart agree
    /// once the longer skips one character. Resolution asks this for every
    /// candidate spelling of every name in a corpus.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// `withinOneEdit` on the names' scalars (or, for ASCII, their bytes).
    static func withinOneEdit<Unit: Equatable>(_ x: [Unit], _ y: [Unit]) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if i == short.count { return true }
        if short.count == long.count {
            return short[(i + 1)...] == long[(i + 1)...]
        }
        return short[i...] == long[(i + 1)...]
    }
}
