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
        var s: [UInt8] = []
        s.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            guard b < 0x80 else { return nil }
            s.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        for (a, b) in asciiSubstitutions where s.contains(a[0]) {
            if b.count <= a.count {
                replaceInPlace(a, with: b, in: &s)
            } else {
                s = replacing(a, with: b, in: s)
            }
        }
        // Keep letters and digits, dropping repeats, in place.
        var w = 0
        for r in s.indices {
            let c = s[r]
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39), w == 0 || s[w - 1] != c else { continue }
            s[w] = c
            w += 1
        }
        s.removeLast(s.count - w)
        return String(decoding: s, as: UTF8.self)
    }

    /// `substitutions` as bytes.
    static let asciiSubstitutions: [([UInt8], [UInt8])] = substitutions.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `replacing(pattern, with: replacement, in: bytes)` for a replacement
    /// no longer than the pattern, written over `bytes` as it is read (the
    /// write position never passes the read position), so folding a name
    /// allocates no array per substitution.
    private static func replaceInPlace(_ pattern: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
        let n = bytes.count, p = pattern.count
        var r = 0, w = 0
        while r < n {
            var matched = r + p <= n
            var k = 0
            while matched, k < p {
                matched = bytes[r + k] == pattern[k]
                k += 1
            }
            if matched {
                for b in replacement {
                    bytes[w] = b
                    w += 1
                }
                r += p
            } else {
                bytes[w] = bytes[r]
                w += 1
                r += 1
            }
        }
        bytes.removeLast(n - w)
    }

    /// `bytes` with every occurrence of `pattern`, scanning left to right
    /// without overlap, replaced by `replacement`.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var i = 0
        while i < bytes.count {
            if i + pattern.count <= bytes.count, bytes[i] == pattern[0],
               pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                out += replacement
                i += pattern.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

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
    private static func asciiBytes(_ s: String) -> [UInt8]? {
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
