import ActorGraphModel
import Foundation

/// The articles named on a command line, read lazily: files and folders are
/// listed up front (so a missing file fails before any work), and each
/// reading opens them again, one file at a time, so memory follows one
/// batch of articles, not the corpus.
///
/// Standard input cannot be read twice, so it is read once, at `init`, and
/// kept (it is one article of at most `DocumentLoader.maxArticleBytes`).
///
/// Repeated document ids are renamed as `DocumentLoader` documents it (the
/// first keeps its id, later ones get the first suffix no document uses),
/// which needs every id: the first full reading gives ids as written and
/// records them; later readings give the unique ids. The warnings of the
/// latest full reading, renames included, are in `warnings`.
public final class ArticleInputs: DocumentSource, @unchecked Sendable {
    private enum Entry {
        case file(String)
        case standardInput(SourceDocument)
    }

    private let loader: DocumentLoader
    private let entries: [Entry]
    /// Position in input order -> unique id, once a full reading has been made.
    private var uniqueIDs: [Int: String]?
    private var renameWarnings: [LoadWarning] = []
    /// Problems passed over during the latest full reading, in input order,
    /// then the renamed ids.
    public private(set) var warnings: [LoadWarning] = []

    /// Lists the articles of `inputs` (files, folders, `-`); throws for a
    /// missing file, a folder without articles, unreadable standard input.
    public init(_ inputs: [String], loader: DocumentLoader = DocumentLoader()) throws {
        self.loader = loader
        var entries: [Entry] = []
        for input in inputs {
            if input == LoadError.standardInput {
                entries.append(.standardInput(try loader.loadStandardInput()))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw LoadError.missingFile(input)
            }
            if isFolder.boolValue {
                let files = try loader.articleFiles(in: input)
                guard !files.isEmpty else { throw LoadError.noArticles(input) }
                entries += files.map(Entry.file)
            } else {
                entries.append(.file(input))
            }
        }
        self.entries = entries
    }

    /// Every article in input order, in batches of at most `size`; a file
    /// that holds no usable article throws, as in `DocumentLoader`.
    public func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) throws {
        var batch: [SourceDocument] = []
        batch.reserveCapacity(size)
        var seen: [(id: String, origin: String, line: Int?)] = []
        var read: [LoadWarning] = []
        var position = 0
        let renamed = uniqueIDs
        func emit(_ article: SourceDocument, line: Int?) {
            var article = article
            if let renamed {
                if let id = renamed[position] { article.document.id = id }
            } else {
                seen.append((article.document.id, article.document.source ?? article.document.id, line))
            }
            position += 1
            batch.append(article)
            if batch.count >= size {
                body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        for entry in entries {
            switch entry {
            case .standardInput(let article):
                emit(article, line: nil)
            case .file(let path):
                read += try loader.forEachArticle(inFile: path, emit)
            }
        }
        if !batch.isEmpty { body(batch) }
        if renamed == nil {
            let unique = DocumentLoader.uniqueIDs(seen)
            uniqueIDs = unique.renamed
            renameWarnings = unique.warnings
        }
        warnings = read + renameWarnings
    }

    /// Renames of repeated ids, by position, once a full reading has been
    /// made (a later reading gives them already renamed).
    public var renamedIDs: [Int: String] { uniqueIDs ?? [:] }

    /// Makes the ids of the next reading unique, by a reading of every
    /// article if none was made yet: for readers that read only once (the
    /// store's ingest) and keep ids.
    public func settleIDs() throws {
        if uniqueIDs == nil { try forEachBatch(of: 256) { _ in } }
    }

    /// All articles at once, ids made unique: for inputs known to be small
    /// (tests, a handful of files) and callers that need them together.
    public func readAll() throws -> LoadResult {
        var documents: [SourceDocument] = []
        try forEachBatch(of: 1024) { documents += $0 }
        if let renamed = uniqueIDs {
            for (position, id) in renamed { documents[position].document.id = id }
        }
        return LoadResult(documents: documents, warnings: warnings)
    }
}
