/// A JSON object whose values are all strings or `null`, read straight from
/// UTF-8 bytes: the shape nearly every line of a news feed has.
///
/// `JSONSerialization` builds a Foundation object graph for each line and
/// bridges every string; this reads the common shape in one pass. It gives
/// up (`nil`) on anything it does not read exactly as `JSONSerialization`
/// would: a number, boolean, array or nested object, a repeated key, an
/// unknown escape, a `\u` surrogate that does not pair, a raw control
/// character, a stray byte. The caller then asks `JSONSerialization`, so
/// every line loads, or is refused, as before. The bytes must be valid UTF-8.
struct FlatJSONObject {
    /// The object's fields; `nil` for a `null` value.
    var fields: [String: String?] = [:]

    /// The object in `bytes`, or nil when the line needs the full parser.
    static func read(_ bytes: UnsafeRawBufferPointer) -> FlatJSONObject? {
        var reader = Cursor(bytes: bytes)
        var object = FlatJSONObject()
        reader.skipWhitespace()
        guard reader.take(0x7B) else { return nil } // {
        reader.skipWhitespace()
        if !reader.take(0x7D) { // }
            repeat {
                reader.skipWhitespace()
                guard let key = reader.readString() else { return nil }
                reader.skipWhitespace()
                guard reader.take(0x3A) else { return nil } // :
                reader.skipWhitespace()
                let value: String?
                if reader.takeNull() {
                    value = nil
                } else if let string = reader.readString() {
                    value = string
                } else {
                    return nil
                }
                guard object.fields.updateValue(value, forKey: key) == nil else { return nil }
                reader.skipWhitespace()
            } while reader.take(0x2C) // ,
            guard reader.take(0x7D) else { return nil }
        }
        reader.skipWhitespace()
        return reader.isAtEnd ? object : nil
    }

    /// A position in the line's bytes.
    private struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        var isAtEnd: Bool { i == bytes.count }

        /// JSON's whitespace: space, tab, LF, CR.
        mutating func skipWhitespace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func takeNull() -> Bool {
            guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return false }
            i += 4
            return true
        }

        /// A string literal. Runs of plain bytes are copied whole; a
        /// literal without escapes becomes its string in one step.
        mutating func readString() -> String? {
            guard take(0x22) else { return nil }
            var utf8: [UInt8] = [] // the text so far, once an escape is seen
            var hasEscapes = false
            var run = i
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    let plain = UnsafeRawBufferPointer(rebasing: bytes[run..<i])
                    i += 1
                    guard hasEscapes else { return String(decoding: plain, as: UTF8.self) }
                    utf8.append(contentsOf: plain)
                    return String(decoding: utf8, as: UTF8.self)
                }
                if b == 0x5C {
                    utf8.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<i]))
                    hasEscapes = true
                    i += 1
                    guard readEscape(into: &utf8) else { return nil }
                    run = i
                    continue
                }
                if b < 0x20 { return nil }
                i += 1
            }
            return nil
        }

        /// The escape after a backslash, appended as UTF-8; false for one
        /// that `JSONSerialization` is left to judge.
        private mutating func readEscape(into utf8: inout [UInt8]) -> Bool {
            guard i < bytes.count else { return false }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: utf8.append(e)
            case 0x62: utf8.append(0x08) // b
            case 0x66: utf8.append(0x0C) // f
            case 0x6E: utf8.append(0x0A) // n
            case 0x72: utf8.append(0x0D) // r
            case 0x74: utf8.append(0x09) // t
            case 0x75: // u
                guard let scalar = readUnicodeEscape() else { return false }
                UTF8.encode(scalar) { utf8.append($0) }
            default: return false
            }
            return true
        }

        /// The scalar of a `\u` escape whose `\u` is read: one code unit, or
        /// a surrogate pair written as two escapes. A surrogate alone is left
        /// to `JSONSerialization`.
        private mutating func readUnicodeEscape() -> Unicode.Scalar? {
            guard let unit = readHex4() else { return nil }
            switch unit {
            case 0xD800...0xDBFF:
                guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                i += 2
                guard let low = readHex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            case 0xDC00...0xDFFF:
                return nil
            default:
                return Unicode.Scalar(unit)
            }
        }

        private mutating func readHex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                i += 1
            }
            return value
        }
    }
}
