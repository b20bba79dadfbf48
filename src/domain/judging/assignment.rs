//! Who judges which entry. Entries and judges are string ids; a conflict `(judge, entry)` means
//! the judge must never judge that entry.
//!
//! [`plan`] adds assignments to the ones that already exist (it never removes any). In
//! [`Mode::PerEntry`] every entry gets `k` judges where conflicts allow, and the new work goes to
//! the least-loaded judges: entries are filled greedily (most constrained entries first, each new
//! seat to the eligible judge with the fewest assignments, ties by judge id), then new assignments
//! are moved along chains while that lowers a judge loaded at least two above another. The result
//! is as balanced as conflicts and existing assignments allow: the largest load is as small as
//! possible and the smallest as large as possible, so loads differ by at most one whenever any
//! assignment achieves that.
//!
//! Scope rules shared by both functions:
//! - `judges` are the judges who can take work now; existing assignments of anyone else are
//!   ignored, and so are existing assignments to entries not in `entries` ([`plan`] only).
//! - An existing assignment that is itself conflicted does not count (not as a judge of the entry,
//!   not as load): the caller is expected to drop it (and may use [`replace_after_conflict`]).
//! - Duplicate ids and duplicate pairs count once.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How entries are distributed among judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "mode", rename_all = "snake_case", deny_unknown_fields)]
pub enum Mode {
    /// Every judge judges every entry they have no conflict with.
    Everyone,
    /// Every entry is judged by `k` judges (fewer when conflicts leave fewer).
    PerEntry { k: u32 },
}

/// What [`plan`] proposes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// New `(judge, entry)` assignments, sorted.
    pub add: Vec<(String, String)>,
    /// `(entry, missing judges)`, sorted by entry: entries that will have fewer judges than the
    /// mode asks for because too few judges are free of conflicts. With [`Mode::PerEntry`] the
    /// number missing is `k − eligible judges`; with [`Mode::Everyone`] an entry is listed (missing
    /// 1) only when no judge at all may judge it.
    pub short: Vec<(String, u32)>,
}

/// Judge → entries and entry → judges, restricted to the given ids, without conflicted pairs.
struct Board<'a> {
    judges: BTreeSet<&'a str>,
    entries: BTreeSet<&'a str>,
    conflicts: BTreeSet<(&'a str, &'a str)>,
    /// Judges currently on each entry (existing and planned).
    on_entry: BTreeMap<&'a str, BTreeSet<&'a str>>,
    /// Assignments per judge (existing and planned).
    load: BTreeMap<&'a str, u32>,
}

impl<'a> Board<'a> {
    fn new(
        entries: impl IntoIterator<Item = &'a str>,
        judges: &'a [String],
        conflicts: &'a BTreeSet<(String, String)>,
        existing: &'a [(String, String)],
    ) -> Self {
        let judges: BTreeSet<&str> = judges.iter().map(String::as_str).collect();
        let entries: BTreeSet<&str> = entries.into_iter().collect();
        let conflicts = conflicts.iter().map(|(judge, entry)| (judge.as_str(), entry.as_str())).collect();
        let mut board = Board {
            on_entry: entries.iter().map(|&e| (e, BTreeSet::new())).collect(),
            load: judges.iter().map(|&j| (j, 0)).collect(),
            judges,
            entries,
            conflicts,
        };
        for (judge, entry) in existing {
            if board.judges.contains(judge.as_str()) && board.entries.contains(entry.as_str()) {
                board.assign(judge, entry);
            }
        }
        board
    }

    fn conflicted(&self, judge: &str, entry: &str) -> bool {
        self.conflicts.contains(&(judge, entry))
    }

    fn load_of(&self, judge: &str) -> u32 {
        self.load.get(judge).copied().unwrap_or(0)
    }

    fn is_on(&self, judge: &str, entry: &str) -> bool {
        self.on_entry.get(entry).is_some_and(|judges| judges.contains(judge))
    }

    /// Records `judge` on `entry` unless conflicted or already there; true if it was recorded.
    fn assign(&mut self, judge: &'a str, entry: &'a str) -> bool {
        if self.conflicted(judge, entry) || !self.on_entry.entry(entry).or_default().insert(judge) {
            return false;
        }
        *self.load.entry(judge).or_insert(0) += 1;
        true
    }

    fn unassign(&mut self, judge: &str, entry: &str) {
        if self.on_entry.get_mut(entry).is_some_and(|judges| judges.remove(judge))
            && let Some(load) = self.load.get_mut(judge)
        {
            *load = load.saturating_sub(1);
        }
    }

    /// Judges in scope who may judge `entry`, by id.
    fn eligible(&self, entry: &str) -> Vec<&'a str> {
        self.judges.iter().copied().filter(|judge| !self.conflicted(judge, entry)).collect()
    }

    /// The eligible judge not yet on `entry` with the fewest assignments, ties by id.
    fn least_loaded_free(&self, entry: &str, eligible: &[&'a str]) -> Option<&'a str> {
        eligible
            .iter()
            .copied()
            .filter(|judge| !self.is_on(judge, entry))
            .min_by_key(|&judge| (self.load_of(judge), judge))
    }
}

/// The assignments to add so that `mode` is satisfied, keeping `existing` (see the module
/// documentation for the scope rules and the balancing). The output is sorted and depends only on
/// the inputs as sets.
pub fn plan(
    mode: &Mode,
    entries: &[String],
    judges: &[String],
    conflicts: &BTreeSet<(String, String)>,
    existing: &[(String, String)],
) -> Plan {
    let mut board = Board::new(entries.iter().map(String::as_str), judges, conflicts, existing);
    let entries: Vec<&str> = board.entries.iter().copied().collect();
    let mut added: BTreeSet<(&str, &str)> = BTreeSet::new();
    let mut short = Vec::new();
    match *mode {
        Mode::Everyone => {
            for &entry in &entries {
                let eligible = board.eligible(entry);
                if eligible.is_empty() {
                    short.push((entry.to_owned(), 1));
                }
                for judge in eligible {
                    if board.assign(judge, entry) {
                        added.insert((judge, entry));
                    }
                }
            }
        }
        Mode::PerEntry { k } => {
            let mut by_constraint: Vec<(usize, &str, Vec<&str>)> = entries
                .iter()
                .map(|&entry| {
                    let eligible = board.eligible(entry);
                    (eligible.len(), entry, eligible)
                })
                .collect();
            by_constraint.sort();
            let wanted = usize::try_from(k).unwrap_or(usize::MAX);
            for (available, entry, eligible) in &by_constraint {
                if *available < wanted {
                    let missing = u32::try_from(wanted - available).unwrap_or(u32::MAX);
                    short.push(((*entry).to_owned(), missing));
                }
                let target = wanted.min(*available);
                while board.on_entry.get(entry).map_or(0, BTreeSet::len) < target {
                    let Some(judge) = board.least_loaded_free(entry, eligible) else { break };
                    board.assign(judge, entry);
                    added.insert((judge, entry));
                }
            }
            rebalance(&mut board, &mut added);
            short.sort();
        }
    }
    Plan { add: added.into_iter().map(|(judge, entry)| (judge.to_owned(), entry.to_owned())).collect(), short }
}

/// Moves planned (never existing) assignments along chains judge₀ → entry₁ → judge₁ → … →
/// judgeₙ (judgeᵢ₋₁ hands entryᵢ to judgeᵢ, who was free of conflict with it and not on it) while
/// such a chain lowers a judge whose load is at least two above judgeₙ's. Every move lowers the sum
/// of squared loads, so this ends; when no chain is left the loads are balanced as far as the
/// conflicts allow (the optimality condition of this convex-cost flow).
fn rebalance<'a>(board: &mut Board<'a>, added: &mut BTreeSet<(&'a str, &'a str)>) {
    loop {
        let minimum = board.load.values().copied().min().unwrap_or(0);
        let mut sources: Vec<(u32, &str)> =
            board.load.iter().filter(|&(_, &load)| load >= minimum + 2).map(|(&judge, &load)| (load, judge)).collect();
        sources.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let chain = sources.iter().find_map(|&(_, source)| find_chain(board, added, source));
        let Some(chain) = chain else { return };
        for (giver, entry, taker) in chain {
            board.unassign(giver, entry);
            added.remove(&(giver, entry));
            board.assign(taker, entry);
            added.insert((taker, entry));
        }
    }
}

/// A shortest chain of moves `(giver, entry, taker)` from `source` to a judge loaded at least two
/// below it, by breadth-first search in id order.
fn find_chain<'a>(
    board: &Board<'a>,
    added: &BTreeSet<(&'a str, &'a str)>,
    source: &'a str,
) -> Option<Vec<(&'a str, &'a str, &'a str)>> {
    let limit = board.load_of(source).checked_sub(2)?;
    let mut given: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &(judge, entry) in added {
        given.entry(judge).or_default().push(entry);
    }
    let mut reached_from: BTreeMap<&'a str, (&'a str, &'a str)> = BTreeMap::new();
    let mut queue = VecDeque::from([source]);
    while let Some(giver) = queue.pop_front() {
        for &entry in given.get(giver).into_iter().flatten() {
            for taker in board.eligible(entry) {
                if taker == source || reached_from.contains_key(taker) || board.is_on(taker, entry) {
                    continue;
                }
                reached_from.insert(taker, (giver, entry));
                if board.load_of(taker) <= limit {
                    let mut chain = Vec::new();
                    let mut current = taker;
                    while let Some(&(previous, entry)) = reached_from.get(current) {
                        chain.push((previous, entry, current));
                        if previous == source {
                            break;
                        }
                        current = previous;
                    }
                    return Some(chain);
                }
                queue.push_back(taker);
            }
        }
    }
    None
}

/// With [`Mode::PerEntry`] (and `k > 0`), the judge to take over `entry` from
/// `judge_with_conflict`: among `judges`, not that judge, not already on the entry per `existing`,
/// and free of conflict with it, the one with the fewest existing assignments (conflicted ones not
/// counted), ties by id. `None` when there is no such judge, and always in [`Mode::Everyone`]
/// (where every free judge already has the entry). It does not check whether the entry still
/// needs a judge.
pub fn replace_after_conflict(
    mode: &Mode,
    judge_with_conflict: &str,
    entry: &str,
    judges: &[String],
    conflicts: &BTreeSet<(String, String)>,
    existing: &[(String, String)],
) -> Option<String> {
    match *mode {
        Mode::Everyone | Mode::PerEntry { k: 0 } => None,
        Mode::PerEntry { .. } => {
            let board = Board::new(existing.iter().map(|(_, e)| e.as_str()), judges, conflicts, existing);
            board
                .eligible(entry)
                .into_iter()
                .filter(|&judge| judge != judge_with_conflict && !board.is_on(judge, entry))
                .min_by_key(|&judge| (board.load_of(judge), judge))
                .map(str::to_owned)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(prefix: &str, n: usize) -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i:02}")).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|&(j, e)| (j.to_owned(), e.to_owned())).collect()
    }

    fn conflict_set(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
        pairs(list).into_iter().collect()
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Judge loads over existing (non-conflicted, in scope) and added assignments.
    fn loads(
        judges: &[String],
        entries: &[String],
        conflicts: &BTreeSet<(String, String)>,
        existing: &[(String, String)],
        plan: &Plan,
    ) -> BTreeMap<String, u32> {
        let mut all: BTreeSet<(String, String)> = existing
            .iter()
            .filter(|p| judges.contains(&p.0) && entries.contains(&p.1) && !conflicts.contains(*p))
            .cloned()
            .collect();
        all.extend(plan.add.iter().cloned());
        let mut load: BTreeMap<String, u32> = judges.iter().map(|j| (j.clone(), 0)).collect();
        for (judge, _) in all {
            *load.entry(judge).or_insert(0) += 1;
        }
        load
    }

    fn spread(load: &BTreeMap<String, u32>) -> u32 {
        let max = load.values().copied().max().unwrap_or(0);
        let min = load.values().copied().min().unwrap_or(0);
        max - min
    }

    #[test]
    fn everyone_gets_every_entry_they_are_free_to_judge() {
        let plan = plan(
            &Mode::Everyone,
            &strings(&["e1", "e2"]),
            &strings(&["b", "a"]),
            &conflict_set(&[("a", "e2")]),
            &pairs(&[("b", "e1")]),
        );
        assert_eq!(plan.add, pairs(&[("a", "e1"), ("b", "e2")]));
        assert!(plan.short.is_empty());
    }

    #[test]
    fn everyone_reports_an_entry_nobody_may_judge() {
        let plan = plan(&Mode::Everyone, &strings(&["e1", "e2"]), &strings(&["a"]), &conflict_set(&[("a", "e1")]), &[]);
        assert_eq!(plan.add, pairs(&[("a", "e2")]));
        assert_eq!(plan.short, [("e1".to_owned(), 1)]);
    }

    #[test]
    fn per_entry_spreads_six_seats_over_three_judges_evenly() {
        let plan = plan(
            &Mode::PerEntry { k: 2 },
            &strings(&["e1", "e2", "e3"]),
            &strings(&["a", "b", "c"]),
            &BTreeSet::new(),
            &[],
        );
        // e1 → a, b; e2 → c (load 0), then a (tie of 1s, by id); e3 → b, c.
        assert_eq!(plan.add, pairs(&[("a", "e1"), ("a", "e2"), ("b", "e1"), ("b", "e3"), ("c", "e2"), ("c", "e3")]));
        assert!(plan.short.is_empty());
    }

    #[test]
    fn per_entry_keeps_existing_judges_and_tops_up() {
        let existing = pairs(&[("a", "e1"), ("a", "e2")]);
        let plan = plan(
            &Mode::PerEntry { k: 2 },
            &strings(&["e1", "e2"]),
            &strings(&["a", "b", "c"]),
            &BTreeSet::new(),
            &existing,
        );
        assert_eq!(plan.add, pairs(&[("b", "e1"), ("c", "e2")]));
    }

    #[test]
    fn per_entry_reports_entries_short_of_free_judges() {
        let conflicts = conflict_set(&[("a", "e1"), ("b", "e1")]);
        let plan = plan(&Mode::PerEntry { k: 2 }, &strings(&["e1", "e2"]), &strings(&["a", "b", "c"]), &conflicts, &[]);
        assert_eq!(plan.short, [("e1".to_owned(), 1)]);
        assert!(plan.add.contains(&("c".to_owned(), "e1".to_owned())));
        assert_eq!(plan.add.len(), 3);
        let plan = plan_for_no_judges();
        assert_eq!(plan.short, [("e1".to_owned(), 3)]);
    }

    fn plan_for_no_judges() -> Plan {
        plan(&Mode::PerEntry { k: 3 }, &strings(&["e1"]), &[], &BTreeSet::new(), &[])
    }

    #[test]
    fn constrained_entries_are_served_first() {
        // e1 is the only entry b may not judge; filling e0 first by id would give it a and leave a
        // with two. The balanced answer gives e1 to a and e0 to b.
        let conflicts = conflict_set(&[("b", "e1")]);
        let plan = plan(&Mode::PerEntry { k: 1 }, &strings(&["e0", "e1"]), &strings(&["a", "b"]), &conflicts, &[]);
        assert_eq!(plan.add, pairs(&[("a", "e1"), ("b", "e0")]));
    }

    #[test]
    fn a_greedy_pick_that_boxes_in_a_later_entry_is_moved() {
        // Each judge is conflicted with one entry. Filling e00 → j01, e01 → j00, e02 → j00 (tie
        // of ones, by id) leaves loads 2, 1, 0; moving e01 to j02 evens them.
        let conflicts = conflict_set(&[("j00", "e00"), ("j01", "e01"), ("j02", "e02")]);
        let plan = plan(&Mode::PerEntry { k: 1 }, &ids("e", 3), &ids("j", 3), &conflicts, &[]);
        assert_eq!(plan.add, pairs(&[("j00", "e02"), ("j01", "e00"), ("j02", "e01")]));
    }

    #[test]
    fn a_chain_of_moves_fixes_what_no_single_move_can() {
        // j02 may judge only e00. Filling gives e00 → j01, e01 → j00, e02 → j00: loads 2, 1, 0.
        // No single move helps (j00's entries can only go to j01, loaded 1), but the chain
        // "j00 hands e01 to j01, j01 hands e00 to j02" gives everyone one.
        let conflicts = conflict_set(&[("j00", "e00"), ("j02", "e01"), ("j02", "e02")]);
        let plan = plan(&Mode::PerEntry { k: 1 }, &ids("e", 3), &ids("j", 3), &conflicts, &[]);
        assert_eq!(plan.add, pairs(&[("j00", "e02"), ("j01", "e01"), ("j02", "e00")]));
    }

    #[test]
    fn k_zero_adds_nothing() {
        let plan = plan(&Mode::PerEntry { k: 0 }, &strings(&["e1"]), &strings(&["a"]), &BTreeSet::new(), &[]);
        assert_eq!(plan, Plan::default());
    }

    #[test]
    fn existing_assignments_outside_the_scope_or_conflicted_do_not_count() {
        // "gone" left; "e9" is not an entry any more; (a, e1) became a conflict.
        let existing = pairs(&[("gone", "e1"), ("b", "e9"), ("a", "e1")]);
        let conflicts = conflict_set(&[("a", "e1")]);
        let plan = plan(&Mode::PerEntry { k: 1 }, &strings(&["e1"]), &strings(&["a", "b"]), &conflicts, &existing);
        assert_eq!(plan.add, pairs(&[("b", "e1")]));
    }

    #[test]
    fn duplicate_ids_count_once() {
        let plan =
            plan(&Mode::PerEntry { k: 2 }, &strings(&["e1", "e1"]), &strings(&["a", "a", "b"]), &BTreeSet::new(), &[]);
        assert_eq!(plan.add, pairs(&[("a", "e1"), ("b", "e1")]));
    }

    #[test]
    fn modes_serialize_with_a_tag() {
        assert_eq!(
            serde_json::to_value(Mode::PerEntry { k: 3 }).ok(),
            Some(serde_json::json!({"mode": "per_entry", "k": 3}))
        );
        assert_eq!(serde_json::to_value(Mode::Everyone).ok(), Some(serde_json::json!({"mode": "everyone"})));
        let parsed: Result<Mode, _> = serde_json::from_str(r#"{"mode":"per_entry","k":2}"#);
        assert_eq!(parsed.ok(), Some(Mode::PerEntry { k: 2 }));
    }

    #[test]
    fn a_replacement_is_the_least_loaded_free_judge() {
        let judges = strings(&["a", "b", "c", "d"]);
        let existing =
            pairs(&[("a", "e1"), ("b", "e1"), ("b", "e2"), ("c", "e2"), ("c", "e3"), ("d", "e4"), ("d", "e5")]);
        let conflicts = conflict_set(&[("a", "e1")]);
        // a is leaving e1; b is already on it; c and d have two each; c wins by id.
        let mode = Mode::PerEntry { k: 2 };
        assert_eq!(replace_after_conflict(&mode, "a", "e1", &judges, &conflicts, &existing), Some("c".to_owned()));
        // If c is conflicted too, d.
        let conflicts = conflict_set(&[("a", "e1"), ("c", "e1")]);
        assert_eq!(replace_after_conflict(&mode, "a", "e1", &judges, &conflicts, &existing), Some("d".to_owned()));
        // Nobody left.
        let conflicts = conflict_set(&[("a", "e1"), ("c", "e1"), ("d", "e1")]);
        assert_eq!(replace_after_conflict(&mode, "a", "e1", &judges, &conflicts, &existing), None);
    }

    #[test]
    fn there_is_no_replacement_when_everyone_judges_everything() {
        let judges = strings(&["a", "b"]);
        assert_eq!(replace_after_conflict(&Mode::Everyone, "a", "e1", &judges, &BTreeSet::new(), &[]), None);
        assert_eq!(replace_after_conflict(&Mode::PerEntry { k: 0 }, "a", "e1", &judges, &BTreeSet::new(), &[]), None);
    }

    /// (entries, judges, k) with k ≤ judges.
    fn sizes() -> impl Strategy<Value = (usize, usize, u32)> {
        (0usize..30, 1usize..10).prop_flat_map(|(entries, judges)| {
            (Just(entries), Just(judges), 0..=u32::try_from(judges).unwrap_or(u32::MAX))
        })
    }

    /// Entries, judges, conflicts, existing assignments and k.
    type Instance = (Vec<String>, Vec<String>, BTreeSet<(String, String)>, Vec<(String, String)>, u32);

    /// A small instance with random conflicts and existing assignments.
    fn instances() -> impl Strategy<Value = Instance> {
        (1usize..12, 1usize..7, 0u32..5).prop_flat_map(|(entries, judges, k)| {
            let entry_ids = ids("e", entries);
            let judge_ids = ids("j", judges);
            let all: Vec<(String, String)> =
                judge_ids.iter().flat_map(|j| entry_ids.iter().map(move |e| (j.clone(), e.clone()))).collect();
            let conflicts = proptest::sample::subsequence(all.clone(), 0..=all.len() / 2);
            let existing = proptest::sample::subsequence(all.clone(), 0..=all.len() / 4);
            (Just(entry_ids), Just(judge_ids), conflicts.prop_map(|c| c.into_iter().collect()), existing, Just(k))
        })
    }

    /// The smallest possible largest load and the largest possible smallest load over every way of
    /// completing the entries on top of the existing assignments (brute force).
    fn best_bounds(
        entries: &[String],
        judges: &[String],
        conflicts: &BTreeSet<(String, String)>,
        existing: &[(String, String)],
        k: usize,
    ) -> (u32, u32) {
        let free = |j: usize, e: &String| !conflicts.contains(&(judges[j].clone(), e.clone()));
        let kept = |j: usize, e: &String| free(j, e) && existing.contains(&(judges[j].clone(), e.clone()));
        let mut load: Vec<u32> =
            (0..judges.len()).map(|j| entries.iter().filter(|e| kept(j, e)).count() as u32).collect();
        let options: Vec<Vec<Vec<usize>>> = entries
            .iter()
            .map(|e| {
                let eligible = (0..judges.len()).filter(|&j| free(j, e)).count();
                let on = (0..judges.len()).filter(|&j| kept(j, e)).count();
                let open: Vec<usize> = (0..judges.len()).filter(|&j| free(j, e) && !kept(j, e)).collect();
                let want = k.min(eligible).saturating_sub(on);
                (0u32..(1 << open.len()))
                    .filter(|mask| mask.count_ones() as usize == want)
                    .map(|mask| {
                        open.iter().enumerate().filter(|(b, _)| mask & (1 << b) != 0).map(|(_, &j)| j).collect()
                    })
                    .collect()
            })
            .collect();
        let mut best = (u32::MAX, 0);
        fn walk(options: &[Vec<Vec<usize>>], load: &mut Vec<u32>, best: &mut (u32, u32)) {
            let Some((first, rest)) = options.split_first() else {
                let max = load.iter().copied().max().unwrap_or(0);
                let min = load.iter().copied().min().unwrap_or(0);
                *best = (best.0.min(max), best.1.max(min));
                return;
            };
            for choice in first {
                choice.iter().for_each(|&j| load[j] += 1);
                walk(rest, load, best);
                choice.iter().for_each(|&j| load[j] -= 1);
            }
        }
        walk(&options, &mut load, &mut best);
        best
    }

    proptest! {
        #[test]
        fn without_conflicts_every_entry_gets_k_judges_and_loads_differ_by_at_most_one((e, j, k) in sizes()) {
            let entries = ids("e", e);
            let judges = ids("j", j);
            let plan = plan(&Mode::PerEntry { k }, &entries, &judges, &BTreeSet::new(), &[]);
            let mut per_entry: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
            for (judge, entry) in &plan.add {
                prop_assert!(per_entry.entry(entry).or_default().insert(judge), "duplicate pair");
            }
            for entry in &entries {
                prop_assert_eq!(per_entry.get(entry.as_str()).map_or(0, BTreeSet::len), k as usize);
            }
            prop_assert!(plan.short.is_empty());
            prop_assert!(spread(&loads(&judges, &entries, &BTreeSet::new(), &[], &plan)) <= 1);
        }

        #[test]
        fn plans_respect_conflicts_keep_existing_work_and_are_deterministic(
            (entries, judges, conflicts, existing, k) in instances()
        ) {
            for mode in [Mode::Everyone, Mode::PerEntry { k }] {
                let first = plan(&mode, &entries, &judges, &conflicts, &existing);
                for pair in &first.add {
                    prop_assert!(!conflicts.contains(pair), "conflicted pair {:?}", pair);
                    prop_assert!(!existing.contains(pair), "re-added {:?}", pair);
                }
                let mut sorted = first.add.clone();
                sorted.sort();
                sorted.dedup();
                prop_assert_eq!(&sorted, &first.add);
                let mut reversed_entries = entries.clone();
                reversed_entries.reverse();
                let mut reversed_existing = existing.clone();
                reversed_existing.reverse();
                let again = plan(&mode, &reversed_entries, &judges, &conflicts, &reversed_existing);
                prop_assert_eq!(&first, &again);
            }
        }

        #[test]
        fn everyone_mode_covers_every_free_pair((entries, judges, conflicts, existing, _k) in instances()) {
            let plan = plan(&Mode::Everyone, &entries, &judges, &conflicts, &existing);
            let added: BTreeSet<&(String, String)> = plan.add.iter().collect();
            for judge in &judges {
                for entry in &entries {
                    let pair = (judge.clone(), entry.clone());
                    if conflicts.contains(&pair) {
                        prop_assert!(!added.contains(&pair));
                    } else {
                        prop_assert!(added.contains(&pair) != existing.contains(&pair), "{:?}", pair);
                    }
                }
            }
        }

        #[test]
        fn per_entry_fills_every_entry_as_far_as_conflicts_allow((entries, judges, conflicts, existing, k) in instances()) {
            let plan = plan(&Mode::PerEntry { k }, &entries, &judges, &conflicts, &existing);
            for entry in &entries {
                let eligible = judges.iter().filter(|j| !conflicts.contains(&((*j).clone(), entry.clone()))).count();
                let kept = existing.iter().filter(|(j, e)| e == entry && !conflicts.contains(&(j.clone(), e.clone()))).count();
                let added = plan.add.iter().filter(|(_, e)| e == entry).count();
                let wanted = k as usize;
                prop_assert_eq!(kept + added, kept.max(wanted.min(eligible)));
                let reported = plan.short.iter().find(|(e, _)| e == entry).map(|(_, missing)| *missing as usize);
                prop_assert_eq!(reported, (eligible < wanted).then(|| wanted - eligible));
            }
        }

        #[test]
        fn per_entry_loads_are_as_balanced_as_conflicts_allow(
            (entries, judges, conflicts, existing, k) in instances().prop_filter("small", |(e, j, _, _, k)| {
                e.len() <= 5 && j.len() <= 5 && *k <= 3
            })
        ) {
            let plan = plan(&Mode::PerEntry { k }, &entries, &judges, &conflicts, &existing);
            let load = loads(&judges, &entries, &conflicts, &existing, &plan);
            let (best_max, best_min) = best_bounds(&entries, &judges, &conflicts, &existing, k as usize);
            prop_assert_eq!(load.values().copied().max().unwrap_or(0), best_max);
            prop_assert_eq!(load.values().copied().min().unwrap_or(0), best_min);
        }

        #[test]
        fn a_replacement_is_free_of_conflict_and_least_loaded(
            (entries, judges, conflicts, existing, k) in instances()
        ) {
            let entry = &entries[0];
            let leaving = &judges[0];
            let mode = Mode::PerEntry { k: k.max(1) };
            let chosen = replace_after_conflict(&mode, leaving, entry, &judges, &conflicts, &existing);
            let count = |judge: &String| existing.iter().filter(|p| &p.0 == judge && !conflicts.contains(*p)).collect::<BTreeSet<_>>().len();
            let candidates: Vec<&String> = judges
                .iter()
                .filter(|j| *j != leaving)
                .filter(|j| !conflicts.contains(&((*j).clone(), entry.clone())))
                .filter(|j| !existing.contains(&((*j).clone(), entry.clone())))
                .collect();
            match chosen {
                None => prop_assert!(candidates.is_empty()),
                Some(judge) => {
                    prop_assert!(candidates.contains(&&judge));
                    let least = candidates.iter().map(|j| count(j)).min().unwrap_or(0);
                    prop_assert_eq!(count(&judge), least);
                }
            }
        }
    }
}
