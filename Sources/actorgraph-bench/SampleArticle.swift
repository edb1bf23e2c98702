import ActorGraphModel
import Foundation

/// One of the project's sample articles, cut into paragraphs whose people and
/// organizations are slots, so the corpus can reuse its sentences with other
/// names.
///
/// Which strings are names comes from the samples' own graph
/// (`graphs/graph.json`, written by `make graphs`): every person (full name,
/// aliases, surname) and every three-word organization introduced with its
/// acronym ("Kivu Patriotic Front (KPF)"). Countries, real places and
/// well-known bodies stay as written, as they would in real news.
struct SampleArticle {
    /// Every paragraph after the headline and `date` line, furniture included.
    var paragraphs: [[TextPiece]]

    /// A name as the samples write it (UTF-8) and the slot it becomes.
    private struct NameKey {
        var text: [UInt8]
        var piece: TextPiece
    }

    /// The sample articles in `folder` (sorted by file name), with names from `graph`.
    /// Person slots are numbered from `firstPerson` and organization slots
    /// from `firstOrganization` (the cast's own slots come first); returns how
    /// many of each the samples use.
    static func load(folder: String, graph: KnowledgeGraph, firstPerson: Int, firstOrganization: Int) throws
        -> (articles: [SampleArticle], people: Int, organizations: Int) {
        let (keys, people, organizations) = nameKeys(in: graph, firstPerson: firstPerson, firstOrganization: firstOrganization)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let articles = try files.map { file in
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
                .filter { !$0.hasPrefix("date ") && !$0.allSatisfy(\.isWhitespace) }
            return SampleArticle(paragraphs: lines.map { pieces(of: Array($0.utf8), keys: keys) })
        }
        return (articles, people, organizations)
    }

    /// The strings to replace, longest first so "Grace Wanjiru Mwangi" wins over "Mwangi".
    private static func nameKeys(in graph: KnowledgeGraph, firstPerson: Int, firstOrganization: Int)
        -> (keys: [NameKey], people: Int, organizations: Int) {
        var keys: [NameKey] = []
        var people = 0
        var organizations = 0
        for entity in graph.entities.sorted(by: { $0.id < $1.id }) {
            let words = entity.name.split(separator: " ").map(String.init)
            switch entity.type {
            case .person where words.count >= 2:
                let index = firstPerson + people
                people += 1
                var forms: [(String, [Int])] = [(entity.name, Array(words.indices)), (words[words.count - 1], [words.count - 1])]
                for alias in entity.aliases {
                    if let positions = positions(of: alias, in: words) { forms.append((alias, positions)) }
                }
                keys += forms.map { NameKey(text: Array($0.0.utf8), piece: .person(index, words: $0.1, count: words.count)) }
            case .organization where words.count == 3 && words.allSatisfy({ $0.first?.isUppercase == true }):
                let acronym = String(words.compactMap(\.first))
                guard entity.aliases.contains(acronym) else { continue }
                let index = firstOrganization + organizations
                organizations += 1
                keys.append(NameKey(text: Array(entity.name.utf8), piece: .organization(index, acronym: false)))
                keys.append(NameKey(text: Array(acronym.utf8), piece: .organization(index, acronym: true)))
            default:
                continue
            }
        }
        return (keys.sorted { $0.text.count > $1.text.count }, people, organizations)
    }

    /// Which words of `name` an alias repeats ("Mwangi" is word 2 of "Grace
    /// Wanjiru Mwangi"); an alias of as many words that differs in spelling
    /// ("Sergey Dorofeyev") maps word for word; anything else is left out.
    private static func positions(of alias: String, in name: [String]) -> [Int]? {
        let words = alias.split(separator: " ").map { $0.lowercased() }
        let lowered = name.map { $0.lowercased() }
        let found = words.compactMap { lowered.firstIndex(of: $0) }
        if found.count == words.count { return found }
        return words.count == name.count ? Array(name.indices) : nil
    }

    /// A paragraph cut at every whole-word occurrence of a key.
    private static func pieces(of bytes: [UInt8], keys: [NameKey]) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var literalStart = 0
        var position = 0
        while position < bytes.count {
            let atWordStart = position == 0 || !isWordByte(bytes[position - 1])
            if atWordStart, let key = keys.first(where: { matches($0.text, in: bytes, at: position) }) {
                if literalStart < position { pieces.append(.literal(String(decoding: bytes[literalStart..<position], as: UTF8.self))) }
                pieces.append(key.piece)
                position += key.text.count
                literalStart = position
            } else {
                position += 1
            }
        }
        if literalStart < bytes.count { pieces.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return pieces
    }

    private static func matches(_ key: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
        let end = position + key.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(key) else { return false }
        return end == bytes.count || !isWordByte(bytes[end])
    }

    /// Letters, digits and any byte of a multi-byte character ("ø").
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}
