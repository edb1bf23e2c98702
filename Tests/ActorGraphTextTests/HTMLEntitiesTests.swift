@testable import ActorGraphText
import Testing

@Suite("HTMLEntities")
struct HTMLEntitiesTests {
    func decode(_ s: String) -> String {
        String(decoding: HTMLEntities.decode(Array(s.utf8)), as: UTF8.self)
    }

    @Test("Named references news pages use", arguments: [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&nbsp;", "\u{00A0}"),
        ("&mdash;", "\u{2014}"), ("&ndash;", "\u{2013}"), ("&rsquo;", "\u{2019}"), ("&lsquo;", "\u{2018}"),
        ("&ldquo;", "\u{201C}"), ("&rdquo;", "\u{201D}"), ("&hellip;", "\u{2026}"), ("&eacute;", "é"),
    ])
    func named(reference: String, expected: String) {
        #expect(decode("a\(reference)b") == "a\(expected)b")
    }

    @Test("Numeric references, decimal and hex, and the Windows-1252 range")
    func numeric() {
        #expect(decode("&#39;&#x27;&#X27;") == "'''")
        #expect(decode("Erdo&#287;an") == "Erdoğan")
        #expect(decode("&#x1F600;") == "\u{1F600}")
        #expect(decode("&#150;&#8212;") == "\u{2013}\u{2014}")
        #expect(decode("&#0;&#xD800;&#x110000;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test("What is not a complete reference stays as written")
    func leftAlone() {
        #expect(decode("AT&T") == "AT&T")
        #expect(decode("&amp") == "&amp")
        #expect(decode("&unknownthing;") == "&unknownthing;")
        #expect(decode("&#;&#x;&") == "&#;&#x;&")
        #expect(decode("&AMP;") == "&AMP;")
    }
}
