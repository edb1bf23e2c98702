/// The directed relation types of the schema (see DESIGN.md).
///
/// Raw values are the strings of the graph JSON contract.
public enum RelationType: String, Codable, Sendable, CaseIterable, Comparable {
    case spokespersonOf = "spokesperson-of"
    case backs
    case coChairs = "co-chairs"
    case accuses
    case holdsOffice = "holds-office"
    case locatedIn = "located-in"
    case partOf = "part-of"
    case denies

    /// The four relation types users judge the tool on first.
    public var isCore: Bool {
        switch self {
        case .spokespersonOf, .backs, .coChairs, .accuses: true
        default: false
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
