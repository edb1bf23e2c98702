import Foundation
import Testing

@testable import ActorGraphText

/// The loader's size policy: single-article files over `maxArticleBytes` are
/// refused before reading, JSON Lines feeds are streamed by `LineStream`, and
/// sentences are capped at `SentenceSplitter.maxTokens`.
@Suite("DocumentLoader limits and streaming")
struct LoaderLimitsTests {
    let loader = DocumentLoader(standardInput: { Data() })

    func sparse(_ folder: TemporaryFolder, _ name: String, size: UInt64, prefix: String = "") throws -> String {
        let path = try folder.write(name, prefix)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
        return path
    }

    @Test("a single-article file over 64 MB is refused with its size, before it is read")
    func tooLarge() throws {
        let folder = try TemporaryFolder()
        let limit = DocumentLoader.maxArticleBytes
        #expect(limit == 64 << 20)
        let text = try sparse(folder, "big.txt", size: 1 << 30, prefix: "Kenya accused Ethiopia.\n")
        #expect(throws: LoadError.tooLarge(text, bytes: 1 << 30, limit: limit)) { try loader.load(file: text) }
        let page = try sparse(folder, "big.html", size: UInt64(limit) + 1)
        #expect(throws: LoadError.tooLarge(page, bytes: limit + 1, limit: limit)) { try loader.load([page]) }
        #expect(LoadError.tooLarge(text, bytes: 1 << 30, limit: limit).description.contains("the limit is 64 MB"))
    }

    @Test("standard input over the limit is refused without knowing its size")
    func tooLargeStandardInput() throws {
        let big = DocumentLoader(standardInput: { Data(repeating: 0x61, count: DocumentLoader.maxArticleBytes + 1) })
        #expect(throws: LoadError.tooLarge("-", bytes: nil, limit: DocumentLoader.maxArticleBytes)) { try big.load(["-"]) }
    }

    @Test("LineStream gives the lines, numbers and offsets that splitting on newlines gives, whatever the chunk size",
          arguments: [1, 2, 3, 7, 64, 1 << 20])
    func lineStream(chunk: Int) throws {
        let folder = try TemporaryFolder()
        let text = "first line\n\n  third\r\nfourth with é\nlast without newline"
        let path = try folder.write("lines.jsonl", text)
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var lines: [LineStream.Line] = []
        try LineStream(maxLineBytes: 1000, chunkBytes: chunk).forEachLine(in: handle) { lines.append($0) }
        let expected = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.map { Array($0.bytes) } == expected.map(Array.init))
        #expect(lines.map(\.number) == Array(1...expected.count))
        #expect(lines.map(\.offset) == expected.map(\.startIndex))
        #expect(lines.allSatisfy { !$0.isTooLong })
    }

    @Test("a line over the line limit is dropped and flagged; its neighbours are intact", arguments: [1, 5, 4096])
    func longLine(chunk: Int) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lines.jsonl", "short\n" + String(repeating: "x", count: 100) + "\nafter\n" + String(repeating: "y", count: 50))
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var lines: [LineStream.Line] = []
        try LineStream(maxLineBytes: 20, chunkBytes: chunk).forEachLine(in: handle) { lines.append($0) }
        #expect(lines.map(\.isTooLong) == [false, true, false, true])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["short", "", "after", ""])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines[2].offset == 107)
    }

    @Test("a streamed .jsonl file loads exactly what parseJSONLines loads from the same bytes")
    func streamedFeedMatchesParse() throws {
        let folder = try TemporaryFolder()
        let feed = """
            {"id": "a", "title": "Talks", "date": "2024-03-05", "text": "Kenya accused Ethiopia of cutting the river."}
            not json
            {"text": 7}

            {"id": 12, "date": "someday", "text": "Somalia backs Kenya."}\r
            {"text": "   "}
            """
        let path = try folder.write("feed.jsonl", feed)
        let streamed = try loader.loadWithWarnings([path])
        let parsed = try loader.parseJSONLines(Data(feed.utf8), idPrefix: "feed", source: path)
        func summary(_ d: SourceDocument) -> String {
            "\(d.document.id)|\(d.document.title ?? "-")|\(d.document.date ?? "-")|\(d.text)|\(String(describing: d.headlineRange))"
        }
        #expect(streamed.documents.map(summary) == parsed.documents.map(summary))
        #expect(streamed.documents.count == 2)
        #expect(streamed.warnings == parsed.warnings)
        #expect(streamed.warnings.map(\.line) == [2, 3, 5, 6])
    }

    @Test("a streamed .jsonl file is refused as a whole for binary, empty or non-UTF-8 content, with the file offset")
    func streamedFeedRefusals() throws {
        let folder = try TemporaryFolder()
        let good = #"{"text": "Peru accused Chile."}"# + "\n"
        let bad = try folder.write("bad.jsonl", bytes: Array(good.utf8) + Array(#"{"text": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8))
        #expect(throws: LoadError.invalidUTF8(bad, byteOffset: good.utf8.count + 13)) { try loader.load([bad]) }
        let zeros = try folder.write("zeros.jsonl", bytes: Array(good.utf8) + [0, 0, 0])
        #expect(throws: LoadError.binary(zeros)) { try loader.load([zeros]) }
        let blank = try folder.write("blank.jsonl", " \n\t\n\u{00A0}\n")
        #expect(throws: LoadError.empty(blank)) { try loader.load([blank]) }
        let empty = try folder.write("empty.jsonl", "")
        #expect(throws: LoadError.empty(empty)) { try loader.load([empty]) }
    }

    @Test("a run of 5,000 words without a stop is cut into sentences of at most maxTokens, after a comma when there is one")
    func sentenceCap() throws {
        let words = (0..<5_000).map { $0 % 37 == 36 ? "word," : "word" }.joined(separator: " ")
        let tokens = Tokenizer().tokens(in: Array(words.utf8), range: 0..<words.utf8.count)
        let ranges = SentenceSplitter().sentenceRanges(tokens)
        #expect(ranges.count > 1)
        #expect(ranges.allSatisfy { $0.count <= SentenceSplitter.maxTokens })
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == tokens.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.dropLast().allSatisfy { tokens[$0.upperBound - 1].text == "," })
        // Without commas the cut falls at the cap; ordinary sentences are untouched.
        let bare = Array(repeating: "word", count: 1_000).joined(separator: " ")
        let bareRanges = SentenceSplitter().sentenceRanges(Tokenizer().tokens(in: Array(bare.utf8), range: 0..<bare.utf8.count))
        #expect(bareRanges.map(\.count) == [400, 400, 200])
        let prose = "Kenya accused Ethiopia. Somalia backs Kenya."
        #expect(SentenceSplitter().sentenceRanges(Tokenizer().tokens(in: Array(prose.utf8), range: 0..<prose.utf8.count)).count == 2)
    }
}
