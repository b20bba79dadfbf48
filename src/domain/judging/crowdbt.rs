//! Pairwise judging with CrowdBT (Chen, Bennett, Collins-Thompson & Horvitz, "Pairwise Ranking
//! Aggregation in a Crowdsourced Setting", WSDM 2013), formula for formula as Gavel implements it
//! (`gavel/crowd_bt.py`, and `preferred_items`/`choose_next` in `gavel/controllers/judge.py`).
//!
//! Notation of the paper:
//! - every item *i* has a Gaussian belief over its quality, `s_i ~ N(μ_i, σ_i²)` ([`Item`]);
//! - every judge (annotator) *k* has a Beta belief over their reliability, `η_k ~ Beta(α_k, β_k)`
//!   ([`Judge`]): the probability that they report their true preference;
//! - a judge who prefers *i* to *j* says so with probability
//!   `Pr(i ≻_k j) = η_k · e^{s_i} / (e^{s_i} + e^{s_j}) + (1 − η_k) · e^{s_j} / (e^{s_i} + e^{s_j})`.
//!
//! After each comparison the posterior is approximated again by a Gaussian per item and a Beta per
//! judge (online Bayesian moment matching, [`update`]). The next item to show a judge is the one
//! whose comparison against the item they just saw has the largest expected information gain
//! ([`expected_information_gain`]), with Gavel's ε-greedy exploration and its preference for items
//! nobody is looking at and items seen fewer than [`MIN_VIEWS`] times ([`choose_next`]).
//!
//! Numerics: `e^{μ}` only appears in ratios that are homogeneous of degree 0 in
//! `(e^{μ_i}, e^{μ_j})`, so both exponentials are taken after subtracting `max(μ_i, μ_j)`. The
//! values are the same as Gavel's (up to rounding) but can never overflow. `digamma`, `ln_gamma`
//! and `ln_beta` replace SciPy's `psi`, `gammaln` and `betaln`.

use std::cmp::Ordering;
use std::time::Duration;

use rand::Rng;
use rand::seq::{IndexedRandom, SliceRandom};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// γ: weight of the information gained about the judge relative to that about the items.
pub const GAMMA: f64 = 0.1;
/// κ: lower bound on the factor by which one update may shrink σ², so that σ² stays positive.
pub const KAPPA: f64 = 1e-4;
/// Prior mean of an item's quality.
pub const MU_PRIOR: f64 = 0.0;
/// Prior variance of an item's quality.
pub const SIGMA_SQ_PRIOR: f64 = 1.0;
/// Prior α of a judge's reliability: Beta(10, 1), a judge is trusted (mean 10/11) until shown otherwise.
pub const ALPHA_PRIOR: f64 = 10.0;
/// Prior β of a judge's reliability.
pub const BETA_PRIOR: f64 = 1.0;
/// ε-greedy exploration: the probability of showing a random preferred item instead of the most
/// informative one.
pub const EPSILON: f64 = 0.25;
/// Items seen by fewer judges than this are shown first (Gavel's `MIN_VIEWS` setting, default 2).
pub const MIN_VIEWS: u32 = 2;
/// An item handed to a judge (as the judge's next item) less than this long ago counts as *busy*
/// and is avoided for other judges, so judges do not crowd the same table. Gavel's `TIMEOUT`
/// setting, default 5.0 minutes, compared with the time the judge's `next` item was last assigned.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// Belief about an item's quality: `N(μ, σ²)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Item {
    pub mu: f64,
    pub sigma_sq: f64,
}

impl Default for Item {
    /// `N(MU_PRIOR, SIGMA_SQ_PRIOR)`.
    fn default() -> Self {
        Self { mu: MU_PRIOR, sigma_sq: SIGMA_SQ_PRIOR }
    }
}

/// Belief about a judge's reliability: `Beta(α, β)`. When β exceeds α the judge is believed to
/// vote against their own preference more often than not, and their votes count reversed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Judge {
    pub alpha: f64,
    pub beta: f64,
}

impl Default for Judge {
    /// `Beta(ALPHA_PRIOR, BETA_PRIOR)`.
    fn default() -> Self {
        Self { alpha: ALPHA_PRIOR, beta: BETA_PRIOR }
    }
}

/// `(e^{μ_i}, e^{μ_j})`, both divided by `e^{max(μ_i, μ_j)}` (see the module documentation).
fn exps(mu_i: f64, mu_j: f64) -> (f64, f64) {
    let shift = mu_i.max(mu_j);
    ((mu_i - shift).exp(), (mu_j - shift).exp())
}

/// The judge's updated `(α, β)` and `C = Pr(winner ≻_k loser)` under the current beliefs (Gavel's
/// `_updated_annotator`):
///
/// - `C₁ = e^{μ_i}/(e^{μ_i}+e^{μ_j}) + ½(σ_i²+σ_j²) · e^{μ_i}e^{μ_j}(e^{μ_j}−e^{μ_i})/(e^{μ_i}+e^{μ_j})³`,
///   the probability that *i* really is better (second-order expansion around the means), and
///   `C₂ = 1 − C₁`;
/// - `C = (C₁α + C₂β)/(α+β)`;
/// - `E[η] = (C₁(α+1)α + C₂αβ) / (C(α+β+1)(α+β))`;
/// - `E[η²] = (C₁(α+2)(α+1)α + C₂(α+1)αβ) / (C(α+β+2)(α+β+1)(α+β))`;
/// - moment matching to a Beta: `α' = (E[η]−E[η²])·E[η] / (E[η²]−E[η]²)` and
///   `β' = (E[η]−E[η²])·(1−E[η]) / (E[η²]−E[η]²)`.
fn updated_judge(judge: Judge, winner: Item, loser: Item) -> (Judge, f64) {
    let Judge { alpha, beta } = judge;
    let (ew, el) = exps(winner.mu, loser.mu);
    let sum = ew + el;
    let c_1 = ew / sum + 0.5 * (winner.sigma_sq + loser.sigma_sq) * (ew * el * (el - ew)) / sum.powi(3);
    let c_2 = 1.0 - c_1;
    let c = (c_1 * alpha + c_2 * beta) / (alpha + beta);
    let expt = (c_1 * (alpha + 1.0) * alpha + c_2 * alpha * beta) / (c * (alpha + beta + 1.0) * (alpha + beta));
    let expt_sq = (c_1 * (alpha + 2.0) * (alpha + 1.0) * alpha + c_2 * (alpha + 1.0) * alpha * beta)
        / (c * (alpha + beta + 2.0) * (alpha + beta + 1.0) * (alpha + beta));
    let variance = expt_sq - expt * expt;
    let updated =
        Judge { alpha: ((expt - expt_sq) * expt) / variance, beta: (expt - expt_sq) * (1.0 - expt) / variance };
    (updated, c)
}

/// The updated means `(μ_i', μ_j')` of winner *i* and loser *j* (Gavel's `_updated_mus`):
///
/// - `m = αe^{μ_i}/(αe^{μ_i}+βe^{μ_j}) − e^{μ_i}/(e^{μ_i}+e^{μ_j})`;
/// - `μ_i' = μ_i + σ_i²·m` and `μ_j' = μ_j − σ_j²·m`.
///
/// `m ≥ 0` exactly when `α ≥ β`: a judge believed unreliable moves the winner down.
fn updated_mus(judge: Judge, winner: Item, loser: Item) -> (f64, f64) {
    let Judge { alpha, beta } = judge;
    let (ew, el) = exps(winner.mu, loser.mu);
    let mult = (alpha * ew) / (alpha * ew + beta * el) - ew / (ew + el);
    (winner.mu + winner.sigma_sq * mult, loser.mu - loser.sigma_sq * mult)
}

/// The updated variances `(σ_i²', σ_j²')` of winner *i* and loser *j* (Gavel's `_updated_sigma_sqs`):
///
/// - `v = αe^{μ_i}βe^{μ_j}/(αe^{μ_i}+βe^{μ_j})² − e^{μ_i}e^{μ_j}/(e^{μ_i}+e^{μ_j})²`;
/// - `σ_i²' = σ_i²·max(1 + σ_i²·v, κ)` and `σ_j²' = σ_j²·max(1 + σ_j²·v, κ)`.
fn updated_sigma_sqs(judge: Judge, winner: Item, loser: Item) -> (f64, f64) {
    let Judge { alpha, beta } = judge;
    let (ew, el) = exps(winner.mu, loser.mu);
    let weighted = alpha * ew + beta * el;
    let plain = ew + el;
    let mult = (alpha * ew * beta * el) / (weighted * weighted) - (ew * el) / (plain * plain);
    (
        winner.sigma_sq * (1.0 + winner.sigma_sq * mult).max(KAPPA),
        loser.sigma_sq * (1.0 + loser.sigma_sq * mult).max(KAPPA),
    )
}

/// The beliefs after `judge` said `winner` is better than `loser` (Gavel's `crowd_bt.update`).
/// Every updated value is computed from the beliefs *before* the vote; see `updated_mus`,
/// `updated_sigma_sqs` and `updated_judge` for the formulas. Returns
/// `(judge', winner', loser')`.
pub fn update(judge: Judge, winner: Item, loser: Item) -> (Judge, Item, Item) {
    let (updated, _) = updated_judge(judge, winner, loser);
    let (mu_winner, mu_loser) = updated_mus(judge, winner, loser);
    let (sigma_sq_winner, sigma_sq_loser) = updated_sigma_sqs(judge, winner, loser);
    (updated, Item { mu: mu_winner, sigma_sq: sigma_sq_winner }, Item { mu: mu_loser, sigma_sq: sigma_sq_loser })
}

/// The expected information gain of asking `judge` to compare `a` and `b` (Gavel's
/// `expected_information_gain`):
///
/// `C·[KL(a¹‖a) + KL(b¹‖b) + γ·KL(k¹‖k)] + (1−C)·[KL(a²‖a) + KL(b²‖b) + γ·KL(k²‖k)]`
///
/// where `C = Pr(a ≻_k b)` (see `updated_judge`), the superscript 1 marks the beliefs after "a
/// wins", 2 those after "b wins", items are compared with `divergence_gaussian` and the judge
/// with `divergence_beta`. It is symmetric in `a` and `b` and never negative (up to rounding).
pub fn expected_information_gain(judge: Judge, a: Item, b: Item) -> f64 {
    let (judge_1, c) = updated_judge(judge, a, b);
    let (mu_a_1, mu_b_1) = updated_mus(judge, a, b);
    let (sigma_sq_a_1, sigma_sq_b_1) = updated_sigma_sqs(judge, a, b);
    let (judge_2, _) = updated_judge(judge, b, a);
    let (mu_b_2, mu_a_2) = updated_mus(judge, b, a);
    let (sigma_sq_b_2, sigma_sq_a_2) = updated_sigma_sqs(judge, b, a);
    let a_wins = divergence_gaussian(mu_a_1, sigma_sq_a_1, a.mu, a.sigma_sq)
        + divergence_gaussian(mu_b_1, sigma_sq_b_1, b.mu, b.sigma_sq)
        + GAMMA * divergence_beta(judge_1.alpha, judge_1.beta, judge.alpha, judge.beta);
    let b_wins = divergence_gaussian(mu_a_2, sigma_sq_a_2, a.mu, a.sigma_sq)
        + divergence_gaussian(mu_b_2, sigma_sq_b_2, b.mu, b.sigma_sq)
        + GAMMA * divergence_beta(judge_2.alpha, judge_2.beta, judge.alpha, judge.beta);
    c * a_wins + (1.0 - c) * b_wins
}

/// `KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = (μ₁−μ₂)²/(2σ₂²) + (r − 1 − ln r)/2` with `r = σ₁²/σ₂²`.
fn divergence_gaussian(mu_1: f64, sigma_sq_1: f64, mu_2: f64, sigma_sq_2: f64) -> f64 {
    let ratio = sigma_sq_1 / sigma_sq_2;
    (mu_1 - mu_2).powi(2) / (2.0 * sigma_sq_2) + (ratio - 1.0 - ratio.ln()) / 2.0
}

/// `KL(Beta(α₁, β₁) ‖ Beta(α₂, β₂)) = ln B(α₂, β₂) − ln B(α₁, β₁) + (α₁−α₂)ψ(α₁) + (β₁−β₂)ψ(β₁)
/// + (α₂−α₁+β₂−β₁)ψ(α₁+β₁)`.
fn divergence_beta(alpha_1: f64, beta_1: f64, alpha_2: f64, beta_2: f64) -> f64 {
    ln_beta(alpha_2, beta_2) - ln_beta(alpha_1, beta_1)
        + (alpha_1 - alpha_2) * digamma(alpha_1)
        + (beta_1 - beta_2) * digamma(beta_1)
        + (alpha_2 - alpha_1 + beta_2 - beta_1) * digamma(alpha_1 + beta_1)
}

/// The digamma function ψ(x) = d/dx ln Γ(x) for x > 0 (NaN otherwise). The recurrence
/// ψ(x) = ψ(x+1) − 1/x moves x to at least 10, where the asymptotic series
/// ψ(x) ≈ ln x − 1/(2x) − Σ_{n=1}^{7} B₂ₙ/(2n·x²ⁿ) is accurate to about 1e-17.
fn digamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    let mut x = x;
    let mut shift = 0.0;
    while x < 10.0 {
        shift -= 1.0 / x;
        x += 1.0;
    }
    let inv_sq = 1.0 / (x * x);
    // B₂/2 = 1/12, B₄/4 = −1/120, B₆/6 = 1/252, B₈/8 = −1/240, B₁₀/10 = 1/132,
    // B₁₂/12 = −691/32760, B₁₄/14 = 1/12.
    let series = inv_sq
        * (1.0 / 12.0
            - inv_sq
                * (1.0 / 120.0
                    - inv_sq
                        * (1.0 / 252.0
                            - inv_sq
                                * (1.0 / 240.0
                                    - inv_sq * (1.0 / 132.0 - inv_sq * (691.0 / 32760.0 - inv_sq / 12.0))))));
    shift + x.ln() - 0.5 / x - series
}

/// Lanczos coefficients for g = 7, n = 9 (relative error of Γ about 1e-15).
const LANCZOS_G: f64 = 7.0;
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

/// ln Γ(x) for x > 0 (NaN otherwise), by the Lanczos approximation; below ½ through the
/// reflection formula Γ(x)Γ(1−x) = π / sin(πx).
fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x < 0.5 {
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let z = x - 1.0;
    let mut series = LANCZOS[0];
    for (i, coefficient) in LANCZOS.iter().enumerate().skip(1) {
        series += coefficient / (z + i as f64);
    }
    let t = z + LANCZOS_G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (z + 0.5) * t.ln() - t + series.ln()
}

/// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b).
fn ln_beta(a: f64, b: f64) -> f64 {
    ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
}

/// An item the judge could be sent to next.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The entry id (a UUID in the application); only for the caller's bookkeeping.
    pub id: String,
    pub item: Item,
    /// How many judges have already seen (voted on) this item.
    pub views: u32,
    /// The item was handed to another judge less than [`BUSY_TIMEOUT`] ago.
    pub busy: bool,
}

/// Gavel's `preferred_items`, after the caller has removed the items this judge has already seen
/// or skipped: the items nobody is busy with (all of them if every one is busy), and among those
/// the ones seen fewer than [`MIN_VIEWS`] times if there are any. Indexes into `candidates`.
fn preferred(candidates: &[Candidate]) -> Vec<usize> {
    let free: Vec<usize> = (0..candidates.len()).filter(|&i| candidates.get(i).is_some_and(|c| !c.busy)).collect();
    let pool = if free.is_empty() { (0..candidates.len()).collect() } else { free };
    let less_seen: Vec<usize> =
        pool.iter().copied().filter(|&i| candidates.get(i).is_some_and(|c| c.views < MIN_VIEWS)).collect();
    if less_seen.is_empty() { pool } else { less_seen }
}

/// The index in `candidates` of the item to send `judge` to next, or `None` when there is none.
///
/// `candidates` must already exclude the items the judge has seen or skipped (and inactive ones).
/// Follows Gavel: restrict to the preferred items (not busy, then fewer than [`MIN_VIEWS`] views,
/// see [`Candidate`]); without a `previous` item (the judge's first item, Gavel's
/// `maybe_init_annotator`) pick one of them uniformly. Otherwise shuffle them, then with
/// probability [`EPSILON`] take the first, else the one with the largest
/// [`expected_information_gain`] against `previous` (the first of equals in the shuffled order, so
/// ties are broken at random; a NaN gain never beats a number). The result depends only on the inputs and
/// the state of `rng`.
pub fn choose_next<R: Rng>(
    judge: Judge,
    previous: Option<&Item>,
    candidates: &[Candidate],
    rng: &mut R,
) -> Option<usize> {
    let mut order = preferred(candidates);
    let Some(previous) = previous else {
        return order.choose(rng).copied();
    };
    order.shuffle(rng);
    if rng.random::<f64>() < EPSILON {
        return order.first().copied();
    }
    let mut best: Option<(usize, f64)> = None;
    for index in order {
        let Some(candidate) = candidates.get(index) else { continue };
        let gain = expected_information_gain(judge, *previous, candidate.item);
        let better = match best {
            None => true,
            Some((_, best_gain)) => gain > best_gain || (best_gain.is_nan() && !gain.is_nan()),
        };
        if better {
            best = Some((index, gain));
        }
    }
    best.map(|(index, _)| index)
}

/// Orders μ from high to low; NaN last (equal to each other).
fn by_mu_descending(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
    }
}

/// The items as `(id, μ, σ, rank)`, with σ = √σ², sorted by μ from high to low and then by id.
/// Ranks are competition ranks: items with exactly equal μ share the best rank of the group and
/// the next rank skips (1, 1, 3).
pub fn ranking(items: &[(String, Item)]) -> Vec<(String, f64, f64, u32)> {
    let mut sorted: Vec<&(String, Item)> = items.iter().collect();
    sorted.sort_by(|(id_a, a), (id_b, b)| by_mu_descending(a.mu, b.mu).then_with(|| id_a.cmp(id_b)));
    let mut out: Vec<(String, f64, f64, u32)> = Vec::with_capacity(sorted.len());
    let mut rank = 0u32;
    let mut previous_mu: Option<f64> = None;
    for (position, (id, item)) in (1u32..).zip(sorted) {
        let tied = previous_mu.is_some_and(|mu| by_mu_descending(mu, item.mu) == Ordering::Equal);
        if !tied {
            rank = position;
        }
        previous_mu = Some(item.mu);
        out.push((id.clone(), item.mu, item.sigma_sq.sqrt(), rank));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// |actual − expected| ≤ tolerance · max(1, |expected|).
    fn assert_close(actual: f64, expected: f64, tolerance: f64) {
        let scale = expected.abs().max(1.0);
        assert!(
            (actual - expected).abs() <= tolerance * scale,
            "{actual} differs from {expected} by {}",
            (actual - expected).abs()
        );
    }

    fn assert_relative(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            (actual - expected).abs() <= tolerance * expected.abs(),
            "{actual} differs from {expected} by a relative {}",
            ((actual - expected) / expected).abs()
        );
    }

    fn item(mu: f64, sigma_sq: f64) -> Item {
        Item { mu, sigma_sq }
    }

    fn candidate(id: &str, item: Item, views: u32, busy: bool) -> Candidate {
        Candidate { id: id.to_owned(), item, views, busy }
    }

    #[test]
    fn digamma_matches_known_values() {
        // ψ(1) = −γ; ψ(½) = −γ − 2 ln 2; ψ(2) = 1 − γ; ψ(10) = H₉ − γ; the rest from SciPy's psi.
        let known = [
            (1.0, -0.577_215_664_901_532_9),
            (0.5, -1.963_510_026_021_423_5),
            (2.0, 0.422_784_335_098_467_13),
            (10.0, 2.251_752_589_066_721),
            (100.0, 4.600_161_852_738_088),
            (0.1, -10.423_754_940_411_076),
            (1e-3, -1_000.575_571_931_810_3),
            (30.5, 3.401_243_668_961_661),
        ];
        for (x, expected) in known {
            assert_relative(digamma(x), expected, 1e-12);
        }
        assert!(digamma(0.0).is_nan() && digamma(-1.0).is_nan() && digamma(f64::NAN).is_nan());
    }

    #[test]
    fn ln_gamma_matches_known_values() {
        // ln Γ(½) = ln √π; ln Γ(3/2) = ln(√π/2); ln Γ(10) = ln 9!; the rest from SciPy's gammaln.
        let known = [
            (0.5, 0.572_364_942_924_700_1),
            (1.5, -0.120_782_237_635_245_22),
            (10.0, 12.801_827_480_081_469),
            (100.0, 359.134_205_369_575_4),
            (3.7, 1.428_072_326_665_388),
            (0.1, 2.252_712_651_734_206),
            (1e-3, 6.907_178_885_383_853),
            (1000.5, 5_908.674_175_848_678),
        ];
        for (x, expected) in known {
            assert_relative(ln_gamma(x), expected, 1e-12);
        }
        // ln Γ(1) = ln Γ(2) = 0.
        assert_close(ln_gamma(1.0), 0.0, 1e-14);
        assert_close(ln_gamma(2.0), 0.0, 1e-14);
        assert!(ln_gamma(0.0).is_nan() && ln_gamma(-2.5).is_nan());
    }

    #[test]
    fn ln_beta_matches_closed_forms() {
        // B(2, 3) = 1!·2!/4! = 1/12; B(10, 1) = 1/10; B(½, ½) = π.
        assert_relative(ln_beta(2.0, 3.0), -(12.0f64.ln()), 1e-12);
        assert_relative(ln_beta(10.0, 1.0), -(10.0f64.ln()), 1e-12);
        assert_relative(ln_beta(0.5, 0.5), std::f64::consts::PI.ln(), 1e-12);
        // SciPy: betaln(123.4, 5.6) = −22.949467587493505.
        assert_relative(ln_beta(123.4, 5.6), -22.949_467_587_493_505, 1e-12);
    }

    #[test]
    fn gaussian_divergence_matches_the_closed_form() {
        // KL(N(1, 2) ‖ N(0, 1)) = 1²/2 + (2 − 1 − ln 2)/2 = 0.5 + 0.153426409720027 = 0.6534264097200273.
        assert_close(divergence_gaussian(1.0, 2.0, 0.0, 1.0), 0.653_426_409_720_027_3, 1e-15);
        assert_eq!(divergence_gaussian(0.3, 0.7, 0.3, 0.7), 0.0);
    }

    #[test]
    fn beta_divergence_matches_the_closed_form() {
        // KL(Beta(2,3) ‖ Beta(1,1)) = ln B(1,1) − ln B(2,3) + ψ(2) + 2ψ(3) − 3ψ(5)
        //   = 0 + ln 12 + (1 − γ) + 2(3/2 − γ) − 3(25/12 − γ) = ln 12 − 9/4 = 0.23490664978800035
        // (Gavel with SciPy: 0.2349066497880008).
        assert_close(divergence_beta(2.0, 3.0, 1.0, 1.0), 12.0f64.ln() - 2.25, 1e-13);
        assert_close(divergence_beta(10.0, 1.0, 10.0, 1.0), 0.0, 1e-15);
    }

    #[test]
    fn the_priors_are_gavels() {
        assert_eq!(Item::default(), item(0.0, 1.0));
        assert_eq!(Judge::default(), Judge { alpha: 10.0, beta: 1.0 });
        assert_eq!(BUSY_TIMEOUT.as_secs(), 300);
    }

    #[test]
    fn a_first_vote_between_two_fresh_items_matches_hand_arithmetic() {
        // α = 10, β = 1, μ = 0 and σ² = 1 for both, so e^{μ} = 1 and p = ½.
        // m = 10/11 − 1/2 = 9/22, so μ_w' = 9/22 = 0.40909…, μ_l' = −9/22.
        // v = 10/11² − 1/4 = −81/484, so σ²' = 1 − 81/484 = 403/484 = 0.83264462809917….
        // C₁ = ½ + ½·2·(1·1·0)/8 = ½ = C₂, C = (5 + ½)/11 = ½;
        // E[η] = (½·11·10 + ½·10)/(½·12·11) = 60/66 = 10/11; E[η²] = (½·12·11·10 + ½·11·10)/(½·13·12·11) = 5/6;
        // E[η²] − E[η]² = 5/6 − 100/121 = 5/726; α' = (5/66)(10/11)/(5/726) = 10, β' = (5/66)(1/11)/(5/726) = 1.
        // Gavel: (9.999999999999808, 0.9999999999999812, 0.40909090909090906, 0.8326446280991735, −0.40909…, 0.83264…).
        let (judge, winner, loser) = update(Judge::default(), Item::default(), Item::default());
        assert_close(winner.mu, 9.0 / 22.0, 1e-15);
        assert_close(loser.mu, -9.0 / 22.0, 1e-15);
        assert_close(winner.sigma_sq, 403.0 / 484.0, 1e-15);
        assert_close(loser.sigma_sq, 403.0 / 484.0, 1e-15);
        assert_close(judge.alpha, 10.0, 1e-12);
        assert_close(judge.beta, 1.0, 1e-12);
    }

    #[test]
    fn an_upset_matches_hand_arithmetic() {
        // α = 10, β = 1; winner μ = 0, σ² = 1; loser μ = ln 3, σ² = ½: e^{μ} = 1 and 3, p = 1/4.
        // m = 10/13 − 1/4 = 27/52: μ_w' = 27/52 = 0.5192307692307693,
        //   μ_l' = ln 3 − ½·27/52 = 1.0986122886681098 − 0.2596153846153846 = 0.8389969040527252.
        // v = 30/13² − 3/4² = (480 − 507)/2704 = −27/2704:
        //   σ_w²' = 1 − 27/2704 = 2677/2704 = 0.9900147928994083, σ_l²' = ½(1 − 27/5408) = 5381/10816 = 0.4975036982248521.
        // C₁ = 1/4 + ½·(3/2)·(1·3·2)/4³ = 1/4 + 4.5/64 = 41/128, C₂ = 87/128, C = (410 + 87)/128/11 = 497/1408;
        // E[η] = 1345/1491, E[η²] = 10615/12922, E[η²] − E[η]² = 446245/57800106,
        // α' = 840625/89249 = 9.418873040594292, β' = 91250/89249 = 1.0224204192764064.
        // Gavel: (9.418873040594713, 1.02242041927645, 0.5192307692307693, 0.9900147928994083,
        //         0.8389969040527252, 0.4975036982248521); its α' differs from the exact one by 4e-14 relative.
        let (judge, winner, loser) = update(Judge::default(), item(0.0, 1.0), item(3.0f64.ln(), 0.5));
        assert_close(winner.mu, 27.0 / 52.0, 1e-15);
        assert_close(loser.mu, 0.838_996_904_052_725_2, 1e-15);
        assert_close(winner.sigma_sq, 2677.0 / 2704.0, 1e-15);
        assert_close(loser.sigma_sq, 5381.0 / 10816.0, 1e-15);
        assert_close(judge.alpha, 840_625.0 / 89_249.0, 1e-12);
        assert_close(judge.beta, 91_250.0 / 89_249.0, 1e-12);
    }

    #[test]
    fn a_judge_believed_adversarial_moves_the_winner_down() {
        // α = 1 < β = 3: m = 1/(1+3) − 1/2 = −1/4, so the winner goes to −0.25 and the loser to 0.25;
        // v = 3/16 − 1/4 = −1/16, σ²' = 15/16 = 0.9375. Gavel: (1.0, 3.0, −0.25, 0.9375, 0.25, 0.9375).
        let (judge, winner, loser) = update(Judge { alpha: 1.0, beta: 3.0 }, Item::default(), Item::default());
        assert_close(winner.mu, -0.25, 1e-15);
        assert_close(loser.mu, 0.25, 1e-15);
        assert_close(winner.sigma_sq, 0.9375, 1e-15);
        assert_close(judge.alpha, 1.0, 1e-12);
        assert_close(judge.beta, 3.0, 1e-12);
    }

    #[test]
    fn kappa_bounds_how_far_one_vote_shrinks_the_variance() {
        // α = 1000, β = 1, σ² = 10, μ = 0: v = 1000/1001² − 1/4 ≈ −0.249, 1 + 10v < 0, so σ²' = 10κ = 0.001.
        // m = 1000/1001 − ½ = 0.4990009990…, μ_w' = 10m = 4.99000999000999 (Gavel: the same).
        let (_, winner, loser) = update(Judge { alpha: 1000.0, beta: 1.0 }, item(0.0, 10.0), item(0.0, 10.0));
        assert_close(winner.sigma_sq, 10.0 * KAPPA, 1e-15);
        assert_close(loser.sigma_sq, 10.0 * KAPPA, 1e-15);
        assert_close(winner.mu, 4.990_009_990_009_99, 1e-14);
    }

    #[test]
    fn huge_means_do_not_overflow() {
        let (judge, winner, loser) = update(Judge::default(), item(800.0, 1.0), item(799.0, 1.0));
        let shifted = update(Judge::default(), item(1.0, 1.0), item(0.0, 1.0));
        assert_close(winner.mu - 799.0, shifted.1.mu, 1e-12);
        assert_close(loser.mu - 799.0, shifted.2.mu, 1e-12);
        assert_close(judge.alpha, shifted.0.alpha, 1e-12);
        assert!(expected_information_gain(judge, winner, loser).is_finite());
    }

    #[test]
    fn the_information_gain_of_two_fresh_items_is_ln_484_over_403() {
        // Both outcomes are equally likely (C = ½) and mirror images: the judge stays Beta(10, 1)
        // (KL 0), each item moves by ±9/22 with σ²' = r = 403/484. Each outcome gains
        // 2·[(9/22)²/2 + (r − 1 − ln r)/2] = 81/484 + (−81/484 − ln r) = −ln r,
        // so EIG = ln(484/403) = 0.18314834476994873 (Gavel: 0.18314834476994848).
        let gain = expected_information_gain(Judge::default(), Item::default(), Item::default());
        assert_close(gain, (484.0f64 / 403.0).ln(), 1e-14);
    }

    #[test]
    fn the_information_gain_matches_gavel() {
        // Gavel with NumPy/SciPy: expected_information_gain(10, 1, 0.3, 0.8, −0.2, 0.5) = 0.10860473941984541
        // (the same with a and b swapped) and expected_information_gain(3, 2, 1, 0.2, 0, 1) = 0.005124273200101256.
        let judge = Judge::default();
        assert_close(
            expected_information_gain(judge, item(0.3, 0.8), item(-0.2, 0.5)),
            0.108_604_739_419_845_41,
            1e-13,
        );
        assert_close(
            expected_information_gain(judge, item(-0.2, 0.5), item(0.3, 0.8)),
            0.108_604_739_419_845_41,
            1e-13,
        );
        let doubtful = Judge { alpha: 3.0, beta: 2.0 };
        assert_close(
            expected_information_gain(doubtful, item(1.0, 0.2), item(0.0, 1.0)),
            0.005_124_273_200_101_256,
            1e-13,
        );
    }

    fn judges() -> impl Strategy<Value = Judge> {
        (0.5f64..200.0, 0.5f64..50.0).prop_map(|(alpha, beta)| Judge { alpha, beta })
    }

    fn items() -> impl Strategy<Value = Item> {
        (-6.0f64..6.0, KAPPA..4.0).prop_map(|(mu, sigma_sq)| Item { mu, sigma_sq })
    }

    proptest! {
        #[test]
        fn a_trusted_judges_vote_never_lowers_the_winner_or_raises_the_loser(
            beta in 0.5f64..50.0, trust in 1.0f64..50.0, winner in items(), loser in items()
        ) {
            // α ≥ β makes m ≥ 0; with α = β, m is 0 up to rounding, hence the 1e-12.
            let judge = Judge { alpha: beta * trust, beta };
            let (_, new_winner, new_loser) = update(judge, winner, loser);
            prop_assert!(new_winner.mu >= winner.mu - 1e-12);
            prop_assert!(new_loser.mu <= loser.mu + 1e-12);
        }

        #[test]
        fn variances_stay_positive_and_shrink_by_at_most_kappa(
            judge in judges(), winner in items(), loser in items()
        ) {
            let (new_judge, new_winner, new_loser) = update(judge, winner, loser);
            prop_assert!(new_winner.sigma_sq > 0.0 && new_loser.sigma_sq > 0.0);
            prop_assert!(new_winner.sigma_sq >= KAPPA * winner.sigma_sq * (1.0 - 1e-12));
            prop_assert!(new_loser.sigma_sq >= KAPPA * loser.sigma_sq * (1.0 - 1e-12));
            prop_assert!(new_judge.alpha.is_finite() && new_judge.beta.is_finite());
            prop_assert!(new_judge.alpha > 0.0 && new_judge.beta > 0.0);
        }

        #[test]
        fn the_information_gain_is_finite_non_negative_and_symmetric(
            judge in judges(), a in items(), b in items()
        ) {
            let gain = expected_information_gain(judge, a, b);
            prop_assert!(gain.is_finite());
            // A weighted sum of KL divergences; the slack only allows for rounding (20 000 cases never needed it).
            prop_assert!(gain >= -1e-12, "gain {}", gain);
            let swapped = expected_information_gain(judge, b, a);
            prop_assert!((gain - swapped).abs() <= 1e-9 * gain.abs().max(1e-6));
        }
    }

    #[test]
    fn nothing_is_chosen_from_no_candidates() {
        let mut rng = StdRng::seed_from_u64(1);
        assert_eq!(choose_next(Judge::default(), None, &[], &mut rng), None);
        assert_eq!(choose_next(Judge::default(), Some(&Item::default()), &[], &mut rng), None);
    }

    #[test]
    fn busy_items_are_avoided_while_another_is_free() {
        let candidates = [
            candidate("a", Item::default(), 0, true),
            candidate("b", item(5.0, 0.01), 9, false),
            candidate("c", Item::default(), 0, true),
        ];
        for seed in 0..200 {
            let mut rng = StdRng::seed_from_u64(seed);
            assert_eq!(choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng), Some(1));
            assert_eq!(choose_next(Judge::default(), None, &candidates, &mut rng), Some(1));
        }
    }

    #[test]
    fn busy_items_are_used_when_every_item_is_busy() {
        let candidates = [candidate("a", Item::default(), 3, true), candidate("b", Item::default(), 1, true)];
        for seed in 0..200 {
            let mut rng = StdRng::seed_from_u64(seed);
            // Among the busy ones the less-seen rule still applies.
            assert_eq!(choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng), Some(1));
        }
    }

    #[test]
    fn items_with_few_views_come_first() {
        let candidates = [
            candidate("seen", Item::default(), MIN_VIEWS, false),
            candidate("new", item(4.0, 0.001), MIN_VIEWS - 1, false),
            candidate("also-seen", Item::default(), MIN_VIEWS + 3, false),
        ];
        for seed in 0..200 {
            let mut rng = StdRng::seed_from_u64(seed);
            assert_eq!(choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng), Some(1));
        }
    }

    #[test]
    fn being_free_matters_more_than_few_views() {
        // Gavel filters busy items first, then by views.
        let candidates =
            [candidate("busy-new", Item::default(), 0, true), candidate("free-seen", Item::default(), 10, false)];
        let mut rng = StdRng::seed_from_u64(7);
        assert_eq!(choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng), Some(1));
    }

    fn one_informative_among_four() -> Vec<Candidate> {
        // Against a fresh previous item, a fresh item (σ² = 1, μ = 0) is far more informative than
        // well-known items far away.
        vec![
            candidate("far-1", item(3.0, 0.01), 5, false),
            candidate("fresh", Item::default(), 5, false),
            candidate("far-2", item(-3.0, 0.01), 5, false),
            candidate("far-3", item(4.0, 0.02), 5, false),
        ]
    }

    #[test]
    fn the_most_informative_item_wins_unless_exploring() {
        let candidates = one_informative_among_four();
        let previous = Item::default();
        let gains: Vec<f64> =
            candidates.iter().map(|c| expected_information_gain(Judge::default(), previous, c.item)).collect();
        assert!(gains.iter().enumerate().all(|(i, &g)| i == 1 || g < gains[1]));
        let mut rng = StdRng::seed_from_u64(2013);
        let runs = 20_000;
        let mut counts = [0u32; 4];
        for _ in 0..runs {
            let chosen = choose_next(Judge::default(), Some(&previous), &candidates, &mut rng);
            if let Some(i) = chosen {
                counts[i] += 1;
            }
        }
        // Exploration picks uniformly with probability ε, so another item comes up ε·3/4 = 18.75% of the time.
        let others = f64::from(runs - counts[1]) / f64::from(runs);
        assert!((others - EPSILON * 0.75).abs() < 0.015, "explored {others}");
        assert!(counts.iter().all(|&n| n > 0), "{counts:?}");
    }

    #[test]
    fn the_same_seed_gives_the_same_choices() {
        let candidates = one_informative_among_four();
        let run = |seed| {
            let mut rng = StdRng::seed_from_u64(seed);
            (0..50)
                .map(|_| choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(42), run(42));
    }

    #[test]
    fn a_first_item_is_picked_uniformly() {
        let candidates = one_informative_among_four();
        let mut rng = StdRng::seed_from_u64(3);
        let mut counts = [0u32; 4];
        for _ in 0..4_000 {
            if let Some(i) = choose_next(Judge::default(), None, &candidates, &mut rng) {
                counts[i] += 1;
            }
        }
        assert!(counts.iter().all(|&n| (850..1150).contains(&n)), "{counts:?}");
    }

    #[test]
    fn ties_in_information_gain_are_broken_at_random() {
        let candidates: Vec<Candidate> = (0..3).map(|i| candidate(&i.to_string(), Item::default(), 5, false)).collect();
        let mut rng = StdRng::seed_from_u64(9);
        let mut counts = [0u32; 3];
        for _ in 0..3_000 {
            if let Some(i) = choose_next(Judge::default(), Some(&Item::default()), &candidates, &mut rng) {
                counts[i] += 1;
            }
        }
        assert!(counts.iter().all(|&n| n > 800), "{counts:?}");
    }

    #[test]
    fn the_ranking_sorts_by_mean_and_shares_ranks_on_ties() {
        let items = vec![
            ("c".to_owned(), item(0.5, 0.25)),
            ("b".to_owned(), item(1.5, 4.0)),
            ("a".to_owned(), item(0.5, 1.0)),
            ("d".to_owned(), item(-1.0, 0.09)),
            ("e".to_owned(), item(f64::NAN, 1.0)),
        ];
        let ranked = ranking(&items);
        let summary: Vec<(&str, u32)> = ranked.iter().map(|(id, _, _, rank)| (id.as_str(), *rank)).collect();
        assert_eq!(summary, [("b", 1), ("a", 2), ("c", 2), ("d", 4), ("e", 5)]);
        assert_eq!(ranked[0].1, 1.5);
        assert_eq!(ranked[0].2, 2.0);
        assert_close(ranked[3].2, 0.3, 1e-15);
        assert!(ranking(&[]).is_empty());
    }

    /// `cargo test --release -- --ignored --nocapture choosing_among_300`
    #[test]
    #[ignore = "timing; run in release"]
    fn choosing_among_300_candidates_takes_microseconds() {
        let mut rng = StdRng::seed_from_u64(300);
        let candidates: Vec<Candidate> = (0..300)
            .map(|i| {
                let mu = rng.random_range(-3.0..3.0);
                let sigma_sq = rng.random_range(0.01..1.0);
                candidate(&format!("{i}"), item(mu, sigma_sq), 5, false)
            })
            .collect();
        let judge = Judge { alpha: 14.2, beta: 2.7 };
        let previous = item(0.4, 0.3);
        let rounds = 2_000u32;
        let start = std::time::Instant::now();
        let mut checksum = 0usize;
        for _ in 0..rounds {
            checksum += choose_next(judge, Some(&previous), &candidates, &mut rng).unwrap_or(0);
        }
        let per_call = start.elapsed() / rounds;
        println!("choose_next over 300 candidates: {per_call:?} per call (checksum {checksum})");
        assert!(per_call < Duration::from_millis(1));
    }
}
