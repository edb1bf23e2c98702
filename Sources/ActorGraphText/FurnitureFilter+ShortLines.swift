/// The byte-level shortcut for short lines in `FurnitureFilter.isFurnitureLine`:
/// the character-level definition lowercases the line, splits it into words
/// and compares some forty prefixes character by character, which costs
/// tens of thousands of instructions for a heading of a few words.
extension FurnitureFilter {
    /// `isFurnitureLineByCharacters` on bytes for a line that is all ASCII
    /// and holds no CR or LF, where every byte is one character, lowercasing
    /// is byte arithmetic, and prefixes, suffixes and word splits compare
    /// byte for byte; nil for any other line.
    func isFurnitureLineASCII(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { bytes -> Bool? in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count)
            for b in bytes {
                // CR LF is one character; leave any CR to the definition.
                guard b < 0x80, b != 0x0D, b != 0x0A else { return nil }
                lowered.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            var lower = lowered[...]
            if lower.first == 0x28, lower.last == 0x29 { lower = lower.dropFirst() }
            if Self.linePrefixBytes.contains(where: { lower.starts(with: $0) }) { return true }
            if Self.isLinkASCII(lower) { return true }
            let words = bytes.split(separator: 0x20)
            let endsLikeProse = bytes.last.map { Self.proseEndBytes.contains($0) } ?? false
            if lower.starts(with: "by ".utf8), words.count <= 12, !endsLikeProse { return true }
            if !endsLikeProse, words.count <= 10, let last = words.last,
               Self.bylineRoles.contains(String(decoding: last.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)) {
                return true
            }
            if words.count <= 20, Self.creditMarkerBytes.contains(where: { Self.containsASCII(lower, $0) }),
               !Self.containsASCII(lower, Self.saidBytes) {
                return true
            }
            if words.count <= 6, !endsLikeProse { return true }
            return false
        }
    }

    /// `isLink` on lowered ASCII bytes.
    private static func isLinkASCII(_ lower: ArraySlice<UInt8>) -> Bool {
        var s = lower
        if s.first == 0x3C { s = s.dropFirst() }
        if linkPrefixBytes.contains(where: { s.starts(with: $0) }) { return true }
        return s.first == 0x5B && containsASCII(s, markdownLinkBytes)
    }

    /// Whether `pattern` occurs in `text`, byte for byte.
    private static func containsASCII(_ text: ArraySlice<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, text.count >= pattern.count else { return pattern.isEmpty }
        var i = text.startIndex
        let last = text.endIndex - pattern.count
        while i <= last {
            if text[i] == first, text[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }

    /// The ASCII characters of the definition's sentence endings (`.!?"'`).
    private static let proseEndBytes: [UInt8] = Array(".!?\"'".utf8)
    /// `creditMarkers` as UTF-8.
    private static let creditMarkerBytes: [[UInt8]] = creditMarkers.map { Array($0.utf8) }
    private static let saidBytes: [UInt8] = Array(" said".utf8)
    private static let markdownLinkBytes: [UInt8] = Array("](".utf8)
}
