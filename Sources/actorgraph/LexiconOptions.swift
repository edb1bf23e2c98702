import ActorGraphExtraction
import ArgumentParser

/// `--lexicon FILE`: a user lexicon added to the built-in one, for the
/// commands that extract (`extract`, `build`, `ingest`).
struct LexiconOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A user lexicon (JSON): entities with type and aliases, extra titles, organization words and relation cue verbs. See the README for the format.",
        valueName: "file"))
    var lexicon: String?

    /// The lexicon to extract with: nil without `--lexicon` (the built-in
    /// one); a bad file stops the command with a message naming it (exit 1).
    func load() throws -> Lexicon? {
        guard let lexicon else { return nil }
        do {
            return try Lexicon(adding: try UserLexicon(contentsOf: lexicon))
        } catch let error as UserLexiconError {
            throw CommandFailure("lexicon \(error.description)")
        }
    }
}
