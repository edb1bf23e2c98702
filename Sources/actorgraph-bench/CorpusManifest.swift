/// What `actorgraph-bench corpus` wrote, saved as `manifest.json` in the
/// corpus folder (the loader reads only article files, so it is not an input).
///
/// A later run with the same parameters and inputs reuses the corpus when its
/// files are still there at the recorded sizes; `make bench` reads the
/// figures (articles, words, bytes) from here.
struct CorpusManifest: Codable, Equatable {
    /// What was asked for: equal parameters give byte-identical files.
    struct Parameters: Codable, Equatable {
        var generatorVersion: Int
        var seed: UInt64
        var megabytes: Int
        var shardMegabytes: Int
        var sliceWords: Int
        /// FNV-1a of the sample articles and the names graph, in hex.
        var inputFingerprint: String
    }

    /// One folder of the output.
    struct Part: Codable, Equatable {
        var folder: String
        var files: Int
        var articles: Int
        /// Words as `spacy_ner.py --bench` counts them (`PythonWords`).
        var words: Int
        /// UTF-8 bytes of the article texts (JSON Lines: the `text` values;
        /// the slice: the whole files).
        var textBytes: Int
        /// Bytes on disk.
        var fileBytes: Int
    }

    /// Distinct generated actors (ranks written at least once).
    struct Actors: Codable, Equatable {
        var people: Int
        var organizations: Int
        var places: Int
    }

    var parameters: Parameters
    var corpus: Part
    var slice: Part
    var generatedActors: Actors
    var wordDefinition = "len(text.split()) in Python: runs of non-whitespace, as spacy_ner.py --bench counts"
    var megabyte = "1,000,000 bytes"
}
