import ActorGraphModel
import Foundation

/// Reads a JSON Lines feed: one article object a line, with `text` required
/// and `id`, `title`, `date`, `url` optional.
///
/// A bad line (not JSON, not an object, no usable `text`, a field of the
/// wrong type) is skipped with a `LoadWarning` naming its line number; the
/// good lines still load. An unreadable `date` keeps the article, without a
/// date, and warns. Offsets downstream index each line's `text` value.
public struct JSONLinesReader: Sendable {
    /// The fields a line may carry besides `text`.
    public static let optionalFields = ["id", "title", "date", "url"]

    public init() {}

    /// The articles in `text`, the content of the file at `source`; ids
    /// default to `<idPrefix>-<line number>`.
    public func read(_ text: String, source: String, idPrefix: String) -> LoadResult {
        let read = numberedArticles(in: text, source: source, idPrefix: idPrefix)
        return LoadResult(documents: read.articles.map(\.document), warnings: read.warnings)
    }

    /// The articles with the line each came from, and the warnings.
    func numberedArticles(in text: String, source: String, idPrefix: String)
        -> (articles: [(document: SourceDocument, line: Int)], warnings: [LoadWarning]) {
        var articles: [(document: SourceDocument, line: Int)] = []
        var warnings: [LoadWarning] = []
        var number = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            read(line: Data(line), number: number, source: source, idPrefix: idPrefix, into: &articles, warnings: &warnings)
        }
        return (articles, warnings)
    }

    /// Reads one line (valid UTF-8, without its newline): a blank line is
    /// passed over, an article is appended, a bad line becomes a warning.
    func read(line bytes: Data, number: Int, source: String, idPrefix: String,
              into articles: inout [(document: SourceDocument, line: Int)], warnings: inout [LoadWarning]) {
        guard bytes.contains(where: { !$0.isSpaceOrNewline }) else { return }
        switch article(in: bytes, line: number, idPrefix: idPrefix, source: source) {
        case .success(let (document, problems)):
            articles.append((document, number))
            warnings += problems.map { LoadWarning(file: source, line: number, reason: $0) }
        case .failure(let problem):
            warnings.append(LoadWarning(file: source, line: number, reason: "\(problem.reason); line skipped"))
        }
    }

    /// Why a line was skipped.
    struct LineProblem: Error {
        var reason: String
    }

    private func article(in bytes: Data, line: Int, idPrefix: String, source: String)
        -> Result<(SourceDocument, [String]), LineProblem> {
        let fields: [String: Any]
        if let flat = bytes.withUnsafeBytes({ FlatJSONObject.read($0) }) {
            fields = flat.fields.mapValues { value -> Any in value.map { $0 as Any } ?? NSNull() }
        } else {
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
            } catch {
                return .failure(LineProblem(reason: "not valid JSON (\(Self.detail(of: error)))"))
            }
            guard let dictionary = object as? [String: Any] else {
                return .failure(LineProblem(reason: "not a JSON object"))
            }
            fields = dictionary
        }
        guard let rawText = fields["text"], !(rawText is NSNull) else {
            return .failure(LineProblem(reason: "no \"text\" field"))
        }
        guard let text = rawText as? String else {
            return .failure(LineProblem(reason: "\"text\" is not a string"))
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            return .failure(LineProblem(reason: "\"text\" is empty"))
        }
        var values: [String: String] = [:]
        for name in Self.optionalFields {
            switch Self.stringValue(fields[name], allowInteger: name == "id") {
            case .some(.some(let value)): values[name] = value.trimmingWhitespace()
            case .some(.none): break
            case .none: return .failure(LineProblem(reason: "\"\(name)\" is not a string"))
            }
        }
        var warnings: [String] = []
        var date: String?
        if let written = values["date"], !written.isEmpty {
            date = DateParser.isoDate(fromTimestamp: written)
            if date == nil { warnings.append("\"date\" \"\(written)\" is not a date (expected YYYY-MM-DD); article kept without a date") }
        }
        let header = ArticleHeader.read(text)
        let id = values["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(idPrefix)-\(line)"
        let title = values["title"].flatMap { $0.isEmpty ? nil : $0 } ?? (header.headlineRange != nil ? header.title : nil)
        let url = values["url"].flatMap { $0.isEmpty ? nil : $0 }
        let document = Document(id: id, title: title, date: date ?? header.date, source: source, url: url)
        return .success((SourceDocument(document: document, text: text, headlineRange: header.headlineRange), warnings))
    }

    private static let booleanType: Any.Type = type(of: NSNumber(value: true))

    /// `.some(value)` for a string (or an integer, when allowed), `.some(nil)`
    /// for a missing or null field, `nil` for any other type.
    private static func stringValue(_ value: Any?, allowInteger: Bool) -> String?? {
        guard let value, !(value is NSNull) else { return .some(nil) }
        if let string = value as? String { return .some(string) }
        // JSONSerialization gives `true` as an NSNumber that also casts to
        // Int and Bool; only its class tells it from the number 1.
        if allowInteger, type(of: value) != booleanType, let integer = value as? Int { return .some(String(integer)) }
        return nil
    }

    /// The parser's own words, without Foundation's generic sentence.
    private static func detail(of error: Error) -> String {
        let ns = error as NSError
        if let debug = ns.userInfo[NSDebugDescriptionErrorKey] as? String, !debug.isEmpty {
            return debug.hasSuffix(".") ? String(debug.dropLast()) : debug
        }
        return "the line is not well-formed"
    }
}
