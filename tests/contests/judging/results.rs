use serde_json::{Value, json};

use super::support::*;
use crate::helpers::*;
use crate::support::*;

fn entry_result<'a>(results: &'a Value, entry: &str) -> &'a Value {
    results["results"]["entries"].as_array().unwrap().iter().find(|e| e["entry"] == entry).unwrap()
}

/// Five judges score three entries; the recipe drops each entry's highest
/// and lowest score (최고·최저점 제외) and keeps the top two.
#[tokio::test]
async fn results_follow_the_recipe_with_the_highest_and_lowest_scores_dropped() {
    let j = three_entries("results-trimmed").await;
    let mut doc = stage_document("예선", true);
    doc["recipe"] = json!({
        "normalization": "none",
        "aggregation": { "type": "trimmed_mean", "drop": 1, "min_judges": 5 },
        "tie_breaks": [{ "type": "earliest_submission" }],
        "advance": { "type": "top_n", "n": 2 }
    });
    let stage = j.stage(doc).await;
    let mut judges = Vec::new();
    for i in 0..5 {
        judges.push(j.judge(&stage, &format!("judge{i}@example.kr")).await);
    }
    j.plan(&stage).await;
    // Entry 0: 90 80 70 60 10 → drop 90 and 10 → (80+70+60)/3 = 70
    // Entry 1: 95 75 75 75 74 → drop 95 and 74 → 75
    // Entry 2: 100 60 60 60 0 → drop 100 and 0 → 60
    let scores = [[90, 80, 70, 60, 10], [95, 75, 75, 75, 74], [100, 60, 60, 60, 0]];
    for (e, row) in scores.iter().enumerate() {
        for (judge, total) in judges.iter().zip(row) {
            j.score(&stage, judge, &j.entrants[e].entry_id, *total).await;
        }
    }

    let results = j.results(&stage).await;

    assert_eq!(results["stored"], false);
    let (first, second, third) = (
        entry_result(&results, &j.entrants[1].entry_id),
        entry_result(&results, &j.entrants[0].entry_id),
        entry_result(&results, &j.entrants[2].entry_id),
    );
    assert_eq!(
        (first["final_score"].as_f64(), first["rank"].as_u64(), first["advances"].as_bool()),
        (Some(75.0), Some(1), Some(true))
    );
    assert_eq!(
        (second["final_score"].as_f64(), second["rank"].as_u64(), second["advances"].as_bool()),
        (Some(70.0), Some(2), Some(true))
    );
    assert_eq!(
        (third["final_score"].as_f64(), third["rank"].as_u64(), third["advances"].as_bool()),
        (Some(60.0), Some(3), Some(false))
    );
    let dropped: Vec<f64> = third["judges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["dropped"] == true)
        .map(|s| s["raw"].as_f64().unwrap())
        .collect();
    assert_eq!(dropped.len(), 2);
    assert!(dropped.contains(&100.0) && dropped.contains(&0.0));
}

#[tokio::test]
async fn closing_a_stage_stores_reproducible_results_and_advances_the_top_n_to_the_next_stage() {
    let j = three_entries("results-close").await;
    let mut doc = stage_document("예선", true);
    doc["recipe"] =
        json!({ "normalization": "none", "aggregation": { "type": "mean" }, "advance": { "type": "top_n", "n": 2 } });
    let closes_at: chrono::DateTime<chrono::Utc> = doc["closes_at"].as_str().unwrap().parse().unwrap();
    let first = j.stage(doc).await;
    let mut final_doc = stage_document("본선", false);
    final_doc["opens_at"] = json!((closes_at + chrono::TimeDelta::hours(1)).to_rfc3339());
    final_doc["closes_at"] = json!((closes_at + chrono::TimeDelta::days(1)).to_rfc3339());
    let second = j.stage(final_doc).await;
    let judge = j.judge(&first, "judge@example.kr").await;
    j.plan(&first).await;
    for (e, total) in [(0, 88), (1, 64), (2, 91)] {
        j.score(&first, &judge, &j.entrants[e].entry_id, total).await;
    }
    let preview = j.results(&first).await;
    let close = format!("/api/v1/stages/{first}/close");
    problem(j.app().post_json_as(&close, j.organizer(), &json!({})).await, 409, "scoring_closed").await;
    advance_to(j.app(), closes_at + chrono::TimeDelta::minutes(1));

    let closed = j.app().post_json_as(&close, j.organizer(), &json!({})).await;

    assert_eq!(closed.status(), 200);
    let outcome: Value = closed.json().await.unwrap();
    let mut advanced: Vec<String> =
        outcome["advanced"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    advanced.sort();
    let mut expected = vec![j.entrants[0].entry_id.clone(), j.entrants[2].entry_id.clone()];
    expected.sort();
    assert_eq!(advanced, expected);
    assert_eq!(outcome["next_stage_id"], second.as_str());
    let stored = j.results(&first).await;
    assert_eq!(stored["stored"], true);
    assert_eq!(stored["results"], preview["results"], "recomputing gives the same results and hashes");
    problem(j.app().post_json_as(&close, j.organizer(), &json!({})).await, 409, "stage_closed").await;
    let late_judge = j.app().verified_account("late@example.kr").await;
    problem(j.invite(&first, &late_judge.email).await, 409, "stage_closed").await;
    let finalist_judge = j.judge(&second, "final@example.kr").await;
    j.plan(&second).await;
    let mut finalists: Vec<String> = j
        .assignments_of(&second, &finalist_judge)
        .await
        .iter()
        .map(|a| a["entry_id"].as_str().unwrap().to_owned())
        .collect();
    finalists.sort();
    assert_eq!(finalists, expected);
}

#[tokio::test]
async fn closing_with_an_explicit_choice_refuses_entries_the_stage_does_not_judge() {
    let j = three_entries("results-choice").await;
    let doc = stage_document("예선", true);
    let closes_at: chrono::DateTime<chrono::Utc> = doc["closes_at"].as_str().unwrap().parse().unwrap();
    let stage = j.stage(doc).await;
    advance_to(j.app(), closes_at + chrono::TimeDelta::minutes(1));
    let close = format!("/api/v1/stages/{stage}/close");

    let body = problem(
        j.app()
            .post_json_as(
                &close,
                j.organizer(),
                &json!({ "advance": [j.entrants[0].entry_id, "0190d7e2-0000-7000-8000-000000000000"] }),
            )
            .await,
        422,
        "validation_failed",
    )
    .await;

    assert_eq!(problem_fields(&body), vec!["advance[1]"]);
    assert_eq!(j.results(&stage).await["stored"], false);
}

#[tokio::test]
async fn a_verified_bonus_claim_adds_its_points_up_to_the_cap_and_a_rejected_one_adds_nothing() {
    let j = three_entries("results-bonus").await;
    let mut doc = stage_document("예선", true);
    doc["recipe"] = json!({
        "normalization": "none",
        "aggregation": { "type": "mean" },
        "bonus_rules": [
            { "key": "agency", "label": { "ko": "공공기관 추천" }, "points": 3 },
            { "key": "local", "label": { "ko": "지역 주민" }, "points": 4 }
        ],
        "bonus_cap": 5,
        "advance": { "type": "none" }
    });
    let stage = j.stage(doc).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    for e in &j.entrants {
        j.score(&stage, &judge, &e.entry_id, 70).await;
    }
    let claim = |entry: usize, rule: &str| {
        let app = j.app();
        let token = j.entrants[entry].account.access_token.clone();
        let path = format!("/api/v1/entries/{}/bonus-claims", j.entrants[entry].entry_id);
        let body = json!({ "stage_id": stage, "rule": rule, "evidence": "추천서 제2026-114호" });
        async move { app.post_json_as(&path, &token, &body).await }
    };
    let mut claims = Vec::new();
    for (entry, rule) in [(0, "agency"), (0, "local"), (1, "agency")] {
        let made = claim(entry, rule).await;
        assert_eq!(made.status(), 201);
        claims.push(id_of(&made.json().await.unwrap()));
    }
    problem(claim(0, "agency").await, 409, "conflict").await;
    problem(claim(2, "unknown").await, 422, "validation_failed").await;
    let decide = |claim: &str, verified: bool, reason: Option<&str>| {
        let app = j.app();
        let token = j.organizer().to_owned();
        let path = format!("/api/v1/bonus-claims/{claim}/decision");
        let body = json!({ "verified": verified, "reason": reason });
        async move { app.post_json_as(&path, &token, &body).await }
    };
    problem(decide(&claims[2], false, None).await, 422, "validation_failed").await;
    let citizen_decides = j
        .app()
        .post_json_as(
            &format!("/api/v1/bonus-claims/{}/decision", claims[0]),
            &j.entrants[0].account.access_token,
            &json!({ "verified": true }),
        )
        .await;
    problem(citizen_decides, 403, "forbidden").await;
    for (claim, verified, reason) in
        [(&claims[0], true, None), (&claims[1], true, None), (&claims[2], false, Some("증빙 불충분"))]
    {
        assert_eq!(decide(claim, verified, reason).await.status(), 200);
    }

    let results = j.results(&stage).await;

    assert_eq!(entry_result(&results, &j.entrants[0].entry_id)["final_score"], 75.0, "3 + 4 capped at 5");
    assert_eq!(entry_result(&results, &j.entrants[1].entry_id)["final_score"], 70.0);
    assert_eq!(entry_result(&results, &j.entrants[0].entry_id)["rank"], 1);
}
