import ActorGraphModel
import Foundation

/// The visual vocabulary of a diagram, as data: how each entity type and
/// relation type is drawn.
///
/// Colours come from the Okabe–Ito palette, which stays distinct for the
/// common forms of colour blindness; every type also differs in something
/// that survives grey print (shape for nodes; line style and arrowhead for
/// edges), so colour is never the only cue.
public struct GraphStyle: Sendable, Equatable {
    /// How one entity type is drawn.
    public struct NodeStyle: Sendable, Equatable {
        public var shape: String
        public var fillColor: String
        public var borderColor: String

        public init(shape: String, fillColor: String, borderColor: String) {
            self.shape = shape
            self.fillColor = fillColor
            self.borderColor = borderColor
        }
    }

    /// How one relation type is drawn.
    public struct EdgeStyle: Sendable, Equatable {
        public var color: String
        /// Graphviz `style`: `solid`, `dashed`, `dotted`, `bold`.
        public var lineStyle: String
        public var arrowhead: String
        /// Pen width for a relation stated once; more evidence widens it.
        public var basePenWidth: Double

        public init(color: String, lineStyle: String, arrowhead: String, basePenWidth: Double) {
            self.color = color
            self.lineStyle = lineStyle
            self.arrowhead = arrowhead
            self.basePenWidth = basePenWidth
        }
    }

    public var nodes: [EntityType: NodeStyle]
    public var edges: [RelationType: EdgeStyle]
    public var fontName: String
    /// The widest an edge gets, however much evidence it has, so a
    /// much-repeated claim does not swamp the picture.
    public var maximumPenWidth: Double

    public init(nodes: [EntityType: NodeStyle], edges: [RelationType: EdgeStyle],
                fontName: String = "Helvetica", maximumPenWidth: Double = 6) {
        self.nodes = nodes
        self.edges = edges
        self.fontName = fontName
        self.maximumPenWidth = maximumPenWidth
    }

    /// The house style.
    ///
    /// Accusations are the loudest line (vermillion, bold); a denial answers
    /// in the same hue family (orange) but dashed, ending in a bar (`tee`):
    /// "stopped here". Backing is green and solid with an open arrowhead, so
    /// it cannot be taken for an accusation in colour, in grey or in print.
    /// Structural relations (offices, places, membership) are greys, so they
    /// recede behind the political ones.
    public static let standard = GraphStyle(
        nodes: [
            .person: NodeStyle(shape: "ellipse", fillColor: "#FBE3B8", borderColor: "#E69F00"),
            .organization: NodeStyle(shape: "box", fillColor: "#D3E9F8", borderColor: "#0072B2"),
            .country: NodeStyle(shape: "doubleoctagon", fillColor: "#CDEFE3", borderColor: "#009E73"),
            .place: NodeStyle(shape: "house", fillColor: "#F7F1BE", borderColor: "#8C7E00"),
        ],
        edges: [
            .accuses: EdgeStyle(color: "#D55E00", lineStyle: "bold", arrowhead: "normal", basePenWidth: 2),
            .denies: EdgeStyle(color: "#E69F00", lineStyle: "dashed", arrowhead: "tee", basePenWidth: 2),
            .backs: EdgeStyle(color: "#009E73", lineStyle: "solid", arrowhead: "empty", basePenWidth: 1.5),
            .spokespersonOf: EdgeStyle(color: "#0072B2", lineStyle: "dotted", arrowhead: "vee", basePenWidth: 1.5),
            .coChairs: EdgeStyle(color: "#CC79A7", lineStyle: "solid", arrowhead: "odiamond", basePenWidth: 1.5),
            .holdsOffice: EdgeStyle(color: "#555555", lineStyle: "solid", arrowhead: "obox", basePenWidth: 1),
            .locatedIn: EdgeStyle(color: "#999999", lineStyle: "dotted", arrowhead: "odot", basePenWidth: 1),
            .partOf: EdgeStyle(color: "#777777", lineStyle: "dashed", arrowhead: "onormal", basePenWidth: 1),
        ]
    )

    /// How a shape is called in the legend ("double octagon").
    public static func shapeName(_ shape: String) -> String {
        switch shape {
        case "box": "box"
        case "doubleoctagon": "double octagon"
        case "house": "house"
        case "ellipse": "oval"
        default: shape
        }
    }

    /// A character that looks like the arrowhead, for the legend table
    /// (HTML-like labels cannot draw arrowheads).
    public static func arrowGlyph(_ arrowhead: String) -> String {
        switch arrowhead {
        case "normal": "\u{25B6}"
        case "empty", "onormal": "\u{25B7}"
        case "vee": "\u{276F}"
        case "tee": "\u{22A3}"
        case "odiamond": "\u{25C7}"
        case "obox": "\u{25A1}"
        case "odot": "\u{25CB}"
        default: "\u{2192}"
        }
    }

    /// Used only if a custom style leaves a type out: plain, but still drawn.
    static let fallbackNode = NodeStyle(shape: "ellipse", fillColor: "#EEEEEE", borderColor: "#555555")
    static let fallbackEdge = EdgeStyle(color: "#555555", lineStyle: "solid", arrowhead: "normal", basePenWidth: 1)

    /// The node style of `type`.
    public func style(for type: EntityType) -> NodeStyle {
        nodes[type] ?? Self.fallbackNode
    }

    /// The edge style of `type`.
    public func style(for type: RelationType) -> EdgeStyle {
        edges[type] ?? Self.fallbackEdge
    }

    /// Pen width for an edge of `type` backed by `evidenceCount` sentences:
    /// `base + log2(count)`, capped, rounded to a tenth so output is stable.
    public func penWidth(for type: RelationType, evidenceCount: Int) -> Double {
        let count = Double(max(1, evidenceCount))
        let width = min(style(for: type).basePenWidth + log2(count), maximumPenWidth)
        return (width * 10).rounded() / 10
    }
}
