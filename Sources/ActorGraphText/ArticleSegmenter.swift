/// Turns a loaded article into the sentences of its prose: page furniture
/// dropped, offsets kept relative to the original text.
public struct ArticleSegmenter: Sendable {
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let furniture = FurnitureFilter()

    public init() {}

    /// The prose sentences of `source`, in order.
    public func sentences(in source: SourceDocument) -> [Sentence] {
        TokenStringCache.withCache { sentences(in: source, strings: $0) }
    }

    private func sentences(in source: SourceDocument, strings: TokenStringCache) -> [Sentence] {
        let bytes = Array(source.text.utf8)
        var sentences: [Sentence] = []
        var lineStart = 0
        while lineStart < bytes.count {
            // The next LF, found through the buffer: every byte of the article is passed over here.
            let lineEnd = bytes.withUnsafeBufferPointer {
                ByteScan.firstIndex(of: 0x0A, or: 0x0A, in: $0, from: lineStart, to: $0.count)
            } ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            if let headline = source.headlineRange, headline.overlaps(lineStart..<max(lineEnd, lineStart + 1)) { continue }
            let line = Self.trimmedASCII(bytes, lineStart..<lineEnd).map { String(decoding: bytes[$0], as: UTF8.self) }
                ?? String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).trimmingWhitespace()
            if line.isEmpty || furniture.isFurnitureLine(line) { continue }
            appendParagraph(bytes, lineStart..<lineEnd, strings, to: &sentences)
        }
        return sentences
    }

    /// `trimmingWhitespace` on bytes, for a line whose edges are ASCII: the
    /// byte range left after trimming spaces, tabs, CR, VT and FF; nil when
    /// a byte next to a trimmed or kept edge is non-ASCII, where a combining
    /// mark or a prepended sign could join the edge byte into a character
    /// of its own (a line holds no LF, so no CR LF pair either).
    static func trimmedASCII<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ line: Range<Int>) -> Range<Int>?
    where Bytes.Index == Int {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = line.lowerBound
        while start < line.upperBound, isSpace(bytes[start]) { start += 1 }
        var end = line.upperBound
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return start..<start }
        // The kept edges and their inner neighbours are ASCII, so each edge byte is a character alone.
        guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
        if start + 1 < end, bytes[start + 1] >= 0x80 || bytes[end - 2] >= 0x80 { return nil }
        return start..<end
    }

    /// Splits one paragraph into sentences and drops its appeals; when most
    /// of a paragraph is appeal, all of it goes (a donation box).
    private func appendParagraph(_ bytes: [UInt8], _ line: Range<Int>, _ strings: TokenStringCache, to sentences: inout [Sentence]) {
        let spans = furniture.inlineFurniture(in: bytes, line: line)
        var tokens: [Token]
        if spans.isEmpty {
            // Most paragraphs: one pass, no pieces to join.
            tokens = tokenizer.tokens(in: bytes, range: line, strings: strings)
        } else {
            tokens = []
            var cursor = line.lowerBound
            for span in spans + [line.upperBound..<line.upperBound] {
                tokens += tokenizer.tokens(in: bytes, range: cursor..<span.lowerBound, strings: strings)
                cursor = span.upperBound
            }
        }
        dropDateDirective(&tokens)
        dropDateline(&tokens)
        let ranges = splitter.sentenceRanges(tokens).filter { r in tokens[r].contains { $0.kind == .word } }
        guard !ranges.isEmpty else { return }
        let appeals = ranges.map { furniture.isAppeal(tokens[$0]) }
        let mostlyAppeal = appeals.filter { $0 }.count * 2 > ranges.count
        for (range, isAppeal) in zip(ranges, appeals) where !isAppeal && !mostlyAppeal {
            let slice = Array(tokens[range])
            guard let first = slice.first, let last = slice.last else { continue }
            let text = String(decoding: bytes[first.start..<last.end], as: UTF8.self)
            sentences.append(Sentence(text: text, start: first.start, end: last.end, tokens: slice, index: sentences.count))
        }
    }

    /// "NAIROBI — Kenya accused ...", "GOMA, Congo — ...": a wire dateline
    /// (a place in capitals, maybe a country, then a dash) is not prose.
    private func dropDateline(_ tokens: inout [Token]) {
        var k = 0
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isAllCaps || tokens[k].text.count == 1 && tokens[k].isCapitalized { k += 1 }
        guard k > 0 else { return }
        if k + 1 < tokens.count, tokens[k].text == ",", tokens[k + 1].isCapitalized {
            k += 2
            while k < tokens.count, tokens[k].isCapitalized || tokens[k].kind == .number || tokens[k].text == "," || tokens[k].text == "." { k += 1 }
        }
        if k + 2 < tokens.count, tokens[k].text == "(", tokens[k + 2].text == ")" { k += 3 }
        guard k < tokens.count, ["\u{2014}", "\u{2013}", "-", "--"].contains(tokens[k].text) else { return }
        tokens.removeFirst(k + 1)
    }

    /// "date 2020-10-28 Azerbaijan accuses ..." reads as prose after the date.
    private func dropDateDirective(_ tokens: inout [Token]) {
        guard tokens.count >= 2, tokens[0].text.lowercased() == "date",
              tokens[1].kind == .number, DateParser.isoDate(tokens[1].text) != nil else { return }
        tokens.removeFirst(2)
    }
}
