import Foundation

extension String {
    /// Lowercased, with diacritics removed ("Türkiye" -> "turkiye").
    public func applyingFold() -> String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
