/// The title and date an article states at its top.
///
/// A `.txt` article may open with its headline, a `date YYYY-MM-DD` line, or a
/// dateline ("October 27, 2020"); all are optional.
struct ArticleHeader {
    var title: String?
    var date: String?
    /// Set when the first line is a Title Case headline.
    var headlineRange: Range<Int>?

    /// How many leading lines may carry the date.
    static let headerLines = 15

    static func read(_ text: String) -> ArticleHeader {
        text.utf8.withContiguousStorageIfAvailable { read(bytes: $0) } ?? readByCharacters(text)
    }

    /// `read` on the text's bytes. A line with ASCII edges is trimmed on
    /// bytes (`ArticleSegmenter.trimmedASCII`), and once the title is known
    /// a line that can hold no date (no "date" directive, and a date found
    /// already or four words, which no dateline has) is passed over without
    /// becoming a string: header lines are mostly paragraphs of the article.
    /// Any other line is read as `readByCharacters` reads it.
    static func read(bytes: UnsafeBufferPointer<UInt8>) -> ArticleHeader {
        var header = ArticleHeader()
        var offset = 0
        var seen = 0
        while offset < bytes.count {
            let end = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
            let lineStart = offset
            offset = end + 1
            let trimmed: String
            if let range = ArticleSegmenter.trimmedASCII(bytes, lineStart..<end) {
                guard !range.isEmpty else { continue }
                seen += 1
                if seen > headerLines { break }
                let line = bytes[range]
                if header.title != nil, !DateParser.mayOpenDateDirective(line),
                   header.date != nil || DateParser.startsFourthWordOnBytes(bytes: line) == true {
                    continue
                }
                trimmed = String(decoding: line, as: UTF8.self)
            } else {
                trimmed = String(decoding: bytes[lineStart..<end], as: UTF8.self).trimmingWhitespace()
                guard !trimmed.isEmpty else { continue }
                seen += 1
                if seen > headerLines { break }
            }
            header.read(line: trimmed, at: lineStart..<end)
        }
        return header
    }

    /// What one trimmed header line says, the line being `range` of the text.
    private mutating func read(line trimmed: String, at range: Range<Int>) {
        var rest = Substring(trimmed)
        if let date = DateParser.leadingDateDirective(in: &rest) {
            self.date = self.date ?? date
        } else if self.date == nil, let date = DateParser.isoDate(fromDateline: trimmed) {
            self.date = date
            return
        }
        if title == nil, !rest.isEmpty {
            title = String(rest)
            if Self.isTitleCase(rest) { headlineRange = range }
        }
    }

    /// `read` on the text's characters, for a string without contiguous
    /// UTF-8: the reference the byte reading must agree with.
    static func readByCharacters(_ text: String) -> ArticleHeader {
        var header = ArticleHeader()
        var offset = 0
        var seen = 0
        // Split on the LF byte: in Swift "\r\n" is one Character, so a
        // Character split would see a CRLF file as a single line. Lines are
        // cut one at a time: only the first few matter, not the whole article.
        // (An empty last line, after a final LF, would change nothing.)
        let utf8 = text.utf8
        while offset < utf8.count {
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            let line = Substring(utf8[start..<utf8.index(start, offsetBy: lineLength(utf8, from: offset))])
            defer { offset += line.utf8.count + 1 }
            let trimmed = line.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            seen += 1
            if seen > headerLines { break }
            header.read(line: trimmed, at: offset..<(offset + line.utf8.count))
        }
        return header
    }

    /// Bytes from `offset` to the next LF or the end, counted on the
    /// string's contiguous UTF-8 where it has one.
    static func lineLength(_ utf8: String.UTF8View, from offset: Int) -> Int {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            bytes[offset...].firstIndex(of: 0x0A).map { $0 - offset } ?? bytes.count - offset
        }
        if let found { return found }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return utf8.distance(from: start, to: utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex)
    }

    /// True when most words of three or more letters start with a capital,
    /// the way headlines are set ("Missile Strike Kills 21 Civilians In ...").
    static func isTitleCase(_ line: Substring) -> Bool {
        isTitleCaseASCII(line) ?? isTitleCaseBySpans(line) ?? isTitleCaseByCharacters(line)
    }

    /// `isTitleCase` on the line's characters: the definition, which the
    /// byte path must agree with.
    static func isTitleCaseByCharacters(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { $0.count >= 3 && $0.first?.isLetter == true }
        guard words.count >= 3 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return Double(capitalized) / Double(words.count) >= 0.75
    }
}

extension ArticleHeader {
    /// `isTitleCase` on bytes for a line that is all ASCII without CR or LF,
    /// where each byte is one character and letters and capitals are byte
    /// ranges; nil for any other line. The first line of a file without a
    /// headline is often a whole paragraph, too long to split by characters.
    static func isTitleCaseASCII(_ line: Substring) -> Bool? {
        var words = 0
        var capitalized = 0
        var length = 0
        var first: UInt8 = 0
        func endWord() {
            if length >= 3, first.isASCIILetter {
                words += 1
                if first.isASCIIUpper { capitalized += 1 }
            }
            length = 0
        }
        for b in line.utf8 {
            guard b < 0x80, b != 0x0D, b != 0x0A else { return nil }
            if b == 0x20 || b == 0x09 {
                endWord()
            } else {
                if length == 0 { first = b }
                length += 1
            }
        }
        endWord()
        guard words >= 3 else { return false }
        return Double(capitalized) / Double(words) >= 0.75
    }
}

extension ArticleHeader {
    /// `isTitleCase` for a line with non-ASCII letters: words cut at space
    /// and tab bytes, and only words with a non-ASCII byte read by
    /// characters. A space or tab next to a non-ASCII byte is checked to be
    /// a character of its own (a combining mark after it, or a prepended
    /// mark before it, joins it into one character, and the cut would then
    /// differ from the characters'); where it is not, nil. The first line
    /// of a file without a headline is often a whole paragraph, and a
    /// single accented name in it sent all of it to the character reading,
    /// about 175,000 instructions a line.
    static func isTitleCaseBySpans(_ line: Substring) -> Bool? {
        let utf8 = line.utf8
        var words = 0
        var capitalized = 0
        var start = utf8.startIndex
        var index = utf8.startIndex
        /// Counts the word from `start` up to `end`, if it is one.
        func endWord(at end: String.UTF8View.Index) {
            guard start < end else { return }
            let bytes = utf8[start..<end]
            if bytes.allSatisfy({ $0 < 0x80 }) {
                // ASCII: a byte a character (a CR alone is one; no LF here).
                guard bytes.count >= 3, let first = bytes.first, first.isASCIILetter else { return }
                words += 1
                if first.isASCIIUpper { capitalized += 1 }
            } else {
                let word = Substring(bytes)
                guard word.count >= 3, let first = word.first, first.isLetter else { return }
                words += 1
                if first.isUppercase { capitalized += 1 }
            }
        }
        while index < utf8.endIndex {
            let b = utf8[index]
            if b == 0x0A { return nil }
            if b == 0x20 || b == 0x09 {
                guard isSeparatorCharacter(utf8, at: index) else { return nil }
                endWord(at: index)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        endWord(at: utf8.endIndex)
        guard words >= 3 else { return false }
        return Double(capitalized) / Double(words) >= 0.75
    }

    /// Whether the space or tab byte at `k` is a character of its own.
    /// Grapheme breaks on either side of a space or tab depend only on the
    /// scalars next to it, so the characters of those three scalars tell.
    static func isSeparatorCharacter(_ utf8: Substring.UTF8View, at k: Substring.UTF8View.Index) -> Bool {
        var start = k
        if k > utf8.startIndex, utf8[utf8.index(before: k)] >= 0x80 {
            start = utf8.index(before: k)
            while start > utf8.startIndex, utf8[start] & 0xC0 == 0x80 { start = utf8.index(before: start) }
        }
        var end = utf8.index(after: k)
        if end < utf8.endIndex, utf8[end] >= 0x80 {
            end = utf8.index(after: end)
            while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
        }
        if start == k, end == utf8.index(after: k) { return true }
        let separator: Character = utf8[k] == 0x20 ? " " : "\t"
        return Substring(utf8[start..<end]).contains(separator)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, CR).
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
