import Foundation

// Compiled into ActorGraphExtraction in place of the accessor SwiftPM
// generates: the fuzz build is made by swiftc, not SwiftPM, so the lexicon is
// read straight from the source tree (a plain folder is a bundle on Linux).
extension Foundation.Bundle {
    static let module: Bundle = {
        let path = ProcessInfo.processInfo.environment["ACTORGRAPH_RESOURCES"] ?? "Sources/ActorGraphExtraction/Resources"
        guard let bundle = Bundle(path: path) else {
            FileHandle.standardError.write(Data("no lexicon resources at \(path); set ACTORGRAPH_RESOURCES\n".utf8))
            exit(2)
        }
        return bundle
    }()
}
