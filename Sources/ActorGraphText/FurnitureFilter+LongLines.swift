/// The byte-level shortcuts of `FurnitureFilter.isFurnitureLine`. Each
/// gives the answer the character-level definition gives, and declines
/// (returns nil or defers) on text where bytes and characters could differ.
extension FurnitureFilter {
    /// The number of words `line.split(separator: " ")` makes, counted on
    /// bytes; nil when the line holds a character that could join a space
    /// to its neighbour in one grapheme (a combining mark, a joiner, a
    /// script outside Latin and general punctuation), where the character
    /// split could count otherwise.
    static func simpleWordCount(_ line: String) -> Int? {
        var words = 0
        var inWord = false
        var utf8 = line.utf8.makeIterator()
        while let b = utf8.next() {
            if b == 0x20 {
                inWord = false
                continue
            }
            if !inWord { words += 1; inWord = true }
            guard b >= 0x80 else { continue }
            // Continuation bytes are consumed with their lead byte.
            if b >= 0xC2 && b <= 0xCB {
                // U+0080 to U+02FF: Latin letters and signs, no combining marks.
                guard let c = utf8.next(), c & 0xC0 == 0x80 else { return nil }
            } else if b == 0xE2 {
                // U+2000 to U+207F, general punctuation, bar the zero-width (non-)joiner.
                guard let c1 = utf8.next(), c1 == 0x80 || c1 == 0x81, let c2 = utf8.next(), c2 & 0xC0 == 0x80,
                      !(c1 == 0x80 && (c2 == 0x8C || c2 == 0x8D)) else { return nil }
            } else {
                return nil
            }
        }
        return words
    }

    /// Whether a long line (one that `simpleWordCount` accepted with more
    /// than 20 words) is furniture: only the line prefixes and links can
    /// say so, and both read the line's first characters.
    func opensAsFurniture(_ line: String) -> Bool {
        // 64 scalars cover the longest prefix even where lowercasing doubles a letter ("İ").
        var lower = String(line.unicodeScalars.prefix(64)).lowercased()
        if line.utf8.first == 0x28, line.utf8.last == 0x29 { lower = String(lower.dropFirst()) }
        // A markdown link is told by a "](" anywhere in the line: read it all.
        if lower.hasPrefix("<") || lower.hasPrefix("[") { return isFurnitureLineByCharacters(line) }
        if Self.linePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

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
