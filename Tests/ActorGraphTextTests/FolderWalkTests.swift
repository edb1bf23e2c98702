import Foundation
import Testing

@testable import ActorGraphText

/// The loader lists folders with `FolderWalk`; Foundation's enumerator,
/// which it replaced, is the reference for what a listing holds.
@Suite("Folder walk")
struct FolderWalkTests {
    /// A tree with what listings differ on: hidden files and folders, a
    /// folder named like an article, links to a file, to a folder and to
    /// nothing, spaces, non-ASCII names and odd extensions.
    static func tree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["a.txt", "sub/b.TXT", "sub/deeper/c.html", ".hidden/d.txt", ".e.txt", "x.txt/f.txt", "sp ace.txt",
                     ".txt", "é.txt", "a..txt", "weird.", "..txt", "a.t xt", "notes.md", "feed.jsonl", "p.htm", "sub/deeper/z.text"] {
            try folder.write(name, "Kenya accused Sudan of shelling.\n")
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/empty", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linkdir", withDestinationPath: "sub")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling.txt", withDestinationPath: "missing")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linkfolder.txt", withDestinationPath: "sub")
        return folder
    }

    /// The listing as the loader made it before: Foundation's enumerator,
    /// `NSString` extensions, folders (links followed) left out.
    static func reference(_ folder: String) -> [String] {
        var files: [String] = []
        for case let relative as String in FileManager.default.enumerator(atPath: folder)!
        where InputFormat.isArticleFile(pathExtension: (relative as NSString).pathExtension) {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
            files.append(path)
        }
        return files.sorted()
    }

    @Test("A folder's article files are the ones Foundation's enumerator listed, however the folder is written")
    func sameAsEnumerator() throws {
        let folder = try Self.tree()
        for path in [folder.path, folder.path + "/", folder.path + "//", folder.path + "/sub/..", folder.path + "/./sub"] {
            let files = try DocumentLoader().articleFiles(in: path)
            #expect(files == Self.reference(path), "\(path)")
        }
        let files = try DocumentLoader().articleFiles(in: folder.path)
        // The fixture has what it is for: links listed, not descended; hidden entries in.
        #expect(files.contains(folder.path + "/link.txt") && files.contains(folder.path + "/dangling.txt"))
        #expect(files.contains(folder.path + "/.hidden/d.txt") && files.contains(folder.path + "/x.txt/f.txt"))
        #expect(!files.contains { $0.hasPrefix(folder.path + "/linkdir/") || $0 == folder.path + "/linkfolder.txt" })
    }

    @Test("Every entry comes with the type the folder gives it: regular files, folders, links")
    func entries() throws {
        let folder = try Self.tree()
        let entries = try #require(FolderWalk.entries(under: folder.path))
        let byPath = Dictionary(entries.map { ($0.relativePath, $0.isRegularFile) }, uniquingKeysWith: { a, _ in a })
        #expect(byPath.count == entries.count)
        #expect(byPath["a.txt"] == true && byPath["sub/deeper/c.html"] == true && byPath[".hidden/d.txt"] == true)
        #expect(byPath["sub"] == false && byPath["empty"] == false && byPath["x.txt"] == false)
        #expect(byPath["link.txt"] == false && byPath["linkdir"] == false && byPath["dangling.txt"] == false)
        #expect(byPath["linkdir/b.TXT"] == nil)
        #expect(FolderWalk.entries(under: folder.path + "/missing") == nil)
        #expect(FolderWalk.entries(under: folder.path + "/a.txt") == nil)
    }

    @Test("A link to a folder, given as the input, is read as the folder (the enumerator listed nothing there)")
    func linkedFolderInput() throws {
        let folder = try Self.tree()
        let link = folder.path + "/linkdir"
        #expect(Self.reference(link).isEmpty)
        let files = try DocumentLoader().articleFiles(in: link)
        #expect(files == [link + "/b.TXT", link + "/deeper/c.html", link + "/deeper/z.text"])
        let documents = try DocumentLoader().load([link])
        #expect(documents.map(\.document.id) == ["b", "c", "z"])
    }
}
