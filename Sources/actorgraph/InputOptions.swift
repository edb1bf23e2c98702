import ActorGraphExtraction
import ActorGraphText
import ArgumentParser
import Foundation

/// The articles a command reads: files, folders and `-` for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Articles: .txt, .html/.htm or .jsonl files, folders of them (read recursively), or - for standard input (one plain-text article).",
        valueName: "input"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one article file or folder.") }
        if inputs.filter({ $0 == LoadError.standardInput }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once; give - one time.")
        }
    }

    /// Runs `body` over the articles, listed first (a missing file or a
    /// folder without articles stops the command before any work) and then
    /// read lazily, as often as `body` reads them. A bad article stops the
    /// command with its message. Lines skipped on the way (a malformed JSON
    /// Lines record, a renamed duplicate id) are reported on standard error,
    /// one line each, when `body` is done.
    func read<T>(_ body: (ArticleInputs) throws -> T) throws -> T {
        do {
            let articles = try ArticleInputs(inputs)
            let result = try body(articles)
            for warning in articles.warnings {
                FileHandle.standardError.write(Data("\(warning)\n".utf8))
            }
            return result
        } catch let error as LoadError {
            throw CommandFailure(error.description)
        } catch let error as ExtractionError {
            throw CommandFailure(error.description)
        }
    }
}
