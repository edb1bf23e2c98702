/// Builds plain text out of HTML text runs the way a browser lays them out:
/// runs of whitespace collapse to one space, block boundaries become line
/// breaks, and no line is empty or padded.
struct PlainTextWriter {
    /// The finished lines, joined by LF.
    private(set) var bytes: [UInt8] = []
    /// Byte range of each finished line in `bytes`.
    private(set) var lineRanges: [Range<Int>] = []
    private var line: [UInt8] = []
    private var pendingSpace = false

    /// Appends a text run; whitespace (and the no-break space) collapses.
    mutating func append(_ text: [UInt8]) {
        var k = 0
        while k < text.count {
            let b = text[k]
            if b.isSpaceOrNewline || TypographicMark.isNoBreakSpace(text, at: k) {
                pendingSpace = true
                k += b == 0xC2 ? 2 : 1
                continue
            }
            // The soft hyphen (C2 AD) is invisible and would split a word in two.
            if b == 0xC2, k + 1 < text.count, text[k + 1] == 0xAD { k += 2; continue }
            if pendingSpace, !line.isEmpty { line.append(0x20) }
            pendingSpace = false
            line.append(b)
            k += 1
        }
    }

    /// Ends the current line, if it has any text.
    mutating func breakLine() {
        pendingSpace = false
        guard !line.isEmpty else { return }
        if !bytes.isEmpty { bytes.append(0x0A) }
        lineRanges.append(bytes.count..<(bytes.count + line.count))
        bytes += line
        line.removeAll(keepingCapacity: true)
    }

    /// The text written so far, the last line ended.
    mutating func finish() -> String {
        breakLine()
        return String(decoding: bytes, as: UTF8.self)
    }
}
