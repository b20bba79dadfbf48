use chrono::{TimeDelta, Utc};
use serde_json::json;

use super::support::*;
use crate::helpers::*;

#[tokio::test]
async fn an_organizer_adds_stages_in_order_with_a_rubric_and_the_default_recipe() {
    let j = three_entries("stage-order").await;

    let first = j.create_stage(&stage_document("서류심사", true)).await;
    let second = j.create_stage(&stage_document("본선", false)).await;

    assert_eq!(first.status(), 201);
    let first: serde_json::Value = first.json().await.unwrap();
    let second: serde_json::Value = second.json().await.unwrap();
    assert_eq!((first["position"].as_i64(), second["position"].as_i64()), (Some(1), Some(2)));
    assert_eq!(first["state"], "scoring");
    assert_eq!(first["blind"], true);
    assert_eq!(first["assignment"], json!({ "mode": "everyone" }));
    assert_eq!(first["rubric"]["criteria"].as_array().unwrap().len(), 4);
    assert_eq!(first["recipe"]["aggregation"]["type"], "mean");
}

#[tokio::test]
async fn a_stage_with_a_broken_rubric_or_recipe_is_refused_field_by_field_and_nothing_is_stored() {
    let j = three_entries("stage-invalid").await;
    let mut doc = stage_document("예선", true);
    doc["rubric"]["criteria"][0]["max"] = json!(-5);
    doc["rubric"]["criteria"][1]["key"] = json!("creativity");
    doc["recipe"] = json!({ "normalization": "z_score", "aggregation": { "type": "trimmed_mean", "drop": 2, "min_judges": 3 }, "advance": { "type": "top_n", "n": 2 } });
    doc["closes_at"] = json!((Utc::now() - TimeDelta::days(1)).to_rfc3339());

    let refused = j.create_stage(&doc).await;

    let body = problem(refused, 422, "validation_failed").await;
    let fields = problem_fields(&body);
    assert!(fields.iter().any(|f| f.starts_with("rubric.criteria[0]")), "{fields:?}");
    assert!(fields.iter().any(|f| f.starts_with("rubric.criteria[1]")), "{fields:?}");
    assert!(fields.contains(&"closes_at".to_owned()), "{fields:?}");
    assert_eq!(j.app().count("stages").await, 0);
}

#[tokio::test]
async fn a_recipe_that_drops_more_judges_than_it_requires_is_refused() {
    let j = three_entries("stage-recipe").await;
    let mut doc = stage_document("예선", true);
    doc["recipe"] = json!({ "normalization": "none", "aggregation": { "type": "trimmed_mean", "drop": 2, "min_judges": 3 }, "advance": { "type": "none" } });

    let body = problem(j.create_stage(&doc).await, 422, "validation_failed").await;

    assert!(problem_fields(&body).iter().any(|f| f.starts_with("recipe.")), "{body}");
    assert_eq!(j.app().count("stages").await, 0);
}

#[tokio::test]
async fn unknown_settings_in_a_stage_are_refused() {
    let j = three_entries("stage-unknown").await;
    let mut doc = stage_document("예선", true);
    doc["closed_at"] = json!(Utc::now().to_rfc3339());

    problem(j.create_stage(&doc).await, 400, "invalid_body").await;
    assert_eq!(j.app().count("stages").await, 0);
}

#[tokio::test]
async fn only_the_contests_organizers_add_or_change_stages() {
    let j = three_entries("stage-authz").await;
    let citizen = &j.entrants[0].account;
    let path = format!("/api/v1/contests/{}/stages", j.contest_id);
    let (_, stranger) = j.world.another_organization("seoul", "organizer@seoul.go.kr").await;

    problem(j.app().post_json(&path, &stage_document("예선", true)).await, 401, "unauthenticated").await;
    problem(j.app().post_json_as(&path, &citizen.access_token, &stage_document("예선", true)).await, 403, "forbidden")
        .await;
    problem(j.app().post_json_as(&path, &stranger.access_token, &stage_document("예선", true)).await, 403, "forbidden")
        .await;
    let stage = j.stage(stage_document("예선", true)).await;
    let mut update = stage_document("바뀐 이름", true);
    update["version"] = json!(1);
    let put = j
        .app()
        .send_as(reqwest::Method::PUT, &format!("/api/v1/stages/{stage}"), &stranger.access_token, &update)
        .await;
    problem(put, 403, "forbidden").await;
    problem(j.app().get_as(&format!("/api/v1/stages/{stage}"), &citizen.access_token).await, 404, "not_found").await;
}

#[tokio::test]
async fn once_scoring_opens_the_recipe_changes_only_with_a_reason_and_the_rubric_not_once_scored() {
    let j = three_entries("stage-frozen").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    j.score(&stage, &judge, &j.entrants[0].entry_id, 80).await;
    let put = |doc: serde_json::Value| {
        let app = j.app();
        let token = j.organizer().to_owned();
        let path = format!("/api/v1/stages/{stage}");
        async move { app.send_as(reqwest::Method::PUT, &path, &token, &doc).await }
    };
    let mut new_recipe = stage_document("예선", true);
    new_recipe["version"] = json!(1);
    new_recipe["recipe"] = json!({ "normalization": "z_score", "aggregation": { "type": "median" }, "advance": { "type": "top_n", "n": 2 } });

    problem(put(new_recipe.clone()).await, 409, "stage_frozen").await;
    let mut new_rubric = new_recipe.clone();
    new_rubric["rubric"]["criteria"][0]["max"] = json!(40);
    new_rubric["reopen_reason"] = json!("배점 조정");
    problem(put(new_rubric).await, 409, "stage_frozen").await;
    new_recipe["reopen_reason"] = json!("심사위원 편차 보정");
    let reopened = put(new_recipe).await;

    assert_eq!(reopened.status(), 200, "{}", reopened.text().await.unwrap());
    let audit: Vec<String> = j
        .app()
        .with_conn(|conn| {
            use diesel::prelude::*;
            use modu::db::schema::audit_events::dsl::*;
            audit_events.select(action).load(conn)
        })
        .await;
    assert!(audit.contains(&"stage.recipe_reopened".to_owned()));
}

#[tokio::test]
async fn a_stale_stage_save_gets_a_version_conflict() {
    let j = three_entries("stage-stale").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let mut doc = stage_document("예선 A", true);
    doc["version"] = json!(1);
    let path = format!("/api/v1/stages/{stage}");

    assert_eq!(j.app().send_as(reqwest::Method::PUT, &path, j.organizer(), &doc).await.status(), 200);
    problem(j.app().send_as(reqwest::Method::PUT, &path, j.organizer(), &doc).await, 409, "version_conflict").await;
}
