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
        var reader = JSONCursor(bytes: bytes)
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
}
