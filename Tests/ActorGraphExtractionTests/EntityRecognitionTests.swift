import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Typing: the four entity types told apart, and what is not an entity.
@Suite("Entity recognition")
struct EntityRecognitionTests {
    @Test("Countries, places, organizations and people get their types")
    func fourTypes() throws {
        let g = try Articles.graph("""
        Ethiopia accused Eritrea of massing troops near the border town of Zalambessa on Tuesday.

        Ethiopian Prime Minister Abiy Ahmed said the African Union would meet in the city of Mekelle.
        """)
        #expect(g.entity(named: "Ethiopia")?.type == .country)
        #expect(g.entity(named: "Eritrea")?.type == .country)
        #expect(g.entity(named: "Zalambessa")?.type == .place)
        #expect(g.entity(named: "Mekelle")?.type == .place)
        #expect(g.entity(named: "African Union")?.type == .organization)
        #expect(g.entity(named: "Abiy Ahmed")?.type == .person)
        #expect(g.entities.allSatisfy { EntityType.allCases.contains($0.type) })
    }

    @Test("Demonyms in actor position and capitals acting for governments name the country")
    func demonymsAndCapitals() throws {
        let g = try Articles.graph("""
        Kenyan troops crossed the river on Monday, and Addis Ababa accused Nairobi of provoking the clash.
        """)
        let kenya = try #require(g.entity(named: "Kenya"))
        #expect(kenya.type == .country)
        #expect(kenya.aliases.contains("Kenyan"))
        // The capitals act for their countries in the accusation.
        #expect(g.relation("Ethiopia", .accuses, "Kenya") != nil)
        // As places, capitals stay places.
        #expect(g.entity(named: "Nairobi")?.type == .place)
    }

    @Test("Government bodies and named groups are organizations; disputed territories are places")
    func organizationsAndTerritories() throws {
        let g = try Articles.graph("""
        The Sudanese Foreign Ministry said the Rapid Support Forces had entered the Darfur region.

        The Lachin Corridor and the Gaza Strip were discussed at the European Court of Human Rights.
        """)
        #expect(g.entity(named: "Sudanese Foreign Ministry")?.type == .organization)
        #expect(g.entity(named: "Rapid Support Forces")?.type == .organization)
        #expect(g.entity(named: "Darfur")?.type == .place)
        #expect(g.entity(named: "Lachin Corridor")?.type == .place)
        #expect(g.entity(named: "Gaza Strip")?.type == .place)
        #expect(g.entity(named: "European Court of Human Rights")?.type == .organization)
    }

    @Test("Weekdays, months, sentence-initial capitals, weapons and legal articles are not entities")
    func notEntities() throws {
        let g = try Articles.graph("""
        Meanwhile, shelling resumed on Sunday near the front line.

        Skirmishes continued through October as both sides fired Grad rockets at each other's positions.

        Under Article 51 of the charter, Serbia said it had the right to respond.
        """)
        let names = Set(g.entities.map(\.name))
        for word in ["Meanwhile", "Sunday", "Skirmishes", "October", "Grad", "Article"] {
            #expect(!names.contains(word), "\(word) should not be an entity")
        }
        #expect(names.contains("Serbia"))
    }

    @Test("Events, holidays, ships and regional adjectives are not people")
    func notPeople() throws {
        let g = try Articles.graph("""
        Israel launched Operation Desert Shield after talks planned for New Year's Day collapsed.

        The coast guard boarded the trawler Severny Veter, and the Severny Veter's crew was detained.

        Satellite images from Maxar Technologies showed the two Central Asian states massing troops.
        """)
        let people = g.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.isEmpty, "unexpected people: \(people)")
        #expect(g.entity(named: "Maxar Technologies")?.type == .organization)
        #expect(g.entity(named: "New") == nil)
    }

    @Test("A capital becomes its country only where it acts")
    func capitalsActing() throws {
        let acting = try Articles.graph("Bamako accused the rebels of attacking the convoy.")
        #expect(acting.entity(named: "Mali")?.type == .country)
        let place = try Articles.graph("The mercenaries left Bamako on Friday, witnesses said.")
        #expect(place.entity(named: "Bamako")?.type == .place)
        #expect(place.entity(named: "Mali") == nil)
    }

    @Test("Page furniture is not content: bylines, credits, related links, appeals, urls")
    func furniture() throws {
        let g = try Articles.graph("""
        Border talks collapse as Peru recalls envoy

        By Helena Marsh, Senior Diplomatic Correspondent

        (Photo by Rodrigo Abd via Getty Images)

        Peru recalled its ambassador from Chile on Friday.

        RELATED: Ecuador and Colombia sign fishing pact

        Your support keeps our journalism free. Please consider a donation to help us report from Lima.

        Original url:
        https://example.org/peru-chile
        """)
        let names = Set(g.entities.map(\.name))
        #expect(names.contains("Peru"))
        #expect(names.contains("Chile"))
        for furniture in ["Helena Marsh", "Rodrigo Abd", "Getty Images", "Ecuador", "Colombia", "Lima"] {
            #expect(!names.contains(furniture), "\(furniture) appears only in page furniture")
        }
    }
}
