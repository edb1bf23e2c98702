import ActorGraphModel

/// How names are compared in lookups: case- and diacritic-insensitive, with
/// runs of spaces and punctuation reduced to one space ("Hikmet  Hajiyev"
/// = "hikmet hajiyev" = "Hikmét Hajiyev").
enum NameKey {
    static func fold(_ name: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in name.applyingFold() {
            if c.isLetter || c.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c)
            } else if c != "'" && c != "\u{2019}" {
                pendingSpace = true
            }
        }
        return out
    }

    /// Levenshtein distance between two folded names, in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
