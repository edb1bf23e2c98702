/// Tells page furniture (bylines, photo credits, "RELATED" links, appeals for
/// donations, comment prompts) from article prose.
///
/// The cues are tables, so adding a new site's habit is a one-line change.
public struct FurnitureFilter: Sendable {
    /// Line openings (lowercased) that mark a whole line as furniture.
    public static let linePrefixes: [String] = [
        "(photo", "photo:", "photo by", "photograph:", "image:", "image by", "picture:", "credit:",
        "related:", "related article", "related articles", "related stories", "read more", "read also",
        "see also", "watch:", "listen:", "original url", "original article", "source url", "copyright",
        "\u{00A9}", "(c) ", "all rights reserved", "follow us", "share this", "advertisement",
        "font size", "sign up", "subscribe", "newsletter", "click here", "comments", "join our",
        "this article was", "this story was", "reporting by", "editing by", "additional reporting",
    ]

    /// Words that end a byline ("Jane Roe, Chief Foreign Affairs Correspondent").
    public static let bylineRoles: Set<String> = [
        "correspondent", "reporter", "editor", "writer", "contributor", "staff", "journalist",
        "columnist", "analyst", "producer", "photographer", "bureau", "desk",
    ]

    /// Credits that mark a short line as a photo caption credit.
    public static let creditMarkers: [String] = ["getty images", "via ap", "via reuters", "/afp", "/ap", "/reuters", "shutterstock", "epa-efe"]

    /// Openings of inline parenthesized furniture: "(RELATED: ...)".
    public static let inlinePrefixes: [String] = [
        "(related", "(photo", "(read", "(watch", "(see also", "(listen", "(video", "(reporting by", "(editing by",
        "(writing by", "(additional reporting", "(compiled by", "(graphic:",
    ]

    /// Sentence openings that are calls to action, not reporting.
    public static let imperativeOpeners: Set<String> = [
        "subscribe", "join", "sign", "follow", "click", "donate", "support", "share", "download",
        "register", "log", "start", "want", "become", "get", "help", "read", "watch", "listen",
    ]

    /// Pronouns that address the reader or speak for the publisher; outside
    /// quotation marks they mark an appeal ("Your support helps us ...").
    public static let appealPronouns: Set<String> = ["you", "your", "yours", "we", "our", "us", "ours", "We", "Our", "You", "Your"]

    public init() {}

    /// True when a whole line is furniture. `line` is trimmed.
    public func isFurnitureLine(_ line: String) -> Bool {
        // A paragraph of prose is long: past 20 words only its opening can
        // make it furniture, and reading the opening alone spares
        // lowercasing and splitting every paragraph of every article.
        if let words = Self.simpleWordCount(line, limit: 21), words > 20 {
            return opensAsFurniture(line)
        }
        return isFurnitureLineASCII(line) ?? isFurnitureLineByCharacters(line)
    }

    /// `isFurnitureLine` on the whole line's characters: the definition,
    /// which the fast path for long lines must agree with.
    func isFurnitureLineByCharacters(_ line: String) -> Bool {
        var lower = line.lowercased()
        // "(Reporting by ...; Editing by ...)": a credit line in brackets.
        if lower.hasPrefix("("), lower.hasSuffix(")") { lower = String(lower.dropFirst()) }
        if Self.linePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if isLink(lower) { return true }
        let words = line.split(separator: " ")
        let endsLikeProse = line.last.map { ".!?\"\u{201D}\u{2019}'".contains($0) } ?? false
        if lower.hasPrefix("by "), words.count <= 12, !endsLikeProse { return true }
        if !endsLikeProse, words.count <= 10,
           let last = words.last?.lowercased(), Self.bylineRoles.contains(last) { return true }
        if words.count <= 20, Self.creditMarkers.contains(where: { Self.contains(lower, $0) }), !Self.contains(lower, " said") { return true }
        // Headings, section labels and bare credits ("AP", "Comments"):
        // short lines that do not end like a sentence.
        if words.count <= 6, !endsLikeProse { return true }
        return false
    }

    private func isLink(_ lower: String) -> Bool {
        var s = Substring(lower)
        if s.hasPrefix("<") { s = s.dropFirst() }
        return s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("www.") || (s.hasPrefix("[") && s.contains("]("))
    }

    /// Byte ranges inside `line` (offsets relative to `bytes`) that are
    /// inline furniture: "(RELATED: ...)" and markdown bold credits
    /// ("**Name / Agency**").
    public func inlineFurniture(in bytes: [UInt8], line: Range<Int>) -> [Range<Int>] {
        precondition(line.lowerBound >= 0 && line.upperBound <= bytes.count, "line outside the text")
        // Every byte of every paragraph is read: through the buffer, without a bounds check each.
        return bytes.withUnsafeBufferPointer { inlineFurniture(in: $0, line: line) }
    }

    private func inlineFurniture(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = line.lowerBound
        while i < line.upperBound {
            // Most bytes open neither a bracket nor bold: the next that does, or the end.
            guard let next = ByteScan.firstIndex(of: 0x28, or: 0x2A, in: bytes, from: i, to: line.upperBound) else { break }
            i = next
            if bytes[i] == 0x28, let close = matching(bytes, from: i, open: 0x28, close: 0x29, limit: line.upperBound) {
                let head = String(decoding: bytes[i..<min(close, i + 12)], as: UTF8.self).lowercased()
                if Self.inlinePrefixes.contains(where: { head.hasPrefix($0) }) {
                    spans.append(i..<(close + 1))
                    i = close + 1
                    continue
                }
            }
            if bytes[i] == 0x2A, i + 1 < line.upperBound, bytes[i + 1] == 0x2A,
               let close = closingBold(bytes, from: i + 2, limit: line.upperBound) {
                let inner = bytes[(i + 2)..<close]
                if inner.contains(0x2F) || inner.count < 60 {
                    spans.append(i..<(close + 2))
                    i = close + 2
                    continue
                }
            }
            i += 1
        }
        return spans
    }

    private func matching(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, open: UInt8, close: UInt8, limit: Int) -> Int? {
        var depth = 0
        var j = i
        while j < limit {
            if bytes[j] == open { depth += 1 }
            if bytes[j] == close { depth -= 1; if depth == 0 { return j } }
            j += 1
        }
        return nil
    }

    private func closingBold(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int? {
        var j = i
        while j + 1 < limit {
            if bytes[j] == 0x2A, bytes[j + 1] == 0x2A { return j }
            j += 1
        }
        return nil
    }

    /// True when a sentence addresses the reader or speaks for the publisher
    /// outside quotation marks, or opens with a call to action.
    public func isAppeal(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first(where: { $0.kind == .word }) else { return false }
        // Only a capitalized opener can be a call to action: lowercase no other.
        if first.isCapitalized {
            let opener = first.text.lowercased()
            if Self.imperativeOpeners.contains(opener),
               Self.callWords.contains(opener) || tokens.contains(where: { Self.appealPronouns.contains($0.text) }) {
                return true
            }
        }
        var quoted = false
        for t in tokens {
            // Quotation marks are punctuation tokens; words and numbers skip the comparisons.
            if t.kind == .punctuation {
                switch Self.quoteMark(t.text) {
                case .opening: quoted = true
                case .closing: quoted = false
                case .straight: quoted.toggle()
                case nil: break
                }
                continue
            }
            if !quoted, t.kind == .word, Self.mayBeAppealPronoun(t.text), Self.appealPronouns.contains(t.text) { return true }
        }
        return false
    }

    enum QuoteMark { case opening, closing, straight }

    /// Which quotation mark `text` is, compared on bytes: the marks have
    /// no decomposition and are no composition's result, so only their own
    /// bytes are canonically equivalent to them.
    static func quoteMark(_ text: String) -> QuoteMark? {
        var u = text.utf8.makeIterator()
        switch (u.next(), u.next(), u.next(), u.next()) {
        case (0x22?, nil, nil, nil): return .straight
        case (0xE2?, 0x80?, 0x9C?, nil): return .opening
        case (0xE2?, 0x80?, 0x9D?, nil): return .closing
        default: return nil
        }
    }

    /// The pronouns are two to five bytes and start "yo", "we", "ou" or
    /// "us", the first letter in either case: a test of two bytes, read in
    /// place, spares hashing nearly every word of every sentence ("of",
    /// "on", "was" and "with" passed a test of the first byte alone).
    /// Written out, not derived from `appealPronouns` at each call (that
    /// cost a percent of a run): a test checks that every pronoun of the
    /// set passes, so one added there must be let through here too.
    static func mayBeAppealPronoun(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= 2, b.count <= 5 else { return false }
            // `| 0x20` lowers a capital and leaves the other letters as they are.
            switch (b[0] | 0x20, b[1]) {
            case (0x79, 0x6F), (0x77, 0x65), (0x6F, 0x75), (0x75, 0x73): return true
            default: return false
            }
        } ?? true
    }

    /// Openers that are calls to action even without a pronoun.
    static let callWords: Set<String> = ["subscribe", "donate", "click", "register", "download", "sign"]
}
