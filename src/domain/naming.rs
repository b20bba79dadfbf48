//! Duplicate and near-duplicate detection for naming contests (names, slogans).
//!
//! Rule: every entry is reduced to a *normalized key* ([`normalize`]). Entries with the same
//! non-empty key form a group; the entry with the earliest server receipt is the original and the
//! later ones are marked as duplicates for organizers (never deleted or hidden). Distinct keys whose
//! Hangul-jamo spelling ([`jamo`]) is within a small edit distance ([`similarity_threshold`]) are
//! listed as *similar* for a person to decide.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;
const LEAD_FIRST: u32 = 0x1100;
const VOWEL_FIRST: u32 = 0x1161;
const TAIL_BEFORE_FIRST: u32 = 0x11A7;
const VOWEL_COUNT: u32 = 21;
const TAIL_COUNT: u32 = 28;
const SYLLABLES_PER_LEAD: u32 = VOWEL_COUNT * TAIL_COUNT;

/// The normalized key of a name or slogan; equal keys mean "the same entry, typed differently".
///
/// 1. Halfwidth Hangul letters (U+FFA0 block) become the ordinary compatibility jamo (ㄱ, ㅏ…).
/// 2. Everything except compatibility jamo is NFKC-normalized: full-width Latin becomes ASCII and
///    conjoining jamo sequences (NFD Hangul) are composed into syllables, so they match precomposed
///    text.
/// 3. Lower-cased (Unicode `to_lowercase`, used as case folding).
/// 4. Only letters and digits of any script are kept: whitespace, punctuation and symbols go, and
///    so do the invisible Hangul fillers (U+115F, U+1160, U+3164, U+FFA0).
/// 5. NFC again, so jamo that became adjacent once punctuation was removed compose as well.
///
/// Compatibility jamo typed as separate letters ("ㅎㅏㄴ") are *kept as letters* and not merged into
/// a syllable: NFKC alone would turn them into a wrong spelling ("하" followed by a leading ㄴ, since
/// a compatibility consonant does not say whether it is a final), and a correct merge needs an
/// input-method automaton that guesses the intended syllable breaks. Separate letters also do not
/// look like the syllable, so they are a different key; [`jamo`] maps them to the same jamo as the
/// syllables, so such spellings still show up as *similar*.
pub fn normalize(text: &str) -> String {
    let folded: String = nfkc_except_compatibility_jamo(text)
        .to_lowercase()
        .chars()
        .filter(|&c| c.is_alphanumeric() && !is_hangul_filler(c))
        .collect();
    folded.nfc().collect()
}

/// The normalized text as a sequence of jamo: each Hangul syllable is split into its leading
/// consonant, vowel and (if any) final consonant as conjoining jamo; compatibility jamo are mapped to
/// their conjoining counterpart; every other character is kept as is. "에코" and "애코" then differ in
/// exactly one element (ㅔ/ㅐ).
pub fn jamo(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    for c in normalize(text).chars() {
        push_jamo(c, &mut out);
    }
    out
}

/// Levenshtein distance (insertions, deletions and substitutions each cost 1), two-row DP.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut curr = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        curr[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            curr[j + 1] = substitute.min(prev[j + 1] + 1).min(curr[j] + 1);
        }
        std::mem::swap(&mut prev, &mut curr);
    }
    prev[b.len()]
}

/// The largest jamo edit distance at which two different keys count as *similar*, given the jamo
/// length of the shorter one: 1 up to 6 jamo (about two or three syllables), 2 up to 15 jamo
/// (about five syllables), 3 beyond. Longer texts tolerate more typos before they stop looking alike;
/// for short ones a single changed jamo already makes another word.
pub fn similarity_threshold(len: usize) -> usize {
    match len {
        0..=6 => 1,
        7..=15 => 2,
        _ => 3,
    }
}

/// One entry as received by the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Submitted<'a> {
    pub id: &'a str,
    /// Server receipt time and receipt sequence; the sequence breaks ties on equal times.
    pub received: (NaiveDateTime, i64),
    pub text: &'a str,
}

/// Entries sharing one normalized key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DuplicateGroup {
    /// The normalized text.
    pub key: String,
    /// Id of the entry received first.
    pub original: String,
    /// Ids of the later entries, in receipt order.
    pub duplicates: Vec<String>,
}

/// Two distinct keys that are close in jamo spelling, for a person to decide. `a` and `b` are the
/// ids of each key's original entry (the earliest receipt); `a` was received before `b`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SimilarPair {
    pub a: String,
    pub b: String,
    pub a_key: String,
    pub b_key: String,
    /// Jamo edit distance. It can be 0 when the keys differ only in how the jamo were typed
    /// (separate letters "ㄱㅏ" against the syllable "가").
    pub distance: usize,
}

/// The result of [`group`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Grouping {
    /// Keys with at least two entries, ordered by the receipt of their original.
    pub groups: Vec<DuplicateGroup>,
    /// Ordered by distance, then by the receipts of `a` and `b`.
    pub similar: Vec<SimilarPair>,
}

/// Groups entries by normalized key and lists similar keys (see the module documentation).
///
/// Entries are ordered by receipt (time, then sequence, then id and text so that the result does
/// not depend on the input order even for equal receipts). Entries whose key is empty (only
/// punctuation or spaces) are never grouped and never similar. Each distinct key is compared once,
/// through its original, and pairs whose length difference alone exceeds the threshold are skipped.
pub fn group(entries: &[Submitted]) -> Grouping {
    let by_key = entries_by_key(entries);
    let mut ranked: Vec<(ReceiptOrder, DuplicateGroup)> = by_key
        .iter()
        .filter_map(|(key, members)| {
            let (original, later) = members.split_first()?;
            let group = DuplicateGroup {
                key: key.clone(),
                original: original.id.to_owned(),
                duplicates: later.iter().map(|e| e.id.to_owned()).collect(),
            };
            (!later.is_empty()).then(|| (receipt_order(original), group))
        })
        .collect();
    ranked.sort_by(|x, y| x.0.cmp(&y.0));
    let groups = ranked.into_iter().map(|(_, group)| group).collect();
    Grouping { groups, similar: similar_pairs(&by_key) }
}

/// Non-empty keys mapped to their entries in receipt order.
fn entries_by_key<'e, 'a>(entries: &'e [Submitted<'a>]) -> BTreeMap<String, Vec<&'e Submitted<'a>>> {
    let mut by_key: BTreeMap<String, Vec<&Submitted>> = BTreeMap::new();
    for entry in entries {
        let key = normalize(entry.text);
        if !key.is_empty() {
            by_key.entry(key).or_default().push(entry);
        }
    }
    for members in by_key.values_mut() {
        members.sort_by_key(|e| receipt_order(e));
    }
    by_key
}

type ReceiptOrder<'a> = (NaiveDateTime, i64, &'a str, &'a str);

fn receipt_order<'a>(entry: &Submitted<'a>) -> ReceiptOrder<'a> {
    (entry.received.0, entry.received.1, entry.id, entry.text)
}

struct Candidate<'e, 'a> {
    key: &'e str,
    jamo: Vec<char>,
    signature: u128,
    original: &'e Submitted<'a>,
}

/// Compares every distinct key with every other once, shortest first, stopping the inner loop as
/// soon as the length difference exceeds the threshold of the shorter key.
fn similar_pairs(by_key: &BTreeMap<String, Vec<&Submitted>>) -> Vec<SimilarPair> {
    let mut candidates: Vec<Candidate> = by_key
        .iter()
        .filter_map(|(key, members)| {
            let jamo = key.chars().fold(Vec::new(), |mut out, c| {
                push_jamo(c, &mut out);
                out
            });
            Some(Candidate { key, signature: signature(&jamo), jamo, original: members.first()? })
        })
        .collect();
    candidates.sort_by(|x, y| x.jamo.len().cmp(&y.jamo.len()).then_with(|| x.key.cmp(y.key)));

    let mut pairs = Vec::new();
    for (i, short) in candidates.iter().enumerate() {
        let threshold = similarity_threshold(short.jamo.len());
        for long in &candidates[i + 1..] {
            if long.jamo.len() - short.jamo.len() > threshold {
                break;
            }
            if !signatures_allow(short.signature, long.signature, threshold) {
                continue;
            }
            if let Some(distance) = edit_distance_within(&short.jamo, &long.jamo, threshold) {
                pairs.push(similar_pair(short, long, distance));
            }
        }
    }
    pairs.sort_by(|x, y| x.0.cmp(&y.0));
    pairs.into_iter().map(|(_, pair)| pair).collect()
}

fn similar_pair<'e, 'a>(
    x: &Candidate<'e, 'a>,
    y: &Candidate<'e, 'a>,
    distance: usize,
) -> ((usize, ReceiptOrder<'a>, ReceiptOrder<'a>), SimilarPair) {
    let (first, second) = if receipt_order(x.original) <= receipt_order(y.original) { (x, y) } else { (y, x) };
    let rank = (distance, receipt_order(first.original), receipt_order(second.original));
    let pair = SimilarPair {
        a: first.original.id.to_owned(),
        b: second.original.id.to_owned(),
        a_key: first.key.to_owned(),
        b_key: second.key.to_owned(),
        distance,
    };
    (rank, pair)
}

/// A set of bits, one per distinct character (its code point modulo 128, which keeps all modern
/// conjoining jamo apart), used as a cheap filter before the edit distance.
fn signature(chars: &[char]) -> u128 {
    chars.iter().fold(0, |bits, &c| bits | 1u128 << (u32::from(c) % 128))
}

/// False when the signatures prove an edit distance above `max`: each bit set on one side only
/// stands for a different character that must be deleted or substituted.
fn signatures_allow(a: u128, b: u128, max: usize) -> bool {
    let only_a = (a & !b).count_ones() as usize;
    let only_b = (b & !a).count_ones() as usize;
    only_a.max(only_b) <= max
}

/// [`edit_distance`] when it is at most `max`, computed only on the diagonal band that can stay
/// within `max` and given up as soon as a whole row exceeds it.
fn edit_distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let over = max + 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(over)).collect();
    let mut curr = vec![over; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let row = i + 1;
        let first = row.saturating_sub(max).max(1);
        let last = (row + max).min(b.len());
        curr.fill(over);
        curr[0] = row.min(over);
        let mut row_min = curr[0];
        for j in first..=last {
            let substitute = prev[j - 1] + usize::from(ca != b[j - 1]);
            let value = substitute.min(prev[j] + 1).min(curr[j - 1] + 1).min(over);
            curr[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut curr);
    }
    let distance = prev[b.len()];
    (distance <= max).then_some(distance)
}

/// NFKC on everything but compatibility jamo, which are passed through (halfwidth ones mapped to
/// the ordinary compatibility jamo first) so that NFKC cannot turn separate letters into syllables.
fn nfkc_except_compatibility_jamo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = String::new();
    for c in text.chars() {
        let c = halfwidth_to_compatibility_jamo(c);
        if is_compatibility_jamo(c) {
            out.extend(pending.nfkc());
            pending.clear();
            out.push(c);
        } else {
            pending.push(c);
        }
    }
    out.extend(pending.nfkc());
    out
}

/// Hangul Compatibility Jamo letters ㄱ (U+3131) to ㆎ (U+318E).
fn is_compatibility_jamo(c: char) -> bool {
    ('\u{3131}'..='\u{318E}').contains(&c)
}

/// Invisible Hangul fillers: they are letters to Unicode but show nothing.
fn is_hangul_filler(c: char) -> bool {
    matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}')
}

/// Halfwidth Hangul letters (U+FFA0–U+FFDC) to the compatibility jamo they stand for (their NFKC
/// <narrow> decomposition); other characters unchanged.
fn halfwidth_to_compatibility_jamo(c: char) -> char {
    let code = u32::from(c);
    let mapped = match code {
        0xFFA0 => 0x3164,
        0xFFA1..=0xFFBE => code - 0xFFA1 + 0x3131,
        0xFFC2..=0xFFC7 => code - 0xFFC2 + 0x314F,
        0xFFCA..=0xFFCF => code - 0xFFCA + 0x3155,
        0xFFD2..=0xFFD7 => code - 0xFFD2 + 0x315B,
        0xFFDA..=0xFFDC => code - 0xFFDA + 0x3161,
        _ => code,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Appends the jamo of one normalized character (see [`jamo`]).
fn push_jamo(c: char, out: &mut Vec<char>) {
    let code = u32::from(c);
    if (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&code) {
        let index = code - SYLLABLE_FIRST;
        let lead = LEAD_FIRST + index / SYLLABLES_PER_LEAD;
        let vowel = VOWEL_FIRST + (index % SYLLABLES_PER_LEAD) / TAIL_COUNT;
        let tail = index % TAIL_COUNT;
        out.extend(char::from_u32(lead));
        out.extend(char::from_u32(vowel));
        if tail != 0 {
            out.extend(char::from_u32(TAIL_BEFORE_FIRST + tail));
        }
    } else if is_compatibility_jamo(c) {
        unicode_normalization::char::decompose_compatible(c, |d| out.push(d));
    } else {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn at(seconds: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap().and_hms_opt(9, 0, 0).unwrap()
            + chrono::Duration::seconds(i64::from(seconds))
    }

    fn entry<'a>(id: &'a str, seconds: u32, seq: i64, text: &'a str) -> Submitted<'a> {
        Submitted { id, received: (at(seconds), seq), text }
    }

    fn similar(a: &str, b: &str) -> Option<usize> {
        let (ja, jb) = (jamo(a), jamo(b));
        edit_distance_within(&ja, &jb, similarity_threshold(ja.len().min(jb.len())))
    }

    #[test]
    fn spaces_and_punctuation_do_not_make_a_new_name() {
        for variant in ["에코 델타", "에코델타!", "에코델타 ", " 에코·델타.", "에코\u{3000}델타", "「에코델타」"]
        {
            assert_eq!(normalize(variant), "에코델타", "{variant:?}");
        }
    }

    #[test]
    fn a_name_typed_with_full_width_letters_matches_its_half_width_twin() {
        assert_eq!(normalize("ＥＣＯ Delta"), normalize("eco-delta"));
        assert_eq!(normalize("ＥＣＯ Delta"), "ecodelta");
    }

    #[test]
    fn decomposed_hangul_matches_precomposed_hangul() {
        let nfd: String = "에코델타 한강".nfd().collect();
        assert_ne!(nfd, "에코델타 한강");
        assert_eq!(normalize(&nfd), "에코델타한강");
    }

    #[test]
    fn decomposed_hangul_split_by_punctuation_still_composes() {
        assert_eq!(normalize("\u{1100}-\u{1161}\u{11A8}"), "각");
    }

    #[test]
    fn halfwidth_hangul_letters_become_ordinary_letters() {
        assert_eq!(normalize("\u{FFBE}\u{FFC2}\u{FFA4}"), "ㅎㅏㄴ");
        for code in 0xFFA0..=0xFFDCu32 {
            let Some(c) = char::from_u32(code) else { continue };
            let mapped = halfwidth_to_compatibility_jamo(c);
            if mapped != c {
                let expected: String = c.to_string().nfkc().collect();
                let actual: String = mapped.to_string().nfkc().collect();
                assert_eq!(actual, expected, "U+{code:04X}");
            }
        }
    }

    #[test]
    fn separately_typed_letters_are_not_merged_into_a_syllable_but_look_similar() {
        assert_eq!(normalize("ㅎㅏㄴ"), "ㅎㅏㄴ");
        assert_ne!(normalize("ㅎㅏㄴ"), normalize("한"));
        assert_eq!(similar("ㄱㅏ", "가"), Some(0));
        assert_eq!(similar("ㅎㅏㄴ", "한"), Some(1));
    }

    #[test]
    fn invisible_hangul_fillers_are_removed() {
        assert_eq!(normalize("에코\u{3164}델타\u{FFA0}"), "에코델타");
        assert_eq!(normalize("\u{3164}"), "");
    }

    #[test]
    fn letters_and_digits_of_other_scripts_are_kept() {
        assert_eq!(normalize("Ünïcode 2025 — 東京 Ⅻ"), "ünïcode2025東京xii");
    }

    #[test]
    fn jamo_splits_syllables_into_lead_vowel_and_tail() {
        assert_eq!(jamo("한 a"), vec!['\u{1112}', '\u{1161}', '\u{11AB}', 'a']);
        assert_eq!(jamo("가"), vec!['\u{1100}', '\u{1161}']);
        let nfd: Vec<char> = "힣".nfd().collect();
        assert_eq!(jamo("힣"), nfd);
    }

    #[test]
    fn a_one_vowel_difference_is_similar_not_duplicate() {
        assert_ne!(normalize("에코델타"), normalize("애코델타"));
        assert_eq!(similar("에코델타", "애코델타"), Some(1));
    }

    #[test]
    fn a_tensed_consonant_is_similar() {
        assert_eq!(similar("스마트시티", "스마트씨티"), Some(1));
    }

    #[test]
    fn unrelated_names_are_not_similar() {
        assert_eq!(similar("에코델타", "푸른바다"), None);
        assert_eq!(similar("스마트시티", "부산항"), None);
        assert_eq!(similar("green", "ocean"), None);
    }

    #[test]
    fn thresholds_grow_with_length() {
        assert_eq!(similarity_threshold(0), 1);
        assert_eq!(similarity_threshold(6), 1);
        assert_eq!(similarity_threshold(7), 2);
        assert_eq!(similarity_threshold(15), 2);
        assert_eq!(similarity_threshold(16), 3);
    }

    #[test]
    fn spellings_of_one_name_form_one_group_with_the_earliest_as_original() {
        let entries = [
            entry("e4", 40, 4, "에코델타 "),
            entry("e2", 20, 2, "에코 델타"),
            entry("e3", 30, 3, "에코델타!"),
            entry("other", 5, 5, "푸른바다"),
            entry("e1", 10, 1, "에코델타"),
        ];
        let grouping = group(&entries);
        assert_eq!(
            grouping.groups,
            vec![DuplicateGroup {
                key: "에코델타".into(),
                original: "e1".into(),
                duplicates: vec!["e2".into(), "e3".into(), "e4".into()],
            }]
        );
        assert!(grouping.similar.is_empty());
    }

    #[test]
    fn full_width_and_hyphenated_latin_names_are_duplicates() {
        let grouping = group(&[entry("b", 2, 2, "eco-delta"), entry("a", 1, 1, "ＥＣＯ Delta")]);
        assert_eq!(grouping.groups.len(), 1);
        assert_eq!(grouping.groups[0].original, "a");
        assert_eq!(grouping.groups[0].duplicates, vec!["b".to_owned()]);
    }

    #[test]
    fn decomposed_and_precomposed_entries_are_duplicates() {
        let nfd: String = "스마트시티".nfd().collect();
        let grouping = group(&[entry("nfc", 1, 1, "스마트시티"), entry("nfd", 2, 2, &nfd)]);
        assert_eq!(grouping.groups[0].duplicates, vec!["nfd".to_owned()]);
    }

    #[test]
    fn a_timestamp_tie_is_broken_by_the_receipt_sequence() {
        let grouping = group(&[entry("late", 7, 12, "모두의 바다"), entry("early", 7, 11, "모두의바다")]);
        assert_eq!(grouping.groups[0].original, "early");
        assert_eq!(grouping.groups[0].duplicates, vec!["late".to_owned()]);
    }

    #[test]
    fn similar_names_are_listed_once_per_key_with_their_originals() {
        let entries = [
            entry("x2", 9, 9, "애코 델타"),
            entry("x1", 3, 3, "애코델타"),
            entry("o1", 1, 1, "에코델타"),
            entry("o2", 2, 2, "에코델타!"),
            entry("s", 4, 4, "스마트씨티"),
            entry("t", 5, 5, "스마트시티"),
        ];
        let grouping = group(&entries);
        assert_eq!(grouping.groups.iter().map(|g| g.original.as_str()).collect::<Vec<_>>(), ["o1", "x1"]);
        let pairs: Vec<_> = grouping.similar.iter().map(|p| (p.a.as_str(), p.b.as_str(), p.distance)).collect();
        assert_eq!(pairs, [("o1", "x1", 1), ("s", "t", 1)]);
        assert_eq!(grouping.similar[0].a_key, "에코델타");
        assert_eq!(grouping.similar[0].b_key, "애코델타");
    }

    #[test]
    fn entries_of_only_punctuation_never_group() {
        let grouping = group(&[entry("a", 1, 1, "!!!"), entry("b", 2, 2, "???"), entry("c", 3, 3, " ")]);
        assert_eq!(grouping, Grouping::default());
    }

    /// Pseudo-random Korean names of two to five syllables, as a naming contest receives them.
    fn random_names(count: usize) -> Vec<String> {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |bound: u32| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % u64::from(bound)) as u32
        };
        (0..count)
            .map(|_| {
                let syllables = 2 + next(4);
                (0..syllables).filter_map(|_| char::from_u32(SYLLABLE_FIRST + next(11172))).collect()
            })
            .collect()
    }

    #[test]
    fn thousands_of_entries_are_grouped_quickly() {
        let texts = random_names(5000);
        let entries: Vec<Submitted> = texts.iter().enumerate().map(|(i, t)| entry(t, i as u32, i as i64, t)).collect();
        let started = std::time::Instant::now();
        let grouping = group(&entries);
        eprintln!("{} groups, {} similar in {:?}", grouping.groups.len(), grouping.similar.len(), started.elapsed());
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    fn name_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("에코".to_owned()),
            Just("애코".to_owned()),
            Just("델타".to_owned()),
            Just(" ".to_owned()),
            Just("!".to_owned()),
            Just("ＥＣＯ".to_owned()),
            Just("eco".to_owned()),
            Just("ㅎㅏㄴ".to_owned()),
            Just("\u{1100}\u{1161}".to_owned()),
            Just("\u{11A8}".to_owned()),
            Just("\u{FFBE}".to_owned()),
            Just("\u{3164}".to_owned()),
            "\\PC{0,3}",
        ];
        prop::collection::vec(piece, 0..5).prop_map(|pieces| pieces.concat())
    }

    fn short_chars() -> impl Strategy<Value = Vec<char>> {
        let c = prop_oneof![
            prop::sample::select(vec!['ㄱ', 'ㅏ', 'a', 'b', '가']),
            prop::char::range('\u{1100}', '\u{11C2}'),
            any::<char>(),
        ];
        prop::collection::vec(c, 0..8)
    }

    proptest! {
        #[test]
        fn normalizing_twice_changes_nothing(text in name_text()) {
            let once = normalize(&text);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn normalizing_arbitrary_text_twice_changes_nothing(text in "\\PC*") {
            let once = normalize(&text);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn grouping_does_not_depend_on_input_order(
            texts in prop::collection::vec(name_text(), 0..12),
            seed in any::<u64>(),
        ) {
            let ids: Vec<String> = (0..texts.len()).map(|i| format!("id{i}")).collect();
            let entries: Vec<Submitted> = texts
                .iter()
                .zip(&ids)
                .enumerate()
                .map(|(i, (text, id))| entry(id, (i % 3) as u32, (i % 2) as i64, text))
                .collect();
            let mut shuffled = entries.clone();
            let mut state = seed;
            for i in (1..shuffled.len()).rev() {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (state >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(group(&entries), group(&shuffled));
        }

        #[test]
        fn edit_distance_is_symmetric_and_zero_only_for_equal_texts(a in short_chars(), b in short_chars()) {
            let d = edit_distance(&a, &b);
            prop_assert_eq!(d, edit_distance(&b, &a));
            prop_assert_eq!(d == 0, a == b);
            prop_assert!(d <= a.len().max(b.len()));
            prop_assert!(d >= a.len().abs_diff(b.len()));
        }

        #[test]
        fn edit_distance_satisfies_the_triangle_inequality(a in short_chars(), b in short_chars(), c in short_chars()) {
            prop_assert!(edit_distance(&a, &c) <= edit_distance(&a, &b) + edit_distance(&b, &c));
        }

        #[test]
        fn the_signature_filter_never_rejects_a_close_pair(a in short_chars(), b in short_chars()) {
            prop_assert!(signatures_allow(signature(&a), signature(&b), edit_distance(&a, &b)));
        }

        #[test]
        fn the_banded_distance_agrees_with_the_full_one(a in short_chars(), b in short_chars(), max in 0usize..5) {
            let d = edit_distance(&a, &b);
            prop_assert_eq!(edit_distance_within(&a, &b, max), (d <= max).then_some(d));
        }
    }
}
