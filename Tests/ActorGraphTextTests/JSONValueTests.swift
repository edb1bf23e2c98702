import ActorGraphText
import Foundation
import Testing

/// `JSONValue` must read every document as `JSONSerialization` does, and
/// refuse with a position what is not strict JSON.
@Suite("JSONValue")
struct JSONValueTests {
    static func parse(_ text: String) throws(JSONValue.ParseError) -> JSONValue {
        try JSONValue(parsing: Array(text.utf8))
    }

    /// `JSONSerialization`'s tree as a `JSONValue`, the reference.
    static func reference(_ object: Any) -> JSONValue {
        switch object {
        case is NSNull: return .null
        case let s as String: return .string(s)
        case let a as [Any]: return .array(a.map(reference))
        case let o as [String: Any]: return .object(o.mapValues(reference))
        // Booleans come as NSNumber too, so the documents compared here have none.
        case let n as NSNumber: return .number(n.doubleValue)
        default: return .string("unexpected \(type(of: object))")
        }
    }

    @Test("documents read as JSONSerialization reads them", arguments: [
        #"{"a": "b", "list": [1, -2.5, 3e2, 0.5E-3, null], "nested": {"x": {"y": []}}, "empty": {}}"#,
        #"["line\nbreak \"quoted\" back\\slash \/ tab\t \b\f\r", "caf\u00e9 \u2014", "\ud83d\ude00", "raw café 😀"]"#,
        "  \t\r\n[ ]  \n",
        #""just a string""#,
        "-0",
        "12345678901234567890",
        #"{"te\u0078t": "escaped key", "": "empty key"}"#,
    ])
    func agrees(text: String) throws {
        let reference = Self.reference(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
        #expect(try Self.parse(text) == reference)
    }

    @Test("what is not strict JSON is an error at the byte where it goes wrong", arguments: [
        ("", 0), ("   ", 3), ("{", 1), (#"{"a" "b"}"#, 5), (#"{"a": }"#, 6), (#"{"a": 1,}"#, 8), ("[1, 2", 5), ("[1 2]", 3),
        (#"{"a": 1} x"#, 9), (#"{"a": 1, "a": 2}"#, 9), (#""unterminated"#, 0), (#""bad \q escape""#, 0),
        (#""lone \ud83d surrogate""#, 0), ("\"raw \u{1} control\"", 0), ("tru", 0), ("nul", 0), ("01", 1), ("1.", 0),
        ("-", 0), ("+1", 0), (".5", 0), ("{1: 2}", 1), ("'single'", 0),
    ] as [(String, Int)])
    func refuses(text: String, offset: Int) {
        #expect(throws: JSONValue.ParseError.self) { try Self.parse(text) }
        do {
            _ = try Self.parse(text)
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
            #expect(error.description.hasPrefix("invalid JSON at byte \(offset): "))
        }
    }

    @Test("bytes that are not UTF-8, and nesting past the limit, are refused without a crash")
    func hostileInput() throws {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue(parsing: [0x22, 0xFF, 0xFE, 0x22]) }
        do {
            _ = try JSONValue(parsing: [0x22, 0xFF, 0xFE, 0x22])
        } catch {
            #expect(error.description == "invalid JSON at byte 0: not UTF-8")
        }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try Self.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try Self.parse(fine).array?.count == 1)
    }

    @Test("true, false and null are literals; other words are not")
    func literals() throws {
        #expect(try Self.parse("[true, false, null]") == .array([.bool(true), .bool(false), .null]))
        #expect(throws: JSONValue.ParseError.self) { try Self.parse("[True]") }
        #expect(throws: JSONValue.ParseError.self) { try Self.parse("[nothing]") }
    }

    @Test("fields are read by key; other cases answer nil")
    func accessors() throws {
        let value = try Self.parse(#"{"name": "Kenya", "aliases": ["Republic of Kenya"], "iso": null}"#)
        #expect(value["name"]?.string == "Kenya")
        #expect(value["aliases"]?.array == [.string("Republic of Kenya")])
        #expect(value["iso"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["name"]?.array == nil)
        #expect(value.object?.count == 3)
        #expect(JSONValue.string("x")["name"] == nil)
    }
}
