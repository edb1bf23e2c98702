import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Merging: one node per real-world entity however the articles spell it.
@Suite("Entity resolution")
struct EntityResolutionTests {
    @Test("A surname alone joins the full name, also across documents")
    func surnameAcrossDocuments() throws {
        let g = try Articles.graph(
            "Ukrainian Foreign Minister Dmytro Kuleba met his Polish counterpart in Warsaw.",
            "Kuleba said the talks had been productive."
        )
        let kuleba = try #require(g.entity(named: "Dmytro Kuleba"))
        #expect(kuleba.aliases.contains("Kuleba"))
        #expect(kuleba.mentions == 2)
        #expect(g.entities.filter { $0.type == .person }.count == 1)
    }

    @Test("Transliteration variants of one name merge; different people do not")
    func transliterationVariants() throws {
        let g = try Articles.graph(
            "Russian Defence Minister Sergei Shoigu visited the front. President Volodymyr Zelenskyy spoke in Kyiv.",
            "Sergey Shoigu denied the reports. Zelensky said the army would hold. Sergei Lavrov stayed in Moscow."
        )
        let shoigu = try #require(g.entity(named: "Sergei Shoigu"))
        #expect(shoigu.aliases.contains("Sergey Shoigu"))
        let zelenskyy = try #require(g.entity(named: "Volodymyr Zelenskyy"))
        #expect(zelenskyy.aliases.contains("Zelensky"))
        // Same given name, another surname: another person.
        #expect(g.entity(named: "Sergei Lavrov")?.id != shoigu.id)
    }

    @Test("An acronym in brackets pairs with the name before it")
    func acronymFromText() throws {
        let g = try Articles.graph("""
        Fighters of the Oromo People's Liberation Front (OPLF) withdrew from the town. The OPLF said the move was temporary.
        """)
        let oplf = try #require(g.entity(named: "Oromo People's Liberation Front"))
        #expect(oplf.type == .organization)
        #expect(oplf.aliases.contains("OPLF"))
        #expect(g.entities.filter { $0.type == .organization }.count == 1)
    }

    @Test("An acronym and its expansion from the lexicon are one organization")
    func acronymFromLexicon() throws {
        let g = try Articles.graph(
            "The North Atlantic Treaty Organization will meet on Thursday.",
            "NATO ministers arrived in Brussels."
        )
        let nato = g.entities.filter { $0.type == .organization }
        #expect(nato.count == 1)
        #expect(nato.first?.allNames.contains("NATO") == true)
    }

    @Test("A ministry named three ways, in British and American spelling, is one organization")
    func ministryCanonicalName() throws {
        let g = try Articles.graph(
            "Kenya's defence ministry said two soldiers were wounded.",
            "The Kenyan Defense Ministry later raised the toll.",
            "A statement from the Ministry of Defence of Kenya confirmed it."
        )
        let ministries = g.entities.filter { $0.type == .organization }
        #expect(ministries.map(\.name) == ["Kenyan Defense Ministry"])
        #expect(ministries.first?.mentions == 3)
        #expect(g.relation("Kenyan Defense Ministry", .partOf, "Kenya") != nil)
    }

    @Test("A body without its country takes the country the text is about")
    func bodyFromContext() throws {
        let g = try Articles.graph("""
        Armenian officials said the village was shelled overnight. The defence ministry said one soldier was killed.
        """)
        #expect(g.entity(named: "Armenian Defense Ministry")?.type == .organization)
    }

    @Test("The last word of a known place and a one-letter variant of a place join it")
    func placeVariants() throws {
        let g = try Articles.graph(
            "Fighting spread across South Ossetia and near the town of Akhalgori.",
            "Shelling hit Ossetia again, and troops left the town of Akhalgory."
        )
        #expect(g.entities.filter { $0.type == .place }.count == 2)
        #expect(g.entity(named: "South Ossetia")?.aliases.contains("Ossetia") == true)
        #expect(g.entity(named: "Akhalgori")?.aliases.contains("Akhalgory") == true)
    }
}
