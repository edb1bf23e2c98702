import ActorGraphText
import Testing

@Suite("LoadError")
struct LoadErrorTests {
    @Test("Every message names the file it is about", arguments: [
        LoadError.missingFile("in/a.txt"), .unreadable("in/a.txt", reason: "Permission denied"),
        .invalidUTF8("in/a.txt", byteOffset: 17), .binary("in/a.txt"), .empty("in/a.txt"),
        .noArticles("in/a.txt"), .unsupportedType("in/a.txt"),
    ])
    func namesFile(error: LoadError) {
        #expect(error.description.hasPrefix("in/a.txt: "))
    }

    @Test("Messages carry the details a user needs to act")
    func details() {
        #expect(LoadError.invalidUTF8("x.txt", byteOffset: 17).description.contains("offset 17"))
        #expect(LoadError.unreadable("x.txt", reason: "Permission denied").description.contains("Permission denied"))
        #expect(LoadError.unsupportedType("x.pdf").description.contains(".txt"))
    }
}
