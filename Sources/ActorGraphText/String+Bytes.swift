extension String {
    /// Whether every UTF-8 byte passes `test`, read on the bytes in place:
    /// the `utf8` view's `allSatisfy` and `contains` cost several times as
    /// much a byte, and the extractor asks about most tokens and names.
    @inlinable
    public func allUTF8(_ test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? utf8.allSatisfy(test)
    }

    /// Whether the UTF-8 bytes hold `byte`, read in place (see `allUTF8`).
    @inlinable
    public func containsUTF8(_ byte: UInt8) -> Bool {
        !allUTF8 { $0 != byte }
    }
}
