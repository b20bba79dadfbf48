use serde_json::{Value, json};

use super::support::*;
use crate::helpers::*;
use crate::support::*;

#[tokio::test]
async fn an_entry_stays_closed_until_the_judge_declares_no_conflict() {
    let j = three_entries("score-gate").await;
    let entry = &j.entrants[0].entry_id;
    let photo = crate::files::photo_jpeg(1);
    let uploaded = upload(
        j.app(),
        &j.entrants[0].account.access_token,
        entry,
        "photo",
        "박서연_가족사진.jpg",
        "image/jpeg",
        &photo,
    )
    .await;
    assert_eq!(uploaded.status(), 201);
    let file_id = id_of(&uploaded.json().await.unwrap());
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, entry).await;

    problem(
        j.app().get_as(&format!("/api/v1/assignments/{assignment}/entry"), &judge.access_token).await,
        403,
        "declaration_required",
    )
    .await;
    problem(j.save_score(&judge, &assignment, &json!({ "values": sheet(50) })).await, 403, "declaration_required")
        .await;
    problem(j.app().get_as(&format!("/api/v1/files/{file_id}"), &judge.access_token).await, 404, "not_found").await;
    assert_eq!(j.declare(&judge, &assignment, false, None).await.status(), 200);

    let opened = j.app().get_as(&format!("/api/v1/assignments/{assignment}/entry"), &judge.access_token).await;
    assert_eq!(opened.status(), 200);
    let file = j.app().get_as(&format!("/api/v1/files/{file_id}"), &judge.access_token).await;
    assert_eq!(file.status(), 200);
    let disposition = file.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert_eq!(disposition, format!("inline; filename=\"{file_id}.jpg\""));
}

/// Every string in a JSON document, recursively.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out)
        }),
        _ => {}
    }
}

#[tokio::test]
async fn nothing_a_judge_can_reach_in_a_blind_stage_names_the_entrants() {
    let j = three_entries("score-blind").await;
    let entry = &j.entrants[0].entry_id;
    let photo = crate::files::photo_jpeg(2);
    let uploaded =
        upload(j.app(), &j.entrants[0].account.access_token, entry, "photo", "박서연.jpg", "image/jpeg", &photo).await;
    let file_id = id_of(&uploaded.json().await.unwrap());
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    for e in &j.entrants {
        j.score(&stage, &judge, &e.entry_id, 60).await;
    }
    let mut responses: Vec<(String, reqwest::Response)> = Vec::new();
    let get = |path: String| {
        let app = j.app();
        let token = judge.access_token.clone();
        async move { (path.clone(), app.get_as(&path, &token).await) }
    };
    responses.push(get("/api/v1/me/judging".into()).await);
    responses.push(get(format!("/api/v1/stages/{stage}")).await);
    responses.push(get(format!("/api/v1/contests/{}/stages", j.contest_id)).await);
    responses.push(get(format!("/api/v1/stages/{stage}/assignments/mine")).await);
    for a in j.assignments_of(&stage, &judge).await {
        let id = id_of(&a);
        responses.push(get(format!("/api/v1/assignments/{id}/entry")).await);
        responses.push(get(format!("/api/v1/assignments/{id}/score")).await);
    }
    responses.push(get(format!("/api/v1/files/{file_id}")).await);
    responses.push(get(format!("/api/v1/stages/{stage}/results")).await);
    responses.push(get(format!("/api/v1/stages/{stage}/judges")).await);
    responses.push(get(format!("/api/v1/entries/{entry}")).await);
    responses.push(get(format!("/api/v1/entries/{entry}/files")).await);

    let mut forbidden: Vec<String> = Vec::new();
    for e in &j.entrants {
        forbidden.extend([e.name.clone(), e.account.email.clone(), e.account.id.clone(), e.affiliation.clone()]);
    }
    forbidden.push("박서연.jpg".into());
    for (path, response) in responses {
        let headers = format!("{:?}", response.headers());
        let body = response.bytes().await.unwrap();
        let text = String::from_utf8_lossy(&body).to_string();
        let mut all = vec![headers, text.clone()];
        if let Ok(json) = serde_json::from_slice::<Value>(&body) {
            strings(&json, &mut all);
        }
        for needle in &forbidden {
            assert!(all.iter().all(|s| !s.contains(needle.as_str())), "{path} leaks {needle}: {text}");
        }
    }
}

#[tokio::test]
async fn an_open_stage_shows_the_judge_who_the_entrant_is() {
    let j = three_entries("score-open").await;
    let stage = j.stage(stage_document("본선", false)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[1].entry_id).await;
    j.declare(&judge, &assignment, false, None).await;

    let entry: Value = j
        .app()
        .get_as(&format!("/api/v1/assignments/{assignment}/entry"), &judge.access_token)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(entry["entrant"], "이도윤");
    assert_eq!(entry["answers"]["affiliation"], "한국토지주택공사");
}

#[tokio::test]
async fn judges_cannot_reach_other_judges_scores_or_entries_not_assigned_to_them() {
    let j = three_entries("score-others").await;
    let mut doc = stage_document("예선", true);
    doc["assignment"] = json!({ "mode": "per_entry", "k": 1 });
    let stage = j.stage(doc).await;
    let a = j.judge(&stage, "a@judge.kr").await;
    let b = j.judge(&stage, "b@judge.kr").await;
    j.plan(&stage).await;
    let theirs = id_of(&j.assignments_of(&stage, &b).await[0]);
    let entry = j.assignments_of(&stage, &b).await[0]["entry_id"].as_str().unwrap().to_owned();
    j.score(&stage, &b, &entry, 77).await;

    for path in [
        format!("/api/v1/assignments/{theirs}/score"),
        format!("/api/v1/assignments/{theirs}/entry"),
        format!("/api/v1/entries/{entry}"),
    ] {
        problem(j.app().get_as(&path, &a.access_token).await, 404, "not_found").await;
    }
    problem(j.save_score(&a, &theirs, &json!({ "values": sheet(10) })).await, 404, "not_found").await;
    problem(j.declare(&a, &theirs, false, None).await, 404, "not_found").await;
    problem(j.app().get_as(&format!("/api/v1/stages/{stage}/results"), &a.access_token).await, 403, "forbidden").await;
    problem(j.app().get_as(&format!("/api/v1/stages/{stage}/score-changes"), &a.access_token).await, 403, "forbidden")
        .await;
    problem(j.app().get_as(&format!("/api/v1/stages/{stage}/scores.csv"), &a.access_token).await, 403, "forbidden")
        .await;
    let citizen = &j.entrants[0].account;
    problem(
        j.app().get_as(&format!("/api/v1/stages/{stage}/assignments/mine"), &citizen.access_token).await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn a_score_outside_a_criterions_range_or_step_is_refused_and_nothing_changes() {
    let j = three_entries("score-range").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[0].entry_id).await;
    j.declare(&judge, &assignment, false, None).await;

    let over = j
        .save_score(
            &judge,
            &assignment,
            &json!({ "values": { "creativity": 31, "feasibility": 10.5, "impact": 3, "completeness": 2 } }),
        )
        .await;
    let body = problem(over, 422, "validation_failed").await;
    let mut fields = problem_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["scores.creativity", "scores.feasibility"]);
    let unknown = j.save_score(&judge, &assignment, &json!({ "values": { "charm": 3 } })).await;
    problem(unknown, 422, "validation_failed").await;
    let incomplete =
        j.save_score(&judge, &assignment, &json!({ "values": { "creativity": 20 }, "submit": true })).await;
    problem(incomplete, 422, "validation_failed").await;
    assert_eq!(j.app().count("scores").await, 0);
    assert_eq!(j.app().count("score_changes").await, 0);
}

#[tokio::test]
async fn scores_are_refused_after_the_scoring_window_closes_whatever_the_client_says() {
    let j = three_entries("score-window").await;
    let stage_doc = stage_document("예선", true);
    let closes_at: chrono::DateTime<chrono::Utc> = stage_doc["closes_at"].as_str().unwrap().parse().unwrap();
    let stage = j.stage(stage_doc).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[0].entry_id).await;
    j.declare(&judge, &assignment, false, None).await;
    assert_eq!(j.save_score(&judge, &assignment, &json!({ "values": sheet(40) })).await.status(), 200);
    advance_to(j.app(), closes_at + chrono::TimeDelta::seconds(1));

    let late = j.save_score(&judge, &assignment, &json!({ "values": sheet(90), "submit": true })).await;

    problem(late, 409, "scoring_closed").await;
    let kept: Value = j
        .app()
        .get_as(&format!("/api/v1/assignments/{assignment}/score"), &judge.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((kept["total"].as_f64(), kept["status"].as_str()), (Some(40.0), Some("draft")));
}

#[tokio::test]
async fn every_change_to_a_score_is_kept_with_who_when_and_old_to_new() {
    let j = three_entries("score-audit").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[0].entry_id).await;
    j.declare(&judge, &assignment, false, None).await;

    j.save_score(&judge, &assignment, &json!({ "values": { "creativity": 20 } })).await;
    let submitted =
        j.save_score(&judge, &assignment, &json!({ "values": sheet(75), "submit": true, "version": 1 })).await;
    assert_eq!(submitted.status(), 200);
    let stale = j.save_score(&judge, &assignment, &json!({ "values": sheet(80), "submit": true, "version": 1 })).await;
    problem(stale, 409, "version_conflict").await;
    j.save_score(
        &judge,
        &assignment,
        &json!({ "values": sheet(82), "comment": "완성도 재검토", "submit": true, "version": 2 }),
    )
    .await;

    let trail: Vec<Value> =
        j.app().get_as(&format!("/api/v1/stages/{stage}/score-changes"), j.organizer()).await.json().await.unwrap();
    assert_eq!(trail.len(), 3);
    assert_eq!(trail[0]["old_values"], Value::Null);
    assert_eq!(trail[0]["new_values"], json!({ "creativity": 20.0 }));
    assert_eq!(trail[1]["old_values"], json!({ "creativity": 20.0 }));
    assert_eq!((trail[1]["old_status"].as_str(), trail[1]["new_status"].as_str()), (Some("draft"), Some("submitted")));
    assert_eq!(trail[2]["new_comment"], "완성도 재검토");
    assert!(trail.iter().all(|c| c["judge_id"] == judge.id.as_str()));
}

#[tokio::test]
async fn parallel_saves_of_one_assignment_leave_one_current_score_and_a_complete_trail() {
    let j = three_entries("score-race").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[0].entry_id).await;
    j.declare(&judge, &assignment, false, None).await;

    let saves = (0..12u32).map(|i| {
        let app = j.app();
        let token = judge.access_token.clone();
        let path = format!("/api/v1/assignments/{assignment}/score");
        async move {
            app.send_as(reqwest::Method::PUT, &path, &token, &json!({ "values": sheet(50 + i), "submit": true }))
                .await
                .status()
        }
    });
    let statuses = futures_util::future::join_all(saves).await;

    assert!(statuses.iter().all(|s| s.as_u16() == 200), "{statuses:?}");
    assert_eq!(j.app().count("scores").await, 1);
    let trail: Vec<Value> =
        j.app().get_as(&format!("/api/v1/stages/{stage}/score-changes"), j.organizer()).await.json().await.unwrap();
    assert_eq!(trail.len(), 12);
    for pair in trail.windows(2) {
        assert_eq!(pair[1]["old_values"], pair[0]["new_values"], "each change starts from the one before");
    }
    let current: Value = j
        .app()
        .get_as(&format!("/api/v1/assignments/{assignment}/score"), &judge.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(current["values"], trail[11]["new_values"]);
    assert_eq!(current["version"], 12);
}
