/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`) in
/// UTF-8 bytes.
///
/// Only references closed by `;` are decoded; an unknown name or a bare `&`
/// is kept as written, the way browsers show it.
enum HTMLEntities {
    /// The named references news pages use. Names are case-sensitive.
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "minus": "\u{2212}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "bull": "\u{2022}", "middot": "\u{00B7}", "deg": "\u{00B0}", "prime": "\u{2032}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "sect": "\u{00A7}",
        "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}", "frac14": "\u{00BC}",
        "shy": "\u{00AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}",
        // Letters of names in Latin scripts ("Erdo&gbreve;an" is rare; these are not).
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä", "Auml": "Ä",
        "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "Iacute": "Í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô",
        "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "Oslash": "Ø",
        "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Uuml": "Ü",
        "yacute": "ý", "szlig": "ß",
    ]

    /// Windows-1252 meanings of the C1 code points, which pages written in
    /// that code page emit as numeric references (`&#150;` for an en dash).
    static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}",
        0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}", 0x99: "\u{2122}",
    ]

    /// Longest name in `named`, so a stray `&` does not scan far.
    static let longestName = 8

    /// `bytes` with every character reference replaced by its UTF-8 bytes.
    static func decode<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8, C.Index == Int {
        guard bytes.contains(0x26) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x26, let (scalar, end) = reference(in: bytes, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The scalar of the reference starting with `&` at `i`, and the index
    /// just past its `;`.
    private static func reference<C: Collection>(in bytes: C, at i: Int) -> (Unicode.Scalar, Int)? where C.Element == UInt8, C.Index == Int {
        var j = i + 1
        guard j < bytes.endIndex else { return nil }
        if bytes[j] == 0x23 {  // '#'
            j += 1
            var hex = false
            if j < bytes.endIndex, bytes[j] == 0x78 || bytes[j] == 0x58 { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < bytes.endIndex, j - digitsStart < 8, let digit = digitValue(bytes[j], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > digitsStart, j < bytes.endIndex, bytes[j] == 0x3B else { return nil }
            return (scalar(forCodePoint: value), j + 1)
        }
        let nameStart = j
        while j < bytes.endIndex, j - nameStart <= longestName, bytes[j].isASCIILetter || bytes[j].isASCIIDigit { j += 1 }
        guard j > nameStart, j < bytes.endIndex, bytes[j] == 0x3B,
              let scalar = named[String(decoding: bytes[nameStart..<j], as: UTF8.self)] else { return nil }
        return (scalar, j + 1)
    }

    private static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        if b.isASCIIDigit { return UInt32(b - 0x30) }
        guard hex else { return nil }
        if (0x61...0x66).contains(b) { return UInt32(b - 0x61 + 10) }
        if (0x41...0x46).contains(b) { return UInt32(b - 0x41 + 10) }
        return nil
    }

    /// The character a numeric reference stands for; NUL, surrogates and
    /// values past Unicode become U+FFFD, as in browsers.
    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }
}
