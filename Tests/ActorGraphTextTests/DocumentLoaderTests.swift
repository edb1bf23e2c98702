import ActorGraphText
import Foundation
import Testing

/// A fresh folder under the system temporary directory, removed on deinit.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions a test may have removed so the folder can go.
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in walker {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(name).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` (or `bytes`) to `name`, creating folders on the way.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }
}

/// True when file permissions stop this process from reading (false as root).
private let permissionsBlockReads: Bool = {
    guard let folder = try? TemporaryFolder(), let path = try? folder.write("probe.txt", "probe") else { return false }
    try? FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    return FileManager.default.contents(atPath: path) == nil
}()

@Suite("DocumentLoader")
struct DocumentLoaderTests {
    let loader = DocumentLoader()

    static let article = """
        Poland And Ukraine Reach Grain Deal
        date 2024-03-05

        Poland and Ukraine signed a grain transit deal in Warsaw on Tuesday, officials said.

        """

    // MARK: - Files

    @Test("A text file loads with id, title, date, source and exact text")
    func loadsFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("warsaw-grain.txt", Self.article)
        let doc = try loader.load(file: path)
        #expect(doc.document.id == "warsaw-grain")
        #expect(doc.document.title == "Poland And Ukraine Reach Grain Deal")
        #expect(doc.document.date == "2024-03-05")
        #expect(doc.document.source == path)
        #expect(doc.text == Self.article)
        #expect(doc.headlineRange == 0..<35)
    }

    @Test("Upper-case .TXT, .text and extensionless files load; other types do not")
    func extensions() throws {
        let folder = try TemporaryFolder()
        for name in ["a.TXT", "b.text", "README"] {
            let path = try folder.write(name, "Fighting resumed near Tovuz, officials said.")
            #expect(try loader.load(file: path).text.hasPrefix("Fighting"))
        }
        let pdf = try folder.write("report.pdf", "Fighting resumed.")
        #expect(throws: LoadError.unsupportedType(pdf)) { try loader.load(file: pdf) }
        #expect(throws: LoadError.unsupportedType(pdf)) { try loader.load([pdf]) }
    }

    // MARK: - Folders

    @Test("Folders are read recursively in sorted path order, skipping other files")
    func folderRecursiveSorted() throws {
        let folder = try TemporaryFolder()
        try folder.write("m-kyiv.txt", "Kyiv said talks would resume.")
        try folder.write("b-baku.txt", "Baku said talks would resume.")
        try folder.write("a/z-tbilisi.txt", "Tbilisi said talks would resume.")
        try folder.write("a/deeper/c-yerevan.text", "Yerevan said talks would resume.")
        try folder.write("notes.md", "# not an article")
        try folder.write("a/photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00])
        let docs = try loader.load([folder.path])
        #expect(docs.map(\.document.id) == ["c-yerevan", "z-tbilisi", "b-baku", "m-kyiv"])
        let sources = docs.compactMap(\.document.source)
        #expect(sources.count == 4 && sources == sources.sorted())
        #expect(docs[0].text == "Yerevan said talks would resume.")
    }

    @Test("Inputs are loaded in the order given, files and folders mixed")
    func mixedInputs() throws {
        let folder = try TemporaryFolder()
        let single = try folder.write("z-single.txt", "Ankara said the ceasefire held.")
        try folder.write("batch/a.txt", "Moscow said the ceasefire held.")
        let docs = try loader.load([single, folder.url.appendingPathComponent("batch").path])
        #expect(docs.map(\.document.id) == ["z-single", "a"])
    }

    @Test("A folder without articles is an error naming the folder")
    func folderWithoutArticles() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.md", "Not an article.")
        try folder.write("sub/data.csv", "a,b")
        #expect(throws: LoadError.noArticles(folder.path)) { try loader.load([folder.path]) }
        let emptyFolder = try TemporaryFolder()
        #expect(throws: LoadError.noArticles(emptyFolder.path)) { try loader.load([emptyFolder.path]) }
    }

    // MARK: - Errors

    @Test("A missing file is an error naming it")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("nowhere.txt").path
        #expect(throws: LoadError.missingFile(path)) { try loader.load([path]) }
    }

    @Test("A file the process may not read is unreadable",
          .enabled(if: permissionsBlockReads, "running as root: file permissions do not block reads"))
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("locked.txt", "Minsk said nothing.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        do {
            _ = try loader.load(file: path)
            Issue.record("expected LoadError.unreadable")
        } catch let LoadError.unreadable(errorPath, reason) {
            #expect(errorPath == path)
            #expect(reason.lowercased().contains("permission"))
        }
    }

    @Test("Invalid UTF-8 reports the offset of the first bad byte")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        let ascii = try folder.write("latin1.txt", bytes: Array("Baku ".utf8) + [0xE9] + Array("tait calme.".utf8))
        #expect(throws: LoadError.invalidUTF8(ascii, byteOffset: 5)) { try loader.load(file: ascii) }
        // Multi-byte characters before the bad byte count in bytes.
        let prefix = Array("Tromsø – ".utf8)
        let mixed = try folder.write("mixed.txt", bytes: prefix + [0xC3, 0x28] + Array(" end".utf8))
        #expect(throws: LoadError.invalidUTF8(mixed, byteOffset: prefix.count)) { try loader.load(file: mixed) }
        #expect(prefix.count == 12)
    }

    @Test("NUL bytes mark a file as binary")
    func binary() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("dump.txt", bytes: Array("Kyiv".utf8) + [0x00, 0x01, 0x02] + Array("said".utf8))
        #expect(throws: LoadError.binary(path)) { try loader.load(file: path) }
    }

    @Test("Empty and whitespace-only files are empty")
    func empty() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", "")
        #expect(throws: LoadError.empty(empty)) { try loader.load(file: empty) }
        let blank = try folder.write("blank.txt", " \n\t\r\n  \u{00A0}\n")
        #expect(throws: LoadError.empty(blank)) { try loader.load(file: blank) }
    }

    @Test("A bad file inside a folder fails the whole load, naming that file")
    func badFileInFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-good.txt", "Vilnius said the border stayed open.")
        let bad = try folder.write("b-empty.txt", "")
        #expect(throws: LoadError.empty(bad)) { try loader.load([folder.path]) }
    }

    // MARK: - parse

    @Test("parse works on bytes with no file behind them")
    func parse() throws {
        let doc = try loader.parse(Data(Self.article.utf8), id: "stdin-1", source: "-")
        #expect(doc.document.id == "stdin-1")
        #expect(doc.document.source == "-")
        #expect(doc.document.date == "2024-03-05")
        #expect(throws: LoadError.empty("-")) { try loader.parse(Data(), id: "x", source: "-") }
    }
}
