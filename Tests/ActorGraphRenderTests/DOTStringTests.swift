@testable import ActorGraphRender
import Testing

@Suite("DOTString")
struct DOTStringTests {
    @Test("Quotes and backslashes are escaped", arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\N\G"#, #""C:\\N\\G""#),
        (#"ends\"#, #""ends\\""#),
        ("{braces} <script>alert(1)</script>", #""{braces} <script>alert(1)</script>""#),
        ("AT&T &amp;", #""AT&amp;T &amp;amp;""#),
    ])
    func escaping(input: String, expected: String) {
        #expect(DOTString.quoted(input) == expected)
    }

    @Test("Line breaks of every kind become \\n")
    func lineBreaks() {
        #expect(DOTString.quoted("a\nb\r\nc\rd\u{2028}e") == #""a\nb\nc\nd\ne""#)
    }

    @Test("Control characters and noncharacters are dropped, tabs become spaces")
    func controls() {
        #expect(DOTString.quoted("a\u{0}b\u{7}c\u{1B}[0m\u{7F}\u{9C}d\te\u{FFFE}\u{FFFF}") == #""abc[0md e""#)
    }

    @Test("Non-ASCII text passes through unchanged")
    func nonASCII() {
        #expect(DOTString.quoted("Türkiye · Ильхам Алиев · 習近平 · 👩🏽‍⚖️") == "\"Türkiye · Ильхам Алиев · 習近平 · 👩🏽‍⚖️\"")
    }

    @Test("Truncation counts characters and ends in an ellipsis")
    func truncation() {
        #expect(DOTString.truncated("abcdef", to: 6) == "abcdef")
        #expect(DOTString.truncated("abcdefg", to: 6) == "abcde…")
        #expect(DOTString.truncated("👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️", to: 2) == "👩🏽‍⚖️…")
        #expect(DOTString.quoted(String(repeating: "x", count: 10_000), limit: 60).count == 62)
    }

    @Test("Tooltips replace backslashes with a look-alike Graphviz will not expand")
    func tooltipBackslash() {
        let tooltip = DOTString.tooltip(#"a\Nb\\c"#, limit: 400)
        #expect(!tooltip.contains("\\"))
        #expect(tooltip == "a\u{29F5}Nb\u{29F5}\u{29F5}c")
    }
}
