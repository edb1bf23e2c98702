/// Writes the corpus's articles: a sample article retold with a new cast,
/// a few paragraphs borrowed from another sample, and generated paragraphs
/// until the article reaches its drawn length (300 to 800 words).
///
/// Article `n` depends only on the seed and `n`, so any prefix of the corpus
/// (the spaCy slice) is the same whatever size is asked for.
struct ArticleComposer {
    /// A finished article and the generated actors it names.
    struct Article {
        var id: String
        var title: String
        var date: String
        var text: String
        var words: Int
        var people: Set<Int>
        var organizations: Set<Int>
        var places: Set<Int>
    }

    /// The cast's own slots, used by the templates; sample slots follow them.
    private static let templatePeople = 4, templateOrganizations = 3, countries = 3, places = 3
    private static let wordRange = 300...800

    private let seed: UInt64
    private let names: GeneratedNames
    private let samples: [SampleArticle]
    private let samplePeople: Int
    private let sampleOrganizations: Int
    private let headlines = SentenceTemplates.headlines.map(TextPiece.pieces(of:))
    private let sentences = SentenceTemplates.sentences.map(TextPiece.pieces(of:))

    /// A composer over the samples loaded with `SampleArticle.load`, whose
    /// slots must start where this composer's own end.
    init(seed: UInt64, samples: (articles: [SampleArticle], people: Int, organizations: Int)) {
        self.seed = seed
        names = GeneratedNames(seed: seed)
        self.samples = samples.articles
        samplePeople = samples.people
        sampleOrganizations = samples.organizations
    }

    static var firstSamplePerson: Int { templatePeople }
    static var firstSampleOrganization: Int { templateOrganizations }

    func article(_ number: Int) -> Article {
        var random = SplitMix64(seed: seed, stream: 100, index: UInt64(number))
        var cast = Cast(people: Self.templatePeople + samplePeople,
                        organizations: Self.templateOrganizations + sampleOrganizations,
                        countries: Self.countries, places: Self.places, names: names, random: &random)
        let base = random.below(samples.count)
        var paragraphs = samples[base].paragraphs.map { cast.write($0, random: &random) }
        let other = samples[(base + 1 + random.below(samples.count - 1)) % samples.count].paragraphs.dropFirst(2)
        for _ in 0..<random.below(3) where !other.isEmpty {
            paragraphs.insert(cast.write(random.pick(Array(other)), random: &random), at: 1 + random.below(paragraphs.count))
        }
        let target = random.int(in: Self.wordRange)
        var words = paragraphs.reduce(0) { $0 + PythonWords.count(in: $1) }
        while words < target {
            let paragraph = (0..<random.int(in: 2...4)).map { _ in cast.write(random.pick(sentences), random: &random) }
                .joined(separator: " ")
            let added = PythonWords.count(in: paragraph)
            if words + added > Self.wordRange.upperBound && words >= Self.wordRange.lowerBound { break }
            paragraphs.insert(paragraph, at: 1 + random.below(paragraphs.count))
            words += added
        }
        let title = cast.write(random.pick(headlines), random: &random)
        let date = "\(2019 + random.below(7))-\(Self.padded(1 + random.below(12), width: 2))-\(Self.padded(1 + random.below(28), width: 2))"
        let text = paragraphs.joined(separator: "\n\n")
        return Article(id: "bench-" + Self.padded(number, width: 7), title: title, date: date, text: text,
                       words: PythonWords.count(in: text), people: cast.writtenPeople,
                       organizations: cast.writtenOrganizations, places: cast.writtenPlaces)
    }

    /// `value` with leading zeros to `width` digits, so ids and file names sort in order.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
