import ActorGraphModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ActorGraphStore
import Testing

@Suite("GraphML and Neo4j CSV export")
struct ExportEncoderTests {
    /// A graph with text that means something to XML and CSV.
    static let hostile = KnowledgeGraph(
        documents: [Document(id: "d1")],
        entities: [
            Entity(id: "tomas", name: "Tomás \"El Duro\" O'Brien", type: .person, aliases: ["O'Brien, T.", "<b>Duro</b> & co"], mentions: 3),
            Entity(name: "Chile", type: .country),
            Entity(name: "Peru", type: .country),
        ],
        relations: [
            Relation(source: "tomas", type: .holdsOffice, target: "chile", confidence: 0.9,
                     title: "Minister, \"Foreign\" & Trade", evidence: [Evidence(document: "d1", sentence: "s", start: 0, end: 1)]),
            Relation(source: "peru", type: .accuses, target: "chile", confidence: 0.75, evidence: [
                Evidence(document: "d1", sentence: "a", start: 0, end: 1), Evidence(document: "d1", sentence: "b", start: 2, end: 3),
            ]),
        ])

    final class GraphMLReader: NSObject, XMLParserDelegate {
        var nodes: [String] = []
        var edges: [(String, String)] = []
        var keys: [String] = []
        var data: [String: String] = [:]
        private var currentKey: String?
        private var currentOwner = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "key": keys.append(attributes["attr.name"] ?? "")
            case "node": nodes.append(attributes["id"] ?? ""); currentOwner = attributes["id"] ?? ""
            case "edge": edges.append((attributes["source"] ?? "", attributes["target"] ?? "")); currentOwner = attributes["id"] ?? ""
            case "data": currentKey = attributes["key"]; data["\(currentOwner).\(currentKey ?? "")"] = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let currentKey { data["\(currentOwner).\(currentKey)", default: ""] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data" { currentKey = nil }
        }
    }

    func read(_ graphML: String) throws -> GraphMLReader {
        let parser = XMLParser(data: Data(graphML.utf8))
        let reader = GraphMLReader()
        parser.delegate = reader
        try #require(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return reader
    }

    @Test("GraphML parses back with one node per entity and one edge per relation, text intact")
    func graphML() throws {
        let reader = try read(GraphMLEncoder().encode(Self.hostile))
        #expect(reader.nodes == ["chile", "peru", "tomas"])
        #expect(reader.edges.map { "\($0.0)>\($0.1)" } == ["peru>chile", "tomas>chile"])
        #expect(Set(reader.keys).isSuperset(of: ["type", "aliases", "mentions", "evidence", "confidence"]))
        #expect(reader.data["tomas.name"] == "Tomás \"El Duro\" O'Brien")
        #expect(reader.data["tomas.aliases"] == "<b>Duro</b> & co;O'Brien, T.")
        #expect(reader.data["tomas.mentions"] == "3")
        #expect(reader.data["e0.evidence"] == "2")
        #expect(reader.data["e0.relation"] == "accuses")
        #expect(reader.data["e1.title"] == "Minister, \"Foreign\" & Trade")
    }

    @Test("GraphML of the stored fixture graph has every entity and relation")
    func graphMLOfStore() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        try store.ingest(try StoreFixtures.all)
        let graph = try store.graph()
        let reader = try read(GraphMLEncoder().encode(graph))
        #expect(reader.nodes.count == graph.entities.count)
        #expect(reader.edges.count == graph.relations.count)
    }

    @Test("control characters never reach the XML")
    func controlCharacters() throws {
        let graph = KnowledgeGraph(entities: [Entity(id: "bad", name: "Bad\u{1}Name\u{0B}", type: .place)])
        let reader = try read(GraphMLEncoder().encode(graph))
        #expect(reader.data["bad.name"] == "Bad\u{FFFD}Name\u{FFFD}")
    }

    @Test("CSV: the exact Neo4j headers, quoted fields, one line per entity and relation")
    func csv() throws {
        let files = Neo4jCSVEncoder().encode(Self.hostile)
        #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
        let nodes = files[0].contents.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(nodes.first == "id:ID,name,type,aliases,mentions:int,:LABEL")
        #expect(nodes.count == 3 + 2)  // header, three rows, the empty string after the last newline
        #expect(nodes.contains("chile,Chile,COUNTRY,,1,Country"))
        #expect(nodes.contains(#"tomas,"Tomás ""El Duro"" O'Brien",PERSON,"<b>Duro</b> & co;O'Brien, T.",3,Person"#))
        let relationships = files[1].contents.split(separator: "\n")
        #expect(relationships.first == ":START_ID,:END_ID,:TYPE,confidence:double,evidence:int,title")
        #expect(relationships.dropFirst() == [
            "peru,chile,ACCUSES,0.75,2,",
            #"tomas,chile,HOLDS_OFFICE,0.9,1,"Minister, ""Foreign"" & Trade""#,
        ])
    }
}
