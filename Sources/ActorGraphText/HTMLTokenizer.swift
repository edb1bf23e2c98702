/// A forgiving scanner over the UTF-8 bytes of an HTML page, in the manner of
/// Ink's `Reader`: a cursor with small `read…` methods.
///
/// It never fails: a `<` that does not open a tag is text, an unclosed
/// comment or tag runs to the end. The content of raw-text elements
/// (`script`, `style`, …) is skipped without looking for tags inside it.
struct HTMLTokenizer {
    /// Elements whose content is not markup; it is dropped, except for
    /// `title` and `textarea`, whose content is text.
    static let rawTextElements: Set<String> = ["script", "style", "noscript", "template", "xmp", "iframe", "title", "textarea"]
    /// Raw-text elements whose content is kept as text.
    static let keptRawText: Set<String> = ["title", "textarea"]

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every token of the page, in order.
    static func tokens(in bytes: [UInt8]) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(bytes)
        return tokenizer.readAll()
    }

    private mutating func readAll() -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(HTMLEntities.decode(bytes[textStart..<end]))) }
        }
        while i < bytes.count {
            guard bytes[i] == 0x3C else { i += 1; continue }  // '<'
            let tagStart = i
            if let token = readMarkup() {
                flushText(upTo: tagStart)
                if let token { tokens.append(token) }
                textStart = i
                if case .start(let tag) = token, !tag.selfClosing, Self.rawTextElements.contains(tag.name) {
                    let content = readRawText(closing: tag.name)
                    if Self.keptRawText.contains(tag.name), !content.isEmpty {
                        tokens.append(.text(HTMLEntities.decode(content)))
                    }
                    tokens.append(.end(tag.name))
                    textStart = i
                }
            } else {
                i = tagStart + 1  // a literal '<'
            }
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    // MARK: - Markup

    /// Reads the markup at `<`: `.some(token)` for a tag, `.some(nil)` for a
    /// comment or declaration, `nil` when the `<` is only text.
    private mutating func readMarkup() -> HTMLToken?? {
        let next = peek(1)
        if next == 0x21 {  // "<!"
            if peek(2) == 0x2D, peek(3) == 0x2D {
                i = (find([0x2D, 0x2D, 0x3E], from: i + 4).map { $0 + 3 }) ?? bytes.count
            } else {
                i = (find([0x3E], from: i + 2).map { $0 + 1 }) ?? bytes.count
            }
            return .some(nil)
        }
        if next == 0x3F {  // "<?"
            i = (find([0x3E], from: i + 2).map { $0 + 1 }) ?? bytes.count
            return .some(nil)
        }
        if next == 0x2F, let b = peek(2), b.isASCIILetter {  // "</x"
            i += 2
            let name = readName()
            i = (find([0x3E], from: i).map { $0 + 1 }) ?? bytes.count
            return .some(.end(name))
        }
        guard let b = next, b.isASCIILetter else { return nil }
        i += 1
        return .some(.start(readTag()))
    }

    /// A start tag after its `<`: name, attributes, up to and past `>`.
    private mutating func readTag() -> HTMLTag {
        var tag = HTMLTag(name: readName())
        while i < bytes.count {
            skipSpace()
            guard i < bytes.count else { break }
            if bytes[i] == 0x3E { i += 1; break }  // '>'
            if bytes[i] == 0x2F {  // '/'
                i += 1
                if peek(0) == 0x3E { tag.selfClosing = true; i += 1; break }
                continue
            }
            let nameStart = i
            while i < bytes.count, !bytes[i].isSpaceOrNewline, bytes[i] != 0x3D, bytes[i] != 0x3E, bytes[i] != 0x2F { i += 1 }
            if i == nameStart { i += 1; continue }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            skipSpace()
            var value = ""
            if peek(0) == 0x3D {  // '='
                i += 1
                skipSpace()
                value = String(decoding: HTMLEntities.decode(readAttributeValue()), as: UTF8.self)
            }
            if tag.attributes[name] == nil { tag.attributes[name] = value }
        }
        return tag
    }

    private mutating func readAttributeValue() -> ArraySlice<UInt8> {
        guard i < bytes.count else { return [] }
        let quote = bytes[i]
        if quote == 0x22 || quote == 0x27 {
            let start = i + 1
            let end = find([quote], from: start) ?? bytes.count
            i = min(end + 1, bytes.count)
            return bytes[start..<end]
        }
        let start = i
        while i < bytes.count, !bytes[i].isSpaceOrNewline, bytes[i] != 0x3E { i += 1 }
        return bytes[start..<i]
    }

    /// A tag name, lowercased: letters, digits, `-`, `:` and `_`.
    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, bytes[i].isASCIILetter || bytes[i].isASCIIDigit || bytes[i] == 0x2D || bytes[i] == 0x3A || bytes[i] == 0x5F { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
    }

    /// The content of a raw-text element up to its `</name`, leaving the
    /// cursor past the closing tag (or at the end when it is missing).
    private mutating func readRawText(closing name: String) -> ArraySlice<UInt8> {
        let start = i
        let nameBytes = Array(name.utf8)
        var j = i
        while let open = find([0x3C, 0x2F], from: j) {
            let after = open + 2 + nameBytes.count
            if after <= bytes.count, zip(bytes[(open + 2)..<after], nameBytes).allSatisfy({ $0 | 0x20 == $1 }),
               after == bytes.count || bytes[after].isSpaceOrNewline || bytes[after] == 0x3E || bytes[after] == 0x2F {
                i = (find([0x3E], from: after).map { $0 + 1 }) ?? bytes.count
                return bytes[start..<open]
            }
            j = open + 2
        }
        i = bytes.count
        return bytes[start..<bytes.count]
    }

    // MARK: - Cursor

    private func peek(_ offset: Int) -> UInt8? {
        i + offset < bytes.count ? bytes[i + offset] : nil
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i].isSpaceOrNewline { i += 1 }
    }

    /// Index of the next occurrence of `pattern` at or after `start`.
    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var j = start
        let last = bytes.count - pattern.count
        while j <= last {
            if bytes[j] == first, pattern.count == 1 || bytes[(j + 1)..<(j + pattern.count)].elementsEqual(pattern.dropFirst()) {
                return j
            }
            j += 1
        }
        return nil
    }
}
