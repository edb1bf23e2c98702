import Foundation
import Testing

@testable import ActorGraphText

@Suite("PathName")
struct PathNameTests {
    /// Plain names (cut on bytes) and every odd case the cut leaves to `URL`.
    static let paths = [
        "a.txt", "dir/b.html", "/abs/p.JSONL", "x/y/article-12.htm", "sp ace.txt", "üñï.txt", "e\u{301}.txt",
        "%41.txt", "a:b.txt", "a/./b.txt", "a//b.txt", "archive.tar.gz", "a..b", "dir.d/file.md",
        ".hidden", "noext", "weird.", "dir.d/file", "x/.y.txt", "dir/", "a/b/", "..", ".", "a.b.", "x/..txt",
        "name.with space", "/", "", "...", "a.txt/", ".a.b", "a.tx\u{301}", "a.\u{00E9}",
    ]

    @Test("Extension and stem are URL's for plain names and odd ones alike", arguments: paths)
    func sameAsURL(path: String) {
        let url = URL(fileURLWithPath: path)
        let name = PathName(path)
        #expect(name.pathExtension == url.pathExtension)
        #expect(name.stem == url.deletingPathExtension().lastPathComponent)
    }
}
