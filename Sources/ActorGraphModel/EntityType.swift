/// The four kinds of actor and place the graph distinguishes.
///
/// Raw values are the strings of the graph JSON contract (`PERSON`, ...).
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case place = "PLACE"
    case country = "COUNTRY"

    /// Order used wherever types are listed: the declaration order.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
