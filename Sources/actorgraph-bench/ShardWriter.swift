import Foundation

/// Writes articles as JSON Lines (`id`, `title`, `date`, `text`: the fields
/// `JSONLinesReader` reads) into numbered shards of about a fixed size.
///
/// Shards let the loader stream and the extractor spread files over cores;
/// the encoding is written by hand so that bytes never depend on a JSON
/// library's choices of key order or escaping.
struct ShardWriter {
    private let folder: String
    private let shardBytes: Int
    private var buffer: [UInt8] = []
    private(set) var files = 0
    private(set) var fileBytes = 0

    /// File names the writer uses, so a later run knows which files are its own.
    static func isShard(_ name: String) -> Bool {
        name.hasPrefix("shard-") && name.hasSuffix(".jsonl")
    }

    init(folder: String, shardBytes: Int) {
        self.folder = folder
        self.shardBytes = shardBytes
        buffer.reserveCapacity(shardBytes + 16_384)
    }

    mutating func append(_ article: ArticleComposer.Article) throws {
        buffer += Array(#"{"id":"#.utf8)
        appendString(article.id)
        buffer += Array(#","title":"#.utf8)
        appendString(article.title)
        buffer += Array(#","date":"#.utf8)
        appendString(article.date)
        buffer += Array(#","text":"#.utf8)
        appendString(article.text)
        buffer += Array("}\n".utf8)
        if buffer.count >= shardBytes { try flush() }
    }

    /// Writes the last, partial shard.
    mutating func finish() throws {
        if !buffer.isEmpty { try flush() }
    }

    private mutating func flush() throws {
        let path = folder + "/shard-" + ArticleComposer.padded(files, width: 4) + ".jsonl"
        try Data(buffer).write(to: URL(fileURLWithPath: path))
        files += 1
        fileBytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// A JSON string: quotes, backslashes and control characters escaped,
    /// everything else as UTF-8.
    private mutating func appendString(_ string: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\t"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: buffer += Array("\\u00".utf8) + Self.hex(byte)
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func hex(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }
}
