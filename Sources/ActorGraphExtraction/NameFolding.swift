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
        var s = name.applyingFold()
        for (a, b) in substitutions { s = s.replacingOccurrences(of: a, with: b) }
        var out = ""
        for c in s where c.isLetter || c.isNumber {
            if out.last != c { out.append(c) }
        }
        return out
    }

    /// Article-like particles that Arabic and other names may carry or drop:
    /// "al-Mismari" and "Mismari" are one surname.
    static let particles = ["al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "ibn ", "bin ", "ben ", "abu "]

    /// The name without a leading particle.
    static func core(_ name: String) -> String {
        let lower = name.lowercased()
        for p in particles where lower.hasPrefix(p) && lower.count > p.count + 2 {
            return String(name.dropFirst(p.count))
        }
        return name
    }

    /// Whether two names are spellings of one name.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        isVariant(folded: fold(core(a)), folded: fold(core(b)))
    }

    /// `isVariant` on names already passed through `fold(core(_:))`, for
    /// loops that compare one name with many.
    static func isVariant(folded fa: String, folded fb: String) -> Bool {
        if fa == fb { return true }
        guard min(fa.count, fb.count) >= 5 else { return false }
        return editDistance(fa, fb, limit: 1) <= 1
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return x.isEmpty ? y.count : prev[y.count]
    }
}
