/// A JSON document as a tree of values, read straight from UTF-8 bytes.
///
/// For data files the program ships with (the lexicon): `JSONDecoder` took
/// two thirds of starting a command (45 million instructions for 200 KB),
/// this a small part of that. Strict JSON (RFC 8259): anything else, a
/// repeated key or a lone `\u` surrogate included, is a `ParseError` that
/// says where.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// What is wrong with the text, and at which byte.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    /// The document in `bytes`: one value, with whitespace around it only.
    public init(parsing bytes: [UInt8]) throws(ParseError) {
        self = try bytes.withUnsafeBytes { raw in
            Result { () throws(ParseError) -> JSONValue in
                guard String(validating: raw, as: UTF8.self) != nil else { throw ParseError(offset: 0, reason: "not UTF-8") }
                var cursor = JSONCursor(bytes: raw)
                let value = try Self.read(&cursor, depth: 0)
                cursor.skipWhitespace()
                guard cursor.isAtEnd else { throw ParseError(offset: cursor.i, reason: "text after the value") }
                return value
            }
        }.get()
    }

    /// Nesting deeper than this is refused rather than read by recursion
    /// that could exhaust the stack.
    static let maximumDepth = 512

    private static func read(_ c: inout JSONCursor, depth: Int) throws(ParseError) -> JSONValue {
        guard depth < maximumDepth else { throw ParseError(offset: c.i, reason: "nested too deeply") }
        c.skipWhitespace()
        let start = c.i
        switch c.next {
        case 0x7B: // {
            c.i += 1
            // Room for a lexicon record's fields from the start: grown from
            // empty, the table was rebuilt three times an object.
            var fields: [String: JSONValue] = Dictionary(minimumCapacity: 8)
            c.skipWhitespace()
            if c.take(0x7D) { return .object(fields) }
            repeat {
                c.skipWhitespace()
                let keyStart = c.i
                guard let key = c.readString() else { throw ParseError(offset: keyStart, reason: "expected a string key") }
                c.skipWhitespace()
                guard c.take(0x3A) else { throw ParseError(offset: c.i, reason: "expected ':'") }
                let value = try read(&c, depth: depth + 1)
                guard fields.updateValue(value, forKey: key) == nil else {
                    throw ParseError(offset: keyStart, reason: "repeated key \"\(key)\"")
                }
                c.skipWhitespace()
            } while c.take(0x2C)
            guard c.take(0x7D) else { throw ParseError(offset: c.i, reason: "expected ',' or '}'") }
            return .object(fields)
        case 0x5B: // [
            c.i += 1
            var elements: [JSONValue] = []
            c.skipWhitespace()
            if c.take(0x5D) { return .array(elements) }
            repeat {
                elements.append(try read(&c, depth: depth + 1))
                c.skipWhitespace()
            } while c.take(0x2C)
            guard c.take(0x5D) else { throw ParseError(offset: c.i, reason: "expected ',' or ']'") }
            return .array(elements)
        case 0x22:
            guard let string = c.readString() else { throw ParseError(offset: start, reason: "invalid string") }
            return .string(string)
        case 0x74, 0x66, 0x6E: // t f n
            if c.take("true") { return .bool(true) }
            if c.take("false") { return .bool(false) }
            if c.takeNull() { return .null }
            throw ParseError(offset: start, reason: "unknown literal")
        case .some:
            guard let number = c.readNumber() else { throw ParseError(offset: start, reason: "expected a value") }
            return .number(number)
        case nil:
            throw ParseError(offset: start, reason: "expected a value, found the end")
        }
    }

    // MARK: - Reading values

    /// The field `key` of an object; nil for a missing field or a non-object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool { self == .null }
}
