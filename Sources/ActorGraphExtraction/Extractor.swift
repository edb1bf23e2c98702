import ActorGraphModel
import ActorGraphText
import Foundation

/// Text in, knowledge graph out: segment each article, find mentions,
/// resolve them across all articles, read relations with evidence.
///
/// Two passes, so memory follows one batch of articles and the corpus's
/// distinct names, never the whole corpus:
/// 1. each document is read (segmented, its mentions found) and reduced to
///    a `DocumentDigest`; the digests add up to one `MentionTable`, which
///    entity resolution turns into entities. The read sentences stay in
///    memory while they fit `memoryBudget`; past it, all of them go to a
///    `DocumentSpill`, a temporary file;
/// 2. the read documents (or the spill) are read back and each document's
///    relations are read with the resolved entities; edges merge across
///    documents.
/// The source itself is read once: the second pass costs the relation
/// frames and decoding the spill, not a second segmentation and
/// recognition, and a file that changes during the run cannot give the two
/// passes different text. Within a batch, documents are worked on on all
/// cores; results keep input order, so the graph is the same whatever the
/// number of threads.
///
/// Stateless and thread-safe; one instance serves any number of calls.
public struct Extractor: Sendable {
    let lexicon: Lexicon
    let segmenter = ArticleSegmenter()

    /// Documents read together on all cores: enough to keep every core busy
    /// between two batches, few enough that a batch's sentences stay small.
    public static let batchSize = 256
    /// The batch size in use; only tests set another, to show that batch
    /// boundaries change nothing.
    let batchSize: Int
    /// Where the spill is made; nil for `TMPDIR` (or /tmp). Tests set it.
    let spillFolder: String?

    /// Read documents are kept in memory, not written to the spill, while
    /// their estimated size (`ReadDocument.estimatedBytes`) stays under
    /// this: a run of some hundreds of articles neither encodes nor decodes
    /// its sentences nor touches the disk. The first document past it sends
    /// every document to the spill, so memory stays bounded whatever the
    /// corpus. About half a million words.
    public static let memoryBudget = 32 << 20
    /// The budget in use; tests set 0 (everything spilled) or a small one
    /// (spilling starts in the middle of a run).
    let memoryBudget: Int

    public init(lexicon: Lexicon = .shared) {
        self.init(lexicon: lexicon, batchSize: Self.batchSize)
    }

    init(lexicon: Lexicon, batchSize: Int, spillFolder: String? = nil, memoryBudget: Int = Self.memoryBudget) {
        self.lexicon = lexicon
        self.batchSize = max(1, batchSize)
        self.spillFolder = spillFolder
        self.memoryBudget = memoryBudget
    }

    /// Reports progress from either pass; called from several threads at
    /// once, in no particular order of `done`.
    public typealias Progress = @Sendable (ExtractionProgress) -> Void

    /// The graph of every document of `source` (an array of documents is
    /// one), read once. Errors are the source's (a file that cannot be
    /// read, say) or an `ExtractionError` from the temporary spill file.
    ///
    /// `progress`, when given, is called after each document of each pass
    /// and does not change the result.
    public func graph(for source: some DocumentSource, progress: Progress? = nil) throws -> KnowledgeGraph {
        let resolver = EntityResolver(lexicon: lexicon)
        let reader = DocumentReader(segmenter: segmenter, recognizer: MentionRecognizer(lexicon: lexicon), resolver: resolver)
        let spill = try DocumentSpill(in: spillFolder)
        let gathered = Gathered(memoryBudget: memoryBudget)

        let first = ProgressCounter(pass: 1, total: nil, report: progress)
        let mentions = BatchPipeline<[SourceDocument], [(DocumentDigest, ReadDocument.Kept)]>(work: { batch in
            // Once documents go to the spill, they are encoded here, on all cores.
            let spilling = gathered.isSpilling
            return batch.parallelMap { document in
                let sentences = reader.read(document)
                let digest = DocumentDigest(sentences: sentences, resolver: resolver)
                let read = ReadDocument(document: document.document, sentences: sentences)
                first.increment()
                return (digest, spilling ? .encoded(read.encoded()) : .read(read))
            }
        }, gather: { read in
            for (digest, kept) in read {
                let positions = gathered.table.add(digest)
                guard gathered.failure == nil else { continue }
                do throws(ExtractionError) {
                    try gathered.keep(kept, signaturePositions: digest.mentionSignatures.map { positions[Int($0)] }, spill: spill)
                } catch {
                    gathered.failure = error
                }
            }
        })
        defer { mentions.drain() }
        try source.forEachBatch(of: batchSize) { mentions.submit($0) }
        mentions.drain()
        if let failure = gathered.failure { throw failure }
        let renamed = source.renamedIDs

        gathered.table.finishAdding()
        FreedMemory.release()
        let resolution = resolver.resolve(gathered.table)
        // The table is freed on the release queue while the offices are
        // read. (The titled people stay here, after resolution: sorted on
        // another core while it ran, they saved 0.06 s of two cores' 9 and
        // added 6-15 MB to the run's peak of memory, which is in resolution.)
        let titled = gathered.table.titledPeople
        BackgroundRelease.drop(&gathered.table, leaving: MentionTable())
        let extractor = RelationExtractor(resolution: resolution, titledPeople: titled, words: lexicon.words)
        // Everything resolution let go of is freed before the second pass
        // allocates, so it reuses that memory rather than adding to it (the
        // run's peak); handing the freed memory back to the system, which
        // changes nothing for the second pass, goes on meanwhile.
        BackgroundRelease.wait()
        BackgroundRelease.releaseFreedMemory()
        let total = gathered.isSpilling ? spill.count : gathered.kept.count
        let second = ProgressCounter(pass: 2, total: total, report: progress)
        let relations = BatchPipeline<(position: Int, documents: [ReadDocument.Kept]), [Result<(Document, [Relation]), ExtractionError>]>(work: { batch in
            Array(batch.documents.enumerated()).parallelMap { offset, kept in
                defer { second.increment() }
                do throws(ExtractionError) {
                    var read = try kept.decoded()
                    if let id = renamed[batch.position + offset] { read.document.id = id }
                    return .success((read.document, extractor.relations(of: read.document, sentences: read.sentences,
                                                                    signaturePositions: read.signaturePositions)))
                } catch {
                    return .failure(error)
                }
            }
        }, gather: { found in
            for result in found {
                switch result {
                case .success(let (document, relations)):
                    gathered.documents.append(document)
                    gathered.add(relations)
                case .failure(let error):
                    gathered.failure = gathered.failure ?? error
                }
            }
        })
        defer { relations.drain() }
        var position = 0
        if gathered.isSpilling {
            try spill.forEachBatch(of: batchSize) { records in
                relations.submit((position, records.map { .encoded($0) }))
                position += records.count
            }
        } else {
            let kept = gathered.kept
            gathered.kept = []
            for start in stride(from: 0, to: kept.count, by: batchSize) {
                relations.submit((start, kept[start..<min(start + batchSize, kept.count)].map { .read($0) }))
            }
        }
        relations.drain()
        if let failure = gathered.failure { throw failure }
        FreedMemory.release()
        // The gathered lists are handed over, not copied, so sorting
        // happens in place; the index of edges is freed on another core.
        var graph = KnowledgeGraph(documents: [], entities: resolution.entities, relations: [])
        swap(&graph.documents, &gathered.documents)
        swap(&graph.relations, &gathered.edges)
        BackgroundRelease.drop(&gathered.edgeIndex, leaving: [:])
        graph.normalize()
        return graph
    }

    /// What the passes gather across batches. Only the pipeline's gather
    /// queue touches it while a pass runs, and the caller only after `drain()`.
    private final class Gathered: @unchecked Sendable {
        var table = MentionTable()
        var documents: [Document] = []
        /// The first error of a batch (the spill's), thrown once the pass drains.
        var failure: ExtractionError?
        /// Each edge once, in the order first read; `edgeIndex` finds an
        /// edge's place by its identity. (Held in a dictionary, the edges
        /// were copied out of it one by one for the graph, each retaining
        /// its strings and evidence, on the thread every other core waits for.)
        var edges: [Relation] = []
        var edgeIndex: [Relation.Identity: Int] = [:]
        /// The first pass's documents while they fit the budget, in input
        /// order, with their signature positions; empty once spilling.
        var kept: [ReadDocument] = []
        private var keptBytes = 0
        private let memoryBudget: Int
        /// Set once by the gather queue, read by the work queue at the start
        /// of each batch: hence the lock.
        private var spilling = false
        private let lock = NSLock()

        init(memoryBudget: Int) { self.memoryBudget = memoryBudget }

        var isSpilling: Bool { lock.withLock { spilling } }

        /// Keeps a read document in memory or, once the budget is passed,
        /// sends it and every document kept before it to the spill, in order.
        func keep(_ document: ReadDocument.Kept, signaturePositions: [Int32], spill: DocumentSpill) throws(ExtractionError) {
            if case .read(var read) = document, !isSpilling {
                let bytes = read.estimatedBytes
                if keptBytes + bytes <= memoryBudget {
                    read.signaturePositions = signaturePositions
                    kept.append(read)
                    keptBytes += bytes
                    return
                }
                lock.withLock { spilling = true }
                for earlier in kept {
                    try spill.append(earlier.encoded(), trailer: ReadDocument.signatureTrailer(earlier.signaturePositions))
                }
                kept = []
                keptBytes = 0
            }
            switch document {
            case .read(let read): try spill.append(read.encoded(), trailer: ReadDocument.signatureTrailer(signaturePositions))
            case .encoded(let record): try spill.append(record, trailer: ReadDocument.signatureTrailer(signaturePositions))
            }
        }

        /// Merges the edges read in one document into the same edges read in others.
        func add(_ relations: [Relation]) {
            for r in relations {
                // One hash of the identity, whether the edge is new or not.
                let (i, isNew) = Self.claim(&edgeIndex[r.identity, default: -1], next: edges.count)
                if isNew {
                    edges.append(r)
                } else {
                    edges[i].evidence += r.evidence
                    edges[i].confidence = max(edges[i].confidence, r.confidence)
                    if edges[i].title == nil { edges[i].title = r.title }
                }
            }
        }

        /// The place in `slot` (-1 for none yet), else `next`, which it takes.
        private static func claim(_ slot: inout Int, next: Int) -> (place: Int, isNew: Bool) {
            if slot >= 0 { return (slot, false) }
            slot = next
            return (next, true)
        }
    }
}
