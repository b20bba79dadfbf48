use serde_json::{Value, json};

use super::support::*;
use crate::helpers::*;
use crate::support::*;

fn pairwise_document(name: &str) -> Value {
    let mut doc = stage_document(name, true);
    doc["mode"] = json!("pairwise");
    doc.as_object_mut().unwrap().remove("rubric");
    doc["recipe"] =
        json!({ "normalization": "none", "aggregation": { "type": "mean" }, "advance": { "type": "top_n", "n": 1 } });
    doc
}

async fn pairwise_stage(j: &Judging) -> String {
    let stage = j.stage(pairwise_document("현장 결선")).await;
    j.plan(&stage).await;
    stage
}

async fn post(j: &Judging, judge: &Account, path: String, body: Value) -> reqwest::Response {
    j.app().post_json_as(&path, &judge.access_token, &body).await
}

/// Declares no conflict on the judge's current entry.
async fn clear_current(j: &Judging, judge: &Account, state: &Value) {
    let assignment = state["current"]["assignment_id"].as_str().unwrap();
    assert_eq!(j.declare(judge, assignment, false, None).await.status(), 200);
}

/// Begins, passes the first entry and returns the state with two entries to compare.
async fn ready_to_vote(j: &Judging, stage: &str, judge: &Account) -> Value {
    let begun: Value =
        post(j, judge, format!("/api/v1/stages/{stage}/pairwise/begin"), json!({})).await.json().await.unwrap();
    clear_current(j, judge, &begun).await;
    let second: Value =
        post(j, judge, format!("/api/v1/stages/{stage}/pairwise/next"), json!({})).await.json().await.unwrap();
    clear_current(j, judge, &second).await;
    second
}

#[tokio::test]
async fn a_judge_compares_entries_two_at_a_time_and_the_winner_rises_in_the_ranking() {
    let j = three_entries("pairwise-basic").await;
    let stage = pairwise_stage(&j).await;
    let judge = j.judge(&stage, "judge@example.kr").await;

    let begun: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/begin"), json!({})).await.json().await.unwrap();
    assert_eq!(begun["previous"], Value::Null);
    problem(
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/next"), json!({})).await,
        403,
        "declaration_required",
    )
    .await;
    clear_current(&j, &judge, &begun).await;
    problem(
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "current" })).await,
        409,
        "conflict",
    )
    .await;
    let second: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/next"), json!({})).await.json().await.unwrap();
    clear_current(&j, &judge, &second).await;
    let winner = second["previous"]["entry_id"].as_str().unwrap().to_owned();

    let voted =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "previous" })).await;

    assert_eq!(voted.status(), 200);
    let state: Value = voted.json().await.unwrap();
    assert_eq!(state["votes"], 1);
    assert_eq!(state["can_undo"], true);
    assert_eq!(state["previous"]["entry_id"], second["current"]["entry_id"]);
    let ranking: Vec<Value> =
        j.app().get_as(&format!("/api/v1/stages/{stage}/pairwise/ranking"), j.organizer()).await.json().await.unwrap();
    assert_eq!(ranking[0]["entry_id"], winner.as_str());
    assert!(ranking[0]["mu"].as_f64().unwrap() > 0.0);
    assert_eq!(ranking.iter().map(|r| r["views"].as_i64().unwrap()).sum::<i64>(), 2);
    problem(
        j.app().get_as(&format!("/api/v1/stages/{stage}/pairwise/ranking"), &judge.access_token).await,
        403,
        "forbidden",
    )
    .await;
    let outsider = &j.entrants[0].account;
    problem(post(&j, outsider, format!("/api/v1/stages/{stage}/pairwise/begin"), json!({})).await, 404, "not_found")
        .await;
}

#[tokio::test]
async fn an_undo_within_the_window_puts_everything_back_and_a_late_one_is_refused() {
    let j = three_entries("pairwise-undo").await;
    let stage = pairwise_stage(&j).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let before = ready_to_vote(&j, &stage, &judge).await;
    let ranking_before: Value =
        j.app().get_as(&format!("/api/v1/stages/{stage}/pairwise/ranking"), j.organizer()).await.json().await.unwrap();
    post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "current" })).await;

    let undone: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/undo"), json!({})).await.json().await.unwrap();

    assert_eq!(undone["previous"]["entry_id"], before["previous"]["entry_id"]);
    assert_eq!(undone["current"]["entry_id"], before["current"]["entry_id"]);
    assert_eq!(undone["votes"], 0);
    let ranking_after: Value =
        j.app().get_as(&format!("/api/v1/stages/{stage}/pairwise/ranking"), j.organizer()).await.json().await.unwrap();
    assert_eq!(ranking_after, ranking_before);
    problem(post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/undo"), json!({})).await, 409, "conflict").await;
    post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "previous" })).await;
    j.app().advance_clock(chrono::TimeDelta::seconds(61));
    problem(post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/undo"), json!({})).await, 409, "conflict").await;
}

#[tokio::test]
async fn skipping_an_absent_team_hands_out_another_entry_and_a_conflict_skip_needs_a_note() {
    let j = three_entries("pairwise-skip").await;
    let stage = pairwise_stage(&j).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let begun: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/begin"), json!({})).await.json().await.unwrap();

    let body = problem(
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/skip"), json!({ "reason": "conflict" })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem_fields(&body), vec!["note"]);
    let skipped: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/skip"), json!({ "reason": "absent" }))
            .await
            .json()
            .await
            .unwrap();

    assert_ne!(skipped["current"]["entry_id"], begun["current"]["entry_id"]);
    assert_eq!(skipped["votes"], 0);
    problem(
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/skip"), json!({ "reason": "bored" })).await,
        400,
        "invalid_body",
    )
    .await;
}

#[tokio::test]
async fn many_judges_voting_at_once_lose_no_update() {
    let j = judging(
        "pairwise-race",
        &[
            ("가", "하나", "a"),
            ("나", "둘", "b"),
            ("다", "셋", "c"),
            ("라", "넷", "d"),
            ("마", "다섯", "e"),
            ("바", "여섯", "f"),
        ],
    )
    .await;
    let stage = pairwise_stage(&j).await;
    let mut judges = Vec::new();
    for i in 0..6 {
        let judge = j.judge(&stage, &format!("judge{i}@example.kr")).await;
        ready_to_vote(&j, &stage, &judge).await;
        judges.push(judge);
    }

    let votes = judges.iter().map(|judge| {
        let app = j.app();
        let token = judge.access_token.clone();
        let path = format!("/api/v1/stages/{stage}/pairwise/vote");
        async move { app.post_json_as(&path, &token, &json!({ "better": "current" })).await.status().as_u16() }
    });
    let statuses = futures_util::future::join_all(votes).await;

    assert!(statuses.iter().all(|&s| s == 200), "{statuses:?}");
    let ranking: Vec<Value> =
        j.app().get_as(&format!("/api/v1/stages/{stage}/pairwise/ranking"), j.organizer()).await.json().await.unwrap();
    assert_eq!(ranking.iter().map(|r| r["views"].as_i64().unwrap()).sum::<i64>(), 12, "two views per vote");
}

#[tokio::test]
async fn closing_a_pairwise_stage_ranks_by_quality_and_advances_the_top_n() {
    let j = three_entries("pairwise-close").await;
    let doc = pairwise_document("현장 결선");
    let closes_at: chrono::DateTime<chrono::Utc> = doc["closes_at"].as_str().unwrap().parse().unwrap();
    let stage = j.stage(doc).await;
    j.plan(&stage).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let state = ready_to_vote(&j, &stage, &judge).await;
    let winner = state["previous"]["entry_id"].as_str().unwrap().to_owned();
    post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "previous" })).await;
    advance_to(j.app(), closes_at + chrono::TimeDelta::minutes(1));
    problem(
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/vote"), json!({ "better": "previous" })).await,
        409,
        "scoring_closed",
    )
    .await;

    let closed: Value = j
        .app()
        .post_json_as(&format!("/api/v1/stages/{stage}/close"), j.organizer(), &json!({}))
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(closed["advanced"], json!([winner]));
    let stored = j.results(&stage).await;
    assert_eq!(stored["results"]["mode"], "pairwise");
    assert_eq!(stored["results"]["ranking"][0]["entry_id"], winner.as_str());
}

#[tokio::test]
async fn a_pairwise_stage_takes_no_rubric_scores_and_a_rubric_stage_needs_a_rubric() {
    let j = three_entries("pairwise-modes").await;
    let mut doc = stage_document("예선", true);
    doc.as_object_mut().unwrap().remove("rubric");
    let body = problem(j.create_stage(&doc).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["rubric"]);
    let mut per_entry = pairwise_document("결선");
    per_entry["assignment"] = json!({ "mode": "per_entry", "k": 2 });
    problem(j.create_stage(&per_entry).await, 422, "validation_failed").await;
    let stage = pairwise_stage(&j).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let begun: Value =
        post(&j, &judge, format!("/api/v1/stages/{stage}/pairwise/begin"), json!({})).await.json().await.unwrap();
    clear_current(&j, &judge, &begun).await;

    let scored =
        j.save_score(&judge, begun["current"]["assignment_id"].as_str().unwrap(), &json!({ "values": {} })).await;

    problem(scored, 409, "conflict").await;
}
