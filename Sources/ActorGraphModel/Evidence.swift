/// A sentence that states a relation, and where it stands.
///
/// `start` and `end` are UTF-8 byte offsets of the sentence in the document's
/// text (end exclusive).
public struct Evidence: Codable, Sendable, Hashable, Comparable {
    public var document: String
    public var sentence: String
    public var start: Int
    public var end: Int
    public var date: String?

    public init(document: String, sentence: String, start: Int, end: Int, date: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.date = date
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}
