import ActorGraphText
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()

    /// The sentences of `text`, each cut from the original bytes.
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        return splitter.sentenceRanges(tokens).map { r in
            String(decoding: bytes[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
        }
    }

    @Test("Splits at . ! and ? before a capital")
    func basic() {
        #expect(sentences("Shelling hit Ganja on Sunday. Two people died! Who fired first? Nobody knows.") == [
            "Shelling hit Ganja on Sunday.", "Two people died!", "Who fired first?", "Nobody knows.",
        ])
    }

    @Test("Abbreviations do not end a sentence")
    func abbreviations() {
        #expect(sentences("Gen. Arman Sargsyan met Mr. Tural Babayev on Sept. 14 in St. Petersburg. They talked.") == [
            "Gen. Arman Sargsyan met Mr. Tural Babayev on Sept. 14 in St. Petersburg.", "They talked.",
        ])
        #expect(SentenceSplitter.abbreviations.contains("Dr"))
    }

    @Test("Initials do not end a sentence")
    func initials() {
        #expect(sentences("Envoy Maria T. Lindqvist arrived in Oslo. She met officials.") == [
            "Envoy Maria T. Lindqvist arrived in Oslo.", "She met officials.",
        ])
    }

    @Test("Sentences glued without a space still split")
    func glued() {
        #expect(sentences("Your support makes all the difference.Fighting broke out near Shusha.") == [
            "Your support makes all the difference.", "Fighting broke out near Shusha.",
        ])
    }

    @Test("A period before a lower-case word does not split")
    func lowerCaseContinues() {
        #expect(sentences("The talks ended at 5 p.m. yesterday in Minsk.") == ["The talks ended at 5 p.m. yesterday in Minsk."])
    }

    @Test("Closing quotes stay with the sentence they close")
    func closingQuotes() {
        #expect(sentences("\u{201C}We will not retreat.\u{201D} The minister left. He said \"Enough.\" Talks ended.") == [
            "\u{201C}We will not retreat.\u{201D}", "The minister left.", "He said \"Enough.\"", "Talks ended.",
        ])
    }

    @Test("A number or an opening quote can start the next sentence")
    func openers() {
        #expect(sentences("The toll rose again. 21 civilians were killed.") == [
            "The toll rose again.", "21 civilians were killed.",
        ])
        #expect(sentences("She paused. \u{201C}No comment,\u{201D} she said.") == [
            "She paused.", "\u{201C}No comment,\u{201D} she said.",
        ])
    }

    @Test("Text without a final stop is still one sentence; no tokens, no sentences")
    func unterminated() {
        #expect(sentences("Ceasefire holds in Tbilisi") == ["Ceasefire holds in Tbilisi"])
        #expect(splitter.sentenceRanges([]).isEmpty)
    }

    @Test("Ranges cover every token exactly once, in order")
    func rangesPartition() {
        let text = "Dr. Lena Vogt flew to Kyiv. Talks began. \u{201C}Good,\u{201D} she said."
        let bytes = Array(text.utf8)
        let tokens = tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        let ranges = splitter.sentenceRanges(tokens)
        #expect(ranges.count == 3)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == tokens.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }
}
