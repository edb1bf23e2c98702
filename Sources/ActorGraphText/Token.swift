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
    public var start: Int {
        get { Int(startOffset) }
        set {
            precondition(Self.offsets.contains(newValue), "a token's offsets lie within a document")
            startOffset = Int32(truncatingIfNeeded: newValue)
        }
    }
    public var end: Int {
        get { Int(endOffset) }
        set {
            precondition(Self.offsets.contains(newValue), "a token's offsets lie within a document")
            endOffset = Int32(truncatingIfNeeded: newValue)
        }
    }
    public var kind: Kind
    /// The first letter is upper case ("Baku", "OSCE", "U.S.").
    public var isCapitalized: Bool

    /// The offsets as stored: a document is at most 64 MB
    /// (`DocumentLoader.maxArticleBytes`), and four bytes each make a token
    /// 32 bytes, not 40. Every token of a run's first pass stays in memory
    /// for the second (about a megabyte less for 100,000 words, each page
    /// of it a fault to take).
    private var startOffset: Int32
    private var endOffset: Int32

    /// The offsets a token can hold: those of a document, and more.
    public static let offsets = 0...Int(Int32.max)

    /// `start` and `end` must lie in `offsets`.
    public init(text: String, start: Int, end: Int, kind: Kind, isCapitalized: Bool) {
        precondition(Self.offsets.contains(start) && Self.offsets.contains(end), "a token's offsets lie within a document")
        self.text = text
        self.startOffset = Int32(truncatingIfNeeded: start)
        self.endOffset = Int32(truncatingIfNeeded: end)
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
