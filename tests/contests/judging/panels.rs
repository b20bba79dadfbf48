use std::collections::HashMap;

use serde_json::{Value, json};

use super::support::*;
use crate::helpers::*;
use crate::support::*;

#[tokio::test]
async fn an_invited_judge_gets_a_mail_and_accepts_with_the_account_of_that_address() {
    let j = three_entries("panel-invite").await;
    let stage = j.stage(stage_document("서류심사", true)).await;
    let judge = j.app().verified_account("judge@example.kr").await;
    let other = j.app().verified_account("other@example.kr").await;

    let invited = j.invite(&stage, &judge.email).await;

    assert_eq!(invited.status(), 201);
    let mail = j.app().mailbox.wait_for(&judge.email, 2).await;
    assert!(
        mail.iter().any(|m| m.subject.contains("심사위원")),
        "{:?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let accept = format!("/api/v1/stages/{stage}/judges/accept");
    problem(j.app().post_json_as(&accept, &other.access_token, &json!({})).await, 404, "not_found").await;
    assert_eq!(j.app().post_json_as(&accept, &judge.access_token, &json!({})).await.status(), 200);
    let mine: Value = j.app().get_as("/api/v1/me/judging", &judge.access_token).await.json().await.unwrap();
    assert_eq!(mine[0]["status"], "active");
    assert_eq!(mine[0]["stage"]["id"], stage.as_str());
    let theirs: Value = j.app().get_as("/api/v1/me/judging", &other.access_token).await.json().await.unwrap();
    assert_eq!(theirs, json!([]));
}

#[tokio::test]
async fn an_unverified_account_cannot_accept_a_judging_invitation() {
    let j = three_entries("panel-unverified").await;
    let stage = j.stage(stage_document("서류심사", true)).await;
    let judge = j.app().unverified_account("judge@example.kr").await;
    j.invite(&stage, &judge.email).await;

    let refused =
        j.app().post_json_as(&format!("/api/v1/stages/{stage}/judges/accept"), &judge.access_token, &json!({})).await;

    problem(refused, 403, "account_restricted").await;
}

#[tokio::test]
async fn inviting_a_bad_address_is_refused_and_inviting_twice_changes_nothing() {
    let j = three_entries("panel-twice").await;
    let stage = j.stage(stage_document("서류심사", true)).await;

    let body = problem(j.invite(&stage, "not an email").await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["email"]);
    assert_eq!(j.invite(&stage, "judge@example.kr").await.status(), 201);
    assert_eq!(j.invite(&stage, "JUDGE@example.kr ").await.status(), 200);
    assert_eq!(j.app().count("stage_judges").await, 1);
}

#[tokio::test]
async fn only_the_contests_organizers_manage_the_panel() {
    let j = three_entries("panel-authz").await;
    let stage = j.stage(stage_document("서류심사", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let citizen = &j.entrants[0].account;
    let invite = format!("/api/v1/stages/{stage}/judges");

    problem(j.app().post_json(&invite, &json!({ "email": "x@example.kr" })).await, 401, "unauthenticated").await;
    problem(
        j.app().post_json_as(&invite, &citizen.access_token, &json!({ "email": "x@example.kr" })).await,
        403,
        "forbidden",
    )
    .await;
    problem(
        j.app().post_json_as(&invite, &judge.access_token, &json!({ "email": "x@example.kr" })).await,
        403,
        "forbidden",
    )
    .await;
    problem(j.app().get_as(&invite, &judge.access_token).await, 403, "forbidden").await;
    let plan = format!("/api/v1/stages/{stage}/assignments/plan");
    problem(j.app().post_json_as(&plan, &judge.access_token, &json!({})).await, 403, "forbidden").await;
}

async fn loads(j: &Judging, stage: &str, judges: &[&Account]) -> Vec<usize> {
    let mut loads = Vec::new();
    for judge in judges {
        loads.push(j.assignments_of(stage, judge).await.len());
    }
    loads
}

#[tokio::test]
async fn with_k_judges_per_entry_every_entry_gets_k_and_loads_differ_by_at_most_one() {
    let j = judging(
        "panel-k",
        &[("가", "하나", "a"), ("나", "둘", "b"), ("다", "셋", "c"), ("라", "넷", "d"), ("마", "다섯", "e")],
    )
    .await;
    let mut doc = stage_document("예선", true);
    doc["assignment"] = json!({ "mode": "per_entry", "k": 2 });
    let stage = j.stage(doc).await;
    let a = j.judge(&stage, "a@judge.kr").await;
    let b = j.judge(&stage, "b@judge.kr").await;
    let c = j.judge(&stage, "c@judge.kr").await;

    let outcome = j.plan(&stage).await;
    let again = j.plan(&stage).await;

    assert_eq!(outcome["added"], 10);
    assert_eq!(again["added"], 0);
    let mut loads = loads(&j, &stage, &[&a, &b, &c]).await;
    loads.sort();
    assert_eq!(loads, vec![3, 3, 4]);
    let page: Value = j
        .app()
        .get_as(&format!("/api/v1/stages/{stage}/assignments?limit=100"), j.organizer())
        .await
        .json()
        .await
        .unwrap();
    let mut per_entry: HashMap<String, usize> = HashMap::new();
    for a in page["items"].as_array().unwrap() {
        *per_entry.entry(a["entry_id"].as_str().unwrap().to_owned()).or_default() += 1;
    }
    assert!(per_entry.values().all(|&n| n == 2), "{per_entry:?}");
}

#[tokio::test]
async fn a_declared_conflict_ends_the_assignment_and_hands_the_entry_to_another_judge() {
    let j = three_entries("panel-conflict").await;
    let mut doc = stage_document("예선", true);
    doc["assignment"] = json!({ "mode": "per_entry", "k": 1 });
    let stage = j.stage(doc).await;
    let a = j.judge(&stage, "a@judge.kr").await;
    let b = j.judge(&stage, "b@judge.kr").await;
    j.plan(&stage).await;
    let (holder, other) =
        if j.assignments_of(&stage, &a).await.iter().any(|x| x["entry_id"] == j.entrants[0].entry_id.as_str()) {
            (&a, &b)
        } else {
            (&b, &a)
        };
    let assignment = j.assignment_for(&stage, holder, &j.entrants[0].entry_id).await;

    let declared = j.declare(holder, &assignment, true, Some("제자의 작품입니다")).await;

    assert_eq!(declared.status(), 200);
    assert!(j.assignments_of(&stage, holder).await.iter().all(|x| x["entry_id"] != j.entrants[0].entry_id.as_str()));
    let taken_over = j.assignments_of(&stage, other).await;
    let replacement = taken_over.iter().find(|x| x["entry_id"] == j.entrants[0].entry_id.as_str()).expect("handed on");
    assert_eq!(replacement["origin"], "replacement");
    let csv =
        j.app().get_as(&format!("/api/v1/stages/{stage}/declarations.csv"), j.organizer()).await.text().await.unwrap();
    assert!(csv.contains("제자의 작품입니다") && csv.contains(",conflict,"), "{csv}");
    problem(j.declare(holder, &assignment, false, None).await, 404, "not_found").await;
}

#[tokio::test]
async fn a_conflict_needs_a_reason() {
    let j = three_entries("panel-reason").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    let assignment = j.assignment_for(&stage, &judge, &j.entrants[0].entry_id).await;

    let body = problem(j.declare(&judge, &assignment, true, Some("  ")).await, 422, "validation_failed").await;

    assert_eq!(problem_fields(&body), vec!["reason"]);
    assert_eq!(j.assignments_of(&stage, &judge).await.len(), 3);
}

#[tokio::test]
async fn a_removed_judge_keeps_submitted_work_and_loses_the_rest() {
    let j = three_entries("panel-remove").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    j.plan(&stage).await;
    j.score(&stage, &judge, &j.entrants[0].entry_id, 70).await;
    let panel: Value =
        j.app().get_as(&format!("/api/v1/stages/{stage}/judges"), j.organizer()).await.json().await.unwrap();
    assert_eq!(panel[0]["progress"], json!({ "assigned": 3, "scored": 1, "remaining": 2, "conflicts": 0 }));
    let place = id_of(&panel[0]);

    let removed = j
        .app()
        .send_as(reqwest::Method::DELETE, &format!("/api/v1/stages/{stage}/judges/{place}"), j.organizer(), &json!({}))
        .await;

    assert_eq!(removed.status(), 204);
    problem(
        j.app().get_as(&format!("/api/v1/stages/{stage}/assignments/mine"), &judge.access_token).await,
        404,
        "not_found",
    )
    .await;
    let results = j.results(&stage).await;
    let first = results["results"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["entry"] == j.entrants[0].entry_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(first["jury"], 70.0);
    let panel: Value =
        j.app().get_as(&format!("/api/v1/stages/{stage}/judges"), j.organizer()).await.json().await.unwrap();
    assert_eq!(panel[0]["status"], "removed");
    assert_eq!(panel[0]["progress"]["assigned"], 1);
}

#[tokio::test]
async fn a_judge_who_deletes_their_account_keeps_their_scores_but_not_their_address_on_the_panel() {
    let j = three_entries("panel-deleted").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let judge = j.judge(&stage, "judge@example.kr").await;
    let never = j.app().verified_account("never-answered@example.kr").await;
    j.invite(&stage, &never.email).await;
    j.plan(&stage).await;
    j.score(&stage, &judge, &j.entrants[0].entry_id, 64).await;

    for account in [&judge, &never] {
        let deleted = j
            .app()
            .send_as(reqwest::Method::DELETE, "/api/v1/me", &account.access_token, &json!({ "password": PASSWORD }))
            .await;
        assert_eq!(deleted.status(), 204);
    }

    let panel: Value =
        j.app().get_as(&format!("/api/v1/stages/{stage}/judges"), j.organizer()).await.json().await.unwrap();
    let text = panel.to_string();
    assert!(!text.contains("judge@example.kr") && !text.contains("never-answered@example.kr"), "{text}");
    assert_eq!(panel.as_array().unwrap().len(), 1);
    assert_eq!(j.results(&stage).await["results"]["entries"][0]["final_score"], 64.0);
}

#[tokio::test]
async fn a_score_whose_assignment_was_removed_by_hand_no_longer_counts() {
    let j = three_entries("assignment-remove").await;
    let stage = j.stage(stage_document("예선", true)).await;
    let kept = j.judge(&stage, "kept@example.kr").await;
    let dropped = j.judge(&stage, "dropped@example.kr").await;
    j.plan(&stage).await;
    let entry = j.entrants[0].entry_id.clone();
    j.score(&stage, &kept, &entry, 80).await;
    j.score(&stage, &dropped, &entry, 40).await;
    let jury_of = |results: &Value| {
        results["results"]["entries"].as_array().unwrap().iter().find(|e| e["entry"] == entry.as_str()).unwrap()["jury"]
            .clone()
    };
    assert_eq!(jury_of(&j.results(&stage).await), 60.0);

    let assignment = j.assignment_for(&stage, &dropped, &entry).await;
    let removed = j
        .app()
        .post_json_as(
            &format!("/api/v1/assignments/{assignment}/remove"),
            j.organizer(),
            &json!({ "reason": "심사위원과 응모자가 같은 기관 소속" }),
        )
        .await;

    assert_eq!(removed.status(), 204, "{}", removed.text().await.unwrap());
    assert_eq!(jury_of(&j.results(&stage).await), 80.0);
}
