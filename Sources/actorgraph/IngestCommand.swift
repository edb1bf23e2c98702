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
        standard error.
        Example: actorgraph ingest articles/ --store actorgraph.sqlite
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let documents = try input.load()
        let summary = try store.withStore(creating: true) { try $0.ingest(documents) }
        FileHandle.standardError.write(Data((summary.line + "\n").utf8))
    }
}
