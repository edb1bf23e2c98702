import ActorGraphExtraction
import ActorGraphModel
import ActorGraphText
import ArgumentParser
import Foundation

/// `actorgraph-bench extract`: extraction timed inside one process, the way
/// the spaCy peer times itself (`spacy_ner.py --bench`): the model (here the
/// lexicon) is loaded and one warm-up pass made before the clock starts.
///
/// `make bench` also times the whole `actorgraph extract` process on the
/// same files; the difference between the two is what a process pays once
/// (start, lexicon loading, argument parsing), which a one-off command pays
/// and a long-running one does not. A timed pass covers what `extract`
/// does after loading: reading and decoding the files, segmenting,
/// recognising, resolving, reading relations, and encoding the graph JSON
/// (into memory, not to a file).
struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction timed in process after loading and a warm-up pass, as the spaCy peer times itself.",
        discussion: "Example: taskset -c 0 actorgraph-bench extract bench-corpus/slice --runs 5 --json"
    )

    @Argument(help: "Article files or folders, as for actorgraph extract.")
    var inputs: [String]

    @Option(help: "Timed passes; the median is reported.")
    var runs = 5

    @Flag(help: "Print one JSON object instead of lines of text.")
    var json = false

    struct Result: Codable {
        var loadSeconds: Double
        var warmUpPasses: Int
        var runsSeconds: [Double]
        var medianSeconds: Double
        var articles: Int
        var entities: Int
        var relations: Int
        var graphJSONBytes: Int
    }

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }

    func run() throws {
        let loadStart = DispatchTime.now()
        let extractor = Extractor(lexicon: .shared)
        let loadSeconds = seconds(since: loadStart)
        // Not timed, as the peer's warm-up pass: first touches of the
        // allocator's pages, the files in the page cache.
        var last = try pass(extractor)
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now()
            last = try pass(extractor)
            samples.append(seconds(since: start))
        }
        let sorted = samples.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        let result = Result(loadSeconds: loadSeconds, warmUpPasses: 1, runsSeconds: samples, medianSeconds: median,
                            articles: last.graph.documents.count, entities: last.graph.entities.count,
                            relations: last.graph.relations.count, graphJSONBytes: last.bytes)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print("lexicon loaded in \(String(format: "%.3f", loadSeconds)) s; \(result.articles) articles, "
                  + "\(result.entities) entities, \(result.relations) relations, \(result.graphJSONBytes) bytes of JSON")
            print("passes: " + samples.map { String(format: "%.4f", $0) }.joined(separator: " ")
                  + " s; median \(String(format: "%.4f", median)) s")
        }
    }

    /// One pass: the files read and extracted, the graph encoded as JSON.
    private func pass(_ extractor: Extractor) throws -> (graph: KnowledgeGraph, bytes: Int) {
        do {
            let graph = try extractor.graph(for: try ArticleInputs(inputs))
            var bytes = 0
            try GraphJSONWriter().write(graph) { bytes += $0.count }
            return (graph, bytes)
        } catch let error as LoadError {
            throw Failure(description: error.description)
        } catch let error as ExtractionError {
            throw Failure(description: error.description)
        }
    }

    /// Input that cannot be read, with the loader's or extractor's message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
