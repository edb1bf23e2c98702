import ActorGraphModel
import Testing

@Suite("String.applyingFold")
struct StringFoldTests {
    @Test("Folding lowercases and strips diacritics", arguments: [
        ("Türkiye", "turkiye"),
        ("ÇAVUŞOĞLU", "cavusoglu"),
        ("Kyiv", "kyiv"),
        ("Stepanakert / Khankendi", "stepanakert / khankendi"),
    ])
    func fold(input: String, folded: String) {
        #expect(input.applyingFold() == folded)
    }
}
