/// Canonical names for ministries and offices, so that "Armenia's defence
/// ministry", "the Armenian Defense Ministry" and "Ministry of Defence of
/// Armenia" become one organization.
enum GovernmentBody {
    /// "Armenian" + "Defense" -> "Armenian Defense Ministry";
    /// "Azerbaijani" + "Prosecutor" (office) -> "Azerbaijani Prosecutor's Office".
    static func name(kind: String, isOffice: Bool, adjective: String?) -> String {
        let base: String
        if isOffice {
            base = kind == "Presidential" ? "Presidential Office" : "\(kind)'s Office"
        } else {
            base = "\(kind) Ministry"
        }
        guard let adjective else { return base }
        return "\(adjective) \(base)"
    }

    /// Identity of a body across spellings: its country and kind.
    static func key(kind: String, country: String) -> String {
        "body:\(country.lowercased()):\(kind.lowercased())"
    }
}
