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
            var rest = Substring(trimmed)
            if let date = DateParser.leadingDateDirective(in: &rest) {
                header.date = header.date ?? date
            } else if header.date == nil, let date = DateParser.isoDate(fromDateline: trimmed) {
                header.date = date
                continue
            }
            if header.title == nil, !rest.isEmpty {
                header.title = String(rest)
                if isTitleCase(rest) {
                    header.headlineRange = offset..<(offset + line.utf8.count)
                }
            }
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
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { $0.count >= 3 && $0.first?.isLetter == true }
        guard words.count >= 3 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return Double(capitalized) / Double(words.count) >= 0.75
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
