/// Recognizes the few date forms article headers use and turns them into ISO
/// `YYYY-MM-DD`.
enum DateParser {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Reads a leading `date YYYY-MM-DD` directive, removing it from `line`.
    static func leadingDateDirective(in line: inout Substring) -> String? {
        guard mayOpenDateDirective(line.utf8) else { return nil }
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, words[0].lowercased() == "date" || words[0].lowercased() == "date:",
              let iso = isoDate(String(words[1])) else { return nil }
        line = words.count == 3 ? words[2] : ""
        return iso
    }

    /// Whether a line's bytes open with "date" in any case, as every date
    /// directive does: nearly every line fails on its first four bytes,
    /// and no other character lowercases to these letters.
    static func mayOpenDateDirective(_ line: some Collection<UInt8>) -> Bool {
        line.count >= 4 && zip(line, "date".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `2020-10-27` as is, if it is a valid calendar date.
    static func isoDate(_ s: String) -> String? {
        // Only digits, signs (which `Int` reads) and dashes can make a date:
        // a line of prose is turned down at its first letter.
        guard s.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2B }) else { return nil }
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return format(year: y, month: m, day: d)
    }

    /// A line that is only a date: "October 27, 2020", "27 October 2020", "2020-10-27".
    static func isoDate(fromDateline line: String) -> String? {
        if let iso = isoDate(line) { return iso }
        // Header reading asks this of up to fifteen lines of every article,
        // most of them long paragraphs: turned down on bytes at the fourth word.
        if startsFourthWordOnBytes(line) == true { return nil }
        return isoDateBySplitting(dateline: line)
    }

    /// `isoDate(fromDateline:)` on characters: the definition, which the
    /// byte test above must agree with.
    static func isoDateBySplitting(dateline line: String) -> String? {
        if let iso = isoDate(line) { return iso }
        let isSeparator: (Character) -> Bool = { $0 == " " || $0 == "," }
        // A fourth word rules the line out, so the split stops there.
        let pieces = line.split(maxSplits: 3, omittingEmptySubsequences: true, whereSeparator: isSeparator)
        guard pieces.count == 3 || pieces.count == 4 && pieces[3].allSatisfy(isSeparator) else { return nil }
        let words = pieces.prefix(3).map { $0.lowercased() }
        if let m = months[words[0]], let d = Int(words[1]), let y = Int(words[2]) {
            return format(year: y, month: m, day: d)
        }
        if let d = Int(words[0]), let m = months[words[1]], let y = Int(words[2]) {
            return format(year: y, month: m, day: d)
        }
        return nil
    }

    /// Whether a fourth run of characters other than space and comma starts
    /// in `line`, which makes the dateline split below give a fourth piece
    /// that is not all separators. Read on bytes: a space or comma byte is
    /// a character of its own, and a non-ASCII byte belongs to a word, except
    /// where the two touch (a combining mark after a space joins it into one
    /// character; so may a prepended mark before one): there, nil. No CR LF
    /// in a line. An accented name early in a paragraph sent the whole line
    /// to the character split when any non-ASCII byte made this nil.
    static func startsFourthWordOnBytes(_ line: String) -> Bool? {
        startsFourthWordOnBytes(bytes: line.utf8)
    }

    /// `startsFourthWordOnBytes` of a line given as its UTF-8 bytes.
    static func startsFourthWordOnBytes(bytes line: some Sequence<UInt8>) -> Bool? {
        var runs = 0
        var inRun = false
        var previous: UInt8 = 0
        for b in line {
            if b == 0x20 || b == 0x2C {
                if previous >= 0x80 { return nil }
                inRun = false
            } else {
                if b >= 0x80, previous == 0x20 || previous == 0x2C { return nil }
                if !inRun {
                    inRun = true
                    runs += 1
                    if runs == 4 { return true }
                }
            }
            previous = b
        }
        return false
    }

    static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// Days in `month` of `year` (Gregorian), so "2023-02-29" is rejected.
    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension DateParser {
    /// The calendar date of a timestamp as pages and feeds write it:
    /// `2020-10-28`, `2020-10-28T09:15:00Z`, `2020-10-28 09:15:00+04:00`,
    /// or a dateline form ("October 28, 2020"). The date is taken as written,
    /// not converted to another time zone.
    static func isoDate(fromTimestamp value: String) -> String? {
        let trimmed = value.trimmingWhitespace()
        let utf8 = Array(trimmed.utf8)
        if utf8.count >= 10, utf8.count == 10 || utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "t"),
           let iso = isoDate(String(decoding: utf8[0..<10], as: UTF8.self)) {
            return iso
        }
        return isoDate(fromDateline: trimmed)
    }
}
