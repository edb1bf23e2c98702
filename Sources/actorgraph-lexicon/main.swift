import ActorGraphExtraction
import Foundation

/// `make lexicon`: compiles the bundled lexicon's JSON files into the
/// phrase tables `Lexicon` loads at start (`Resources/lexicon.snapshot`).
/// Run after changing the JSON files or how their keys are made; a test
/// fails until the compiled file matches them again.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first, !path.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: actorgraph-lexicon OUTPUT\n  writes the compiled lexicon (Sources/ActorGraphExtraction/Resources/lexicon.snapshot)\n".utf8))
    exit(2)
}
do {
    let bytes = try Lexicon.compiledSnapshotBytes()
    try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    print("wrote \(path): \(bytes.count) bytes")
} catch {
    FileHandle.standardError.write(Data("actorgraph-lexicon: \(error)\n".utf8))
    exit(1)
}
