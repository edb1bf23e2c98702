/// Byte classes the tokenizer needs, in the spirit of Ink's
/// `Character+Classification`: ASCII is decided by table, and any byte of a
/// multi-byte sequence counts as part of a word unless it is one of the
/// typographic punctuation marks listed in `TypographicMark`.
extension UInt8 {
    var isASCIILetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
    var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isSpaceOrNewline: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 || self == 0x0C || self == 0x0B }
    var isNonASCII: Bool { self >= 0x80 }
}

/// Typographic marks encoded as E2 80 xx (quotes, dashes, ellipsis) and the
/// no-break space C2 A0: punctuation or space, never part of a word.
enum TypographicMark {
    static let leftSingleQuote: UInt8 = 0x98
    static let rightSingleQuote: UInt8 = 0x99

    /// Length of the typographic mark starting at `i`, or 0.
    static func length(in bytes: [UInt8], at i: Int) -> Int {
        guard i + 2 < bytes.count else { return 0 }
        if bytes[i] == 0xE2, bytes[i + 1] == 0x80, (0x80...0xBF).contains(bytes[i + 2]) { return 3 }
        return 0
    }

    /// The no-break space (C2 A0), treated as whitespace.
    static func isNoBreakSpace(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == 0xC2 && bytes[i + 1] == 0xA0
    }
}

extension TypographicMark {
    /// `length(in:at:)` on a buffer of the whole text, for the tokenizer's scan.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard i + 2 < bytes.count else { return 0 }
        if bytes[i] == 0xE2, bytes[i + 1] == 0x80, (0x80...0xBF).contains(bytes[i + 2]) { return 3 }
        return 0
    }

    /// `isNoBreakSpace(_:at:)` on a buffer of the whole text.
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == 0xC2 && bytes[i + 1] == 0xA0
    }
}
