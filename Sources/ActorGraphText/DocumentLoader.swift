import ActorGraphModel
import Foundation

/// Reads articles from files, folders and standard input into `SourceDocument`s.
///
/// - `.txt`/`.text` (and explicitly named files without an extension): the
///   text as it is; the first line may be a headline.
/// - `.html`/`.htm`: the visible article text (`HTMLArticleReader`). The
///   document's `text`, and so every evidence offset, is that extracted
///   text, not the markup.
/// - `.jsonl`: one article a line (`JSONLinesReader`); bad lines are skipped
///   with a `LoadWarning`.
/// - `-`: standard input, one plain-text article with the id `stdin`.
///
/// Size policy: a single-article file (`.txt`, `.html`, standard input) is
/// read whole, so one larger than `maxArticleBytes` (64 MB) is refused before
/// it is read. A `.jsonl` feed of any size is streamed a line at a time
/// (`LineStream`), so memory follows the articles kept, not the file; a line
/// longer than `maxLineBytes` is skipped with a warning.
///
/// Folders are read recursively in sorted order, so output does not depend on
/// the file system's listing order. Document ids are made unique across the
/// whole input: a repeated id gets the first free suffix (`-2`, `-3`, …) in
/// input order, with a warning, so evidence always points at one document.
public struct DocumentLoader: Sendable {
    /// File extensions read as plain-text articles.
    public static let textExtensions: Set<String> = InputFormat.text.extensions
    /// The id of the article read from standard input.
    public static let standardInputID = "stdin"

    /// The largest single-article file (or standard input) read: 64 MB.
    public static let maxArticleBytes = 64 << 20
    /// The longest JSON Lines record read: 64 MB.
    public static let maxLineBytes = 64 << 20

    /// Reads all of standard input; replaceable so tests need no real stdin.
    public typealias StandardInputReader = @Sendable () throws -> Data

    private let readStandardInput: StandardInputReader

    public init(standardInput: @escaping StandardInputReader = { try DocumentLoader.boundedContents(of: FileHandle.standardInput) }) {
        readStandardInput = standardInput
    }

    /// Loads every article named by `inputs` (files, folders or `-`),
    /// dropping the warnings; see `loadWithWarnings(_:)`.
    public func load(_ inputs: [String]) throws -> [SourceDocument] {
        try loadWithWarnings(inputs).documents
    }

    /// Loads every article named by `inputs`, in order, with the problems
    /// that were skipped over. A problem that leaves an input with no article
    /// at all (a missing file, an empty page, a feed of only bad lines) throws.
    public func loadWithWarnings(_ inputs: [String]) throws -> LoadResult {
        try ArticleInputs(inputs, loader: self).readAll()
    }

    /// Loads one single-article file (`.txt` or `.html`). A `.jsonl` file holds
    /// many articles and is refused here; read it with `loadWithWarnings(_:)`.
    public func load(file path: String) throws -> SourceDocument {
        let name = PathName(path)
        let format = InputFormat(pathExtension: name.pathExtension)
        guard let format, format != .jsonLines else { throw LoadError.unsupportedType(path) }
        let data = try articleContents(of: path)
        let id = name.stem
        return format == .html ? try parseHTML(data, id: id, source: path) : try parse(data, id: id, source: path)
    }

    /// Decodes and parses plain-text article bytes; `id` becomes the document id.
    public func parse(_ data: Data, id: String, source: String) throws -> SourceDocument {
        let text = try Self.decode(data, source: source)
        let header = ArticleHeader.read(text)
        let document = Document(id: id, title: header.title, date: header.date, source: source)
        return SourceDocument(document: document, text: text, headlineRange: header.headlineRange)
    }

    /// Decodes an HTML page and keeps its visible article text: the
    /// document's `text` is the extracted text, and downstream offsets refer
    /// to it, not to the markup.
    public func parseHTML(_ data: Data, id: String, source: String) throws -> SourceDocument {
        let page = try Self.decode(data, source: source)
        let article = HTMLArticleReader.read(Array(page.utf8))
        guard article.text.contains(where: { !$0.isWhitespace }) else { throw LoadError.noVisibleText(source) }
        let document = Document(id: id, title: article.title, date: article.date, source: source)
        return SourceDocument(document: document, text: article.text, headlineRange: article.headlineRange)
    }

    /// Decodes a JSON Lines feed; ids default to `<idPrefix>-<line number>`.
    /// Throws when no line is a usable article.
    public func parseJSONLines(_ data: Data, idPrefix: String, source: String) throws -> LoadResult {
        let read = try jsonLines(data, idPrefix: idPrefix, source: source)
        return LoadResult(documents: read.articles.map(\.document), warnings: read.warnings)
    }

    // MARK: - Reading

    /// Calls `emit` with each article of the file at `path` (one, or one a
    /// line for `.jsonl`) with its line number, and returns the lines skipped.
    func forEachArticle(inFile path: String, _ emit: (SourceDocument, _ line: Int?) -> Void) throws -> [LoadWarning] {
        let name = PathName(path)
        guard InputFormat(pathExtension: name.pathExtension) == .jsonLines else {
            emit(try load(file: path), nil)
            return []
        }
        return try streamJSONLines(path, idPrefix: name.stem, emit)
    }

    /// A `.jsonl` file read a line at a time: the same checks as `decode`
    /// (empty, binary, UTF-8 with the file offset of the first bad byte), but
    /// only one line is ever held as bytes, and each article is handed on as
    /// soon as it is read.
    private func streamJSONLines(_ path: String, idPrefix: String,
                                 _ emit: (SourceDocument, _ line: Int?) -> Void) throws -> [LoadWarning] {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw LoadError.unreadable(path, reason: Self.reason(for: error))
        }
        defer { try? handle.close() }
        let reader = JSONLinesReader()
        var warnings: [LoadWarning] = []
        var articles = 0
        var sawBytes = false
        var sawText = false
        var sawLongLine = false
        do {
            try LineStream(maxLineBytes: Self.maxLineBytes).forEachLine(in: handle, first: { chunk in
                sawBytes = true
                if chunk.prefix(8192).contains(0) { throw LoadError.binary(path) }
            }) { line in
                guard !line.isTooLong else {
                    sawLongLine = true
                    warnings.append(LoadWarning(file: path, line: line.number,
                                                reason: "longer than \(Self.maxLineBytes >> 20) MB; line skipped"))
                    return
                }
                guard let text = String(validating: line.bytes, as: UTF8.self) else {
                    throw LoadError.invalidUTF8(path, byteOffset: line.offset + Self.firstInvalidByte(in: line.bytes))
                }
                if !sawText, text.contains(where: { !$0.isWhitespace }) { sawText = true }
                var read: [(document: SourceDocument, line: Int)] = []
                reader.read(line: line.bytes, number: line.number, source: path, idPrefix: idPrefix,
                            into: &read, warnings: &warnings)
                for article in read {
                    articles += 1
                    emit(article.document, article.line)
                }
            }
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.unreadable(path, reason: Self.reason(for: error))
        }
        guard sawBytes, sawText || sawLongLine else {
            throw LoadError.empty(path)
        }
        guard articles > 0 else {
            let first = warnings.first.map { "line \($0.line ?? 0): \($0.reason)" } ?? "no article lines"
            throw LoadError.noUsableLines(path, skipped: warnings.count, firstProblem: first)
        }
        return warnings
    }

    private func jsonLines(_ data: Data, idPrefix: String, source: String) throws
        -> (articles: [(document: SourceDocument, line: Int)], warnings: [LoadWarning]) {
        let text = try Self.decode(data, source: source)
        let read = JSONLinesReader().numberedArticles(in: text, source: source, idPrefix: idPrefix)
        guard !read.articles.isEmpty else {
            let first = read.warnings.first.map { "line \($0.line ?? 0): \($0.reason)" } ?? "no article lines"
            throw LoadError.noUsableLines(source, skipped: read.warnings.count, firstProblem: first)
        }
        return read
    }

    /// Standard input as one plain-text article with the id `stdin`.
    func loadStandardInput() throws -> SourceDocument {
        let data: Data
        do {
            data = try readStandardInput()
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.unreadable(LoadError.standardInput, reason: Self.reason(for: error))
        }
        guard data.count <= Self.maxArticleBytes else {
            throw LoadError.tooLarge(LoadError.standardInput, bytes: nil, limit: Self.maxArticleBytes)
        }
        return try parse(data, id: Self.standardInputID, source: LoadError.standardInput)
    }

    /// The bytes of a single-article file, refused when larger than
    /// `maxArticleBytes`: a regular file by its size, before reading; a pipe
    /// or device as soon as it has given more than that.
    ///
    /// Read with `open`, `fstat` and `read`: Foundation's attributes
    /// dictionary, `URL` and `Data(contentsOf:)` cost as much per file as
    /// decoding and segmenting a short article.
    private func articleContents(of path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LoadError.unreadable(path, reason: Self.systemReason()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw LoadError.unreadable(path, reason: Self.systemReason()) }
        let size = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        if size > Self.maxArticleBytes { throw LoadError.tooLarge(path, bytes: size, limit: Self.maxArticleBytes) }
        // One byte past the limit tells a file that grew, or a pipe, too large.
        let limit = Self.maxArticleBytes + 1
        // A regular file's size and a byte to see its end; 64 kB at a time otherwise.
        var bytes = [UInt8](repeating: 0, count: min(limit, size > 0 ? size + 1 : 1 << 16))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(limit, 2 * bytes.count) - bytes.count) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError.unreadable(path, reason: Self.systemReason())
            }
            if n == 0 { break }
            count += n
        }
        if count > Self.maxArticleBytes { throw LoadError.tooLarge(path, bytes: nil, limit: Self.maxArticleBytes) }
        return bytes.withUnsafeBytes { Data($0.prefix(count)) }
    }

    /// The C library's message for the latest failed system call ("No such file or directory").
    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }

    /// Reads `handle` to its end, or to one byte past `maxArticleBytes`
    /// (enough to tell that it is too large) so memory stays bounded.
    public static func boundedContents(of handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count <= maxArticleBytes,
              let chunk = try handle.read(upToCount: min(1 << 20, maxArticleBytes + 1 - data.count)), !chunk.isEmpty {
            data.append(chunk)
        }
        return data
    }

    /// The bytes as UTF-8 text; refuses empty, binary and non-UTF-8 input.
    ///
    /// Works on the contiguous bytes: `Data`'s own sequence interface hands
    /// out one byte per call, which made validation cost more than the rest
    /// of loading.
    static func decode(_ data: Data, source: String) throws -> String {
        guard !data.isEmpty else { throw LoadError.empty(source) }
        let text: String? = try data.withUnsafeBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            if bytes.prefix(8192).contains(0) { throw LoadError.binary(source) }
            return String(validating: bytes, as: UTF8.self)
        }
        guard let text else {
            throw LoadError.invalidUTF8(source, byteOffset: Self.firstInvalidByte(in: data))
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw LoadError.empty(source) }
        return text
    }

    /// Article files under `folder`, as paths that start with `folder` as the
    /// user wrote it (so recorded sources do not depend on the working copy's location).
    func articleFiles(in folder: String) throws -> [String] {
        guard let entries = FolderWalk.entries(under: folder) else {
            throw LoadError.unreadable(folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        // `NSString`'s extension, as the listing always took it ("..txt" has
        // one, where `URL` sees none), cut on bytes for plain names.
        for entry in entries where InputFormat.isArticleFile(
            pathExtension: PathName.plainCut(entry.relativePath)?.1 ?? (entry.relativePath as NSString).pathExtension) {
            let path = (folder as NSString).appendingPathComponent(entry.relativePath)
            var isFolder: ObjCBool = false
            // A folder named "x.txt" is walked into, not read as a file; a
            // link is read as what it points to.
            if !entry.isRegularFile, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
            files.append(path)
        }
        return files.sorted()
    }

    private static func reason(for error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }

    /// Offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidByte(in data: Data) -> Int {
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
