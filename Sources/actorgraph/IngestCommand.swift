import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph ingest`: add articles to the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the store (an article already stored is skipped).",
        discussion: """
        Entities are resolved across everything stored, so a surname in a new \
        article joins the full name from an earlier one. Prints a summary on \
        standard error (a progress bar too when it is a terminal; --quiet for \
        neither). With --lexicon the whole store is re-extracted with that \
        lexicon: the lexicon of the latest ingest defines the stored graph.
        Example: actorgraph ingest articles/ --store actorgraph.sqlite
        Example: actorgraph ingest new-conflict/ --lexicon conflict.json
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let lexicon = try lexicon.load()
        let bar = progress.bar("ingesting")
        defer { bar.finish() }
        let summary = try input.read { articles in
            return try store.withStore(creating: true) {
                try $0.ingest(articles, lexicon: lexicon, progress: bar.callback)
            }
        }
        bar.finish()
        progress.summary(summary.line)
    }
}
