import ActorGraphText
import ArgumentParser

/// The articles a command reads: files and folders.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files (.txt) or folders of them, read recursively.", valueName: "input"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one article file or folder.") }
    }

    /// The loaded articles; a bad input stops the command with its message.
    func load() throws -> [SourceDocument] {
        do {
            return try DocumentLoader().load(inputs)
        } catch let error as LoadError {
            throw CommandFailure(error.description)
        }
    }
}
