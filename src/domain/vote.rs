//! The public vote's pure rules: the network a vote came from, and the fraud
//! signals organizers look at. Signals are leads for a person to examine,
//! never verdicts: nothing here voids a vote.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;

use chrono::{NaiveDateTime, TimeDelta};
use serde::Serialize;
use utoipa::ToSchema;

/// A burst: at least this many votes from new accounts within [`BURST_WINDOW_MINUTES`].
pub const BURST_MIN_VOTES: usize = 10;
pub const BURST_WINDOW_MINUTES: i64 = 10;
/// An account this young when it voted counts as new for bursts.
pub const NEW_ACCOUNT_DAYS: i64 = 7;
/// A network shared by at least this many voters is reported.
pub const SHARED_NETWORK_VOTERS: usize = 5;
/// A vote cast this soon after the account was created is reported.
pub const FRESH_ACCOUNT_MINUTES: i64 = 60;

/// The network of an address, as stored with a vote: IPv4 /24, IPv6 /48.
/// Enough to see many accounts behind one network, not who a voter is.
pub fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return network_of(IpAddr::V4(v4));
            }
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
    }
}

/// What the signals look at for one vote.
#[derive(Debug, Clone)]
pub struct VoteFact {
    pub vote_id: String,
    pub voter_id: String,
    pub voter_created_at: NaiveDateTime,
    pub network: Option<String>,
    pub cast_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Burst {
    #[schema(value_type = String, format = DateTime)]
    pub from: String,
    #[schema(value_type = String, format = DateTime)]
    pub to: String,
    /// Votes from accounts younger than a week in the window.
    pub votes: usize,
    pub vote_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SharedNetwork {
    pub network: String,
    pub voters: usize,
    pub votes: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FreshAccountVote {
    pub vote_id: String,
    pub voter_id: String,
    /// Minutes between the account's creation and the vote.
    pub minutes_after_signup: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Signals {
    pub bursts: Vec<Burst>,
    pub shared_networks: Vec<SharedNetwork>,
    pub fresh_accounts: Vec<FreshAccountVote>,
}

/// The signals over the (standing) votes, in any order.
pub fn signals(facts: &[VoteFact]) -> Signals {
    let mut facts: Vec<&VoteFact> = facts.iter().collect();
    facts.sort_by(|a, b| a.cast_at.cmp(&b.cast_at).then_with(|| a.vote_id.cmp(&b.vote_id)));
    Signals { bursts: bursts(&facts), shared_networks: shared_networks(&facts), fresh_accounts: fresh_accounts(&facts) }
}

/// Maximal runs of new-account votes where every window of
/// `BURST_WINDOW_MINUTES` starting at a vote holds at least `BURST_MIN_VOTES`;
/// overlapping windows merge into one burst.
fn bursts(facts: &[&VoteFact]) -> Vec<Burst> {
    let new: Vec<&VoteFact> =
        facts.iter().copied().filter(|f| f.cast_at - f.voter_created_at < TimeDelta::days(NEW_ACCOUNT_DAYS)).collect();
    let window = TimeDelta::minutes(BURST_WINDOW_MINUTES);
    let mut bursts: Vec<(usize, usize)> = Vec::new();
    let mut end = 0;
    for start in 0..new.len() {
        end = end.max(start);
        while end < new.len() && new[end].cast_at - new[start].cast_at < window {
            end += 1;
        }
        if end - start >= BURST_MIN_VOTES {
            match bursts.last_mut() {
                Some(last) if start < last.1 => last.1 = last.1.max(end),
                _ => bursts.push((start, end)),
            }
        }
    }
    bursts
        .into_iter()
        .map(|(s, e)| Burst {
            from: crate::domain::time::format(new[s].cast_at),
            to: crate::domain::time::format(new[e - 1].cast_at),
            votes: e - s,
            vote_ids: new[s..e].iter().map(|f| f.vote_id.clone()).collect(),
        })
        .collect()
}

fn shared_networks(facts: &[&VoteFact]) -> Vec<SharedNetwork> {
    let mut by_network: BTreeMap<&str, (BTreeSet<&str>, usize)> = BTreeMap::new();
    for f in facts {
        if let Some(network) = &f.network {
            let entry = by_network.entry(network).or_default();
            entry.0.insert(&f.voter_id);
            entry.1 += 1;
        }
    }
    let mut shared: Vec<SharedNetwork> = by_network
        .into_iter()
        .filter(|(_, (voters, _))| voters.len() >= SHARED_NETWORK_VOTERS)
        .map(|(network, (voters, votes))| SharedNetwork { network: network.to_owned(), voters: voters.len(), votes })
        .collect();
    shared.sort_by(|a, b| b.voters.cmp(&a.voters).then_with(|| a.network.cmp(&b.network)));
    shared
}

fn fresh_accounts(facts: &[&VoteFact]) -> Vec<FreshAccountVote> {
    facts
        .iter()
        .filter_map(|f| {
            let age = f.cast_at - f.voter_created_at;
            (age < TimeDelta::minutes(FRESH_ACCOUNT_MINUTES)).then(|| FreshAccountVote {
                vote_id: f.vote_id.clone(),
                voter_id: f.voter_id.clone(),
                minutes_after_signup: age.num_minutes(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(minute: i64) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 0, 0).unwrap() + TimeDelta::minutes(minute)
    }

    fn fact(id: usize, voter: &str, created: i64, network: &str, cast: i64) -> VoteFact {
        VoteFact {
            vote_id: format!("v{id:03}"),
            voter_id: voter.to_owned(),
            voter_created_at: at(created),
            network: Some(network.to_owned()),
            cast_at: at(cast),
        }
    }

    #[test]
    fn networks_keep_only_the_prefix() {
        assert_eq!(network_of("203.0.113.77".parse().unwrap()), "203.0.113.0/24");
        assert_eq!(network_of("2001:db8:abcd:12::1".parse().unwrap()), "2001:db8:abcd::/48");
        assert_eq!(network_of("::ffff:198.51.100.9".parse().unwrap()), "198.51.100.0/24");
    }

    #[test]
    fn ten_votes_from_new_accounts_within_ten_minutes_are_a_burst() {
        let facts: Vec<VoteFact> =
            (0..10).map(|i| fact(i, &format!("u{i}"), -60 * 24, &format!("10.0.{i}.0/24"), i as i64)).collect();
        let signals = signals(&facts);
        assert_eq!(signals.bursts.len(), 1);
        assert_eq!(signals.bursts[0].votes, 10);
    }

    #[test]
    fn the_same_votes_spread_over_an_hour_or_from_old_accounts_are_not() {
        let spread: Vec<VoteFact> =
            (0..10).map(|i| fact(i, &format!("u{i}"), -60 * 24, "10.0.0.0/24", i as i64 * 6)).collect();
        assert!(signals(&spread).bursts.is_empty());
        let old: Vec<VoteFact> =
            (0..10).map(|i| fact(i, &format!("u{i}"), -60 * 24 * 30, "10.0.0.0/24", i as i64)).collect();
        assert!(signals(&old).bursts.is_empty());
    }

    #[test]
    fn overlapping_windows_merge_into_one_burst() {
        let facts: Vec<VoteFact> =
            (0..25).map(|i| fact(i, &format!("u{i}"), -120, "10.0.0.0/24", i as i64 / 2)).collect();
        let bursts = signals(&facts).bursts;
        assert_eq!(bursts.len(), 1);
        assert_eq!(bursts[0].votes, 25);
    }

    #[test]
    fn five_voters_behind_one_network_are_reported_four_are_not() {
        let mut facts: Vec<VoteFact> =
            (0..5).map(|i| fact(i, &format!("u{i}"), -100_000, "203.0.113.0/24", i as i64 * 100)).collect();
        facts.push(fact(9, "u0", -100_000, "203.0.113.0/24", 999));
        let shared = signals(&facts).shared_networks;
        assert_eq!(shared, vec![SharedNetwork { network: "203.0.113.0/24".into(), voters: 5, votes: 6 }]);
        assert!(signals(&facts[..4]).shared_networks.is_empty());
    }

    #[test]
    fn a_vote_within_an_hour_of_signing_up_is_reported() {
        let facts = vec![fact(1, "new", 0, "a", 59), fact(2, "old", 0, "a", 60)];
        let fresh = signals(&facts).fresh_accounts;
        assert_eq!(
            fresh,
            vec![FreshAccountVote { vote_id: "v001".into(), voter_id: "new".into(), minutes_after_signup: 59 }]
        );
    }

    #[test]
    fn signals_do_not_depend_on_the_order_of_the_votes() {
        let mut facts: Vec<VoteFact> =
            (0..30).map(|i| fact(i, &format!("u{}", i % 7), -30, "10.1.1.0/24", (i as i64 * 7) % 23)).collect();
        let forward = signals(&facts);
        facts.reverse();
        assert_eq!(signals(&facts), forward);
    }
}
