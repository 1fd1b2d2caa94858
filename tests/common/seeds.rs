//! Team-written news paragraphs (invented people, places and events) that
//! the robustness tests mutate and repeat. They exercise every layer: names
//! and their short forms, titles, figures with hedges and units, quotes in
//! every style, a quote running over two paragraphs, and an unclosed mark.

#![allow(dead_code)]

pub const PARAGRAPHS: &[&str] = &[
    "BRENTMOOR, England (Reuters) — Council leader Amira Okafor said on Tuesday that nearly 2,000 homes in the Brentmoor valley had been flooded after the River Lisk burst its banks, and that about 340 people were still in emergency shelters.",
    "“We have never seen water rise this fast,” Okafor told reporters outside the town hall. “Some families lost everything in under an hour.”",
    "The Environment Agency said more than 15 flood warnings remained in force across North Yorkshire, and that rainfall of up to 120 mm was expected before Friday. A spokesperson for the agency, Daniel Marsh, said crews were working “around the clock”.",
    "Insurers estimate the damage at £45m to £60m. Hartwell Insurance, the region's largest, said it had received 1,250 claims since Sunday, roughly three times the usual number for a whole winter.",
    "Residents were angry. \"Nobody warned us,\" said Peter Lindqvist, 67, a retired teacher whose bungalow on Mill Lane took in 40cm of water. \"The sirens didn't go off until the water was at the door.\"",
    "“The defences held where we built them,” said Dr. Helen Ruiz, a hydrologist at the University of Leeds.\n“The trouble is the places we never built them, and there are dozens of those.”",
    "Prime Minister Jonathan Hale, visiting on Wednesday, promised £12 million in emergency aid and said the government would ‘look again’ at the 2019 flood plan. Mr. Hale's critics called the sum 'a drop in the ocean.",
    "Ruiz later wrote on her blog: “We warned the council in 2021 that the Lisk embankment would not survive a wet winter.\n\n“We were told there was no money. There is always money after a flood.”",
    "In Brussels, the European Commission offered to send 25 high-volume pumps through its civil protection mechanism. Ukrainian and Polish crews, who had helped in Germany two years ago, were among the first to volunteer.",
];

/// The seed paragraphs as one article, separated by blank lines.
pub fn article() -> String {
    PARAGRAPHS.join("\n\n")
}

/// Roughly `bytes` of text: the article repeated, with every copy varied
/// (numbers and names shifted) so the repetition is not exact.
pub fn long_text(bytes: usize) -> String {
    let names = ["Okafor", "Marsh", "Lindqvist", "Ruiz", "Hale"];
    let mut out = String::with_capacity(bytes + 4096);
    let mut copy = 0usize;
    while out.len() < bytes {
        for (i, p) in PARAGRAPHS.iter().enumerate() {
            let name = names[(copy + i) % names.len()];
            out.push_str(&p.replace("2,000", &format!("{},{:03}", copy % 9 + 1, copy % 1000)));
            out.push_str(&format!(
                " {name} added that {} volunteers from {} villages had signed up.\n\n",
                copy % 500 + 3,
                copy % 40 + 2
            ));
        }
        copy += 1;
    }
    out
}

/// One line of words with no punctuation and no line break, `bytes` long
/// or a word more: nothing for the segmenter to split on.
pub fn one_line(bytes: usize) -> String {
    let words = [
        "the",
        "council",
        "said",
        "Okafor",
        "water",
        "rose",
        "and",
        "homes",
        "flooded",
        "in",
        "Brentmoor",
        "while",
        "crews",
        "worked",
        "two",
        "hundred",
        "pumps",
    ];
    let mut text = String::with_capacity(bytes + 16);
    let mut i = 0usize;
    while text.len() < bytes {
        text.push_str(words[(i * 7 + i / 17) % words.len()]);
        text.push(' ');
        i += 1;
    }
    text
}
