import ActorGraphExtraction
import ActorGraphModel
import ActorGraphText
import Foundation

/// The libFuzzer entry point: one input, read every way ActorGraph reads text.
///
/// The bytes go through the loader's three parsers (plain text, HTML, JSON
/// Lines), refusals included; each document that loads is segmented into
/// sentences, and all of them are extracted together into a graph. A crash,
/// a sanitizer report or a broken invariant (evidence offsets that do not
/// slice the document back to its sentence, a relation to an unknown
/// entity) is a finding; a `LoadError` is a correct answer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTarget.run(data)
    return 0
}

enum FuzzTarget {
    static let loader = DocumentLoader(standardInput: { Data() })
    static let extractor = Extractor()
    static let segmenter = ArticleSegmenter()

    static func run(_ data: Data) {
        var documents: [SourceDocument] = []
        if let text = try? loader.parse(data, id: "fuzz-txt", source: "fuzz.txt") { documents.append(text) }
        if let page = try? loader.parseHTML(data, id: "fuzz-html", source: "fuzz.html") { documents.append(page) }
        if let feed = try? loader.parseJSONLines(data, idPrefix: "fuzz-jsonl", source: "fuzz.jsonl") {
            // A line's own "id" could repeat another document's; evidence is checked by id.
            for (n, var document) in feed.documents.enumerated() {
                document.document.id = "fuzz-jsonl-\(n)"
                documents.append(document)
            }
        }
        for document in documents { checkSentences(of: document) }
        guard !documents.isEmpty else { return }
        // The only error left is the temporary spill file's (a full disk): not the input's fault, but a finding here.
        do {
            checkGraph(try extractor.graph(for: documents), documents)
        } catch {
            require(false, "extraction threw \(error)")
        }
    }

    /// Every sentence lies inside the text and is the text at its offsets.
    static func checkSentences(of document: SourceDocument) {
        let bytes = Array(document.text.utf8)
        for sentence in segmenter.sentences(in: document) {
            require(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= bytes.count,
                    "sentence \(sentence.start)..<\(sentence.end) outside a text of \(bytes.count) bytes")
            require(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text,
                    "sentence text differs from the bytes at its offsets")
            require(sentence.tokens.count <= SentenceSplitter.maxTokens, "a sentence of \(sentence.tokens.count) tokens")
        }
    }

    /// Relations join known entities; evidence slices its document back to its sentence.
    static func checkGraph(_ graph: KnowledgeGraph, _ documents: [SourceDocument]) {
        let ids = Set(graph.entities.map(\.id))
        var texts: [String: [UInt8]] = [:]
        for document in documents { texts[document.document.id] = Array(document.text.utf8) }
        for relation in graph.relations {
            require(ids.contains(relation.source) && ids.contains(relation.target), "relation to an unknown entity")
            for evidence in relation.evidence {
                let bytes = texts[evidence.document]
                require(bytes != nil, "evidence names an unknown document \(evidence.document)")
                guard let bytes else { continue }
                require(0 <= evidence.start && evidence.start < evidence.end && evidence.end <= bytes.count,
                        "evidence \(evidence.start)..<\(evidence.end) outside \(evidence.document)")
            }
        }
        require((try? graph.jsonData()) != nil, "the graph does not encode as JSON")
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("ActorGraphFuzz: \(message())\n".utf8))
        abort()
    }
}
