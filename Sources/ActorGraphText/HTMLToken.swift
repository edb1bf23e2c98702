/// One piece of an HTML page as `HTMLTokenizer` reads it: decoded text, or a
/// tag. Comments, doctypes and processing instructions are dropped.
enum HTMLToken: Equatable {
    /// Text between tags, character references decoded, whitespace as written.
    case text([UInt8])
    /// `<name attr="value">` (or `<name/>`); the name and attribute names are lowercased.
    case start(HTMLTag)
    /// `</name>`, lowercased.
    case end(String)
}

/// A start tag's name and attributes.
struct HTMLTag: Equatable {
    var name: String
    /// Attribute names lowercased, values decoded; the first of a repeated name wins.
    var attributes: [String: String]
    var selfClosing: Bool

    init(name: String, attributes: [String: String] = [:], selfClosing: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
    }

    subscript(attribute: String) -> String? { attributes[attribute] }
}
