import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The element names of an XML document, in document order; parsing fails
/// on anything that is not well-formed XML.
enum XMLOutline {
    struct ParseFailure: Error, CustomStringConvertible {
        let description: String
    }

    static func elementNames(in data: Data) throws -> [String] {
        let parser = XMLParser(data: data)
        // SVG from Graphviz names an external DTD; never fetch it.
        parser.shouldResolveExternalEntities = false
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0)" } ?? "unknown error"
            throw ParseFailure(description: "not well-formed XML at line \(parser.lineNumber): \(reason)")
        }
        return collector.names
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var names: [String] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            names.append(elementName)
        }
    }
}
