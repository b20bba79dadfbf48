//! The public vote through the real server: setting a ballot, casting,
//! changing and withdrawing votes, who may vote, races, hidden tallies,
//! fraud signals and voiding.

use chrono::{TimeDelta, Utc};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::judging::support::*;
use crate::support::*;

/// A ballot open from an hour ago for ten minutes more.
fn ballot(max_votes: u32) -> Value {
    let now = Utc::now();
    json!({
        "opens_at": (now - TimeDelta::hours(1)).to_rfc3339(),
        "closes_at": (now + TimeDelta::minutes(10)).to_rfc3339(),
        "max_votes": max_votes,
    })
}

impl Judging {
    async fn set_ballot(&self, body: &Value) -> reqwest::Response {
        self.app()
            .send_as(
                reqwest::Method::PUT,
                &format!("/api/v1/contests/{}/ballot", self.contest_id),
                self.organizer(),
                body,
            )
            .await
    }

    pub async fn open_ballot(&self, max_votes: u32) {
        let set = self.set_ballot(&ballot(max_votes)).await;
        assert_eq!(set.status(), 201, "{}", set.text().await.unwrap());
    }

    pub async fn vote(&self, voter: &Account, entries: &[&str]) -> reqwest::Response {
        let path = format!("/api/v1/contests/{}/my-votes", self.contest_id);
        self.app().send_as(reqwest::Method::PUT, &path, &voter.access_token, &json!({ "entries": entries })).await
    }

    pub async fn tally(&self) -> Value {
        let got =
            self.app().get_as(&format!("/api/v1/contests/{}/ballot/tally", self.contest_id), self.organizer()).await;
        assert_eq!(got.status(), 200);
        got.json().await.unwrap()
    }
}

fn votes_of(tally: &Value, entry: &str) -> i64 {
    tally["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["entry_id"] == entry)
        .map_or(0, |e| e["votes"].as_i64().unwrap())
}

#[tokio::test]
async fn a_citizen_votes_changes_the_vote_and_withdraws_it_while_voting_is_open() {
    let j = three_entries("vote-basic").await;
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    let (a, b) = (j.entrants[0].entry_id.as_str(), j.entrants[1].entry_id.as_str());

    assert_eq!(j.vote(&voter, &[a]).await.status(), 200);
    assert_eq!(votes_of(&j.tally().await, a), 1);
    let changed: Value = j.vote(&voter, &[b]).await.json().await.unwrap();
    assert_eq!(changed["entries"], json!([b]));
    assert_eq!((votes_of(&j.tally().await, a), votes_of(&j.tally().await, b)), (0, 1));
    let withdrawn: Value = j.vote(&voter, &[]).await.json().await.unwrap();

    assert_eq!(withdrawn["entries"], json!([]));
    assert_eq!(j.tally().await["voters"], 0);
}

#[tokio::test]
async fn a_voter_with_three_votes_gives_at_most_one_to_an_entry_and_no_more_than_three() {
    let j =
        judging("vote-three", &[("가", "하나", "a"), ("나", "둘", "b"), ("다", "셋", "c"), ("라", "넷", "d")]).await;
    j.open_ballot(3).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    let ids: Vec<&str> = j.entrants.iter().map(|e| e.entry_id.as_str()).collect();

    let too_many = problem(j.vote(&voter, &ids).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&too_many), vec!["entries"]);
    let twice = problem(j.vote(&voter, &[ids[0], ids[0]]).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&twice), vec!["entries"]);
    let stranger =
        problem(j.vote(&voter, &[ids[0], "0190d7e2-0000-7000-8000-000000000000"]).await, 422, "validation_failed")
            .await;
    assert_eq!(problem_fields(&stranger), vec!["entries[1]"]);
    assert_eq!(j.vote(&voter, &ids[..3]).await.status(), 200);

    assert_eq!(j.tally().await["entries"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn fifty_parallel_identical_votes_from_one_account_leave_exactly_one() {
    let j = three_entries("vote-race").await;
    j.open_ballot(2).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    let entry = j.entrants[0].entry_id.clone();

    let casts = (0..50).map(|_| {
        let app = j.app();
        let token = voter.access_token.clone();
        let path = format!("/api/v1/contests/{}/my-votes", j.contest_id);
        let body = json!({ "entries": [entry] });
        async move { app.send_as(reqwest::Method::PUT, &path, &token, &body).await.status().as_u16() }
    });
    let statuses = futures_util::future::join_all(casts).await;

    assert!(statuses.iter().all(|&s| s == 200), "{statuses:?}");
    let tally = j.tally().await;
    assert_eq!((votes_of(&tally, &entry), tally["voters"].as_i64()), (1, Some(1)));
}

#[tokio::test]
async fn only_verified_adults_or_children_with_consent_vote_and_only_while_voting_is_open() {
    let j = three_entries("vote-who").await;
    j.open_ballot(1).await;
    let entry = j.entrants[0].entry_id.as_str();
    let unverified = j.app().unverified_account("unverified@example.kr").await;
    let mut child = registration("child@example.kr");
    child["birth_date"] = json!("2016-03-01");
    child["guardian"] = json!({ "name": "김영희", "email": "mom@example.kr" });
    let child = verified_with(j.app(), &child).await;
    let path = format!("/api/v1/contests/{}/my-votes", j.contest_id);

    problem(
        j.app().send_as(reqwest::Method::PUT, &path, "not-a-token", &json!({ "entries": [entry] })).await,
        401,
        "invalid_token",
    )
    .await;
    problem(j.vote(&unverified, &[entry]).await, 403, "account_restricted").await;
    problem(j.vote(&child, &[entry]).await, 403, "account_restricted").await;
    let voter = j.app().verified_account("voter@example.kr").await;
    j.app().advance_clock(TimeDelta::minutes(11));
    let voter = j.app().signed_in(&voter.email, PASSWORD).await;
    problem(j.vote(&voter, &[entry]).await, 409, "voting_closed").await;
    assert_eq!(j.tally().await["voters"], 0);
}

#[tokio::test]
async fn the_tally_and_the_votes_are_for_the_contests_organizers_only() {
    let j = three_entries("vote-hidden").await;
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    j.vote(&voter, &[j.entrants[0].entry_id.as_str()]).await;
    let (_, stranger) = j.world.another_organization("seoul", "organizer@seoul.go.kr").await;

    for path in ["ballot/tally", "ballot/signals", "ballot/votes"] {
        let path = format!("/api/v1/contests/{}/{path}", j.contest_id);
        problem(j.app().get_as(&path, &voter.access_token).await, 403, "forbidden").await;
        problem(j.app().get_as(&path, &stranger.access_token).await, 403, "forbidden").await;
        problem(j.app().get(&path).await, 401, "unauthenticated").await;
    }
    let shown: Value = j.app().get(&format!("/api/v1/contests/{}/ballot", j.contest_id)).await.json().await.unwrap();
    assert_eq!(shown["state"], "open");
    assert!(shown.get("votes").is_none() && shown.get("entries").is_none());
    problem(
        j.app()
            .send_as(
                reqwest::Method::PUT,
                &format!("/api/v1/contests/{}/ballot", j.contest_id),
                &voter.access_token,
                &ballot(1),
            )
            .await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn voters_see_the_ballots_entries_without_who_entered_them() {
    let j = three_entries("vote-gallery").await;
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;

    let page = j.app().get_as(&format!("/api/v1/contests/{}/ballot/entries", j.contest_id), &voter.access_token).await;

    assert_eq!(page.status(), 200);
    let text = page.text().await.unwrap();
    let page: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 3);
    for e in &j.entrants {
        assert!(
            !text.contains(&e.name)
                && !text.contains(&e.account.email)
                && !text.contains(&e.affiliation)
                && !text.contains(&e.account.id),
            "{text}"
        );
    }
}

#[tokio::test]
async fn a_bad_ballot_is_refused_field_by_field_and_votes_freeze_its_rules() {
    let j = three_entries("vote-ballot").await;
    let now = Utc::now();
    let bad = json!({ "opens_at": now.to_rfc3339(), "closes_at": (now - TimeDelta::hours(1)).to_rfc3339(), "max_votes": 0, "scope": "finalists" });
    let body = problem(j.set_ballot(&bad).await, 422, "validation_failed").await;
    let mut fields = problem_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["closes_at", "max_votes", "stage_id"]);
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    j.vote(&voter, &[j.entrants[0].entry_id.as_str()]).await;

    let mut more_votes = ballot(3);
    more_votes["version"] = json!(1);
    problem(j.set_ballot(&more_votes).await, 409, "conflict").await;
}

#[tokio::test]
async fn voiding_a_vote_takes_it_out_of_the_tally_until_it_is_restored_and_both_are_audited() {
    let j = three_entries("vote-void").await;
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    let entry = j.entrants[0].entry_id.clone();
    j.vote(&voter, &[entry.as_str()]).await;
    let listed: Value = j
        .app()
        .get_as(&format!("/api/v1/contests/{}/ballot/votes", j.contest_id), j.organizer())
        .await
        .json()
        .await
        .unwrap();
    let vote = id_of(&listed["items"][0]);
    assert_eq!(listed["items"][0]["network"], "127.0.0.0/24");

    problem(
        j.app().post_json_as(&format!("/api/v1/votes/{vote}/void"), j.organizer(), &json!({ "reason": " " })).await,
        422,
        "validation_failed",
    )
    .await;
    problem(
        j.app()
            .post_json_as(&format!("/api/v1/votes/{vote}/void"), &voter.access_token, &json!({ "reason": "x" }))
            .await,
        403,
        "forbidden",
    )
    .await;
    let voided = j
        .app()
        .post_json_as(
            &format!("/api/v1/votes/{vote}/void"),
            j.organizer(),
            &json!({ "reason": "같은 기기에서 반복 투표" }),
        )
        .await;
    assert_eq!(voided.status(), 200);
    assert_eq!(votes_of(&j.tally().await, &entry), 0);
    problem(j.vote(&voter, &[]).await, 409, "conflict").await;
    problem(
        j.app().post_json_as(&format!("/api/v1/votes/{vote}/void"), j.organizer(), &json!({ "reason": "다시" })).await,
        409,
        "conflict",
    )
    .await;
    let restored = j
        .app()
        .post_json_as(&format!("/api/v1/votes/{vote}/restore"), j.organizer(), &json!({ "reason": "확인 결과 정상" }))
        .await;

    assert_eq!(restored.status(), 200);
    assert_eq!(votes_of(&j.tally().await, &entry), 1);
    let actions: Vec<String> = j
        .app()
        .with_conn(|conn| {
            use diesel::prelude::*;
            use modu::db::schema::audit_events::dsl::*;
            audit_events.filter(object_type.eq("vote")).order(id.asc()).select(action).load(conn)
        })
        .await;
    assert_eq!(actions, vec!["vote.voided", "vote.restored"]);
}

#[tokio::test]
async fn accounts_that_vote_right_after_signing_up_and_many_voters_on_one_network_are_signalled() {
    let j = three_entries("vote-signals").await;
    j.open_ballot(1).await;
    for i in 0..5 {
        let voter = j.app().verified_account(&format!("voter{i}@example.kr")).await;
        assert_eq!(j.vote(&voter, &[j.entrants[i % 3].entry_id.as_str()]).await.status(), 200);
    }

    let signals: Value = j
        .app()
        .get_as(&format!("/api/v1/contests/{}/ballot/signals", j.contest_id), j.organizer())
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(signals["fresh_accounts"].as_array().unwrap().len(), 5);
    assert_eq!(signals["shared_networks"], json!([{ "network": "127.0.0.0/24", "voters": 5, "votes": 5 }]));
    assert_eq!(signals["bursts"], json!([]));
}

#[tokio::test]
async fn the_public_vote_feeds_a_recipes_blend() {
    let j = three_entries("vote-blend").await;
    let mut doc = stage_document("본선", true);
    doc["recipe"] = json!({ "normalization": "none", "aggregation": { "type": "mean" }, "blend": { "jury": 0.8, "public": 0.2 }, "advance": { "type": "none" } });
    let stage = j.stage(doc).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    for e in &j.entrants {
        j.score(&stage, &judge, &e.entry_id, 50).await;
    }
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    j.vote(&voter, &[j.entrants[2].entry_id.as_str()]).await;

    let results = j.results(&stage).await;

    let entry = |i: usize| {
        results["results"]["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["entry"] == j.entrants[i].entry_id.as_str())
            .unwrap()
            .clone()
    };
    // 0.8 × 50 + 0.2 × (1.0 × 100) = 60 for the entry with every vote; 0.8 × 50 = 40 for the others.
    assert_eq!(entry(2)["final_score"], 60.0);
    assert_eq!(entry(0)["final_score"], 40.0);
    assert_eq!(entry(2)["rank"], 1);
}

#[tokio::test]
async fn a_ballot_entrys_photo_is_readable_by_voters_once_voting_opens_and_not_before() {
    let j = three_entries("vote-photo").await;
    let entry = &j.entrants[0].entry_id;
    let uploaded = upload(
        j.app(),
        &j.entrants[0].account.access_token,
        entry,
        "photo",
        "박서연.jpg",
        "image/jpeg",
        &crate::files::photo_jpeg(3),
    )
    .await;
    let file = id_of(&uploaded.json().await.unwrap());
    let voter = j.app().verified_account("voter@example.kr").await;
    let mut upcoming = ballot(1);
    upcoming["opens_at"] = json!((Utc::now() + TimeDelta::minutes(5)).to_rfc3339());
    assert_eq!(j.set_ballot(&upcoming).await.status(), 201);

    problem(j.app().get_as(&format!("/api/v1/files/{file}"), &voter.access_token).await, 404, "not_found").await;
    j.app().advance_clock(TimeDelta::minutes(6));
    let voter = j.app().signed_in(&voter.email, PASSWORD).await;
    let served = j.app().get_as(&format!("/api/v1/files/{file}"), &voter.access_token).await;

    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-disposition"].to_str().unwrap(), format!("inline; filename=\"{file}.jpg\""));
}
