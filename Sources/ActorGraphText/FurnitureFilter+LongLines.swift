/// The byte-level shortcuts of `FurnitureFilter.isFurnitureLine`. Each
/// gives the answer the character-level definition gives, and declines
/// (returns nil or defers) on text where bytes and characters could differ.
extension FurnitureFilter {
    /// The number of words `line.split(separator: " ")` makes, counted on
    /// bytes; nil when the line holds a character that could join a space
    /// to its neighbour in one grapheme (a combining mark, a joiner, a
    /// script outside Latin and general punctuation), where the character
    /// split could count otherwise.
    ///
    /// With a `limit`, the count stops at `limit` as soon as the first
    /// character of word `limit` has been read and found simple: every
    /// space before it then stands between two simple characters, so no
    /// character further on can join it, and the split makes at least
    /// `limit` words whatever the rest of the line holds. A paragraph of
    /// prose is then read only to its 21st word (see `isFurnitureLine`).
    static func simpleWordCount(_ line: String, limit: Int = .max) -> Int? {
        var line = line
        return line.withUTF8 { bytes -> Int? in
            var words = 0
            var inWord = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                i += 1
                if b == 0x20 {
                    inWord = false
                    continue
                }
                if !inWord { words += 1; inWord = true }
                // Continuation bytes are consumed with their lead byte.
                if b < 0x80 {
                    // One byte, one scalar: simple.
                } else if b >= 0xC2 && b <= 0xCB {
                    // U+0080 to U+02FF: Latin letters and signs, no combining marks.
                    guard i < n, bytes[i] & 0xC0 == 0x80 else { return nil }
                    i += 1
                } else if b == 0xE2 {
                    // U+2000 to U+207F, general punctuation, bar the zero-width (non-)joiner.
                    guard i + 1 < n else { return nil }
                    let c1 = bytes[i], c2 = bytes[i + 1]
                    guard c1 == 0x80 || c1 == 0x81, c2 & 0xC0 == 0x80, !(c1 == 0x80 && (c2 == 0x8C || c2 == 0x8D)) else { return nil }
                    i += 2
                } else {
                    return nil
                }
                if words >= limit { return words }
            }
            return words
        }
    }

    /// Whether a long line (one that `simpleWordCount` accepted with more
    /// than 20 words) is furniture: only the line prefixes and links can
    /// say so, and both read the line's first characters.
    func opensAsFurniture(_ line: String) -> Bool {
        if let answer = opensAsFurnitureASCII(line) { return answer }
        // 64 scalars cover the longest prefix even where lowercasing doubles a letter ("İ").
        var lower = String(line.unicodeScalars.prefix(64)).lowercased()
        if line.utf8.first == 0x28, line.utf8.last == 0x29 { lower = String(lower.dropFirst()) }
        // A markdown link is told by a "](" anywhere in the line: read it all.
        if lower.hasPrefix("<") || lower.hasPrefix("[") { return isFurnitureLineByCharacters(line) }
        if Self.linePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// `opensAsFurniture` on bytes as far as the line's opening is ASCII
    /// (where lowercasing is byte arithmetic and prefixes compare byte for
    /// byte); nil where the answer hangs on a non-ASCII character, and for
    /// "<" and "[" openings, which need the whole line.
    ///
    /// The opening is `openingBytes` long: every prefix fits in it with a
    /// byte to spare after an opening bracket. A prefix is decided while its
    /// bytes and the byte after it are ASCII, since an ASCII byte starts a
    /// new character and cannot combine with the one before; a curly quote
    /// or dash further on ("NAIROBI — ...", "“We ...") no longer sends the
    /// line down the Character path.
    func opensAsFurnitureASCII(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { bytes -> Bool? in
            // A curly quote or dash (U+2000 to U+203F) opening the line: no
            // prefix starts with one, none decomposes, lowercasing leaves it,
            // and marks after it cannot move ahead of it.
            if bytes.count >= 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] & 0xC0 == 0x80 { return false }
            var lower: [UInt8] = []
            lower.reserveCapacity(Self.openingBytes)
            // Set when the opening stops at a non-ASCII byte rather than at the line's end or the window's.
            var truncated = false
            for b in bytes.prefix(Self.openingBytes) {
                if b >= 0x80 { truncated = true; break }
                lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            var opening = lower[...]
            if bytes.first == 0x28, bytes.last == 0x29 { opening = opening.dropFirst() }
            if opening.isEmpty, truncated { return nil }
            if opening.first == 0x3C || opening.first == 0x5B { return nil }
            var undecided = false
            for pattern in Self.openingPatterns {
                switch Self.startsASCII(opening, truncated: truncated, with: pattern) {
                case true?: return true
                case nil: undecided = true
                case false?: continue
                }
            }
            return undecided ? nil : false
        }
    }

    /// Whether the lowered ASCII `opening` starts with `pattern` as
    /// characters: nil when the comparison reaches the non-ASCII byte that
    /// cut the opening short (`truncated`), which may combine with the
    /// character before it or be the character compared.
    static func startsASCII(_ opening: ArraySlice<UInt8>, truncated: Bool, with pattern: [UInt8]) -> Bool? {
        var i = opening.startIndex
        for p in pattern {
            guard i < opening.endIndex else { return truncated ? nil : false }
            if opening[i] != p { return false }
            i += 1
        }
        return i < opening.endIndex || !truncated ? true : nil
    }

    /// The link openings `isLink` looks for, bar the markdown one.
    static let linkPrefixBytes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// `linePrefixes` as UTF-8, for `opensAsFurnitureASCII`.
    static let linePrefixBytes: [[UInt8]] = linePrefixes.map { Array($0.utf8) }

    /// Every opening `opensAsFurnitureASCII` compares, joined once rather
    /// than at every line.
    static let openingPatterns: [[UInt8]] = linePrefixBytes + linkPrefixBytes

    /// Room for the longest prefix (or "https://"), an opening bracket and the byte after.
    static let openingBytes = max(linePrefixBytes.map(\.count).max() ?? 0, 8) + 2

    /// `text.contains(pattern)` for an ASCII pattern, on bytes when `text`
    /// is ASCII (where Foundation's character comparison is byte equality).
    static func contains(_ text: String, _ pattern: String) -> Bool {
        let t = text.utf8, p = Array(pattern.utf8)
        guard t.allSatisfy({ $0 < 0x80 }), let first = p.first else { return text.contains(pattern) }
        let bytes = Array(t)
        guard bytes.count >= p.count else { return false }
        for i in 0...(bytes.count - p.count) where bytes[i] == first {
            if p.indices.allSatisfy({ bytes[i + $0] == p[$0] }) { return true }
        }
        return false
    }
}
