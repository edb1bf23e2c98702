import ActorGraphText
import Testing

@testable import ActorGraphExtraction

/// The cue bits readers test in place of set lookups agree with the sets.
@Suite("Word cues")
struct WordCuesTests {
    /// Every single-word list a bit stands for, with the lexicon's tables.
    static func lists(_ words: WordTables) -> [(cue: WordCues, list: Set<String>)] {
        [
            (.titleModifier, Vocabulary.titleModifiers),
            (.honorific, Vocabulary.honorifics),
            (.ministry, ["ministry"]),
            (.office, ["office"]),
            (.administrativeUnit, Vocabulary.administrativeUnits),
            (.organizationTail, words.organizationTails),
            (.organizationHead, Vocabulary.organizationHeads),
            (.nameParticle, Vocabulary.nameParticles),
            (.nameConnector, Vocabulary.nameConnectors),
            (.eventHead, Vocabulary.eventHeads),
            (.geographicTail, Vocabulary.geographicTails),
            (.locativePreposition, Vocabulary.locativePrepositions),
            (.sentenceOpener, Vocabulary.sentenceOpeners),
            (.timeWord, Vocabulary.timeWords),
        ]
    }

    @Test("A word has a list's bit exactly when the list holds it")
    func bitsMatchLists() throws {
        let lexicon = Lexicon.shared
        let table = WordCues.table(words: lexicon.words)
        for (cue, list) in Self.lists(lexicon.words) {
            for word in list {
                #expect(table[word, default: []].contains(cue), "\(word)")
                #expect(lexicon.cues[word]?.word.contains(cue) == true, "\(word)")
            }
            for (word, cues) in table where cues.contains(cue) {
                #expect(list.contains(word), "\(word)")
            }
        }
    }

    @Test("The lexicon's index has a frame bit for a word exactly when the frame's list holds it, a user's verbs included")
    func frameBitsMatchLists() throws {
        let lexicon = try Lexicon(adding: UserLexicon(relationCues: .init(accuses: ["Lambasted"], backs: ["bankrolls"])))
        let words = lexicon.words
        let lists: [(cue: FrameCues, list: Set<String>)] = [
            (.accuseVerb, words.accuseVerbs), (.denyVerb, words.denyVerbs), (.backVerb, words.backVerbs),
            (.speakerTitle, words.speakerTitles), (.officeTitle, words.officeTitles),
            (.officeTitleStart, Set(words.officeTitles.map { String($0.prefix { $0 != " " }) })),
            (.condemnVerb, RelationCues.condemnVerbs), (.supportNoun, RelationCues.supportNouns),
            (.determiner, Vocabulary.determiners), (.passiveAuxiliary, RelationCues.passiveAuxiliaries),
            (.personalPronoun, RelationCues.personalPronouns), (.foundingVerb, RelationCues.foundingVerbs),
            (.subjectSkip, RelationCues.subjectSkips.union(RelationCues.infinitiveLeads).union(Vocabulary.timeWords)
                .union(Vocabulary.actorNouns.filter { !$0.contains(" ") })),
        ]
        #expect(words.accuseVerbs.contains("lambasted") && words.backVerbs.contains("bankrolls"))
        let entries = FrameCues.entries(words: words)
        for (cue, list) in lists {
            for word in list {
                #expect(lexicon.cues[word]?.frame.contains(cue) == true, "\(word)")
            }
            for (word, cues) in entries where cues.contains(cue) {
                #expect(list.contains(word), "\(word)")
                #expect(lexicon.cues[word]?.frame == cues, "\(word)")
            }
        }
        #expect(lexicon.cues["lambasted"]?.word.isEmpty == true)
        #expect(Lexicon.shared.cues["lambasted"] == nil)
    }

    @Test("Every word of every title has the title-word bit, its first word the title-start bit")
    func titleWords() {
        let lexicon = Lexicon.shared
        for title in lexicon.words.officeTitles.union(lexicon.words.speakerTitles) {
            let words = title.split(separator: " ").map(String.init)
            #expect(lexicon.cues[words[0]]?.word.contains(.titleStart) == true, "\(title)")
            for w in words {
                #expect(lexicon.cues[w]?.word.contains(.titleWord) == true, "\(title)")
            }
        }
    }

    @Test("The lexicon's titles are the office and speaker titles, cased as the recognizer cases them, speakers' marked")
    func knownTitles() throws {
        let lexicon = try Lexicon(adding: UserLexicon(titles: ["chief whip"], speakerTitles: ["press officer"]))
        let words = lexicon.words
        #expect(Set(lexicon.titles.keys) == words.officeTitles.union(words.speakerTitles))
        for (title, known) in lexicon.titles {
            #expect(known.cased == SentenceReader.titleCase(title), "\(title)")
            #expect(known.isSpeaker == words.speakerTitles.contains(title), "\(title)")
        }
        #expect(lexicon.titles["chief whip"]?.cased == "Chief Whip")
        #expect(lexicon.titles["press officer"]?.isSpeaker == true)
    }

    @Test("A title is found with its case as before, and only at a title word")
    func titles() {
        let bytes = Array("Armenian Prime Minister Nikol Pashinyan met the deputy chief of staff and the Water Minister.".utf8)
        let tokens = Tokenizer().tokens(in: bytes, range: 0..<bytes.count)
        let reader = SentenceReader(tokens: tokens, lexicon: Lexicon.shared)
        #expect(reader.title(at: 1)?.title == "Prime Minister")
        #expect(reader.title(at: 1)?.end == 3)
        #expect(reader.title(at: 3) == nil)
        let water = tokens.firstIndex { $0.text == "Water" }
        #expect(water.flatMap { reader.title(at: $0)?.title } == "Water Minister")
        for phrase in ["prime minister", "chief of staff", "minister for foreign affairs", "deputy head of mission"] {
            let general = phrase.split(separator: " ").enumerated().map { idx, w in
                (idx > 0 && (w == "of" || w == "for" || w == "and")) ? String(w) : w.prefix(1).uppercased() + w.dropFirst()
            }.joined(separator: " ")
            #expect(SentenceReader.titleCase(phrase) == general)
        }
    }
}
