//! Awards through the real server: tiers, proposals from the closed final
//! stage (disqualified entries and second awards skipped), people's choice
//! from the public vote, overrides with reasons, tier counts.

use chrono::{TimeDelta, Utc};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::judging::support::*;
use crate::support::*;

pub fn tiers() -> Value {
    json!({
        "tiers": [
            { "key": "grand", "label": { "ko": "대상", "en": "Grand prize" }, "count": 1, "prize": "상금 500만원" },
            { "key": "excellence", "label": { "ko": "최우수상" }, "count": 2 },
            { "key": "popular", "label": { "ko": "인기상" }, "count": 1, "peoples_choice": true }
        ]
    })
}

/// Four entries scored 90, 80, 70 and 60 by one judge in a closed stage;
/// the public vote's one vote went to the last.
pub async fn judged() -> Judging {
    let j = judging("awards", &[("가", "하나", "a"), ("나", "둘", "b"), ("다", "셋", "c"), ("라", "넷", "d")]).await;
    let doc = stage_document("본선", true);
    let closes_at: chrono::DateTime<Utc> = doc["closes_at"].as_str().unwrap().parse().unwrap();
    let stage = j.stage(doc).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    for (e, total) in [(0, 90), (1, 80), (2, 70), (3, 60)] {
        j.score(&stage, &judge, &j.entrants[e].entry_id, total).await;
    }
    let now = Utc::now();
    let ballot = json!({ "opens_at": (now - TimeDelta::hours(1)).to_rfc3339(), "closes_at": (now + TimeDelta::minutes(5)).to_rfc3339() });
    let set = j
        .app()
        .send_as(reqwest::Method::PUT, &format!("/api/v1/contests/{}/ballot", j.contest_id), j.organizer(), &ballot)
        .await;
    assert_eq!(set.status(), 201);
    let voter = j.app().verified_account("voter@example.kr").await;
    let voted = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &format!("/api/v1/contests/{}/my-votes", j.contest_id),
            &voter.access_token,
            &json!({ "entries": [j.entrants[3].entry_id] }),
        )
        .await;
    assert_eq!(voted.status(), 200);
    advance_to(j.app(), closes_at + TimeDelta::seconds(1));
    let closed = j.app().post_json_as(&format!("/api/v1/stages/{stage}/close"), j.organizer(), &json!({})).await;
    assert_eq!(closed.status(), 200, "{}", closed.text().await.unwrap());
    j
}

impl Judging {
    pub async fn set_tiers(&self, body: &Value) -> reqwest::Response {
        self.app()
            .send_as(
                reqwest::Method::PUT,
                &format!("/api/v1/contests/{}/award-tiers", self.contest_id),
                self.organizer(),
                body,
            )
            .await
    }

    pub async fn propose(&self) -> reqwest::Response {
        self.app()
            .post_json_as(&format!("/api/v1/contests/{}/awards/propose", self.contest_id), self.organizer(), &json!({}))
            .await
    }
}

fn winners(view: &Value) -> Vec<(String, i64, String)> {
    view.as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["tier"].as_str().unwrap().to_owned(),
                a["place"].as_i64().unwrap(),
                a["entry_id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn proposals_fill_the_tiers_from_the_final_ranking_and_peoples_choice_from_the_vote() {
    let j = judged().await;
    assert_eq!(j.set_tiers(&tiers()).await.status(), 200);
    let e = |i: usize| j.entrants[i].entry_id.clone();

    let proposed = j.propose().await;

    assert_eq!(proposed.status(), 200);
    let view: Value = proposed.json().await.unwrap();
    let mut got = winners(&view["awards"]);
    got.sort();
    let mut expected = vec![
        ("excellence".to_owned(), 1, e(1)),
        ("excellence".to_owned(), 2, e(2)),
        ("grand".to_owned(), 1, e(0)),
        ("popular".to_owned(), 1, e(3)),
    ];
    expected.sort();
    assert_eq!(got, expected);
    assert!(view["awards"].as_array().unwrap().iter().all(|a| a["origin"] == "proposed"));
}

#[tokio::test]
async fn a_disqualified_entry_is_skipped_and_an_override_needs_a_reason_and_is_recorded() {
    let j = judged().await;
    j.set_tiers(&tiers()).await;
    let disqualified = j
        .app()
        .post_json_as(
            &format!("/api/v1/entries/{}/screening", j.entrants[0].entry_id),
            j.organizer(),
            &json!({ "decision": "disqualified", "reason": "표절 확인" }),
        )
        .await;
    assert_eq!(disqualified.status(), 200);
    let proposed: Value = j.propose().await.json().await.unwrap();
    assert!(winners(&proposed["awards"]).iter().all(|w| w.2 != j.entrants[0].entry_id));
    let path = format!("/api/v1/contests/{}/awards/excellence/2", j.contest_id);

    let body = problem(
        j.app()
            .send_as(
                reqwest::Method::PUT,
                &path,
                j.organizer(),
                &json!({ "entry_id": j.entrants[3].entry_id, "reason": " " }),
            )
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem_fields(&body), vec!["reason"]);
    let dq = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &path,
            j.organizer(),
            &json!({ "entry_id": j.entrants[0].entry_id, "reason": "재심" }),
        )
        .await;
    problem(dq, 422, "validation_failed").await;
    let beyond = format!("/api/v1/contests/{}/awards/grand/2", j.contest_id);
    problem(
        j.app()
            .send_as(
                reqwest::Method::PUT,
                &beyond,
                j.organizer(),
                &json!({ "entry_id": j.entrants[3].entry_id, "reason": "추가" }),
            )
            .await,
        409,
        "conflict",
    )
    .await;
    let twice = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &path,
            j.organizer(),
            &json!({ "entry_id": j.entrants[1].entry_id, "reason": "중복" }),
        )
        .await;
    problem(twice, 409, "conflict").await;
    let overridden = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &path,
            j.organizer(),
            &json!({ "entry_id": j.entrants[3].entry_id, "reason": "심사위원회 재심 결과" }),
        )
        .await;

    assert_eq!(overridden.status(), 200);
    let awards: Value = overridden.json().await.unwrap();
    let place = awards.as_array().unwrap().iter().find(|a| a["tier"] == "excellence" && a["place"] == 2).unwrap();
    assert_eq!(
        (place["entry_id"].as_str(), place["origin"].as_str(), place["reason"].as_str()),
        (Some(j.entrants[3].entry_id.as_str()), Some("override"), Some("심사위원회 재심 결과"))
    );
    let actions: Vec<String> = j
        .app()
        .with_conn(|conn| {
            use diesel::prelude::*;
            use modu::db::schema::audit_events::dsl::*;
            audit_events.filter(action.like("awards.%")).order(id.asc()).select(action).load(conn)
        })
        .await;
    assert_eq!(actions, vec!["awards.tiers_set", "awards.proposed", "awards.overridden"]);
}

#[tokio::test]
async fn tiers_are_checked_fixed_once_awards_exist_and_only_organizers_touch_awards() {
    let j = judged().await;
    let bad = json!({ "tiers": [{ "key": "Grand", "label": { "ko": "대상" }, "count": 0 }] });
    let body = problem(j.set_tiers(&bad).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["tiers[0].key", "tiers[0].count"]);
    problem(j.propose().await, 409, "conflict").await;
    j.set_tiers(&tiers()).await;
    j.propose().await;
    let mut changed = tiers();
    changed["version"] = json!(1);
    problem(j.set_tiers(&changed).await, 409, "conflict").await;
    let citizen = &j.entrants[0].account;

    for (method, path) in [
        (reqwest::Method::GET, format!("/api/v1/contests/{}/awards", j.contest_id)),
        (reqwest::Method::GET, format!("/api/v1/contests/{}/award-tiers", j.contest_id)),
        (reqwest::Method::POST, format!("/api/v1/contests/{}/awards/propose", j.contest_id)),
    ] {
        problem(j.app().send_as(method.clone(), &path, &citizen.access_token, &json!({})).await, 403, "forbidden")
            .await;
    }
    problem(j.app().get(&format!("/api/v1/contests/{}/awards", j.contest_id)).await, 401, "unauthenticated").await;
}
