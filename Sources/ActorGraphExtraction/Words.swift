/// A sentence's lowercased words, read with a subscript that answers ""
/// outside the sentence: frames look a few words ahead and behind, and an
/// edge of the sentence must end a match, never the program.
struct Words: Sendable {
    let words: [String]

    init(_ tokens: [String]) { words = tokens }

    var count: Int { words.count }

    subscript(i: Int) -> String { i >= 0 && i < words.count ? words[i] : "" }

    /// `text.lowercased()`, handing back `text` itself when it is ASCII
    /// without capitals: most words are, and need no new string.
    static func lowercased(_ text: String) -> String {
        text.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? text.lowercased() : text
    }
}
