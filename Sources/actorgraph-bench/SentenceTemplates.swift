/// Generated sentences of conflict news, with the relation cues the extractor
/// reads (accuses, backs, spokesperson of, co-chairs, holds office, denies,
/// located in) and plain sentences between them, as in real articles.
///
/// Slots are `TextPiece`'s; an article's cast has four people, three
/// organizations, three countries and three places.
enum SentenceTemplates {
    static let headlines = [
        "{C1} accuses {O1} of {X}",
        "{O1} denies role in attack near {L1}",
        "{C1} and {C2} trade blame over {TOPIC}",
        "Talks on {TOPIC} stall as {C1} backs {O1}",
        "{D1} minister {P1} warns {O1} over {L1} clashes",
        "Fighting near {L1} tests fragile truce between {C1} and {C2}",
        "{O1} spokesman says group will not disarm",
        "Envoys meet in {L2} as dispute over {TOPIC} deepens",
    ]

    static let sentences = [
        "{D1} Foreign Minister {P1} accused {C2} of {X}.",
        "{P2}, a spokesman for the {O1}, said the group had no fighters near {L1}.",
        "The {O1} denied the accusation and said its units had been nowhere near {L1}.",
        "{C1} backs the {O1}, according to officials in {C2}.",
        "The talks are co-chaired by {C1} and {C2}.",
        "{L1}, a town in {C1}, has been cut off from the main road for {N} days.",
        "{D1} Defence Minister {P3} said troops had been sent to the town of {L2}.",
        "{S1} said the government would not negotiate with the {O1} while it held {L1}.",
        "The {O2}, which {C2} has long supported, said it would hold its positions near {L3}.",
        "{P4} blamed the {O2} for the attack on {L2}.",
        "{P2}, the leader of the {O1}, rejected the claims as propaganda.",
        "Residents of {L1} said they heard explosions on {DAY} night.",
        "Analysts said neither side appeared ready to return to talks on {TOPIC}.",
        "{C1} and {C3} co-chair a contact group on the crisis, which met in {L3} on {DAY}.",
        "{D2} army spokesman Colonel {P4} said the {O1} had fired mortars at civilian areas.",
        "The {O3} ({A3}) accused {C1} of {X}.",
        "{A3} fighters were seen moving toward {L2} on {DAY}, witnesses said.",
        "{P3} condemned the {O2} for {X}.",
        "{C3} voiced strong support for the {O3} on {DAY}.",
        "{P1}, the {D1} {T}, said {N} people had been detained.",
        "Aid workers in {L2} said food stocks would last about {N} weeks.",
        "{P4}, an aide to {P1}, said the meeting had been postponed until {DAY}.",
        "{C2} denied the claims and accused {C1} of {X}.",
        "The {O2} is backed by {C3}, according to a report by the {O3}.",
        "{S3} told reporters in {L3} that the ceasefire was holding.",
        "The {O1} was accused by {C2} of {X}.",
        "{D1} officials said the crossing near {L1} would stay closed until further notice.",
        "Prices of fuel and flour have nearly doubled since the fighting began, traders said.",
        "Humanitarian agencies warned that {N} thousand people had fled their homes in the past month.",
        "{S2} said the {O1} would answer any attack on {L1} with force.",
        "Talks between {C1} and {C2} on {TOPIC} are due to resume on {DAY}.",
        "{P3}, a spokeswoman for the {O3}, called for an independent investigation.",
        "{S4} urged both sides to show restraint and to let observers into {L2}.",
        "The {O3} said {N} of its members had been arrested in {L1} since {DAY}.",
        "{C3} summoned the {D1} ambassador on {DAY} to protest against the raids.",
        "Diplomats in {L3} said a deal on {TOPIC} was still months away.",
    ]
}
