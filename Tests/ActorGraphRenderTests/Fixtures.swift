import ActorGraphModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Graphs and checks shared by the render tests, written for this project.
enum Fixtures {
    /// A small story: a spokesperson accuses a country, which denies it;
    /// one person holds office, a city sits in a country.
    static let small = KnowledgeGraph(
        documents: [
            Document(id: "barda-strike", title: "Strike on Barda", date: "2020-10-28"),
            Document(id: "minsk-talks", title: "Talks resume", date: "2020-10-30"),
        ],
        entities: [
            Entity(name: "Hikmet Hajiyev", type: .person, aliases: ["Hajiyev", "Hikmat Hajiyev"], mentions: 6),
            Entity(name: "Azerbaijan", type: .country, mentions: 9),
            Entity(name: "Armenia", type: .country, mentions: 8),
            Entity(name: "Barda", type: .place, mentions: 3),
            Entity(name: "OSCE Minsk Group", type: .organization, aliases: ["Minsk Group"], mentions: 2),
            Entity(name: "Nikol Pashinyan", type: .person, aliases: ["Pashinyan"], mentions: 4),
        ],
        relations: [
            Relation(source: "hikmet-hajiyev", type: .accuses, target: "armenia", confidence: 0.9, evidence: [
                Evidence(document: "barda-strike", sentence: "Hikmet Hajiyev said Armenian forces shelled Barda.",
                         start: 812, end: 863, date: "2020-10-28"),
                Evidence(document: "minsk-talks", sentence: "Hajiyev again accused Armenia of the strike.",
                         start: 40, end: 84, date: "2020-10-30"),
            ]),
            Relation(source: "armenia", type: .denies, target: "azerbaijan", confidence: 0.7, evidence: [
                Evidence(document: "barda-strike", sentence: "Yerevan denied \"any involvement\" in the attack.",
                         start: 900, end: 948, date: "2020-10-28"),
            ]),
            Relation(source: "hikmet-hajiyev", type: .spokespersonOf, target: "azerbaijan", confidence: 0.8),
            Relation(source: "nikol-pashinyan", type: .holdsOffice, target: "armenia", confidence: 0.95,
                     title: "Prime Minister"),
            Relation(source: "barda", type: .locatedIn, target: "azerbaijan", confidence: 0.99),
            Relation(source: "osce-minsk-group", type: .coChairs, target: "armenia", confidence: 0.5),
        ]
    )

    /// `graph` with every list in a scrambled (but fixed) order.
    static func shuffled(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        var copy = graph
        copy.documents.reverse()
        copy.entities = copy.entities.enumerated().sorted { ($0.offset * 7) % 5 < ($1.offset * 7) % 5 }.map {
            var e = $0.element
            e.aliases.reverse()
            return e
        }
        copy.relations = copy.relations.reversed().map {
            var r = $0
            r.evidence.reverse()
            return r
        }
        return copy
    }

    /// `count` entities with about `perNode` relations each to pseudo-random
    /// others (a fixed linear congruential sequence, so always the same graph).
    static func dense(_ count: Int, perNode: Int) -> KnowledgeGraph {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
        let entities = (0..<count).map { Entity(id: "e\($0)", name: "Entity \($0)", type: EntityType.allCases[$0 % 4]) }
        var relations: [Relation] = []
        var keys: Set<String> = []
        for i in 0..<count {
            for k in 0..<perNode {
                let j = next()
                guard j != i else { continue }
                let relation = Relation(source: "e\(i)", type: RelationType.allCases[(i + k) % 8], target: "e\(j)",
                                        confidence: 1)
                if keys.insert(relation.key).inserted { relations.append(relation) }
            }
        }
        return KnowledgeGraph(entities: entities, relations: relations)
    }

    /// A graph of `count` people in a chain of `backs` relations.
    static func chain(_ count: Int) -> KnowledgeGraph {
        let entities = (0..<count).map { Entity(id: "p\($0)", name: "Person \($0)", type: .person) }
        let relations = (1..<max(1, count)).map {
            Relation(source: "p\($0 - 1)", type: .backs, target: "p\($0)", confidence: 1)
        }
        return KnowledgeGraph(entities: entities, relations: relations)
    }
}

/// What a test needs from an SVG: it must be well-formed XML; then its
/// element ids, tooltips (`xlink:title`) and `<title>` texts, decoded.
struct SVGDocument {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var ids: Set<String> = []
    var tooltips: [String] = []
    var titles: [String] = []
    var texts: [String] = []

    /// Parses `data`, throwing `Malformed` with the parser's message if it is not XML.
    static func parse(_ data: Data) throws -> SVGDocument {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse(), collector.sawRoot else {
            throw Malformed(description: String(describing: parser.parserError ?? collector.error))
        }
        return collector.document
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var document = SVGDocument()
        var error: Error?
        var sawRoot = false
        private var text: String?
        private var element = ""

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if elementName == "svg" { sawRoot = true }
            if let id = attributeDict["id"] { document.ids.insert(id) }
            if let tooltip = attributeDict["xlink:title"] { document.tooltips.append(tooltip) }
            element = elementName
            text = (elementName == "title" || elementName == "text") ? "" : nil
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if let collected = text {
                if elementName == "title" { document.titles.append(collected) }
                if elementName == "text" { document.texts.append(collected) }
            }
            text = nil
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            error = parseError
        }
    }
}
