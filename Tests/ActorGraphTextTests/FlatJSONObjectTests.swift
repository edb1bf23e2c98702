@testable import ActorGraphText
import Foundation
import Testing

/// The fast reader must agree with `JSONSerialization` on every line it
/// accepts, and leave every other line to it.
@Suite("FlatJSONObject")
struct FlatJSONObjectTests {
    static func fast(_ line: String) -> [String: String?]? {
        Array(line.utf8).withUnsafeBytes { FlatJSONObject.read($0) }?.fields
    }

    /// What `JSONSerialization` makes of a line, as string-or-null fields;
    /// nil when it refuses the line or finds any other value.
    static func foundation(_ line: String) -> [String: String?]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]),
              let fields = object as? [String: Any] else { return nil }
        var out: [String: String?] = [:]
        for (key, value) in fields {
            if value is NSNull {
                out[key] = .some(nil)
            } else if let string = value as? String {
                out[key] = .some(string)
            } else {
                return nil
            }
        }
        return out
    }

    @Test("Lines it reads come out as JSONSerialization reads them", arguments: [
        #"{"text": "Kenya accused Ethiopia.", "id": "a-1"}"#,
        #"{}"#,
        #"  {"text":"x"}  "#,
        "\t{\"text\" :\r\n\"x\" ,\"title\":null}\r",
        #"{"text": "line\nbreak \"quoted\" back\\slash \/ tab\t \b\f\r"}"#,
        #"{"text": "caf\u00e9 \u2014 \u201Cquote\u201D \u0041\u0000"}"#,
        #"{"text": "emoji \ud83d\ude00 and \uD83C\uDDF0"}"#,
        #"{"text": "raw UTF-8: café — “quote” 😀"}"#,
        #"{"text": "", "title": "", "date": null, "url": null}"#,
        #"{"te\u0078t": "escaped key"}"#,
        #"{"text": "a", "extra": "ignored"}"#,
    ])
    func agrees(line: String) throws {
        let fast = try #require(Self.fast(line))
        #expect(fast == Self.foundation(line))
    }

    @Test("Anything else is left to JSONSerialization", arguments: [
        #"{"id": 42, "text": "number"}"#,
        #"{"text": "x", "flag": true}"#,
        #"{"text": "x", "flag": false}"#,
        #"{"text": "x", "list": ["a"]}"#,
        #"{"text": "x", "nested": {"a": "b"}}"#,
        #"{"text": "first", "text": "second"}"#,
        #"{"text": "x", "title": null, "title": "y"}"#,
        #"{"text": "lone high \ud83d"}"#,
        #"{"text": "lone high then text \ud83dx"}"#,
        #"{"text": "lone low \ude00"}"#,
        #"{"text": "high then high \ud83d\ud83d"}"#,
        #"{"text": "bad escape \q"}"#,
        #"{"text": "short \u12"}"#,
        "{\"text\": \"raw\ttab\"}",
        #"{"text": "unterminated}"#,
        #"{"text": "x",}"#,
        #"{"text": "x"} trailing"#,
        #"{"text" "x"}"#,
        #"["text", "x"]"#,
        #""text""#,
        #"{"text": nul}"#,
        "\u{FEFF}{\"text\": \"bom\"}",
        "{\"text\": \"x\"}\u{00A0}",
    ])
    func declines(line: String) {
        #expect(Self.fast(line) == nil)
    }

    @Test("A line it declines still loads, or fails, as before")
    func readerFallsBack() {
        let feed = """
            {"id": 42, "text": "Egypt urged calm."}
            {"text": "first", "text": "Kenya accused Ethiopia."}
            {"text": "lone \\ud83d surrogate"}
            {"text": "Kenya backed Somalia.", "title": null}
            """
        let result = JSONLinesReader().read(feed, source: "feed.jsonl", idPrefix: "feed")
        let expected = feed.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["text"] as? String
        }
        #expect(result.documents.map(\.text) == expected)
    }
}
