/// A piece of article text: literal words, or a slot the article's cast fills.
///
/// Sample paragraphs and sentence templates are both cut into pieces once,
/// so composing an article is concatenation, not search and replace.
enum TextPiece: Equatable {
    case literal(String)
    /// Words `words` of cast person `index` written as a name of `count` words.
    case person(Int, words: [Int], count: Int)
    /// Cast organization `index`: its name, or its acronym.
    case organization(Int, acronym: Bool)
    /// Cast country `index`: its name, or its adjective ("Kenyan").
    case country(Int, adjective: Bool)
    case place(Int)
    /// Drawn afresh at each use: what one side accuses another of, a day,
    /// a small number, an office, a topic of dispute.
    case accusation, weekday, number, office, topic

    /// The pieces of a template: literal text with slots in braces. `{P1}` is
    /// person 1's full name and `{S1}` their surname; `{O1}` organization 1
    /// and `{A1}` its acronym; `{C1}` country 1 and `{D1}` its adjective;
    /// `{L1}` place 1; `{X}`, `{DAY}`, `{N}`, `{T}`, `{TOPIC}` the drawn ones.
    static func pieces(of template: String) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            pieces.append(slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }

    /// The slot a brace name stands for; the templates are this file's
    /// companions, so an unknown name is a programming error.
    private static func slot(_ name: String) -> TextPiece {
        switch name {
        case "X": return .accusation
        case "DAY": return .weekday
        case "N": return .number
        case "T": return .office
        case "TOPIC": return .topic
        default: break
        }
        guard let kind = name.first, let number = Int(name.dropFirst()), number >= 1 else {
            preconditionFailure("unknown template slot {\(name)}")
        }
        let index = number - 1
        switch kind {
        case "P": return .person(index, words: [0, 1], count: 2)
        case "S": return .person(index, words: [1], count: 2)
        case "O": return .organization(index, acronym: false)
        case "A": return .organization(index, acronym: true)
        case "C": return .country(index, adjective: false)
        case "D": return .country(index, adjective: true)
        case "L": return .place(index)
        default: preconditionFailure("unknown template slot {\(name)}")
        }
    }
}
