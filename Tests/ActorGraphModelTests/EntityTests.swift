import ActorGraphModel
import Testing

@Suite("Entity")
struct EntityTests {
    @Test("slug(for:) lowercases and joins words with single hyphens", arguments: [
        ("Hikmet Hajiyev", "hikmet-hajiyev"),
        ("Nagorno-Karabakh", "nagorno-karabakh"),
        ("Ministry of Defence (Armenia)", "ministry-of-defence-armenia"),
        ("  Red   Crescent -- Society  ", "red-crescent-society"),
        ("-Baku-", "baku"),
        ("Brigade 22", "brigade-22"),
        ("U.S. State Department", "u-s-state-department"),
    ])
    func slugWords(name: String, slug: String) {
        #expect(Entity.slug(for: name) == slug)
    }

    /// The slug as first written: every scalar through Foundation's fold.
    static func referenceSlug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            let folded = ["ø": "o", "ß": "ss"][scalar] ?? String(scalar).applyingFold()
            for c in folded.unicodeScalars {
                if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                    if c.isASCII {
                        if pendingHyphen, !out.isEmpty { out.append("-") }
                        pendingHyphen = false
                        out.unicodeScalars.append(c)
                    }
                } else if c != "'" && c != "\u{2019}" {
                    pendingHyphen = true
                }
            }
        }
        return out.isEmpty ? "entity" : out
    }

    @Test("slug(for:) of ASCII (read without Foundation) equals the fold of every character through Foundation")
    func slugASCIIFastPath() {
        let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        for a in ascii {
            for b in ["A", "z", "9", " ", "é"] {
                let name = "Q" + a + b + a + "x"
                #expect(Entity.slug(for: name) == Self.referenceSlug(name), "\(name)")
            }
        }
        for name in ["Hikmet Hajiyev", "Ministry of Defence (MoD)", "O'Brien-Smith Jr.", "  --Türkiye's  forces-- ", "N'Djamena 2024"] {
            #expect(Entity.slug(for: name) == Self.referenceSlug(name), "\(name)")
        }
    }

    @Test("slug(for:) folds diacritics to ASCII", arguments: [
        ("Türkiye", "turkiye"),
        ("Mevlüt Çavuşoğlu", "mevlut-cavusoglu"),
        ("Sébastien Lefèvre", "sebastien-lefevre"),
        ("São Tomé and Príncipe", "sao-tome-and-principe"),
    ])
    func slugDiacritics(name: String, slug: String) {
        #expect(Entity.slug(for: name) == slug)
    }

    @Test("Apostrophes, straight or curly, vanish without a hyphen", arguments: [
        ("Sean O'Brien", "sean-obrien"),
        ("Sean O\u{2019}Brien", "sean-obrien"),
        ("Côte d\u{2019}Ivoire", "cote-divoire"),
    ])
    func slugApostrophes(name: String, slug: String) {
        #expect(Entity.slug(for: name) == slug)
    }

    @Test("Other quotes separate words like punctuation")
    func slugQuotes() {
        #expect(Entity.slug(for: "\u{201C}Wagner\u{201D} Group") == "wagner-group")
        #expect(Entity.slug(for: "\"Azov\" Regiment") == "azov-regiment")
    }

    @Test("A name with no ASCII letters or digits slugs to \"entity\"", arguments: ["", "   ", "--", "\u{201C}\u{201D}", "!?"])
    func slugEmpty(name: String) {
        #expect(Entity.slug(for: name) == "entity")
    }

    @Test("The id defaults to the slug of the name; an explicit id wins")
    func idDefault() {
        let e = Entity(name: "Ilham Aliyev", type: .person, aliases: ["Aliyev"])
        #expect(e.id == "ilham-aliyev")
        #expect(e.mentions == 1)
        #expect(e.allNames == ["Ilham Aliyev", "Aliyev"])
        #expect(Entity(id: "pm-of-armenia", name: "Prime Minister", type: .person).id == "pm-of-armenia")
    }

    @Test("Slugs are stable: slugging a slug changes nothing")
    func slugIdempotent() {
        for name in ["Türkiye", "Ministry of Defence (Armenia)", "Sean O'Brien", "Brigade 22"] {
            let slug = Entity.slug(for: name)
            #expect(Entity.slug(for: slug) == slug)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        }
    }
}
