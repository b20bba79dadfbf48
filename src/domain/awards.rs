//! Award tiers and the proposal of winners from a final ranking: pure rules.
//! Tiers are filled best first (대상, then 최우수상, …), each with as many
//! winners as it counts; disqualified entries are skipped, and so is an
//! entrant (a person or a team) who already has an award, unless the
//! contest allows more than one. A tie across a tier's boundary is placed
//! by rank order and flagged, never broken silently.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::contest::form::Text;
use crate::error::FieldError;

pub const MAX_TIERS: usize = 20;
pub const MAX_WINNERS_PER_TIER: u32 = 1000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Lower-case letters, digits and `_`, starting with a letter; unique.
    pub key: String,
    /// e.g. 대상 / Grand prize.
    pub label: Text,
    /// How many winners.
    pub count: u32,
    pub prize: Option<String>,
    /// A people's-choice tier is filled from the public vote, not the jury's ranking.
    #[serde(default)]
    pub peoples_choice: bool,
}

/// Checks tiers as an organizer sends them (in award order, best first).
pub fn check_tiers(tiers: &[Tier]) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if tiers.len() > MAX_TIERS {
        errors.push(FieldError::new("tiers", "too_many", format!("At most {MAX_TIERS} tiers.")));
    }
    let mut keys = BTreeSet::new();
    for (i, tier) in tiers.iter().enumerate() {
        let at = |field: &str| format!("tiers[{i}].{field}");
        let key_ok = tier.key.len() <= 40
            && tier.key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && tier.key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !key_ok {
            errors.push(FieldError::new(
                at("key"),
                "invalid_format",
                "Lower-case letters, digits and _, starting with a letter.",
            ));
        } else if !keys.insert(tier.key.as_str()) {
            errors.push(FieldError::new(at("key"), "duplicate", "Each tier key once."));
        }
        if tier.label.ko.trim().is_empty() || tier.label.ko.chars().count() > 50 {
            errors.push(FieldError::new(at("label.ko"), "invalid_length", "Between 1 and 50 characters."));
        }
        if tier.label.en.as_deref().is_some_and(|en| en.trim().is_empty() || en.chars().count() > 50) {
            errors.push(FieldError::new(at("label.en"), "invalid_length", "Between 1 and 50 characters."));
        }
        if !(1..=MAX_WINNERS_PER_TIER).contains(&tier.count) {
            errors.push(FieldError::new(at("count"), "out_of_range", format!("Between 1 and {MAX_WINNERS_PER_TIER}.")));
        }
        if tier.prize.as_deref().is_some_and(|p| p.chars().count() > 500) {
            errors.push(FieldError::new(at("prize"), "too_long", "At most 500 characters."));
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// An entry in a final ranking, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub entry_id: String,
    /// Shared by tied entries; `None` for an unranked (unscored) entry, never awarded.
    pub rank: Option<u32>,
    /// The person or team the award would go to.
    pub entrant: String,
    pub disqualified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Proposal {
    pub tier: String,
    /// 1..=count within the tier.
    pub place: u32,
    pub entry_id: String,
    /// The entry shares its rank with an entry placed in another tier, or left without an award.
    pub tied_across_boundary: bool,
}

/// Proposes winners for the jury's tiers from `ranking` (best first) and for
/// people's-choice tiers from `popular` (most votes first).
pub fn propose(tiers: &[Tier], ranking: &[Ranked], popular: &[Ranked], one_per_entrant: bool) -> Vec<Proposal> {
    let mut awarded_entries: BTreeSet<String> = BTreeSet::new();
    let mut awarded_entrants: BTreeSet<String> = BTreeSet::new();
    let mut proposals = Vec::new();
    // The jury's tiers first, in award order; people's choice after, so a
    // jury award is never displaced by a popular one.
    let ordered = tiers.iter().filter(|t| !t.peoples_choice).chain(tiers.iter().filter(|t| t.peoples_choice));
    for tier in ordered {
        let source = if tier.peoples_choice { popular } else { ranking };
        let mut place = 0;
        for candidate in source {
            if place == tier.count {
                break;
            }
            let eligible = candidate.rank.is_some()
                && !candidate.disqualified
                && !awarded_entries.contains(&candidate.entry_id)
                && (!one_per_entrant || !awarded_entrants.contains(&candidate.entrant));
            if !eligible {
                continue;
            }
            place += 1;
            awarded_entries.insert(candidate.entry_id.clone());
            awarded_entrants.insert(candidate.entrant.clone());
            proposals.push(Proposal {
                tier: tier.key.clone(),
                place,
                entry_id: candidate.entry_id.clone(),
                tied_across_boundary: false,
            });
        }
    }
    flag_boundary_ties(&mut proposals, tiers, ranking, popular);
    proposals
}

/// Marks every proposal whose entry shares its rank with an entry that got
/// another tier or none.
fn flag_boundary_ties(proposals: &mut [Proposal], tiers: &[Tier], ranking: &[Ranked], popular: &[Ranked]) {
    let tier_of =
        |entry: &str, proposals: &[Proposal]| proposals.iter().find(|p| p.entry_id == entry).map(|p| p.tier.clone());
    let snapshot = proposals.to_vec();
    for p in proposals.iter_mut() {
        let peoples = tiers.iter().any(|t| t.key == p.tier && t.peoples_choice);
        let source = if peoples { popular } else { ranking };
        let Some(rank) = source.iter().find(|r| r.entry_id == p.entry_id).and_then(|r| r.rank) else { continue };
        p.tied_across_boundary = source
            .iter()
            .filter(|r| r.rank == Some(rank) && r.entry_id != p.entry_id && !r.disqualified)
            .any(|r| tier_of(&r.entry_id, &snapshot).as_deref() != Some(p.tier.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(key: &str, count: u32) -> Tier {
        Tier { key: key.into(), label: Text { ko: key.into(), en: None }, count, prize: None, peoples_choice: false }
    }

    fn ranked(entry: &str, rank: u32, entrant: &str) -> Ranked {
        Ranked { entry_id: entry.into(), rank: Some(rank), entrant: entrant.into(), disqualified: false }
    }

    fn winners(proposals: &[Proposal]) -> Vec<(String, String)> {
        proposals.iter().map(|p| (p.tier.clone(), p.entry_id.clone())).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(t, e)| (t.to_string(), e.to_string())).collect()
    }

    #[test]
    fn tiers_are_filled_best_first_by_count() {
        let tiers = [tier("grand", 1), tier("gold", 2), tier("merit", 2)];
        let ranking: Vec<Ranked> = (1..=6).map(|i| ranked(&format!("e{i}"), i, &format!("p{i}"))).collect();
        let proposed = propose(&tiers, &ranking, &[], true);
        assert_eq!(
            winners(&proposed),
            pairs(&[("grand", "e1"), ("gold", "e2"), ("gold", "e3"), ("merit", "e4"), ("merit", "e5")])
        );
        assert!(proposed.iter().all(|p| !p.tied_across_boundary));
    }

    #[test]
    fn disqualified_entries_and_second_entries_of_a_winner_are_skipped() {
        let tiers = [tier("grand", 1), tier("gold", 2)];
        let mut ranking =
            vec![ranked("e1", 1, "kim"), ranked("e2", 2, "kim"), ranked("e3", 3, "lee"), ranked("e4", 4, "park")];
        ranking[2].disqualified = true;
        assert_eq!(winners(&propose(&tiers, &ranking, &[], true)), pairs(&[("grand", "e1"), ("gold", "e4")]));
        assert_eq!(
            winners(&propose(&tiers, &ranking, &[], false)),
            pairs(&[("grand", "e1"), ("gold", "e2"), ("gold", "e4")])
        );
    }

    #[test]
    fn a_tie_across_a_tier_boundary_is_flagged_on_both_sides() {
        let tiers = [tier("grand", 1), tier("gold", 1)];
        let ranking = vec![ranked("e1", 1, "a"), ranked("e2", 1, "b"), ranked("e3", 3, "c")];
        let proposed = propose(&tiers, &ranking, &[], true);
        assert_eq!(winners(&proposed), pairs(&[("grand", "e1"), ("gold", "e2")]));
        assert!(proposed.iter().all(|p| p.tied_across_boundary));
    }

    #[test]
    fn unranked_entries_are_never_awarded_and_short_rankings_leave_places_empty() {
        let tiers = [tier("grand", 1), tier("gold", 3)];
        let ranking = vec![
            ranked("e1", 1, "a"),
            Ranked { entry_id: "e2".into(), rank: None, entrant: "b".into(), disqualified: false },
        ];
        assert_eq!(winners(&propose(&tiers, &ranking, &[], true)), pairs(&[("grand", "e1")]));
    }

    #[test]
    fn a_peoples_choice_tier_comes_from_the_vote_after_the_jurys_tiers() {
        let mut popular_tier = tier("popular", 1);
        popular_tier.peoples_choice = true;
        let tiers = [popular_tier, tier("grand", 1)];
        let ranking = vec![ranked("e1", 1, "a"), ranked("e2", 2, "b")];
        let popular = vec![ranked("e1", 1, "a"), ranked("e2", 2, "b")];
        let proposed = propose(&tiers, &ranking, &popular, true);
        assert_eq!(winners(&proposed), pairs(&[("grand", "e1"), ("popular", "e2")]));
    }

    #[test]
    fn tiers_are_checked_field_by_field() {
        let mut bad = vec![tier("Grand", 0), tier("gold", 1), tier("gold", 1)];
        bad[1].label.ko = " ".into();
        let errors = check_tiers(&bad).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["tiers[0].key", "tiers[0].count", "tiers[1].label.ko", "tiers[2].key"]);
        assert!(check_tiers(&[tier("grand", 1)]).is_ok());
    }
}
