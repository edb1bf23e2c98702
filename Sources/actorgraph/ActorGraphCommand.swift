import ArgumentParser

/// The `actorgraph` command line: a thin front over the ActorGraph libraries.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news articles into an actor-relationship knowledge graph.",
        discussion: """
        Exit codes: 0 success, 1 runtime error (bad input, unreadable file, \
        render failure), 64 usage error. Shell completions: actorgraph \
        --generate-completion-script bash|zsh|fish (make install puts them in place).
        Example: actorgraph ingest articles/ && actorgraph neighbors Armenia
        """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ExtractCommand.self, IngestCommand.self, NeighborsCommand.self,
            EntitiesCommand.self, ExportCommand.self, RenderCommand.self, ReportCommand.self,
        ]
    )
}
