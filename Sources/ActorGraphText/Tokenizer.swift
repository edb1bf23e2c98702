/// Splits UTF-8 text into tokens with byte offsets, without regular
/// expressions or grapheme iteration: one pass over the bytes.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `bytes[range]`; offsets are positions in `bytes`. Their
    /// strings come from `strings` when given (the same strings, made once).
    public func tokens(in bytes: [UInt8], range: Range<Int>, strings: TokenStringCache? = nil) -> [Token] {
        // The scan reads each byte several times; the buffer spares the array's bounds checks on every read.
        bytes.withUnsafeBufferPointer { tokens(in: $0, range: range, strings: strings) }
    }

    private func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, strings: TokenStringCache?) -> [Token] {
        precondition(range.isEmpty || (range.lowerBound >= 0 && range.upperBound <= bytes.count), "token range outside the text")
        var tokens: [Token] = []
        // Prose has a token every five or six bytes: sized once, the array
        // does not grow (and copy itself) several times a paragraph.
        tokens.reserveCapacity(range.count / 4 + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b.isSpaceOrNewline { i += 1; continue }
            if TypographicMark.isNoBreakSpace(bytes, at: i) { i += 2; continue }
            let mark = TypographicMark.length(in: bytes, at: i)
            if mark > 0 {
                let third = bytes[i + 2]
                if third == TypographicMark.rightSingleQuote, isPossessiveS(bytes, at: i + 3, end: end), !tokens.isEmpty {
                    tokens.append(Token(text: "'s", start: i, end: i + 4, kind: .punctuation, isCapitalized: false))
                    i += 4
                } else {
                    tokens.append(make(bytes, i, min(i + mark, end), .punctuation, strings))
                    i += mark
                }
                continue
            }
            if b == 0x27, isPossessiveS(bytes, at: i + 1, end: end), !tokens.isEmpty, tokens[tokens.count - 1].end == i {
                tokens.append(Token(text: "'s", start: i, end: i + 2, kind: .punctuation, isCapitalized: false))
                i += 2
                continue
            }
            if b.isASCIIDigit {
                let j = readNumber(bytes, from: i, end: end)
                tokens.append(make(bytes, i, j, .number, strings))
                i = j
                continue
            }
            if b.isASCIILetter || b.isNonASCII {
                let j = readWord(bytes, from: i, end: end)
                tokens.append(make(bytes, i, j, .word, strings))
                i = j
                continue
            }
            tokens.append(make(bytes, i, i + 1, .punctuation, strings))
            i += 1
        }
        return tokens
    }

    private func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i < end, bytes[i] == 0x73 else { return false }
        return i + 1 >= end || !isWordByte(bytes, at: i + 1, end: end)
    }

    private func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let b = bytes[i]
        if b.isASCIILetter || b.isASCIIDigit { return true }
        return b.isNonASCII && TypographicMark.length(in: bytes, at: i) == 0 && !TypographicMark.isNoBreakSpace(bytes, at: i)
    }

    /// A word: letters and digits, joined by inner hyphens and apostrophes
    /// ("Nagorno-Karabakh", "O'Brien"), or a dotted acronym ("U.S.", "U.N.").
    private func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        if let j = readDottedAcronym(bytes, from: start, end: end) { return j }
        var i = start
        while i < end {
            if isWordByte(bytes, at: i, end: end) {
                i += bytes[i].isNonASCII ? utf8Length(bytes[i]) : 1
                continue
            }
            let b = bytes[i]
            let joins = b == 0x2D || (b == 0x27 && !isPossessiveS(bytes, at: i + 1, end: end))
            if joins, i > start, isWordByte(bytes, at: i + 1, end: end) { i += 1; continue }
            if TypographicMark.length(in: bytes, at: i) == 3, bytes[i + 2] == TypographicMark.rightSingleQuote,
               !isPossessiveS(bytes, at: i + 3, end: end), isWordByte(bytes, at: i + 3, end: end), i > start {
                i += 3
                continue
            }
            break
        }
        return min(i, end)
    }

    /// "U.S.", "U.S.A.", "U.K.": single capitals each followed by a dot.
    private func readDottedAcronym(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        var letters = 0
        while i + 1 < end, bytes[i].isASCIIUpper, bytes[i + 1] == 0x2E {
            letters += 1
            i += 2
        }
        guard letters >= 2 else { return nil }
        if i < end, isWordByte(bytes, at: i, end: end), !bytes[i].isASCIIUpper { return nil }
        return i
    }

    private func readNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if b.isASCIIDigit || (b.isASCIILetter && i > start) { i += 1; continue }
            if (b == 0x2C || b == 0x2E || b == 0x2D), i + 1 < end, bytes[i + 1].isASCIIDigit { i += 1; continue }
            break
        }
        return i
    }

    private func utf8Length(_ lead: UInt8) -> Int {
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    private func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ kind: Token.Kind,
                      _ strings: TokenStringCache?) -> Token {
        let first = bytes[start]
        if end == start + 1, first < 0x80 {
            // One ASCII byte (most punctuation): a ready string, no decoding.
            return Token(text: Self.asciiStrings[Int(first)], start: start, end: end, kind: kind, isCapitalized: first.isASCIIUpper)
        }
        let cut = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = strings?.string(cut) ?? String(decoding: cut, as: UTF8.self)
        let capitalized: Bool
        if first.isASCIIUpper {
            capitalized = true
        } else if first.isNonASCII, kind == .word, let c = text.first {
            capitalized = c.isUppercase
        } else {
            capitalized = false
        }
        return Token(text: text, start: start, end: end, kind: kind, isCapitalized: capitalized)
    }

    /// The one-byte strings of ASCII, by byte.
    private static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }
}
