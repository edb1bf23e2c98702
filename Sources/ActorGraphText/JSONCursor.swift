/// A position in JSON text's UTF-8 bytes, and the readers of its tokens
/// that `FlatJSONObject` and `JSONValue` share. Readers return nil (or
/// false) and may have moved on when the bytes are not what they read.
struct JSONCursor {
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
    /// that is not JSON's (`FlatJSONObject` leaves it to `JSONSerialization`).
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
    /// a surrogate pair written as two escapes; nil for a surrogate alone.
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

    /// `literal`'s bytes ("true", "false"), if they come next.
    mutating func take(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        for k in 0..<count where bytes[i + k] != literal.utf8Start[k] { return false }
        i += count
        return true
    }

    /// A number literal as JSON writes it (`-`, digits, fraction, exponent).
    mutating func readNumber() -> Double? {
        let start = i
        func digits() -> Bool {
            let first = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i > first
        }
        _ = take(0x2D) // -
        // A leading zero stands alone: "01" is a zero and then text.
        if !take(0x30) { guard digits() else { return nil } }
        if take(0x2E) { guard digits() else { return nil } } // .
        if take(0x65) || take(0x45) { // e E
            _ = take(0x2B) || take(0x2D)
            guard digits() else { return nil }
        }
        return Double(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    /// The byte at the cursor, if any.
    var next: UInt8? { i < bytes.count ? bytes[i] : nil }
}
