/// A real-world actor or place, merged across every spelling the articles use.
public struct Entity: Codable, Sendable, Hashable, Identifiable {
    /// Slug of the canonical name (`hikmet-hajiyev`), unique in a graph.
    public var id: String
    /// The fullest usual form of the name.
    public var name: String
    public var type: EntityType
    /// Every other form seen in the text, sorted.
    public var aliases: [String]
    /// How many times the entity is mentioned across all documents.
    public var mentions: Int

    public init(id: String? = nil, name: String, type: EntityType, aliases: [String] = [], mentions: Int = 1) {
        self.id = id ?? Entity.slug(for: name)
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }

    /// Every name this entity answers to: the canonical name first, then the aliases.
    public var allNames: [String] { [name] + aliases }

    /// Letters that do not decompose into ASCII plus a diacritic.
    static let transliterations: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// A lowercase ASCII slug of `name`: letters and digits joined by single hyphens.
    ///
    /// Diacritics are folded ("Türkiye" -> "turkiye") so ids stay stable and
    /// safe to use in DOT, SVG and file names.
    public static func slug(for name: String) -> String {
        // Every byte written is ASCII, gathered in a buffer and made a string
        // once: appending scalar by scalar to a String cost far more than the
        // fold itself when a corpus names hundreds of thousands of entities.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        func append(_ byte: UInt8) {
            if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            bytes.append(byte)
        }
        for scalar in name.unicodeScalars {
            // ASCII folds to itself lowercased, without Foundation (the
            // fold is most of the cost of naming a large corpus's entities).
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(byte | 0x20)
                case UInt8(ascii: "'"):
                    break
                default:
                    pendingHyphen = true
                }
                continue
            }
            let folded = Entity.transliterations[scalar] ?? String(scalar).applyingFold()
            for c in folded.unicodeScalars {
                if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                    if c.isASCII { append(UInt8(c.value)) }
                } else if c != "'" && c != "\u{2019}" {
                    pendingHyphen = true
                }
            }
        }
        var out = String(decoding: bytes, as: UTF8.self)
        if out.isEmpty {
            // A name with no Latin letters ("Москва"): spell its scalars so ids stay distinct.
            out = name.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                .prefix(16).map { "u" + String($0.value, radix: 16) }.joined(separator: "-")
        }
        return out.isEmpty ? "entity" : out
    }
}
