import ActorGraphText
import Testing

@Suite("LoadError")
struct LoadErrorTests {
    @Test("Every message names the file it is about", arguments: [
        LoadError.missingFile("in/a.txt"), .unreadable("in/a.txt", reason: "Permission denied"),
        .invalidUTF8("in/a.txt", byteOffset: 17), .binary("in/a.txt"), .empty("in/a.txt"),
        .noArticles("in/a.txt"), .unsupportedType("in/a.txt"), .noVisibleText("in/a.txt"),
        .noUsableLines("in/a.txt", skipped: 2, firstProblem: "line 1: not valid JSON"),
    ])
    func namesFile(error: LoadError) {
        #expect(error.description.hasPrefix("in/a.txt: "))
    }

    @Test("Messages carry the details a user needs to act")
    func details() {
        #expect(LoadError.invalidUTF8("x.txt", byteOffset: 17).description.contains("offset 17"))
        #expect(LoadError.unreadable("x.txt", reason: "Permission denied").description.contains("Permission denied"))
        #expect(LoadError.unsupportedType("x.pdf").description.contains("expected .txt, .html or .jsonl"))
        #expect(LoadError.noArticles("in").description.contains("expected .txt, .html or .jsonl files"))
        let lines = LoadError.noUsableLines("f.jsonl", skipped: 3, firstProblem: "line 1: not valid JSON").description
        #expect(lines == "f.jsonl: no usable article line (3 lines skipped; first: line 1: not valid JSON)")
    }
}
