//! A stage's results recipe, and the results themselves as a pure function
//! of (rubric, recipe, inputs): no I/O, no clock, no randomness except the
//! seeded bootstrap in [`close_calls`].
//!
//! [`compute`] runs these steps:
//! 1. Each sheet's raw total is [`Rubric::total`].
//! 2. Normalization, per judge over that judge's sheets in these inputs:
//!    - `none`: the raw total.
//!    - `z_score`: z = (x − μ_j) / σ_j with the population σ; a judge with no
//!      spread (one sheet, or all totals equal) gives z = 0. The z is mapped
//!      back onto the points scale as pooled_mean + z · pooled_sd, both taken
//!      over every raw total, so normalized scores still read as points (a
//!      judge with no spread lands on the pooled mean: neither helps nor hurts).
//!    - `rank`: the judge's sheets ranked best first, equal totals sharing the
//!      average rank, then mapped linearly so the judge's best gets the
//!      rubric's `max_total` and worst its `min_total`. A single sheet (or a
//!      judge who gave everyone the same) lands on the midpoint.
//! 3. Aggregation over an entry's normalized scores: mean, median (mean of the
//!    middle two when even), or trimmed mean (with at least `min_judges`
//!    scores, the `drop` lowest and highest are left out and marked `dropped`;
//!    equal scores are ordered by judge id, so the low end drops the first
//!    ids and the high end the last).
//! 4. Bonus: the points of the entry's organizer-verified bonus rules, each
//!    counted once, capped at `bonus_cap`.
//! 5. Blend: jury·w_jury + public_score·max_total·w_public (a missing public
//!    score counts as 0, one outside [0, 1] is clamped). The bonus is added
//!    after the blend: a "+3점" promised in the call for entries must be worth
//!    3 points, not 3·w_jury.
//! 6. Ranking by final score, then the tie-breaks in order (criterion: the
//!    higher mean raw value of that criterion over all the entry's judges;
//!    earliest submission). Entries still tied share a rank (1, 2, 2, 4) and
//!    are flagged: a tie is never broken silently.
//! 7. Advancing: top N by rank (a tie straddling the cutoff advances whole and
//!    is reported), a score threshold (decided once per shared rank, so a tie
//!    is never split), or nobody.
//!
//! Scores are compared with a relative tolerance of 1e-9 (absolute below 1)
//! so that summation noise never invents an order; neighbours closer than
//! that chain into one tie.
//! The results do not depend on the order of entries or sheets: both are put
//! in a canonical order (entries by id, sheets by entry then judge) before any
//! float is summed, and no hash map is ever iterated. Sheets for entries not
//! among the inputs are ignored; of entries sharing an id, the first in
//! canonical order counts. Entries without sheets are listed last and never
//! advance.
//!
//! `recipe_hash` is the SHA-256 of the rubric and recipe as JSON (struct
//! fields in declaration order); `inputs_hash` that of the inputs in
//! canonical order, floats as their exact bits and bonus keys as a sorted
//! set. Together they name exactly what a published result was computed from.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use chrono::{DateTime, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::rubric::{Rubric, check_key, check_text};
use crate::domain::contest::form::Text;
use crate::error::FieldError;

pub const MAX_BONUS_RULES: usize = 30;
pub const MAX_BONUS_POINTS: f64 = 1000.0;
pub const MAX_TIE_BREAKS: usize = 10;
const MAX_LABEL_CHARS: usize = 200;
/// Relative tolerance for "equal" scores; see the module doc.
const TOLERANCE: f64 = 1e-9;
/// An entry is a close call when its advance decision flips in at least
/// 1/20 (5%) and at most 19/20 (95%) of the resamples; kept as a
/// denominator so the bounds are compared exactly, in integers.
const CLOSE_CALL_DENOMINATOR: u64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Normalization {
    None,
    /// Per-judge z-scores, put back on the points scale.
    ZScore,
    /// Per-judge ranks, mapped onto the rubric's range.
    Rank,
}

// `deny_unknown_fields` does not reach the unit variants of an internally
// tagged enum; it still refuses extra keys on the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Aggregation {
    Mean,
    Median,
    /// With at least `min_judges` scores, leave out the `drop` highest and
    /// `drop` lowest; with fewer, a plain mean. `min_judges` ≥ 2·drop + 1.
    TrimmedMean {
        drop: u32,
        min_judges: u32,
    },
}

/// Points an organizer grants for a verified fact (e.g. 청년 가산점).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BonusRule {
    pub key: String,
    pub label: Text,
    /// Above 0, at most 1000.
    pub points: f64,
}

/// Shares of the jury and the public vote in the final score; each ≥ 0, summing to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Blend {
    pub jury: f64,
    pub public: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum TieBreak {
    /// The higher mean raw value of this criterion wins.
    Criterion { key: String },
    /// The earlier submission wins.
    EarliestSubmission,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AdvanceRule {
    /// The best `n` by rank; a tie across the cutoff advances whole.
    TopN {
        n: u32,
    },
    /// Every entry whose final score is at least `min_score`.
    Threshold {
        min_score: f64,
    },
    None,
}

/// How a stage's scores become results. Stored per stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    pub normalization: Normalization,
    pub aggregation: Aggregation,
    #[serde(default)]
    pub bonus_rules: Vec<BonusRule>,
    /// The most bonus points one entry can get.
    pub bonus_cap: Option<f64>,
    pub blend: Option<Blend>,
    #[serde(default)]
    pub tie_breaks: Vec<TieBreak>,
    pub advance: AdvanceRule,
}

impl Default for Recipe {
    fn default() -> Self {
        Recipe {
            normalization: Normalization::None,
            aggregation: Aggregation::Mean,
            bonus_rules: Vec::new(),
            bonus_cap: None,
            blend: None,
            tie_breaks: vec![TieBreak::EarliestSubmission],
            advance: AdvanceRule::None,
        }
    }
}

impl Recipe {
    /// Checks the recipe against the stage's rubric (which is checked on its
    /// own). Errors name the field as e.g. `bonus_rules[1].points`.
    pub fn check(&self, rubric: &Rubric) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if let Aggregation::TrimmedMean { drop, min_judges } = self.aggregation
            && u64::from(min_judges) < 2 * u64::from(drop) + 1
        {
            errors.push(FieldError::new(
                "aggregation.min_judges",
                "out_of_range",
                "Dropping from both ends needs at least 2·drop + 1 judges.",
            ));
        }
        if self.bonus_rules.len() > MAX_BONUS_RULES {
            errors.push(FieldError::new(
                "bonus_rules",
                "too_many",
                format!("A recipe has at most {MAX_BONUS_RULES} bonus rules."),
            ));
        }
        let mut keys = HashSet::new();
        for (i, rule) in self.bonus_rules.iter().enumerate() {
            let at = format!("bonus_rules[{i}]");
            check_key(&rule.key, &format!("{at}.key"), &mut keys, &mut errors);
            check_text(&rule.label, &format!("{at}.label"), MAX_LABEL_CHARS, &mut errors);
            if !rule.points.is_finite() {
                errors.push(FieldError::new(format!("{at}.points"), "not_finite", "Give a finite number."));
            } else if rule.points <= 0.0 || rule.points > MAX_BONUS_POINTS {
                errors.push(FieldError::new(
                    format!("{at}.points"),
                    "out_of_range",
                    "Bonus points lie above 0 and at most 1000.",
                ));
            }
        }
        if let Some(cap) = self.bonus_cap {
            if !cap.is_finite() {
                errors.push(FieldError::new("bonus_cap", "not_finite", "Give a finite number."));
            } else if cap <= 0.0 {
                errors.push(FieldError::new("bonus_cap", "out_of_range", "The cap is above 0."));
            }
        }
        if let Some(blend) = self.blend {
            let mut parts_ok = true;
            for (name, share) in [("jury", blend.jury), ("public", blend.public)] {
                if !share.is_finite() || share < 0.0 {
                    parts_ok = false;
                    errors.push(FieldError::new(format!("blend.{name}"), "out_of_range", "A share lies from 0 to 1."));
                }
            }
            if parts_ok && (blend.jury + blend.public - 1.0).abs() > TOLERANCE {
                errors.push(FieldError::new("blend", "invalid_sum", "The jury and public shares add up to 1."));
            }
        }
        if self.tie_breaks.len() > MAX_TIE_BREAKS {
            errors.push(FieldError::new(
                "tie_breaks",
                "too_many",
                format!("A recipe has at most {MAX_TIE_BREAKS} tie-breaks."),
            ));
        }
        for (i, tie_break) in self.tie_breaks.iter().enumerate() {
            if self.tie_breaks[..i].contains(tie_break) {
                errors.push(FieldError::new(
                    format!("tie_breaks[{i}]"),
                    "duplicate",
                    "This tie-break is already listed.",
                ));
            } else if let TieBreak::Criterion { key } = tie_break
                && !rubric.criteria.iter().any(|c| &c.key == key)
            {
                errors.push(FieldError::new(
                    format!("tie_breaks[{i}].key"),
                    "unknown_criterion",
                    "The rubric has no such criterion.",
                ));
            }
        }
        match self.advance {
            AdvanceRule::TopN { n: 0 } => {
                errors.push(FieldError::new("advance.n", "out_of_range", "At least one entry advances."));
            }
            AdvanceRule::Threshold { min_score } if !min_score.is_finite() => {
                errors.push(FieldError::new("advance.min_score", "not_finite", "Give a finite number."));
            }
            _ => {}
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// One judge's submitted, complete sheet for one entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    pub judge: String,
    pub entry: String,
    pub values: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryInput {
    pub id: String,
    pub submitted_at: DateTime<Utc>,
    /// Keys of the bonus rules an organizer verified for this entry.
    pub verified_bonus: Vec<String>,
    /// Share of the best public score, in [0, 1]; used only with a blend.
    pub public_score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Inputs {
    pub entries: Vec<EntryInput>,
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct JudgeScore {
    pub judge: String,
    pub raw: f64,
    pub normalized: f64,
    /// Left out by the trimmed mean.
    pub dropped: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EntryResult {
    pub entry: String,
    /// Sorted by judge.
    pub judges: Vec<JudgeScore>,
    /// Mean raw value per criterion over all the entry's judges.
    pub criteria: BTreeMap<String, f64>,
    pub jury: Option<f64>,
    /// The public score on the rubric's points scale; only with a blend.
    pub public: Option<f64>,
    pub bonus: f64,
    /// The bonus rules that counted, in recipe order.
    pub bonus_rules: Vec<String>,
    pub final_score: Option<f64>,
    pub rank: Option<u32>,
    /// Shares its rank with another entry.
    pub tied: bool,
    pub advances: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Results {
    /// Hex SHA-256 of the rubric and recipe as JSON.
    pub recipe_hash: String,
    /// Hex SHA-256 of the inputs in canonical order.
    pub inputs_hash: String,
    /// In rank order; tied entries by id; unscored entries last, by id.
    pub entries: Vec<EntryResult>,
    /// A tie straddled the top-N cutoff, so more than N advance.
    pub cutoff_tie: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CloseCall {
    pub entry: String,
    /// Share of the resamples in which the entry advanced.
    pub advance_share: f64,
    /// Whether it advances in the actual results.
    pub advances: bool,
}

/// Whether two scores are equal up to summation noise.
fn same(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= TOLERANCE * a.abs().max(b.abs()).max(1.0)
}

/// Population mean and standard deviation, summed in the given order.
fn spread(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let (mut n, mut sum) = (0usize, 0.0);
    for x in values.clone() {
        n += 1;
        sum += x;
    }
    if n == 0 {
        return (0.0, 0.0);
    }
    let mean = sum / n as f64;
    let squares: f64 = values.map(|x| (x - mean) * (x - mean)).sum();
    (mean, (squares / n as f64).sqrt())
}

/// A standard deviation that is only float noise: n copies of 0.1 do not
/// average to exactly 0.1, and dividing by that residue would turn a judge
/// who gave everyone the same score into one with a full spread.
fn no_spread(mean: f64, sd: f64) -> bool {
    sd <= TOLERANCE * mean.abs().max(1.0)
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 }
}

/// Whether a trimmed mean trims `n` scores (else it is a plain mean).
fn trims(n: usize, drop: u32, min_judges: u32) -> bool {
    n >= min_judges as usize && n > (drop as usize).saturating_mul(2)
}

/// Aggregates a buffer of scores (reordering it); used by the bootstrap.
fn aggregate_values(values: &mut [f64], aggregation: Aggregation) -> f64 {
    match aggregation {
        Aggregation::Mean => mean(values),
        Aggregation::Median => {
            values.sort_unstable_by(f64::total_cmp);
            median(values)
        }
        Aggregation::TrimmedMean { drop, min_judges } if trims(values.len(), drop, min_judges) => {
            values.sort_unstable_by(f64::total_cmp);
            let k = drop as usize;
            mean(&values[k..values.len() - k])
        }
        Aggregation::TrimmedMean { .. } => mean(values),
    }
}

/// Per-sheet z-scores within each judge's sheets; 0 for a judge with no spread.
fn z_scores(raw: &[f64], sheet_judge: &[usize], judge_count: usize) -> Vec<f64> {
    let mut count = vec![0usize; judge_count];
    let mut sum = vec![0.0; judge_count];
    for (&x, &j) in raw.iter().zip(sheet_judge) {
        count[j] += 1;
        sum[j] += x;
    }
    let means: Vec<f64> = sum.iter().zip(&count).map(|(s, &n)| s / n.max(1) as f64).collect();
    let mut squares = vec![0.0; judge_count];
    for (&x, &j) in raw.iter().zip(sheet_judge) {
        squares[j] += (x - means[j]) * (x - means[j]);
    }
    let sds: Vec<f64> = squares.iter().zip(&count).map(|(s, &n)| (s / n.max(1) as f64).sqrt()).collect();
    raw.iter()
        .zip(sheet_judge)
        .map(|(&x, &j)| if no_spread(means[j], sds[j]) { 0.0 } else { (x - means[j]) / sds[j] })
        .collect()
}

/// Per-judge average ranks mapped linearly onto `best..=worst`.
fn rank_scores(raw: &[f64], sheet_judge: &[usize], judge_count: usize, best: f64, worst: f64) -> Vec<f64> {
    let mut by_judge: Vec<Vec<usize>> = vec![Vec::new(); judge_count];
    for (s, &j) in sheet_judge.iter().enumerate() {
        by_judge[j].push(s);
    }
    let mut out = vec![0.0; raw.len()];
    for sheets in &mut by_judge {
        // Stable, so equal totals keep canonical order (they share a rank anyway).
        sheets.sort_by(|&a, &b| raw[b].total_cmp(&raw[a]));
        let n = sheets.len();
        let mut start = 0;
        while start < n {
            let mut end = start + 1;
            while end < n && same(raw[sheets[end - 1]], raw[sheets[end]]) {
                end += 1;
            }
            // 0-based positions start..end share their average position.
            let position = (start + end - 1) as f64 / 2.0;
            let score = if n == 1 { (best + worst) / 2.0 } else { best - position / (n - 1) as f64 * (best - worst) };
            for &s in &sheets[start..end] {
                out[s] = score;
            }
            start = end;
        }
    }
    out
}

fn cmp_values(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> Ordering {
    let mut left = a.iter();
    let mut right = b.iter();
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((ka, va)), Some((kb, vb))) => {
                let order = ka.cmp(kb).then_with(|| va.total_cmp(vb));
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

/// A total order on entries, so duplicates of an id resolve the same way
/// whatever order they came in.
fn cmp_entries(a: &EntryInput, b: &EntryInput) -> Ordering {
    let public = |e: &EntryInput| e.public_score.map(f64::to_bits);
    a.id.cmp(&b.id)
        .then_with(|| a.submitted_at.cmp(&b.submitted_at))
        .then_with(|| public(a).cmp(&public(b)))
        .then_with(|| a.verified_bonus.cmp(&b.verified_bonus))
}

/// A fast, fixed hash for looking ids up (FxHash's mixing). SipHash's
/// flood resistance buys nothing here: the maps are built from our own ids
/// and only looked up, never iterated, so their layout cannot show.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdMap<'a> = HashMap<&'a str, usize, BuildHasherDefault<IdHasher>>;

/// What is known about one entry before ranking.
struct EntryFacts<'a> {
    jury: Option<f64>,
    /// Mean raw value per rubric criterion (rubric order); None if no sheet has it.
    criteria: Vec<Option<f64>>,
    bonus: f64,
    bonus_rules: Vec<&'a str>,
    public: Option<f64>,
    /// The blend's weight on the jury score (1 without a blend).
    jury_share: f64,
    /// The blend's public part, on the points scale (0 without a blend).
    public_part: f64,
    final_score: Option<f64>,
}

/// Inputs in canonical order with everything up to the final scores.
struct Prepared<'a> {
    /// Sorted by id, one per id.
    entries: Vec<&'a EntryInput>,
    /// Sorted, distinct.
    judges: Vec<&'a str>,
    /// Sorted by (entry, judge); an entry's sheets are contiguous.
    sheets: Vec<&'a Sheet>,
    /// The sheet's keys are exactly the rubric's (so its values are all in `values`).
    standard: Vec<bool>,
    sheet_judge: Vec<usize>,
    /// The rubric's criteria by key: (key, criterion index); used when the keys are distinct.
    keyed_criteria: Option<Vec<(&'a str, usize)>>,
    /// Each entry's range in `sheets`.
    spans: Vec<Range<usize>>,
    /// Per sheet, one slot per criterion in rubric order.
    values: Vec<Option<f64>>,
    raw: Vec<f64>,
    normalized: Vec<f64>,
    dropped: Vec<bool>,
    facts: Vec<EntryFacts<'a>>,
}

fn final_of(jury: f64, jury_share: f64, public_part: f64, bonus: f64) -> f64 {
    (jury_share * jury + public_part) + bonus
}

fn prepare<'a>(rubric: &'a Rubric, recipe: &'a Recipe, inputs: &'a Inputs) -> Prepared<'a> {
    let mut entries: Vec<&EntryInput> = inputs.entries.iter().collect();
    entries.sort_by(|a, b| cmp_entries(a, b));
    entries.dedup_by(|a, b| a.id == b.id);

    let width = rubric.criteria.len();
    let mut keyed_criteria: Vec<(&str, usize)> =
        rubric.criteria.iter().enumerate().map(|(i, c)| (c.key.as_str(), i)).collect();
    keyed_criteria.sort_unstable();
    let distinct = keyed_criteria.windows(2).all(|w| w[0].0 != w[1].0);

    // One pass over the sheets in the caller's order (which is likely their
    // order in memory) reads everything needed into flat arrays; after it,
    // only integers are compared and the sheets are not touched again.
    let entry_index: IdMap = entries.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    let mut judge_seen = IdMap::default();
    let mut judge_names: Vec<&str> = Vec::new();
    let mut found: Vec<(usize, usize, &Sheet)> = Vec::with_capacity(inputs.sheets.len());
    let mut input_values: Vec<Option<f64>> = Vec::with_capacity(inputs.sheets.len() * width);
    let mut input_standard: Vec<bool> = Vec::with_capacity(inputs.sheets.len());
    for sheet in &inputs.sheets {
        let Some(&entry) = entry_index.get(sheet.entry.as_str()) else {
            continue;
        };
        let judge = *judge_seen.entry(sheet.judge.as_str()).or_insert_with(|| {
            judge_names.push(&sheet.judge);
            judge_names.len() - 1
        });
        found.push((entry, judge, sheet));
        let start = input_values.len();
        input_values.resize(start + width, None);
        let slots = &mut input_values[start..];
        let standard = if distinct {
            // A merge of two sorted key lists: each key is read once.
            let (mut matched, mut at) = (0, 0);
            for (key, value) in &sheet.values {
                while at < keyed_criteria.len() && keyed_criteria[at].0 < key.as_str() {
                    at += 1;
                }
                if at < keyed_criteria.len() && keyed_criteria[at].0 == key {
                    slots[keyed_criteria[at].1] = Some(*value);
                    matched += 1;
                }
            }
            matched == width && sheet.values.len() == width
        } else {
            for (slot, criterion) in slots.iter_mut().zip(&rubric.criteria) {
                *slot = sheet.values.get(&criterion.key).copied();
            }
            false
        };
        input_standard.push(standard);
    }

    let mut by_name: Vec<usize> = (0..judge_names.len()).collect();
    by_name.sort_unstable_by_key(|&j| judge_names[j]);
    let judges: Vec<&str> = by_name.iter().map(|&j| judge_names[j]).collect();
    let mut judge_rank = vec![0; judge_names.len()];
    for (rank, &j) in by_name.iter().enumerate() {
        judge_rank[j] = rank;
    }

    // Bucketed by entry (entries are already in id order), then by judge
    // within each entry; a repeated (entry, judge) pair falls back to the
    // values so that even duplicates land in one order.
    let mut spans = vec![0..0; entries.len()];
    for &(entry, _, _) in &found {
        spans[entry].end += 1;
    }
    let mut next = 0;
    for span in &mut spans {
        let count = span.end;
        *span = next..next;
        next += count;
    }
    let mut order = vec![0usize; found.len()];
    for (i, &(entry, _, _)) in found.iter().enumerate() {
        order[spans[entry].end] = i;
        spans[entry].end += 1;
    }
    for span in &spans {
        order[span.clone()].sort_unstable_by(|&a, &b| {
            judge_rank[found[a].1]
                .cmp(&judge_rank[found[b].1])
                .then_with(|| cmp_values(&found[a].2.values, &found[b].2.values))
        });
    }

    let sheets: Vec<&Sheet> = order.iter().map(|&i| found[i].2).collect();
    let sheet_judge: Vec<usize> = order.iter().map(|&i| judge_rank[found[i].1]).collect();
    let standard: Vec<bool> = order.iter().map(|&i| input_standard[i]).collect();
    let mut values = Vec::with_capacity(order.len() * width);
    for &i in &order {
        values.extend_from_slice(&input_values[i * width..(i + 1) * width]);
    }
    let raw: Vec<f64> =
        (0..order.len()).map(|s| rubric.weighted_sum(values[s * width..(s + 1) * width].iter().copied())).collect();

    let normalized = match recipe.normalization {
        Normalization::None => raw.clone(),
        Normalization::ZScore => {
            let (pooled_mean, pooled_sd) = spread(raw.iter().copied());
            let z = z_scores(&raw, &sheet_judge, judges.len());
            if no_spread(pooled_mean, pooled_sd) {
                vec![pooled_mean; raw.len()]
            } else {
                z.iter().map(|z| pooled_mean + z * pooled_sd).collect()
            }
        }
        Normalization::Rank => rank_scores(&raw, &sheet_judge, judges.len(), rubric.max_total(), rubric.min_total()),
    };

    let max_total = rubric.max_total();
    let mut dropped = vec![false; sheets.len()];
    let mut scratch: Vec<f64> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    let mut facts = Vec::with_capacity(entries.len());
    for (e, entry) in entries.iter().enumerate() {
        let span = spans[e].clone();
        let n = span.len();
        let jury = (n > 0).then(|| match recipe.aggregation {
            Aggregation::Mean => mean(&normalized[span.clone()]),
            Aggregation::Median => {
                scratch.clear();
                scratch.extend_from_slice(&normalized[span.clone()]);
                scratch.sort_unstable_by(f64::total_cmp);
                median(&scratch)
            }
            Aggregation::TrimmedMean { drop, min_judges } if trims(n, drop, min_judges) => {
                order.clear();
                order.extend(span.clone());
                order.sort_unstable_by(|&a, &b| {
                    normalized[a].total_cmp(&normalized[b]).then(sheet_judge[a].cmp(&sheet_judge[b])).then(a.cmp(&b))
                });
                let k = drop as usize;
                for &s in order[..k].iter().chain(&order[n - k..]) {
                    dropped[s] = true;
                }
                // Summed in judge order, like the plain mean.
                let kept: f64 = span.clone().filter(|&s| !dropped[s]).map(|s| normalized[s]).sum();
                kept / (n - 2 * k) as f64
            }
            Aggregation::TrimmedMean { .. } => mean(&normalized[span.clone()]),
        });
        let criteria = (0..width)
            .map(|c| {
                let (count, sum) = span
                    .clone()
                    .filter_map(|s| values[s * width + c])
                    .fold((0usize, 0.0), |(count, sum), v| (count + 1, sum + v));
                (count > 0).then(|| sum / count as f64)
            })
            .collect();
        let mut bonus_rules: Vec<&str> = Vec::new();
        let mut bonus = 0.0;
        for rule in &recipe.bonus_rules {
            if !bonus_rules.contains(&rule.key.as_str()) && entry.verified_bonus.contains(&rule.key) {
                bonus_rules.push(&rule.key);
                bonus += rule.points;
            }
        }
        if let Some(cap) = recipe.bonus_cap {
            bonus = bonus.min(cap);
        }
        let (public, jury_share, public_part) = match recipe.blend {
            Some(blend) => {
                // Outside [0, 1] is a caller's error; clamp rather than let
                // one bad number outweigh the jury.
                let share = entry.public_score.filter(|p| p.is_finite()).unwrap_or(0.0).clamp(0.0, 1.0);
                let public = share * max_total;
                (Some(public), blend.jury, blend.public * public)
            }
            None => (None, 1.0, 0.0),
        };
        let final_score = jury.map(|jury| final_of(jury, jury_share, public_part, bonus));
        facts.push(EntryFacts { jury, criteria, bonus, bonus_rules, public, jury_share, public_part, final_score });
    }

    let keyed_criteria = distinct.then_some(keyed_criteria);
    Prepared {
        entries,
        judges,
        sheets,
        standard,
        sheet_judge,
        keyed_criteria,
        spans,
        values,
        raw,
        normalized,
        dropped,
        facts,
    }
}

/// Splits each group of `order` into finer groups by one key: sorted by
/// `cmp` (best first), neighbours that are `same` stay together.
fn split(
    order: &mut [usize],
    groups: Vec<Range<usize>>,
    cmp: impl Fn(usize, usize) -> Ordering,
    same: impl Fn(usize, usize) -> bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(groups.len());
    for group in groups {
        if group.len() < 2 {
            out.push(group);
            continue;
        }
        // Stable: the canonical order decides among exact equals.
        order[group.clone()].sort_by(|&a, &b| cmp(a, b));
        let mut start = group.start;
        for i in group.start + 1..group.end {
            if !same(order[i - 1], order[i]) {
                out.push(start..i);
                start = i;
            }
        }
        out.push(start..group.end);
    }
    out
}

/// Refines `groups` by the recipe's tie-breaks, in their order.
fn tie_break(
    prepared: &Prepared,
    rubric: &Rubric,
    recipe: &Recipe,
    order: &mut [usize],
    mut groups: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    for tie_break in &recipe.tie_breaks {
        match tie_break {
            TieBreak::Criterion { key } => {
                let c = rubric.criteria.iter().position(|c| &c.key == key);
                let value = |e: usize| {
                    c.and_then(|c| prepared.facts[e].criteria[c]).filter(|v| !v.is_nan()).unwrap_or(f64::NEG_INFINITY)
                };
                groups = split(order, groups, |a, b| value(b).total_cmp(&value(a)), |a, b| same(value(a), value(b)));
            }
            TieBreak::EarliestSubmission => {
                let at = |e: usize| prepared.entries[e].submitted_at;
                groups = split(order, groups, |a, b| at(a).cmp(&at(b)), |a, b| at(a) == at(b));
            }
        }
    }
    groups
}

/// Writes the inputs' canonical bytes into a hash, buffered so that the many
/// small fields do not each pay for a hasher call.
struct Canonical {
    hasher: Sha256,
    buffer: Vec<u8>,
}

impl Canonical {
    const FLUSH_AT: usize = 1 << 16;

    fn new(tag: &str) -> Self {
        let mut canonical = Canonical { hasher: Sha256::new(), buffer: Vec::with_capacity(Self::FLUSH_AT + 256) };
        canonical.str(tag);
        canonical
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= Self::FLUSH_AT {
            self.hasher.update(&self.buffer);
            self.buffer.clear();
        }
    }

    fn u64(&mut self, value: u64) {
        self.raw(&value.to_le_bytes());
    }

    /// Length-prefixed, so no two sequences of strings share bytes.
    fn str(&mut self, value: &str) {
        self.u64(value.len() as u64);
        self.raw(value.as_bytes());
    }

    /// The exact bits: two inputs hash alike only if every float is identical.
    fn f64(&mut self, value: f64) {
        self.u64(value.to_bits());
    }

    fn finish(mut self) -> String {
        self.hasher.update(&self.buffer);
        hex::encode(self.hasher.finalize())
    }
}

/// Hashes the inputs as results see them: entries by id, each followed by
/// its sheets by judge. Judges are written once and then named by index, and
/// a sheet's criterion keys only when they differ from the previous sheet's,
/// which keeps 90,000 sheets to a few megabytes.
fn inputs_hash(prepared: &Prepared) -> String {
    let mut out = Canonical::new("modu.judging.inputs.v1");
    out.u64(prepared.judges.len() as u64);
    for judge in &prepared.judges {
        out.str(judge);
    }
    out.u64(prepared.entries.len() as u64);
    // The previous sheet's keys: None before the first sheet, Some(None)
    // after a standard sheet, Some(Some(map)) after any other.
    let mut previous: Option<Option<&BTreeMap<String, f64>>> = None;
    for (entry, span) in prepared.entries.iter().zip(&prepared.spans) {
        out.str(&entry.id);
        out.raw(&entry.submitted_at.timestamp().to_le_bytes());
        out.raw(&entry.submitted_at.timestamp_subsec_nanos().to_le_bytes());
        // A set: order and repeats do not change the results.
        let mut bonus: Vec<&str> = entry.verified_bonus.iter().map(String::as_str).collect();
        bonus.sort_unstable();
        bonus.dedup();
        out.u64(bonus.len() as u64);
        for key in bonus {
            out.str(key);
        }
        match entry.public_score {
            Some(score) => {
                out.raw(&[1]);
                out.f64(score);
            }
            None => out.raw(&[0]),
        }
        out.u64(span.len() as u64);
        for s in span.clone() {
            out.u64(prepared.sheet_judge[s] as u64);
            // A standard sheet's map is not read again: its keys are the
            // rubric's (sorted, as the map would list them) and its values
            // are in `values`. The bytes are the same as from the map.
            let standard = prepared.keyed_criteria.as_ref().filter(|_| prepared.standard[s]);
            let values = &prepared.sheets[s].values;
            let same_keys = match (previous, standard) {
                (Some(None), Some(_)) => true,
                (Some(Some(p)), None) => p.keys().eq(values.keys()),
                _ => false,
            };
            out.raw(&[u8::from(!same_keys)]);
            match standard {
                Some(keyed) => {
                    if !same_keys {
                        out.u64(keyed.len() as u64);
                        for (key, _) in keyed {
                            out.str(key);
                        }
                    }
                    let slots = &prepared.values[s * keyed.len()..(s + 1) * keyed.len()];
                    for &(_, c) in keyed {
                        out.f64(slots[c].unwrap_or_default());
                    }
                    previous = Some(None);
                }
                None => {
                    if !same_keys {
                        out.u64(values.len() as u64);
                        for key in values.keys() {
                            out.str(key);
                        }
                    }
                    for value in values.values() {
                        out.f64(*value);
                    }
                    previous = Some(Some(values));
                }
            }
        }
    }
    out.finish()
}

fn recipe_hash(rubric: &Rubric, recipe: &Recipe) -> String {
    // Serializing plain structs with string-keyed maps cannot fail.
    let json = serde_json::to_vec(&(rubric, recipe)).unwrap_or_default();
    hex::encode(Sha256::digest(&json))
}

/// The stage's results. Pure and deterministic: the same rubric, recipe and
/// inputs, in any order, give byte-identical serialized results.
pub fn compute(rubric: &Rubric, recipe: &Recipe, inputs: &Inputs) -> Results {
    let prepared = prepare(rubric, recipe, inputs);
    let facts = &prepared.facts;

    let mut order: Vec<usize> = (0..prepared.entries.len()).filter(|&e| facts[e].final_score.is_some()).collect();
    let score = |e: usize| facts[e].final_score.unwrap_or(f64::NEG_INFINITY);
    let groups: Vec<Range<usize>> = std::iter::once(0..order.len()).collect();
    let groups = split(&mut order, groups, |a, b| score(b).total_cmp(&score(a)), |a, b| same(score(a), score(b)));
    let groups = tie_break(&prepared, rubric, recipe, &mut order, groups);

    let mut entries = Vec::with_capacity(prepared.entries.len());
    let mut cutoff_tie = false;
    for group in groups {
        let rank = group.start + 1;
        let members = &mut order[group.clone()];
        members.sort_unstable();
        let advances = match recipe.advance {
            AdvanceRule::TopN { n } => {
                let n = n as usize;
                if rank <= n && group.end > n && members.len() > 1 {
                    cutoff_tie = true;
                }
                rank <= n
            }
            AdvanceRule::Threshold { min_score } => {
                // Decided once for the group, so a tie is never split.
                let best = members.iter().map(|&e| score(e)).fold(f64::NEG_INFINITY, f64::max);
                best > min_score || same(best, min_score)
            }
            AdvanceRule::None => false,
        };
        let tied = members.len() > 1;
        for &e in members.iter() {
            entries.push(entry_result(&prepared, rubric, e, Some(rank as u32), tied, advances));
        }
    }
    for e in (0..prepared.entries.len()).filter(|&e| facts[e].final_score.is_none()) {
        entries.push(entry_result(&prepared, rubric, e, None, false, false));
    }

    Results { recipe_hash: recipe_hash(rubric, recipe), inputs_hash: inputs_hash(&prepared), entries, cutoff_tie }
}

fn entry_result(
    prepared: &Prepared,
    rubric: &Rubric,
    e: usize,
    rank: Option<u32>,
    tied: bool,
    advances: bool,
) -> EntryResult {
    let facts = &prepared.facts[e];
    let judges = prepared.spans[e]
        .clone()
        .map(|s| JudgeScore {
            judge: prepared.judges[prepared.sheet_judge[s]].to_owned(),
            raw: prepared.raw[s],
            normalized: prepared.normalized[s],
            dropped: prepared.dropped[s],
        })
        .collect();
    let criteria = rubric
        .criteria
        .iter()
        .zip(&facts.criteria)
        .filter_map(|(c, value)| value.map(|v| (c.key.clone(), v)))
        .collect();
    EntryResult {
        entry: prepared.entries[e].id.clone(),
        judges,
        criteria,
        jury: facts.jury,
        public: facts.public,
        bonus: facts.bonus,
        bonus_rules: facts.bonus_rules.iter().map(|k| (*k).to_owned()).collect(),
        final_score: facts.final_score,
        rank,
        tied,
        advances,
    }
}

/// Entries whose advance decision hangs on which judges happened to score
/// them: a bootstrap that, `resamples` times, redraws every scored entry's
/// normalized judge scores with replacement (same count), re-aggregates,
/// adds the blend and bonus, and re-applies the advance rule. An entry is a
/// close call when its decision in `results` flips in 5% to 95% of the
/// resamples. Ties on the resampled score are broken by the recipe's
/// tie-breaks on the entry's observed values (they are not resampled), and
/// whole ties at the cutoff advance, as in [`compute`].
///
/// Reproducible: the same inputs and `seed` (the caller derives it from
/// `inputs_hash`) give the same answer. Empty without an advance rule.
/// Returned in the order of `results`.
pub fn close_calls(
    rubric: &Rubric,
    recipe: &Recipe,
    inputs: &Inputs,
    results: &Results,
    resamples: u32,
    seed: u64,
) -> Vec<CloseCall> {
    if resamples == 0 || matches!(recipe.advance, AdvanceRule::None) {
        return Vec::new();
    }
    let prepared = prepare(rubric, recipe, inputs);
    let scored: Vec<usize> = (0..prepared.entries.len()).filter(|&e| !prepared.spans[e].is_empty()).collect();

    // Each entry's place by tie-breaks alone; equal places are a whole tie.
    let mut order = scored.clone();
    let all: Vec<Range<usize>> = std::iter::once(0..order.len()).collect();
    let groups = tie_break(&prepared, rubric, recipe, &mut order, all);
    let mut tie_place = vec![0usize; prepared.entries.len()];
    for group in &groups {
        for &e in &order[group.clone()] {
            tie_place[e] = group.start;
        }
    }

    let mut rng = StdRng::seed_from_u64(seed);
    let widest = scored.iter().map(|&e| prepared.spans[e].len()).max().unwrap_or(0);
    let mut draws: Vec<f64> = Vec::with_capacity(widest);
    let mut scores = vec![0.0; scored.len()];
    let mut nth: Vec<f64> = Vec::with_capacity(scored.len());
    let mut zone: Vec<(usize, usize)> = Vec::with_capacity(scored.len());
    let mut advanced = vec![0u32; scored.len()];
    for _ in 0..resamples {
        for (i, &e) in scored.iter().enumerate() {
            let span = &prepared.spans[e];
            let n = span.len() as u32;
            draws.clear();
            for _ in 0..n {
                draws.push(prepared.normalized[span.start + rng.random_range(0..n) as usize]);
            }
            let facts = &prepared.facts[e];
            let jury = aggregate_values(&mut draws, recipe.aggregation);
            scores[i] = final_of(jury, facts.jury_share, facts.public_part, facts.bonus);
        }
        match recipe.advance {
            AdvanceRule::TopN { n: 0 } | AdvanceRule::None => {}
            AdvanceRule::TopN { n } if n as usize >= scores.len() => advanced.iter_mut().for_each(|a| *a += 1),
            AdvanceRule::TopN { n } => {
                let n = n as usize;
                nth.clear();
                nth.extend_from_slice(&scores);
                let (_, &mut cut, _) = nth.select_nth_unstable_by(n - 1, |a, b| b.total_cmp(a));
                // Clearly above the n-th score advances; scores level with it
                // compete for the slots left by tie-break place.
                zone.clear();
                let mut above = 0;
                for (i, &s) in scores.iter().enumerate() {
                    if same(s, cut) {
                        zone.push((tie_place[scored[i]], i));
                    } else if s > cut {
                        above += 1;
                        advanced[i] += 1;
                    }
                }
                let slots = n - above;
                zone.sort_unstable();
                let mut start = 0;
                while start < zone.len() && start < slots {
                    let mut end = start + 1;
                    while end < zone.len() && zone[end].0 == zone[start].0 {
                        end += 1;
                    }
                    for &(_, i) in &zone[start..end] {
                        advanced[i] += 1;
                    }
                    start = end;
                }
            }
            AdvanceRule::Threshold { min_score } => {
                for (i, &s) in scores.iter().enumerate() {
                    if s > min_score || same(s, min_score) {
                        advanced[i] += 1;
                    }
                }
            }
        }
    }

    let position: HashMap<&str, usize> =
        scored.iter().enumerate().map(|(i, &e)| (prepared.entries[e].id.as_str(), i)).collect();
    let total = u64::from(resamples);
    results
        .entries
        .iter()
        .filter_map(|result| {
            let i = *position.get(result.entry.as_str())?;
            let advanced = u64::from(advanced[i]);
            let flips = if result.advances { total - advanced } else { advanced };
            let close = flips * CLOSE_CALL_DENOMINATOR >= total
                && flips * CLOSE_CALL_DENOMINATOR <= total * (CLOSE_CALL_DENOMINATOR - 1);
            close.then(|| CloseCall {
                entry: result.entry.clone(),
                advance_share: advanced as f64 / total as f64,
                advances: result.advances,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    // Named, not only globbed: proptest's prelude brings its own `Rng`.
    use rand::seq::SliceRandom;
    use rand::{Rng, SeedableRng};

    use super::*;
    use crate::domain::judging::rubric::Criterion;

    const KEYS: [&str; 4] = ["creativity", "feasibility", "impact", "completeness"];

    /// 창의성 30, 실현가능성 25, 파급효과 25, 완성도 20.
    fn korean() -> Rubric {
        Rubric::default_for_korean_idea()
    }

    /// One criterion out of 100, for tests about totals only.
    fn plain() -> Rubric {
        Rubric {
            criteria: vec![Criterion {
                key: "score".into(),
                label: Text { ko: "점수".into(), en: Some("Score".into()) },
                description: None,
                min: 0.0,
                max: 100.0,
                step: 1.0,
                weight: 1.0,
            }],
            comment_required: false,
        }
    }

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_750_000_000 + minute * 60, 0).unwrap()
    }

    fn entry(id: &str, minute: i64) -> EntryInput {
        EntryInput { id: id.into(), submitted_at: at(minute), verified_bonus: vec![], public_score: None }
    }

    fn with_bonus(id: &str, minute: i64, keys: &[&str]) -> EntryInput {
        EntryInput { verified_bonus: keys.iter().map(|k| (*k).to_owned()).collect(), ..entry(id, minute) }
    }

    /// A sheet on the Korean rubric: 창의성, 실현가능성, 파급효과, 완성도.
    fn sheet(judge: &str, entry: &str, scores: [f64; 4]) -> Sheet {
        let values = KEYS.iter().zip(scores).map(|(k, v)| ((*k).to_owned(), v)).collect();
        Sheet { judge: judge.into(), entry: entry.into(), values }
    }

    /// A sheet on the one-criterion rubric.
    fn scored(judge: &str, entry: &str, score: f64) -> Sheet {
        Sheet { judge: judge.into(), entry: entry.into(), values: [("score".to_owned(), score)].into() }
    }

    fn rule(key: &str, ko: &str, points: f64) -> BonusRule {
        BonusRule { key: key.into(), label: Text { ko: ko.into(), en: None }, points }
    }

    fn find<'a>(results: &'a Results, id: &str) -> &'a EntryResult {
        results.entries.iter().find(|e| e.entry == id).unwrap()
    }

    fn order(results: &Results) -> Vec<&str> {
        results.entries.iter().map(|e| e.entry.as_str()).collect()
    }

    fn ranks(results: &Results) -> Vec<Option<u32>> {
        results.entries.iter().map(|e| e.rank).collect()
    }

    fn near(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn dropped_judges(result: &EntryResult) -> Vec<&str> {
        result.judges.iter().filter(|j| j.dropped).map(|j| j.judge.as_str()).collect()
    }

    /// Five judges score three ideas on 창의성/실현가능성/파급효과/완성도.
    fn five_judges_three_ideas() -> Inputs {
        Inputs {
            entries: vec![
                entry("a", 0),
                with_bonus("b", 1, &["youth", "local"]),
                with_bonus("c", 2, &["youth", "ghost"]),
            ],
            sheets: vec![
                // a: 80, 88, 70, 86, 79
                sheet("j1", "a", [25.0, 20.0, 20.0, 15.0]),
                sheet("j2", "a", [28.0, 22.0, 21.0, 17.0]),
                sheet("j3", "a", [20.0, 18.0, 17.0, 15.0]),
                sheet("j4", "a", [27.0, 21.0, 22.0, 16.0]),
                sheet("j5", "a", [24.0, 20.0, 19.0, 16.0]),
                // b: 75, 82, 100, 60, 78
                sheet("j1", "b", [22.0, 20.0, 18.0, 15.0]),
                sheet("j2", "b", [25.0, 21.0, 20.0, 16.0]),
                sheet("j3", "b", [30.0, 25.0, 25.0, 20.0]),
                sheet("j4", "b", [18.0, 15.0, 15.0, 12.0]),
                sheet("j5", "b", [23.0, 19.0, 19.0, 17.0]),
                // c: 87, 80, 83, 90, 72
                sheet("j1", "c", [26.0, 22.0, 21.0, 18.0]),
                sheet("j2", "c", [24.0, 20.0, 20.0, 16.0]),
                sheet("j3", "c", [25.0, 21.0, 20.0, 17.0]),
                sheet("j4", "c", [27.0, 23.0, 22.0, 18.0]),
                sheet("j5", "c", [22.0, 18.0, 18.0, 14.0]),
            ],
        }
    }

    fn trimmed_with_capped_bonus() -> Recipe {
        Recipe {
            aggregation: Aggregation::TrimmedMean { drop: 1, min_judges: 5 },
            bonus_rules: vec![rule("youth", "청년 가산점", 3.0), rule("local", "지역 가산점", 3.0)],
            bonus_cap: Some(5.0),
            advance: AdvanceRule::TopN { n: 2 },
            ..Recipe::default()
        }
    }

    #[test]
    fn a_trimmed_mean_with_a_capped_bonus_matches_the_hand_computation() {
        let results = compute(&korean(), &trimmed_with_capped_bonus(), &five_judges_three_ideas());
        // a: totals 80 (j1) 88 (j2) 70 (j3) 86 (j4) 79 (j5). Sorted 70 79 80 86 88:
        //    drop j3 (70) and j2 (88) → (80 + 86 + 79) / 3 = 245 / 3 = 81.67; no bonus.
        let a = find(&results, "a");
        assert_eq!(a.jury, Some(245.0 / 3.0));
        assert_eq!(dropped_judges(a), vec!["j2", "j3"]);
        assert_eq!((a.bonus, a.final_score, a.rank, a.advances), (0.0, Some(245.0 / 3.0), Some(3), false));
        // b: totals 75 82 100 60 78. Sorted 60 75 78 82 100: drop j4 (60) and j3 (100)
        //    → (75 + 82 + 78) / 3 = 235 / 3 = 78.33. Bonus 청년 3 + 지역 3 = 6, capped at 5
        //    → 83.33: the bonus lifts b above a.
        let b = find(&results, "b");
        assert_eq!(b.jury, Some(235.0 / 3.0));
        assert_eq!(dropped_judges(b), vec!["j3", "j4"]);
        assert_eq!(b.bonus, 5.0);
        assert_eq!(b.bonus_rules, vec!["youth", "local"]);
        assert!(near(b.final_score.unwrap(), 250.0 / 3.0));
        assert_eq!((b.rank, b.advances), (Some(2), true));
        // c: totals 87 80 83 90 72. Sorted 72 80 83 87 90: drop j5 (72) and j4 (90)
        //    → (87 + 80 + 83) / 3 = 250 / 3 = 83.33. Bonus 청년 3 ("ghost" is no rule)
        //    → 86.33, first.
        let c = find(&results, "c");
        assert_eq!(c.jury, Some(250.0 / 3.0));
        assert_eq!(dropped_judges(c), vec!["j4", "j5"]);
        assert_eq!((c.bonus, c.bonus_rules.clone()), (3.0, vec!["youth".to_owned()]));
        assert!(near(c.final_score.unwrap(), 259.0 / 3.0));
        assert_eq!((c.rank, c.advances, c.tied), (Some(1), true, false));
        // 창의성 of c: (26 + 24 + 25 + 27 + 22) / 5 = 24.8, over all judges, dropped or not.
        assert!(near(c.criteria["creativity"], 24.8));
        assert_eq!(c.public, None);
        assert_eq!(order(&results), vec!["c", "b", "a"]);
        assert!(!results.cutoff_tie);
    }

    #[test]
    fn the_same_sheets_under_a_plain_mean_keep_every_judge() {
        let recipe = Recipe { aggregation: Aggregation::Mean, ..trimmed_with_capped_bonus() };
        let results = compute(&korean(), &recipe, &five_judges_three_ideas());
        // a: 403 / 5 = 80.6; b: 395 / 5 = 79 + 5 = 84; c: 412 / 5 = 82.4 + 3 = 85.4.
        assert!(near(find(&results, "a").final_score.unwrap(), 80.6));
        assert!(near(find(&results, "b").final_score.unwrap(), 84.0));
        assert!(near(find(&results, "c").final_score.unwrap(), 85.4));
        assert!(results.entries.iter().all(|e| dropped_judges(e).is_empty()));
    }

    #[test]
    fn a_trimmed_mean_with_fewer_judges_than_required_is_a_plain_mean() {
        let mut inputs = five_judges_three_ideas();
        inputs.sheets.retain(|s| s.judge != "j5");
        let results = compute(&korean(), &trimmed_with_capped_bonus(), &inputs);
        // a with four judges (< 5): (80 + 88 + 70 + 86) / 4 = 81.
        let a = find(&results, "a");
        assert_eq!(a.jury, Some(81.0));
        assert!(dropped_judges(a).is_empty());
    }

    #[test]
    fn equal_scores_at_the_trimmed_ends_are_dropped_in_judge_order() {
        let inputs = Inputs {
            entries: vec![entry("x", 0)],
            sheets: ["j3", "j1", "j2", "j4"].iter().map(|j| scored(j, "x", 50.0)).collect(),
        };
        let recipe = Recipe { aggregation: Aggregation::TrimmedMean { drop: 1, min_judges: 3 }, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        // All equal: the lowest end takes the first judge id, the highest end the last.
        assert_eq!(dropped_judges(&results.entries[0]), vec!["j1", "j4"]);
        assert_eq!(results.entries[0].jury, Some(50.0));
    }

    #[test]
    fn the_median_is_the_middle_score_or_the_mean_of_the_middle_two() {
        let inputs = Inputs {
            entries: vec![entry("odd", 0), entry("even", 0)],
            sheets: vec![
                scored("j1", "odd", 60.0),
                scored("j2", "odd", 90.0),
                scored("j3", "odd", 70.0),
                scored("j1", "even", 60.0),
                scored("j2", "even", 90.0),
                scored("j3", "even", 70.0),
                scored("j4", "even", 80.0),
            ],
        };
        let recipe = Recipe { aggregation: Aggregation::Median, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        // odd: 60 70 90 → 70. even: 60 70 80 90 → (70 + 80) / 2 = 75.
        assert_eq!(find(&results, "odd").jury, Some(70.0));
        assert_eq!(find(&results, "even").jury, Some(75.0));
    }

    #[test]
    fn rank_normalization_gives_tied_totals_the_average_rank() {
        let inputs = Inputs {
            entries: vec![entry("a", 0), entry("b", 0), entry("c", 0), entry("d", 0)],
            sheets: vec![
                scored("j1", "a", 90.0),
                scored("j1", "b", 80.0),
                scored("j1", "c", 80.0),
                scored("j1", "d", 60.0),
                scored("j2", "a", 77.0),
            ],
        };
        let recipe = Recipe { normalization: Normalization::Rank, tie_breaks: vec![], ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        // j1 ranks a 1, b and c 2.5, d 4; over 4 sheets on 0..100 a rank r maps to
        // 100 - (r - 1) / 3 · 100: a 100, b and c 50, d 0. j2 has one sheet: the midpoint 50.
        let normalized = |id: &str| find(&results, id).judges.iter().map(|j| j.normalized).collect::<Vec<_>>();
        assert_eq!(normalized("a"), vec![100.0, 50.0]);
        assert_eq!(normalized("b"), vec![50.0]);
        assert_eq!(normalized("c"), vec![50.0]);
        assert_eq!(normalized("d"), vec![0.0]);
        // a: (100 + 50) / 2 = 75. b and c share second place; d is fourth (1, 2, 2, 4).
        assert_eq!(find(&results, "a").jury, Some(75.0));
        assert_eq!(order(&results), vec!["a", "b", "c", "d"]);
        assert_eq!(ranks(&results), vec![Some(1), Some(2), Some(2), Some(4)]);
        assert!(find(&results, "b").tied && find(&results, "c").tied && !find(&results, "a").tied);
    }

    #[test]
    fn a_z_score_judge_with_no_spread_contributes_the_pooled_mean() {
        let inputs = Inputs {
            entries: vec![entry("a", 0), entry("b", 0)],
            sheets: vec![
                scored("j1", "a", 80.0),
                scored("j1", "b", 60.0),
                scored("j2", "a", 70.0),
                scored("j2", "b", 70.0),
            ],
        };
        let recipe = Recipe { normalization: Normalization::ZScore, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        // j1: μ 70, σ 10 → z +1 (a), -1 (b). j2: σ 0 → z 0.
        // Pooled raw 80 60 70 70: mean 70, variance (100 + 100 + 0 + 0) / 4 = 50, sd √50.
        // a: j1 70 + √50 = 77.07, j2 70 → mean 70 + √50 / 2 = 73.54; b: 70 - √50 / 2 = 66.46.
        let sd = 50f64.sqrt();
        let a = find(&results, "a");
        assert!(near(a.judges[0].normalized, 70.0 + sd));
        assert_eq!(a.judges[1].normalized, 70.0);
        assert!(near(a.jury.unwrap(), 70.0 + sd / 2.0));
        assert!(near(find(&results, "b").jury.unwrap(), 70.0 - sd / 2.0));
        assert_eq!(order(&results), vec!["a", "b"]);
    }

    #[test]
    fn a_judge_who_gives_everyone_the_same_fraction_has_no_spread() {
        // 0.1 + 0.1 + 0.1 is not 0.3 in f64; the residue must not become a spread.
        let rubric =
            Rubric { criteria: vec![Criterion { max: 1.0, step: 0.1, ..plain().criteria[0].clone() }], ..plain() };
        let inputs = Inputs {
            entries: vec![entry("a", 0), entry("b", 0), entry("c", 0)],
            sheets: vec![
                scored("j1", "a", 0.1),
                scored("j1", "b", 0.1),
                scored("j1", "c", 0.1),
                scored("j2", "a", 0.9),
            ],
        };
        let recipe = Recipe::default();
        let prepared = prepare(&rubric, &recipe, &inputs);
        let z = z_scores(&prepared.raw, &prepared.sheet_judge, prepared.judges.len());
        assert_eq!(z, vec![0.0; 4]);
    }

    #[test]
    fn a_criterion_tie_break_comes_before_the_earliest_submission() {
        let inputs = Inputs {
            // All three total 80.
            entries: vec![entry("x", 5), entry("y", 1), entry("z", 0)],
            sheets: vec![
                sheet("j1", "x", [30.0, 20.0, 15.0, 15.0]),
                sheet("j1", "y", [25.0, 25.0, 15.0, 15.0]),
                sheet("j1", "z", [25.0, 20.0, 20.0, 15.0]),
            ],
        };
        let tie_breaks = vec![TieBreak::Criterion { key: "creativity".into() }, TieBreak::EarliestSubmission];
        let recipe = Recipe { tie_breaks, ..Recipe::default() };
        let results = compute(&korean(), &recipe, &inputs);
        // x has the most 창의성 (30); y and z tie on it (25), and z was submitted first.
        assert_eq!(order(&results), vec!["x", "z", "y"]);
        assert_eq!(ranks(&results), vec![Some(1), Some(2), Some(3)]);
        assert!(results.entries.iter().all(|e| !e.tied));
    }

    #[test]
    fn entries_still_tied_after_every_tie_break_share_a_rank_and_are_flagged() {
        let inputs = Inputs {
            entries: vec![entry("r", 3), entry("p", 0), entry("s", 0), entry("q", 3)],
            sheets: vec![
                scored("j1", "s", 90.0),
                scored("j1", "r", 80.0),
                scored("j1", "q", 80.0),
                scored("j1", "p", 70.0),
            ],
        };
        let results = compute(&plain(), &Recipe::default(), &inputs);
        // q and r: same score, same minute. Listed by id, sharing rank 2; p is fourth.
        assert_eq!(order(&results), vec!["s", "q", "r", "p"]);
        assert_eq!(ranks(&results), vec![Some(1), Some(2), Some(2), Some(4)]);
        let tied: Vec<bool> = results.entries.iter().map(|e| e.tied).collect();
        assert_eq!(tied, vec![false, true, true, false]);
    }

    #[test]
    fn scores_equal_up_to_summation_noise_are_tied() {
        let inputs = Inputs {
            entries: vec![entry("a", 0), entry("b", 0)],
            sheets: vec![scored("j1", "a", 0.1 + 0.2), scored("j1", "b", 0.3)],
        };
        let recipe = Recipe { tie_breaks: vec![], ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        assert_eq!(ranks(&results), vec![Some(1), Some(1)]);
    }

    fn cutoff_inputs() -> Inputs {
        Inputs {
            entries: vec![entry("p", 0), entry("q", 3), entry("r", 3), entry("s", 0)],
            sheets: vec![
                scored("j1", "s", 90.0),
                scored("j1", "r", 80.0),
                scored("j1", "q", 80.0),
                scored("j1", "p", 70.0),
            ],
        }
    }

    fn advancing(results: &Results) -> Vec<&str> {
        results.entries.iter().filter(|e| e.advances).map(|e| e.entry.as_str()).collect()
    }

    #[test]
    fn a_tie_straddling_the_top_n_cutoff_advances_whole_and_is_reported() {
        let top = |n| Recipe { advance: AdvanceRule::TopN { n }, ..Recipe::default() };
        let results = compute(&plain(), &top(2), &cutoff_inputs());
        assert_eq!(advancing(&results), vec!["s", "q", "r"]);
        assert!(results.cutoff_tie);
        // The tie ends exactly at the cutoff: nothing straddles it.
        let results = compute(&plain(), &top(3), &cutoff_inputs());
        assert_eq!(advancing(&results), vec!["s", "q", "r"]);
        assert!(!results.cutoff_tie);
        let results = compute(&plain(), &top(1), &cutoff_inputs());
        assert_eq!(advancing(&results), vec!["s"]);
        assert!(!results.cutoff_tie);
    }

    #[test]
    fn a_threshold_advances_every_score_at_or_above_it() {
        let recipe = Recipe { advance: AdvanceRule::Threshold { min_score: 80.0 }, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &cutoff_inputs());
        assert_eq!(advancing(&results), vec!["s", "q", "r"]);
        assert!(!results.cutoff_tie);
        let nobody = compute(&plain(), &Recipe::default(), &cutoff_inputs());
        assert!(advancing(&nobody).is_empty());
    }

    #[test]
    fn entries_without_sheets_are_listed_last_and_never_advance() {
        let inputs = Inputs {
            entries: vec![entry("z", 0), entry("b", 0), entry("a", 0)],
            sheets: vec![scored("j1", "z", 40.0), scored("j1", "ghost", 100.0)],
        };
        let recipe = Recipe { advance: AdvanceRule::TopN { n: 5 }, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        assert_eq!(order(&results), vec!["z", "a", "b"]);
        let a = find(&results, "a");
        assert_eq!((a.jury, a.final_score, a.rank, a.advances, a.tied), (None, None, None, false, false));
        assert!(a.judges.is_empty());
        assert!(find(&results, "z").advances);
        // The sheet for an entry not in the inputs counts nowhere, not even in the hash.
        let without_ghost = Inputs { sheets: vec![scored("j1", "z", 40.0)], ..inputs.clone() };
        assert_eq!(compute(&plain(), &recipe, &without_ghost), results);
    }

    #[test]
    fn a_blend_scales_the_public_score_and_leaves_the_bonus_undiluted() {
        let inputs = Inputs {
            entries: vec![
                EntryInput { public_score: Some(0.5), ..with_bonus("a", 0, &["youth"]) },
                with_bonus("b", 0, &["youth"]),
            ],
            sheets: vec![sheet("j1", "a", [25.0, 20.0, 20.0, 15.0]), sheet("j1", "b", [25.0, 20.0, 20.0, 15.0])],
        };
        let recipe = Recipe {
            bonus_rules: vec![rule("youth", "청년 가산점", 3.0)],
            blend: Some(Blend { jury: 0.8, public: 0.2 }),
            ..Recipe::default()
        };
        let results = compute(&korean(), &recipe, &inputs);
        // a: jury 80, public 0.5 · 100 = 50 → 0.8 · 80 + 0.2 · 50 + 3 = 64 + 10 + 3 = 77.
        let a = find(&results, "a");
        assert_eq!(a.public, Some(50.0));
        assert!(near(a.final_score.unwrap(), 77.0));
        // b has no public score: it counts as 0 → 64 + 3 = 67.
        let b = find(&results, "b");
        assert_eq!(b.public, Some(0.0));
        assert!(near(b.final_score.unwrap(), 67.0));
    }

    #[test]
    fn a_bonus_rule_verified_twice_counts_once() {
        let inputs = Inputs {
            entries: vec![with_bonus("a", 0, &["youth", "youth", "ghost"])],
            sheets: vec![scored("j1", "a", 50.0)],
        };
        let recipe = Recipe { bonus_rules: vec![rule("youth", "청년 가산점", 3.0)], ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        assert_eq!((results.entries[0].bonus, results.entries[0].final_score), (3.0, Some(53.0)));
    }

    #[test]
    fn the_hashes_change_with_the_recipe_and_with_any_score() {
        let inputs = five_judges_three_ideas();
        let base = compute(&korean(), &trimmed_with_capped_bonus(), &inputs);
        assert_eq!(base.recipe_hash.len(), 64);
        let other_recipe = Recipe { bonus_cap: Some(6.0), ..trimmed_with_capped_bonus() };
        let changed = compute(&korean(), &other_recipe, &inputs);
        assert_ne!(changed.recipe_hash, base.recipe_hash);
        assert_eq!(changed.inputs_hash, base.inputs_hash);
        let mut nudged = inputs.clone();
        nudged.sheets[4].values.insert("impact".into(), 20.0);
        let changed = compute(&korean(), &trimmed_with_capped_bonus(), &nudged);
        assert_ne!(changed.inputs_hash, base.inputs_hash);
        assert_eq!(changed.recipe_hash, base.recipe_hash);
    }

    #[test]
    fn the_inputs_hash_does_not_depend_on_the_rubric() {
        // The Korean rubric reads these sheets' values directly; the
        // one-criterion rubric matches none of their keys, so the hash must
        // come from the maps themselves. Both must give the same bytes.
        let mut inputs = five_judges_three_ideas();
        inputs.sheets[3].values.remove("impact");
        inputs.sheets[7].values.insert("extra".into(), 1.0);
        let korean_hash = compute(&korean(), &Recipe::default(), &inputs).inputs_hash;
        let mut reordered = korean();
        reordered.criteria.reverse();
        reordered.criteria[0].weight = 2.0;
        assert_eq!(compute(&reordered, &Recipe::default(), &inputs).inputs_hash, korean_hash);
        assert_eq!(compute(&plain(), &Recipe::default(), &inputs).inputs_hash, korean_hash);
    }

    #[test]
    fn a_criterion_mean_counts_only_the_sheets_that_have_it() {
        let inputs = Inputs {
            entries: vec![entry("a", 0)],
            sheets: vec![
                sheet("j1", "a", [20.0, 10.0, 10.0, 10.0]),
                Sheet { values: [("creativity".to_owned(), 30.0)].into(), ..sheet("j2", "a", [0.0; 4]) },
            ],
        };
        let results = compute(&korean(), &Recipe::default(), &inputs);
        let a = &results.entries[0];
        // 창의성 (20 + 30) / 2 = 25; 실현가능성 only from j1. Totals 50 and 30.
        assert_eq!((a.criteria["creativity"], a.criteria["feasibility"]), (25.0, 10.0));
        assert_eq!(a.jury, Some(40.0));
    }

    #[test]
    fn a_judge_sheet_given_twice_still_gives_one_order() {
        let mut inputs = five_judges_three_ideas();
        inputs.sheets.push(sheet("j1", "a", [10.0, 10.0, 10.0, 10.0]));
        inputs.sheets.push(sheet("j1", "a", [10.0, 10.0, 10.0, 11.0]));
        let recipe = trimmed_with_capped_bonus();
        let first = serde_json::to_string(&compute(&korean(), &recipe, &inputs)).unwrap();
        for seed in 0..20 {
            let again = serde_json::to_string(&compute(&korean(), &recipe, &shuffled(&inputs, seed))).unwrap();
            assert_eq!(again, first);
        }
    }

    #[test]
    fn an_unchecked_rubric_without_criteria_still_gives_results() {
        // compute never panics, even on a rubric that `check` would refuse.
        let empty = Rubric { criteria: vec![], comment_required: false };
        let recipe = Recipe { tie_breaks: vec![], ..Recipe::default() };
        let results = compute(&empty, &recipe, &five_judges_three_ideas());
        assert!(results.entries.iter().all(|e| e.jury == Some(0.0) && e.tied));
    }

    #[test]
    fn a_recipe_reads_and_writes_its_documented_json() {
        let json = r#"{"normalization":"z_score","aggregation":{"type":"trimmed_mean","drop":1,"min_judges":5},
            "bonus_rules":[{"key":"youth","label":{"ko":"청년 가산점","en":"Youth bonus"},"points":3.0}],
            "bonus_cap":5.0,"blend":{"jury":0.8,"public":0.2},
            "tie_breaks":[{"type":"criterion","key":"creativity"},{"type":"earliest_submission"}],
            "advance":{"type":"top_n","n":10}}"#;
        let recipe: Recipe = serde_json::from_str(json).unwrap();
        assert_eq!(recipe.aggregation, Aggregation::TrimmedMean { drop: 1, min_judges: 5 });
        assert_eq!(recipe.check(&korean()), Ok(()));
        let compact: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_value(&recipe).unwrap(), compact);
        let minimal = r#"{"normalization":"none","aggregation":{"type":"mean"},"bonus_cap":null,"blend":null,"advance":{"type":"none"}}"#;
        let recipe: Recipe = serde_json::from_str(minimal).unwrap();
        assert!(recipe.bonus_rules.is_empty() && recipe.tie_breaks.is_empty());
    }

    #[test]
    fn unknown_recipe_settings_are_refused() {
        let extra = r#"{"normalization":"none","aggregation":{"type":"mean"},"bonus_cap":null,"blend":null,"advance":{"type":"none"},"seed":1}"#;
        assert!(serde_json::from_str::<Recipe>(extra).is_err());
        let inner = r#"{"normalization":"none","aggregation":{"type":"trimmed_mean","drop":1,"min_judges":3,"k":2},"bonus_cap":null,"blend":null,"advance":{"type":"none"}}"#;
        assert!(serde_json::from_str::<Recipe>(inner).is_err());
        let blend = r#"{"normalization":"none","aggregation":{"type":"mean"},"bonus_cap":null,"blend":{"jury":1,"public":0,"x":0},"advance":{"type":"none"}}"#;
        assert!(serde_json::from_str::<Recipe>(blend).is_err());
    }

    fn recipe_codes(recipe: &Recipe) -> Vec<(String, String)> {
        recipe.check(&korean()).err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn pair(field: &str, code: &str) -> (String, String) {
        (field.to_owned(), code.to_owned())
    }

    #[test]
    fn the_default_recipe_is_valid() {
        assert_eq!(Recipe::default().check(&korean()), Ok(()));
        assert_eq!(trimmed_with_capped_bonus().check(&korean()), Ok(()));
    }

    #[test]
    fn a_trimmed_mean_needs_at_least_twice_drop_plus_one_judges() {
        let recipe = Recipe { aggregation: Aggregation::TrimmedMean { drop: 2, min_judges: 4 }, ..Recipe::default() };
        assert_eq!(recipe_codes(&recipe), vec![pair("aggregation.min_judges", "out_of_range")]);
        let huge = Recipe {
            aggregation: Aggregation::TrimmedMean { drop: u32::MAX, min_judges: u32::MAX },
            ..Recipe::default()
        };
        assert_eq!(recipe_codes(&huge), vec![pair("aggregation.min_judges", "out_of_range")]);
        let fine = Recipe { aggregation: Aggregation::TrimmedMean { drop: 2, min_judges: 5 }, ..Recipe::default() };
        assert_eq!(recipe_codes(&fine), vec![]);
    }

    #[test]
    fn bonus_rules_need_valid_unique_keys_labels_and_points() {
        let recipe = Recipe {
            bonus_rules: vec![
                rule("youth", "청년", 3.0),
                rule("youth", "청년 again", 3.0),
                rule("Local", "지역", 0.0),
                rule("", " ", f64::NAN),
                rule("green", "친환경", 1001.0),
            ],
            ..Recipe::default()
        };
        assert_eq!(
            recipe_codes(&recipe),
            vec![
                pair("bonus_rules[1].key", "duplicate"),
                pair("bonus_rules[2].key", "invalid_format"),
                pair("bonus_rules[2].points", "out_of_range"),
                pair("bonus_rules[3].key", "required"),
                pair("bonus_rules[3].label", "required"),
                pair("bonus_rules[3].points", "not_finite"),
                pair("bonus_rules[4].points", "out_of_range"),
            ]
        );
        let many = Recipe {
            bonus_rules: (0..31).map(|i| rule(&format!("b{i}"), "가산", 1.0)).collect(),
            ..Recipe::default()
        };
        assert_eq!(recipe_codes(&many), vec![pair("bonus_rules", "too_many")]);
    }

    #[test]
    fn a_bonus_cap_is_a_positive_finite_number() {
        for (cap, code) in [(0.0, "out_of_range"), (-1.0, "out_of_range"), (f64::INFINITY, "not_finite")] {
            let recipe = Recipe { bonus_cap: Some(cap), ..Recipe::default() };
            assert_eq!(recipe_codes(&recipe), vec![pair("bonus_cap", code)]);
        }
    }

    #[test]
    fn blend_shares_are_not_negative_and_add_up_to_one() {
        let uneven = Recipe { blend: Some(Blend { jury: 0.8, public: 0.3 }), ..Recipe::default() };
        assert_eq!(recipe_codes(&uneven), vec![pair("blend", "invalid_sum")]);
        let negative = Recipe { blend: Some(Blend { jury: 1.2, public: -0.2 }), ..Recipe::default() };
        assert_eq!(recipe_codes(&negative), vec![pair("blend.public", "out_of_range")]);
        // 0.7 + 0.3 is 0.99999999999999989 in f64: near enough.
        let fine = Recipe { blend: Some(Blend { jury: 0.7, public: 0.3 }), ..Recipe::default() };
        assert_eq!(recipe_codes(&fine), vec![]);
    }

    #[test]
    fn tie_breaks_name_rubric_criteria_once_each() {
        let recipe = Recipe {
            tie_breaks: vec![
                TieBreak::Criterion { key: "creativity".into() },
                TieBreak::Criterion { key: "beauty".into() },
                TieBreak::Criterion { key: "creativity".into() },
                TieBreak::EarliestSubmission,
            ],
            ..Recipe::default()
        };
        assert_eq!(
            recipe_codes(&recipe),
            vec![pair("tie_breaks[1].key", "unknown_criterion"), pair("tie_breaks[2]", "duplicate")]
        );
        let many = Recipe {
            tie_breaks: (0..11).map(|i| TieBreak::Criterion { key: format!("c{i}") }).collect(),
            ..Recipe::default()
        };
        assert!(recipe_codes(&many).contains(&pair("tie_breaks", "too_many")));
    }

    #[test]
    fn an_advance_rule_takes_at_least_one_entry_or_a_finite_threshold() {
        let none = Recipe { advance: AdvanceRule::TopN { n: 0 }, ..Recipe::default() };
        assert_eq!(recipe_codes(&none), vec![pair("advance.n", "out_of_range")]);
        let nan = Recipe { advance: AdvanceRule::Threshold { min_score: f64::NAN }, ..Recipe::default() };
        assert_eq!(recipe_codes(&nan), vec![pair("advance.min_score", "not_finite")]);
    }

    /// One unanimous star, two entries on whom the judges split widely, one
    /// unanimous laggard; two advance.
    fn close_call_inputs() -> Inputs {
        let mut sheets = Vec::new();
        let panel = [
            ("star", [95.0; 5]),
            ("p", [90.0, 40.0, 85.0, 45.0, 90.0]),
            ("q", [88.0, 42.0, 86.0, 44.0, 85.0]),
            ("low", [20.0; 5]),
        ];
        for (id, scores) in panel {
            for (j, score) in scores.into_iter().enumerate() {
                sheets.push(scored(&format!("j{j}"), id, score));
            }
        }
        Inputs { entries: vec![entry("star", 0), entry("p", 1), entry("q", 2), entry("low", 3)], sheets }
    }

    fn top_two() -> Recipe {
        Recipe { advance: AdvanceRule::TopN { n: 2 }, ..Recipe::default() }
    }

    #[test]
    fn close_calls_are_reproducible_with_the_same_seed() {
        let inputs = close_call_inputs();
        let results = compute(&plain(), &top_two(), &inputs);
        let first = close_calls(&plain(), &top_two(), &inputs, &results, 200, 7);
        let again = close_calls(&plain(), &top_two(), &shuffled(&inputs, 3), &results, 200, 7);
        assert_eq!(first, again);
        assert!(!first.is_empty());
    }

    #[test]
    fn entries_straddling_the_cutoff_with_split_judges_are_close_calls_and_a_unanimous_leader_is_not() {
        let inputs = close_call_inputs();
        let results = compute(&plain(), &top_two(), &inputs);
        // p: mean 70 → advances; q: mean 69 → does not. Either can win a resample.
        assert_eq!(advancing(&results), vec!["star", "p"]);
        let calls = close_calls(&plain(), &top_two(), &inputs, &results, 400, 42);
        let named: Vec<&str> = calls.iter().map(|c| c.entry.as_str()).collect();
        assert_eq!(named, vec!["p", "q"]);
        assert!(calls[0].advances && !calls[1].advances);
        assert!(calls.iter().all(|c| (0.05..=0.95).contains(&c.advance_share)));
    }

    #[test]
    fn a_threshold_also_has_close_calls() {
        let inputs = close_call_inputs();
        let recipe = Recipe { advance: AdvanceRule::Threshold { min_score: 70.0 }, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        let calls = close_calls(&plain(), &recipe, &inputs, &results, 400, 42);
        let named: Vec<&str> = calls.iter().map(|c| c.entry.as_str()).collect();
        assert_eq!(named, vec!["p", "q"]);
    }

    #[test]
    fn close_calls_are_empty_without_an_advance_rule_or_resamples() {
        let inputs = close_call_inputs();
        let results = compute(&plain(), &Recipe::default(), &inputs);
        assert!(close_calls(&plain(), &Recipe::default(), &inputs, &results, 200, 1).is_empty());
        let results = compute(&plain(), &top_two(), &inputs);
        assert!(close_calls(&plain(), &top_two(), &inputs, &results, 0, 1).is_empty());
    }

    #[test]
    fn a_whole_tie_at_the_cutoff_in_a_resample_advances_together() {
        // Two unanimous, identical entries for one place: both always advance, as in compute.
        let inputs = Inputs {
            entries: vec![entry("a", 0), entry("b", 0), entry("c", 0)],
            sheets: vec![scored("j1", "a", 80.0), scored("j1", "b", 80.0), scored("j1", "c", 10.0)],
        };
        let recipe = Recipe { advance: AdvanceRule::TopN { n: 1 }, ..Recipe::default() };
        let results = compute(&plain(), &recipe, &inputs);
        assert_eq!(advancing(&results), vec!["a", "b"]);
        assert!(close_calls(&plain(), &recipe, &inputs, &results, 100, 5).is_empty());
    }

    // ---- properties ----

    fn shuffled(inputs: &Inputs, seed: u64) -> Inputs {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut out = inputs.clone();
        out.entries.shuffle(&mut rng);
        out.sheets.shuffle(&mut rng);
        for entry in &mut out.entries {
            entry.verified_bonus.shuffle(&mut rng);
        }
        out
    }

    const BONUS_KEYS: [&str; 4] = ["youth", "local", "green", "ghost"];

    fn build(judges: usize, meta: Vec<(i64, u8, Option<u32>)>, scores: Vec<Option<(u8, u8, u8, u8)>>) -> Inputs {
        let entries = meta
            .iter()
            .enumerate()
            .map(|(e, &(minute, mask, public))| EntryInput {
                id: format!("e{e:02}"),
                submitted_at: at(minute),
                verified_bonus: (0..4).filter(|b| mask & (1 << b) != 0).map(|b| BONUS_KEYS[b].to_owned()).collect(),
                public_score: public.map(|p| f64::from(p) / 100.0),
            })
            .collect();
        let sheets = scores
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let (a, b, c, d) = (*s)?;
                let scores = [a, b, c, d].map(f64::from);
                Some(sheet(&format!("j{}", i % judges), &format!("e{:02}", i / judges), scores))
            })
            .collect();
        Inputs { entries, sheets }
    }

    fn arb_inputs() -> impl Strategy<Value = Inputs> {
        (1usize..10, 1usize..6).prop_flat_map(|(entries, judges)| {
            (
                prop::collection::vec((0i64..4, 0u8..16, prop::option::of(0u32..=100)), entries),
                prop::collection::vec(
                    prop::option::weighted(0.8, (0u8..=30, 0u8..=25, 0u8..=25, 0u8..=20)),
                    entries * judges,
                ),
            )
                .prop_map(move |(meta, scores)| build(judges, meta, scores))
        })
    }

    fn arb_normalization() -> impl Strategy<Value = Normalization> {
        prop_oneof![Just(Normalization::None), Just(Normalization::ZScore), Just(Normalization::Rank)]
    }

    fn arb_aggregation() -> impl Strategy<Value = Aggregation> {
        prop_oneof![
            Just(Aggregation::Mean),
            Just(Aggregation::Median),
            Just(Aggregation::TrimmedMean { drop: 1, min_judges: 3 }),
            Just(Aggregation::TrimmedMean { drop: 0, min_judges: 1 }),
        ]
    }

    fn arb_recipe() -> impl Strategy<Value = Recipe> {
        let tie_breaks = prop_oneof![
            Just(vec![]),
            Just(vec![TieBreak::EarliestSubmission]),
            Just(vec![TieBreak::Criterion { key: "impact".into() }, TieBreak::EarliestSubmission]),
        ];
        let advance = prop_oneof![
            (1u32..8).prop_map(|n| AdvanceRule::TopN { n }),
            (40.0f64..90.0).prop_map(|min_score| AdvanceRule::Threshold { min_score }),
            Just(AdvanceRule::None),
        ];
        (
            arb_normalization(),
            arb_aggregation(),
            prop::option::of(1.0f64..8.0),
            prop::option::of((0u8..=10).prop_map(|j| f64::from(j) / 10.0)),
            tie_breaks,
            advance,
        )
            .prop_map(|(normalization, aggregation, bonus_cap, jury, tie_breaks, advance)| Recipe {
                normalization,
                aggregation,
                bonus_rules: vec![rule("youth", "청년", 3.0), rule("local", "지역", 2.5), rule("green", "친환경", 4.0)],
                bonus_cap,
                blend: jury.map(|jury| Blend { jury, public: 1.0 - jury }),
                tie_breaks,
                advance,
            })
    }

    fn scored_count(results: &Results) -> usize {
        results.entries.iter().filter(|e| e.final_score.is_some()).count()
    }

    proptest! {
        #[test]
        fn results_do_not_depend_on_the_order_of_entries_and_sheets(
            inputs in arb_inputs(), recipe in arb_recipe(), seed in any::<u64>()
        ) {
            let rubric = korean();
            let first = serde_json::to_string(&compute(&rubric, &recipe, &inputs)).unwrap();
            let again = serde_json::to_string(&compute(&rubric, &recipe, &shuffled(&inputs, seed))).unwrap();
            prop_assert_eq!(first, again);
        }

        #[test]
        fn recomputation_gives_identical_hashes(inputs in arb_inputs(), recipe in arb_recipe(), seed in any::<u64>()) {
            let rubric = korean();
            let first = compute(&rubric, &recipe, &inputs);
            let again = compute(&rubric, &recipe, &shuffled(&inputs, seed));
            prop_assert_eq!(&first.recipe_hash, &again.recipe_hash);
            prop_assert_eq!(&first.inputs_hash, &again.inputs_hash);
            if let Some(sheet) = inputs.sheets.first() {
                let mut nudged = inputs.clone();
                let value = sheet.values["creativity"];
                nudged.sheets[0].values.insert("creativity".into(), value + 1.0);
                prop_assert_ne!(compute(&rubric, &recipe, &nudged).inputs_hash, first.inputs_hash);
            }
        }

        #[test]
        fn z_scores_and_ranking_ignore_shifting_or_scaling_one_judges_scores(
            inputs in arb_inputs(),
            aggregation in arb_aggregation(),
            judge in 0usize..5,
            shift in -50i32..50,
            factor in prop_oneof![Just(1.0f64), 0.25f64..4.0],
        ) {
            let rubric = korean();
            let judge = format!("j{judge}");
            let mut moved = inputs.clone();
            for sheet in moved.sheets.iter_mut().filter(|s| s.judge == judge) {
                for value in sheet.values.values_mut() {
                    *value *= factor;
                }
                // Only one criterion takes the shift, so the total moves by exactly `shift`.
                *sheet.values.get_mut("creativity").unwrap() += f64::from(shift);
            }
            let recipe = Recipe { normalization: Normalization::ZScore, aggregation, tie_breaks: vec![], ..Recipe::default() };
            let before = prepare(&rubric, &recipe, &inputs);
            let after = prepare(&rubric, &recipe, &moved);
            let z_before = z_scores(&before.raw, &before.sheet_judge, before.judges.len());
            let z_after = z_scores(&after.raw, &after.sheet_judge, after.judges.len());
            for (b, a) in z_before.iter().zip(&z_after) {
                prop_assert!((b - a).abs() < 1e-9, "{} vs {}", b, a);
            }
            let ranked = |results: Results| {
                results.entries.into_iter().map(|e| (e.entry, e.rank)).collect::<BTreeMap<_, _>>()
            };
            prop_assert_eq!(
                ranked(compute(&rubric, &recipe, &inputs)),
                ranked(compute(&rubric, &recipe, &moved))
            );
        }

        #[test]
        fn a_trimmed_mean_that_drops_nothing_is_the_mean(
            inputs in arb_inputs(), normalization in arb_normalization(), min_judges in 1u32..6
        ) {
            let rubric = korean();
            let mean = Recipe { normalization, ..Recipe::default() };
            let trimmed = Recipe { aggregation: Aggregation::TrimmedMean { drop: 0, min_judges }, ..mean.clone() };
            let mean = compute(&rubric, &mean, &inputs);
            let trimmed = compute(&rubric, &trimmed, &inputs);
            prop_assert_eq!(mean.entries, trimmed.entries);
        }

        #[test]
        fn the_bonus_never_exceeds_the_cap(inputs in arb_inputs(), recipe in arb_recipe(), cap in 0.5f64..10.0) {
            let recipe = Recipe { bonus_cap: Some(cap), ..recipe };
            let results = compute(&korean(), &recipe, &inputs);
            for result in &results.entries {
                let earned: f64 = recipe.bonus_rules.iter()
                    .filter(|r| result.bonus_rules.contains(&r.key))
                    .map(|r| r.points)
                    .sum();
                prop_assert!(result.bonus <= cap);
                prop_assert_eq!(result.bonus, earned.min(cap));
            }
        }

        #[test]
        fn top_n_advances_exactly_n_unless_a_tie_straddles_the_cutoff(
            inputs in arb_inputs(), recipe in arb_recipe(), n in 1u32..8
        ) {
            let recipe = Recipe { advance: AdvanceRule::TopN { n }, ..recipe };
            let results = compute(&korean(), &recipe, &inputs);
            let advanced = results.entries.iter().filter(|e| e.advances).count();
            let expected = (n as usize).min(scored_count(&results));
            if results.cutoff_tie {
                prop_assert!(advanced > n as usize);
            } else {
                prop_assert_eq!(advanced, expected);
            }
        }
    }

    // ---- timing ----

    /// 10,000 entries × 9 judges × 5 criteria with z-scores, a trimmed mean,
    /// bonus rules and tie-breaks. Run with
    /// `cargo test --release -- --ignored --nocapture timing`.
    #[test]
    #[ignore = "timing; run in release"]
    fn timing_of_ten_thousand_entries_with_nine_judges() {
        use std::time::Instant;

        let mut rubric = korean();
        rubric.criteria.push(Criterion {
            key: "presentation".into(),
            label: Text { ko: "발표".into(), en: Some("Presentation".into()) },
            description: None,
            min: 0.0,
            max: 10.0,
            step: 0.5,
            weight: 2.0,
        });
        let mut rng = StdRng::seed_from_u64(2024);
        let judges: Vec<String> = (0..9).map(|_| format!("{:032x}", rng.random::<u128>())).collect();
        let ids: Vec<String> = (0..10_000).map(|_| format!("{:032x}", rng.random::<u128>())).collect();
        let mut inputs = Inputs::default();
        for (e, id) in ids.iter().enumerate() {
            let bonus = BONUS_KEYS.iter().filter(|_| rng.random_bool(0.2)).map(|k| (*k).to_owned()).collect();
            inputs.entries.push(EntryInput { verified_bonus: bonus, ..entry(id, e as i64 % 500) });
        }
        // Sheets arrive in no useful order (as rows from a query would), and
        // are allocated in the order they arrive.
        let mut pairs: Vec<(usize, usize)> =
            (0..ids.len()).flat_map(|e| (0..judges.len()).map(move |j| (e, j))).collect();
        pairs.shuffle(&mut rng);
        for (e, j) in pairs {
            let values = rubric
                .criteria
                .iter()
                .map(|c| {
                    let steps = ((c.max - c.min) / c.step) as u32;
                    (c.key.clone(), c.min + f64::from(rng.random_range(0..=steps)) * c.step)
                })
                .collect();
            inputs.sheets.push(Sheet { judge: judges[j].clone(), entry: ids[e].clone(), values });
        }
        inputs.entries.shuffle(&mut rng);
        let recipe = Recipe {
            normalization: Normalization::ZScore,
            aggregation: Aggregation::TrimmedMean { drop: 1, min_judges: 5 },
            bonus_rules: vec![rule("youth", "청년", 3.0), rule("local", "지역", 3.0), rule("green", "친환경", 2.0)],
            bonus_cap: Some(5.0),
            blend: None,
            tie_breaks: vec![TieBreak::Criterion { key: "creativity".into() }, TieBreak::EarliestSubmission],
            advance: AdvanceRule::TopN { n: 1_000 },
        };
        let time = |inputs: &Inputs| {
            let mut best = std::time::Duration::MAX;
            for _ in 0..5 {
                let start = Instant::now();
                std::hint::black_box(compute(&rubric, &recipe, inputs));
                best = best.min(start.elapsed());
            }
            best
        };
        let arrival_order = time(&inputs);
        // Worst case for memory: the same sheets visited in an order unrelated to where they live.
        let scattered = shuffled(&inputs, 9);
        let scattered_order = time(&scattered);
        let results = compute(&rubric, &recipe, &inputs);
        let start = Instant::now();
        let calls = close_calls(&rubric, &recipe, &inputs, &results, 200, 1);
        let close_time = start.elapsed();
        println!(
            "compute, best of 5: {arrival_order:?} (sheets in arrival order), {scattered_order:?} (scattered in memory); \
             close_calls, 200 resamples: {close_time:?} ({} close calls)",
            calls.len()
        );
    }
}
