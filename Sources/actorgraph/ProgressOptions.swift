import ArgumentParser
import Foundation

/// `--quiet`, and where progress and summaries go: standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print no progress bar and no summary (errors still print).")
    var quiet = false

    /// A progress bar drawn only when standard error is a terminal and not `--quiet`.
    func bar(_ label: String) -> ProgressBar {
        ProgressBar(label: label, enabled: !quiet && isatty(2) == 1)
    }

    /// Writes the final summary line on standard error, unless `--quiet`.
    func summary(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
