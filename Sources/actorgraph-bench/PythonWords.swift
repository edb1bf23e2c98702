/// Words counted as the spaCy peer counts them (`len(text.split())` in
/// `spacy_ner.py --bench`): maximal runs of characters that are not Python
/// whitespace. Using its definition for ActorGraph's figures too makes the
/// words-per-second ratio compare the same unit on the same text.
enum PythonWords {
    /// Python's `str.isspace()` set (Unicode White_Space plus the
    /// information separators U+001C to U+001F).
    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func count(in text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar.value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }
}
