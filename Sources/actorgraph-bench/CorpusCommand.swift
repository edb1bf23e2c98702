import ActorGraphModel
import ArgumentParser
import Foundation

/// `actorgraph-bench corpus`: a large, deterministic news corpus for the
/// extraction, ingest and peer benchmarks.
///
/// Articles retell the project's sample articles with generated names and
/// add generated sentences (see `ArticleComposer`), so the corpus reads like
/// conflict news and its number of distinct actors grows with its size. The
/// corpus is JSON Lines shards; the slice, its first articles as `.txt`
/// files, is the same text for the spaCy comparison. A corpus already
/// written with the same parameters and inputs is reused, not rewritten.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Generate (or reuse) the benchmark corpus and its spaCy slice.",
        discussion: "Example: actorgraph-bench corpus --out bench-corpus/corpus --slice bench-corpus/slice --megabytes 100"
    )

    /// Bump when the generated text changes for the same parameters.
    static let generatorVersion = 1

    @Option(help: "Folder of the JSON Lines shards (and manifest.json).")
    var out = "bench-corpus/corpus"

    @Option(help: "Folder of the slice's .txt files.")
    var slice = "bench-corpus/slice"

    @Option(help: "Article text to generate, in MB (1,000,000 bytes of UTF-8).")
    var megabytes = 100

    @Option(help: "Words in the slice (whole articles, at least this many).")
    var sliceWords = 100_000

    @Option(help: "Size of one shard, in MB.")
    var shardMegabytes = 1

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "The sample articles whose sentences are retold.")
    var articles = "examples/articles"

    @Option(help: "The samples' graph JSON, which says which of their words are names.")
    var names = "graphs/graph.json"

    func validate() throws {
        guard megabytes >= 1, shardMegabytes >= 1, sliceWords >= 1 else {
            throw ValidationError("--megabytes, --shard-megabytes and --slice-words must be at least 1.")
        }
    }

    func run() throws {
        let graphData = try Data(contentsOf: URL(fileURLWithPath: names))
        let parameters = CorpusManifest.Parameters(
            generatorVersion: Self.generatorVersion, seed: seed, megabytes: megabytes, shardMegabytes: shardMegabytes,
            sliceWords: sliceWords, inputFingerprint: try fingerprint(graph: graphData))
        let manifestPath = out + "/manifest.json"
        if let existing = try? JSONDecoder().decode(CorpusManifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath))),
           existing.parameters == parameters, existing.corpus.folder == out, existing.slice.folder == slice,
           Self.isIntact(existing.corpus), Self.isIntact(existing.slice) {
            print("corpus: reusing \(out) (\(Self.summary(of: existing)))")
            return
        }
        let start = Date()
        try Self.prepare(folder: out, ownFile: { ShardWriter.isShard($0) || $0 == "manifest.json" })
        try Self.prepare(folder: slice, ownFile: { $0.hasPrefix("bench-") && $0.hasSuffix(".txt") })
        let samples = try SampleArticle.load(
            folder: articles, graph: try KnowledgeGraph(jsonData: graphData),
            firstPerson: ArticleComposer.firstSamplePerson, firstOrganization: ArticleComposer.firstSampleOrganization)
        guard samples.articles.count >= 2 else {
            throw ValidationError("\(articles): need at least two sample .txt articles, found \(samples.articles.count).")
        }
        let manifest = try write(with: ArticleComposer(seed: seed, samples: samples), parameters: parameters)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: manifestPath))
        print("corpus: wrote \(out) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s (\(Self.summary(of: manifest)))")
    }

    /// Writes articles until the text reaches `megabytes`; the first ones
    /// also go to the slice until it has `sliceWords` words.
    private func write(with composer: ArticleComposer, parameters: CorpusManifest.Parameters) throws -> CorpusManifest {
        var shards = ShardWriter(folder: out, shardBytes: shardMegabytes * 1_000_000)
        var corpus = CorpusManifest.Part(folder: out, files: 0, articles: 0, words: 0, textBytes: 0, fileBytes: 0)
        var part = CorpusManifest.Part(folder: slice, files: 0, articles: 0, words: 0, textBytes: 0, fileBytes: 0)
        var people = Set<Int>(), organizations = Set<Int>(), places = Set<Int>()
        while corpus.textBytes < megabytes * 1_000_000 {
            let article = composer.article(corpus.articles)
            try shards.append(article)
            corpus.articles += 1
            corpus.words += article.words
            corpus.textBytes += article.text.utf8.count
            people.formUnion(article.people)
            organizations.formUnion(article.organizations)
            places.formUnion(article.places)
            if part.words < sliceWords {
                let text = "\(article.title)\ndate \(article.date)\n\n\(article.text)\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(slice)/\(article.id).txt"))
                part.files += 1
                part.articles += 1
                part.words += PythonWords.count(in: text)
                part.textBytes += text.utf8.count
                part.fileBytes += text.utf8.count
            }
        }
        try shards.finish()
        corpus.files = shards.files
        corpus.fileBytes = shards.fileBytes
        return CorpusManifest(
            parameters: parameters, corpus: corpus, slice: part,
            generatedActors: .init(people: people.count, organizations: organizations.count, places: places.count))
    }

    /// FNV-1a (64-bit) of the sample files' names and bytes and of the names
    /// graph: a change to either makes a new corpus.
    private func fingerprint(graph: Data) throws -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: articles).filter({ $0.hasSuffix(".txt") }).sorted() {
            mix(file.utf8)
            mix(try Data(contentsOf: URL(fileURLWithPath: articles + "/" + file)))
        }
        mix(graph)
        return String(hash, radix: 16)
    }

    /// Empties `folder` of a previous run's files, or creates it. A folder
    /// holding anything else is left alone and the run stops, so a mistyped
    /// `--out` cannot delete someone's files.
    private static func prepare(folder: String, ownFile: (String) -> Bool) throws {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder) {
            let foreign = contents.filter { !ownFile($0) }
            guard foreign.isEmpty else {
                throw ValidationError("\(folder) holds files the generator did not write (\(foreign.sorted().prefix(3).joined(separator: ", "))); remove them or choose another folder.")
            }
            for file in contents { try manager.removeItem(atPath: folder + "/" + file) }
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Whether a part's files are still there at the recorded total size.
    private static func isIntact(_ part: CorpusManifest.Part) -> Bool {
        let manager = FileManager.default
        guard let files = try? manager.contentsOfDirectory(atPath: part.folder).filter({ $0.hasSuffix(".jsonl") || $0.hasSuffix(".txt") })
        else { return false }
        let bytes = files.reduce(0) { total, file in
            total + ((try? manager.attributesOfItem(atPath: part.folder + "/" + file)[.size] as? Int) ?? 0)
        }
        return files.count == part.files && bytes == part.fileBytes
    }

    private static func summary(of manifest: CorpusManifest) -> String {
        let c = manifest.corpus, s = manifest.slice, a = manifest.generatedActors
        return "\(c.articles) articles, \(c.words) words, \(String(format: "%.1f", Double(c.textBytes) / 1e6)) MB of text "
            + "in \(c.files) shards; \(a.people) people, \(a.organizations) organizations, \(a.places) places generated; "
            + "slice \(s.folder): \(s.articles) articles, \(s.words) words"
    }
}
