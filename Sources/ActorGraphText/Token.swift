/// A word, number or punctuation mark, with its place in the document.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    /// The token as written; typographic apostrophes in possessives are
    /// normalized, so "’s" reads as "'s".
    public var text: String
    /// UTF-8 byte offsets in the document text, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The first letter is upper case ("Baku", "OSCE", "U.S.").
    public var isCapitalized: Bool

    public init(text: String, start: Int, end: Int, kind: Kind, isCapitalized: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    /// Every letter is upper case and there are at least two ("OSCE", "U.S.").
    ///
    /// Counted on bytes for ASCII (most tokens), whose only letters are A-Z
    /// and a-z; by Unicode properties otherwise. Every paragraph's first
    /// words are asked (a dateline is in capitals), and the properties cost
    /// hundreds of instructions a letter.
    public var isAllCaps: Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        if let ascii, let answer = ascii { return answer }
        return Self.isAllCapsByScalars(text)
    }

    /// `isAllCaps` read by Unicode properties, for any text.
    static func isAllCapsByScalars(_ text: String) -> Bool {
        var letters = 0
        for c in text.unicodeScalars where c.properties.isAlphabetic {
            if !c.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    public var isWord: Bool { kind == .word }
    public var isPossessive: Bool { text == "'s" || text == "'" }
}
