/// The word tables generated names are made from.
///
/// Pools multiply: 160 given names and 252,000 surnames (onset, one or two
/// middles, ending) make far more people than any corpus draws, 30,000
/// organizations and 73,500 places likewise, so the number of distinct
/// actors grows with the corpus instead of saturating.
/// Surnames have at least three syllables so that none spells a country or
/// a word the extractor knows.
enum NamePools {
    static let givenNames = [
        "Aaliyah", "Abebe", "Adaeze", "Adnan", "Afua", "Ahmed", "Aigerim", "Aisha", "Akira", "Alejandro",
        "Alibek", "Amara", "Amina", "Anders", "Andrei", "Anjali", "Arman", "Astrid", "Ayesha", "Bakyt",
        "Beatriz", "Bilal", "Bongani", "Camila", "Chidi", "Chiara", "Dalia", "Daniel", "Daniyar", "Dawit",
        "Diego", "Dilnoza", "Dmitri", "Efua", "Elena", "Elif", "Emeka", "Emre", "Erlan", "Esther",
        "Fadumo", "Farida", "Fatima", "Femi", "Gaukhar", "Gulnara", "Hana", "Hassan", "Helga", "Hiroshi",
        "Ibrahim", "Idris", "Ines", "Ingrid", "Irina", "Isaac", "Jamal", "Javier", "Jean-Pierre", "Joao",
        "Jonas", "Joseph", "Kamala", "Kareem", "Katarzyna", "Kemal", "Khadija", "Kofi", "Lars", "Laila",
        "Leila", "Lucia", "Luis", "Mahmoud", "Malika", "Marek", "Maria", "Mariam", "Mateus", "Mehmet",
        "Mei", "Mikhail", "Miriam", "Mohammed", "Nadia", "Naledi", "Nasrin", "Nikolai", "Njeri", "Nurlan",
        "Obinna", "Olga", "Omar", "Oksana", "Pablo", "Petra", "Priya", "Rahim", "Rania", "Rashid",
        "Ravi", "Rustam", "Said", "Salma", "Samuel", "Sanjay", "Sara", "Sergei", "Shirin", "Sipho",
        "Sofia", "Suleiman", "Tamar", "Tariq", "Tendai", "Thabo", "Timur", "Tomas", "Uchenna", "Vera",
        "Viktor", "Wanjiku", "Xolani", "Yasmin", "Yerlan", "Yusuf", "Zainab", "Zarina", "Zeynep", "Zoran",
        "Abdullahi", "Ana", "Baraka", "Chen", "Dina", "Eskil", "Farah", "Goran", "Halima", "Ilya",
        "Jasur", "Kalinda", "Lwazi", "Marta", "Nilufar", "Oscar", "Paulina", "Qasim", "Rosa", "Stefan",
        "Tahmina", "Ulrike", "Valentin", "Wafa", "Yaw", "Zhanna", "Ayodele", "Bashir", "Cyrus", "Dorcas",
    ]

    static let surnameOnsets = [
        "Ka", "Mo", "Ba", "Ri", "Te", "Na", "Sa", "Lu", "Vo", "Di", "Ha", "Zu", "Ke", "Ol", "Am",
        "Fe", "Go", "Ja", "Ni", "Pa", "Ro", "Si", "To", "Ya", "Be", "Da", "El", "Ga", "Ik", "Ma",
    ]
    static let surnameMiddles = [
        "ra", "lin", "ven", "do", "mu", "sha", "ri", "ko", "ta", "bel", "na", "ge", "zo", "li", "vi",
        "ran", "mi", "to", "ba", "se",
    ]
    static let surnameEndings = [
        "nov", "ski", "yev", "ndo", "ru", "wa", "ani", "ulu", "ez", "son", "ssi", "mbe", "rak", "oglu",
        "enko", "ida", "ari", "kov", "uri", "dze",
    ]

    static let organizationAdjectives = [
        "Patriotic", "Crimson", "Popular", "Democratic", "Revolutionary", "Free", "Sovereign", "Green",
        "Iron", "Golden", "Silver", "Black", "White", "Red", "Blue", "Highland", "Coastal", "Lowland",
        "Federal", "Civic", "Progressive", "Radical", "Loyal", "Valiant", "Eternal", "Rising", "Steadfast",
        "Resolute", "Independent", "Righteous", "Ancestral", "Allied", "Vigilant", "Proud", "Brave",
        "Emerald", "Scarlet", "Amber", "Cobalt", "Granite", "Desert", "Forest", "Delta", "Savanna",
        "Frontier", "Mountain", "Harbour", "Valley", "Upland", "Riverine",
    ]
    static let organizationNouns = [
        "Dawn", "River", "Lion", "Eagle", "Salvation", "Unity", "Renewal", "Justice", "Hope", "Harvest",
        "Falcon", "Star", "Thunder", "Horizon", "Shield", "Spear", "Flame", "Crescent", "Banner", "Oath",
        "Resistance", "Liberation", "Solidarity", "Heritage", "Covenant", "Progress", "Dignity", "Freedom",
        "Reform", "Rebirth", "Vanguard", "Compass", "Anchor", "Beacon", "Bridge", "Citadel", "Summit",
        "Tide", "Storm", "Ember", "Arrow", "Leopard", "Buffalo", "Cedar", "Baobab", "Acacia", "Jasmine",
        "Lotus", "Orchid", "Steppe",
    ]
    /// Words the extractor reads as the end of an organization's name.
    static let organizationTails = [
        "Front", "Movement", "Brigade", "Alliance", "Council", "Army", "Party", "Coalition", "Union",
        "Militia", "Forces", "League",
    ]

    static let placeOnsets = [
        "Vel", "Kar", "Dun", "Mar", "Tos", "Bel", "Kor", "Sam", "Ush", "Tal", "Nar", "Ost", "Gal", "Mir",
        "Zan", "Hol", "Rav", "Sel", "Tam", "Qar", "Lom", "Bar", "Kes", "Dor", "Jub",
    ]
    static let placeVowels = ["a", "o", "i", "e", "u", "ai", "ou"]
    static let placeEndings = [
        "ra", "mbo", "sk", "dor", "vik", "pur", "lan", "tza", "bad", "grad", "wan", "nga", "stad", "kent",
        "mere", "dale", "ville", "polis", "ton", "rud",
    ]

    /// Countries and their adjectives, all in the extractor's built-in lexicon.
    static let countries: [(name: String, adjective: String)] = [
        ("Kenya", "Kenyan"), ("Ethiopia", "Ethiopian"), ("Somalia", "Somali"), ("Sudan", "Sudanese"),
        ("Uganda", "Ugandan"), ("Rwanda", "Rwandan"), ("Tanzania", "Tanzanian"), ("Nigeria", "Nigerian"),
        ("Niger", "Nigerien"), ("Mali", "Malian"), ("Chad", "Chadian"), ("Cameroon", "Cameroonian"),
        ("Ghana", "Ghanaian"), ("Senegal", "Senegalese"), ("Morocco", "Moroccan"), ("Algeria", "Algerian"),
        ("Libya", "Libyan"), ("Egypt", "Egyptian"), ("Yemen", "Yemeni"), ("Oman", "Omani"),
        ("Iraq", "Iraqi"), ("Syria", "Syrian"), ("Jordan", "Jordanian"), ("Lebanon", "Lebanese"),
        ("Turkey", "Turkish"), ("Iran", "Iranian"), ("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"),
        ("Georgia", "Georgian"), ("Kazakhstan", "Kazakh"), ("Kyrgyzstan", "Kyrgyz"), ("Tajikistan", "Tajik"),
        ("Uzbekistan", "Uzbek"), ("Afghanistan", "Afghan"), ("Pakistan", "Pakistani"), ("India", "Indian"),
        ("Bangladesh", "Bangladeshi"), ("Myanmar", "Myanmar"), ("Thailand", "Thai"), ("Malaysia", "Malaysian"),
        ("Indonesia", "Indonesian"), ("Philippines", "Philippine"), ("Vietnam", "Vietnamese"),
        ("China", "Chinese"), ("Japan", "Japanese"), ("Norway", "Norwegian"), ("Russia", "Russian"),
        ("Ukraine", "Ukrainian"), ("Poland", "Polish"), ("Serbia", "Serbian"), ("Colombia", "Colombian"),
        ("Venezuela", "Venezuelan"), ("Brazil", "Brazilian"), ("Peru", "Peruvian"), ("Mexico", "Mexican"),
    ]

    static let offices = [
        "Foreign Minister", "Defence Minister", "Interior Minister", "Prime Minister", "President",
        "army chief", "Finance Minister", "special envoy", "ambassador",
    ]

    static let accusations = [
        "shelling villages near the border", "arming rebel groups", "blocking aid convoys",
        "violating the ceasefire", "detaining fishermen", "diverting river water", "recruiting child soldiers",
        "attacking a police post", "seizing farmland", "smuggling weapons across the border",
        "jamming civilian radio", "torching a market", "laying mines on farm roads", "abducting aid workers",
        "stoking unrest in the capital", "bombing a fuel depot",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let topics = [
        "water rights", "grazing land", "fishing zones", "border posts", "fuel prices", "refugee camps",
        "ceasefire terms", "prisoner exchanges", "mining permits", "election results",
    ]
}
