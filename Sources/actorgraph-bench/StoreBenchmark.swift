import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation
import GRDB

/// `actorgraph-bench store`: neighbors latency on a store of many relations.
///
/// The store is created by `GraphStore` (its schema and indexes) and then
/// filled with generated rows written straight into its tables: extraction is
/// not what is measured here, and a million relations through extraction
/// would take minutes. Queries go through the public `neighbors` API.
struct StoreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Median and p99 latency of neighbors at depth 1 and 2 on a generated store."
    )

    @Option(help: "Relations in the generated store.")
    var relations = 1_000_000

    @Option(help: "Queries per depth.")
    var queries = 501

    @Option(help: "Where to write the generated store (default: a temporary file).")
    var store: String?

    @Flag(help: "Print one JSON object instead of lines of text.")
    var json = false

    /// The latency figures of one depth, in milliseconds.
    struct Latency: Codable {
        var depth: Int
        var queries: Int
        var medianMilliseconds: Double
        var p99Milliseconds: Double
    }

    func run() throws {
        let path = store ?? NSTemporaryDirectory() + "actorgraph-bench-\(UUID().uuidString).sqlite"
        defer { if store == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let graph = try GraphStore(path: path)
        let entities = max(10, relations / 10)
        let fillStart = Date()
        try fill(path: path, entities: entities)
        let fillSeconds = Date().timeIntervalSince(fillStart)
        if !json {
            print("store: \(relations) relations among \(entities) entities, generated in \(String(format: "%.1f", fillSeconds)) s")
        }
        var latencies: [Latency] = []
        for depth in [1, 2] {
            var samples: [Double] = []
            for i in 0..<queries {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try graph.neighbors(of: "e\((i * 7919) % entities)", depth: depth)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            let latency = Latency(depth: depth, queries: samples.count, medianMilliseconds: samples[samples.count / 2],
                                  p99Milliseconds: samples[min(samples.count - 1, samples.count * 99 / 100)])
            latencies.append(latency)
            if !json {
                print("neighbors depth \(depth): median \(String(format: "%.3f", latency.medianMilliseconds)) ms, "
                      + "p99 \(String(format: "%.3f", latency.p99Milliseconds)) ms over \(samples.count) queries")
            }
        }
        if json {
            struct Figures: Codable {
                var relations: Int
                var entities: Int
                var fillSeconds: Double
                var neighbors: [Latency]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let figures = Figures(relations: relations, entities: entities, fillSeconds: fillSeconds, neighbors: latencies)
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        }
    }

    /// Deterministic rows: entity i relates to (i * 31 + k) mod n.
    private func fill(path: String, entities: Int) throws {
        let db = try DatabaseQueue(path: path)
        let types = RelationType.allCases.map(\.rawValue)
        try db.write { db in
            try db.execute(sql: "INSERT INTO document (id, content_hash, text) VALUES ('bench', 'bench', 'bench')")
            let entity = try db.makeStatement(sql: "INSERT INTO entity (id, name, folded_name, type, mentions) VALUES (?, ?, ?, 'PERSON', 1)")
            for i in 0..<entities { try entity.execute(arguments: ["e\(i)", "E \(i)", "e \(i)"]) }
            let relation = try db.makeStatement(sql: "INSERT OR IGNORE INTO relation (source, type, target, confidence) VALUES (?, ?, ?, 0.9)")
            let evidence = try db.makeStatement(sql: "INSERT INTO evidence (relation_id, document_id, sentence, start, \"end\") VALUES (?, 'bench', 'bench', 0, 5)")
            for i in 0..<relations {
                let source = i % entities
                let target = (source * 31 + i / entities + 1) % entities
                try relation.execute(arguments: ["e\(source)", types[i % types.count], "e\(target)"])
                if db.changesCount > 0 { try evidence.execute(arguments: [db.lastInsertedRowID]) }
            }
        }
    }
}
