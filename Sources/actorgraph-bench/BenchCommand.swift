import ArgumentParser

/// Benchmarks that `make bench` runs: figures printed, nothing asserted.
/// Speed lives here, never in timed tests.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph-bench",
        abstract: "ActorGraph's benchmarks.",
        subcommands: [CorpusCommand.self, ExtractBenchmark.self, RenderBenchmark.self, StoreBenchmark.self]
    )
}
