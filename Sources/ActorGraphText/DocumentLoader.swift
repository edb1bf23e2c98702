import ActorGraphModel
import Foundation

/// Reads articles from files and folders into `SourceDocument`s.
///
/// Folders are read recursively in sorted order, so output does not depend on
/// the file system's listing order.
public struct DocumentLoader: Sendable {
    /// File extensions read as plain-text articles.
    public static let textExtensions: Set<String> = ["txt", "text"]

    public init() {}

    /// Loads every article named by `inputs` (files or folders).
    public func load(_ inputs: [String]) throws -> [SourceDocument] {
        var docs: [SourceDocument] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw LoadError.missingFile(input)
            }
            if isFolder.boolValue {
                let files = try articleFiles(in: input)
                guard !files.isEmpty else { throw LoadError.noArticles(input) }
                for file in files { docs.append(try load(file: file)) }
            } else {
                docs.append(try load(file: input))
            }
        }
        return docs
    }

    /// Loads one plain-text article.
    public func load(file path: String) throws -> SourceDocument {
        let url = URL(fileURLWithPath: path)
        guard Self.textExtensions.contains(url.pathExtension.lowercased()) || url.pathExtension.isEmpty else {
            throw LoadError.unsupportedType(path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LoadError.unreadable(path, reason: Self.reason(for: error))
        }
        let id = url.deletingPathExtension().lastPathComponent
        return try parse(data, id: id, source: path)
    }

    /// Decodes and parses article bytes; `id` becomes the document id.
    public func parse(_ data: Data, id: String, source: String) throws -> SourceDocument {
        guard !data.isEmpty else { throw LoadError.empty(source) }
        if data.prefix(8192).contains(0) { throw LoadError.binary(source) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LoadError.invalidUTF8(source, byteOffset: Self.firstInvalidByte(in: data))
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw LoadError.empty(source) }
        let header = ArticleHeader.read(text)
        let document = Document(id: id, title: header.title, date: header.date, source: source)
        return SourceDocument(document: document, text: text, headlineRange: header.headlineRange)
    }

    /// Article files under `folder`, as paths that start with `folder` as the
    /// user wrote it (so recorded sources do not depend on the working copy's location).
    private func articleFiles(in folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw LoadError.unreadable(folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        for case let relative as String in walker
        where Self.textExtensions.contains((relative as NSString).pathExtension.lowercased()) {
            files.append((folder as NSString).appendingPathComponent(relative))
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
