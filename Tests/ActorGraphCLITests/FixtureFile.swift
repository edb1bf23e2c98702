import Foundation

/// The article fixtures written for these tests, in the `Fixtures` resource folder.
enum FixtureFile: String, CaseIterable {
    case harbourStandoff = "harbour-standoff.txt"
    case notUTF8 = "not-utf8.txt"
    case empty = "empty.txt"

    /// The document id the loader derives from the file name.
    var documentID: String {
        (rawValue as NSString).deletingPathExtension
    }

    var url: URL {
        get throws {
            guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw ActorGraphRunner.Failure(description: "the Fixtures resource folder is missing from the test bundle")
            }
            return folder.appendingPathComponent(rawValue)
        }
    }

    var path: String {
        get throws { try url.path }
    }

    var bytes: Data {
        get throws { try Data(contentsOf: url) }
    }
}
