//! Creating, reading, publishing, editing and extending contests.

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

fn path(org: &str) -> String {
    format!("/api/v1/organizations/{org}/contests")
}

/// The document of a contest as last read, ready to send back with its version.
fn edited(document: &Value, version: &Value) -> Value {
    let mut doc = document.clone();
    doc["version"] = version.clone();
    doc
}

// ---------------------------------------------------------------- create

#[tokio::test]
async fn an_organizer_creates_a_draft_with_the_kinds_default_form() {
    let w = world().await;

    let created = w.create_contest(&naming_contest("eco-delta", TimeDelta::days(7))).await;

    assert_eq!(created.status(), 201);
    let contest: Value = created.json().await.unwrap();
    assert_eq!(contest["state"], "draft");
    assert_eq!(contest["slug"], "eco-delta");
    assert_eq!(contest["grace_secs"], 0, "organizers see the grace period");
    let keys: Vec<&str> =
        contest["form"]["fields"].as_array().unwrap().iter().map(|f| f["key"].as_str().unwrap()).collect();
    assert_eq!(keys, vec!["name", "meaning"]);
    assert_eq!(contest_rows(&w.app).await.len(), 1);
}

#[tokio::test]
async fn a_citizen_cannot_create_a_contest() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;

    let response = w
        .app
        .post_json_as(
            &path(&w.organization_id),
            &citizen.access_token,
            &naming_contest("eco-delta", TimeDelta::days(7)),
        )
        .await;

    problem(response, 403, "forbidden").await;
    assert!(contest_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn an_organizer_of_another_organization_cannot_create_a_contest_here() {
    let w = world().await;
    let (_, stranger) = w.another_organization("sejong", "organizer@sejong.go.kr").await;

    let response = w
        .app
        .post_json_as(
            &path(&w.organization_id),
            &stranger.access_token,
            &naming_contest("eco-delta", TimeDelta::days(7)),
        )
        .await;

    problem(response, 403, "forbidden").await;
    assert!(contest_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn creating_a_contest_requires_signing_in() {
    let w = world().await;

    let response =
        anonymous(&w.app, Method::POST, &path(&w.organization_id), &naming_contest("eco-delta", TimeDelta::days(7)))
            .await;

    problem(response, 401, "unauthenticated").await;
    assert!(contest_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn creating_a_contest_in_an_unknown_organization_is_not_found() {
    let w = world().await;
    let unknown = modu::domain::ids::new_id();

    let response = w
        .app
        .post_json_as(&path(&unknown), &w.admin.access_token, &naming_contest("eco-delta", TimeDelta::days(7)))
        .await;

    problem(response, 404, "not_found").await;
    assert!(contest_rows(&w.app).await.is_empty());
}

/// Creates `document` as the organizer and expects a validation problem naming `fields`.
async fn refused_as_invalid(w: &World, document: Value, fields: &[&str]) -> Value {
    let response = w.create_contest(&document).await;
    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), fields, "{body}");
    assert!(contest_rows(&w.app).await.is_empty(), "nothing is stored");
    body
}

#[tokio::test]
async fn a_malformed_slug_is_refused() {
    let w = world().await;
    refused_as_invalid(&w, naming_contest("Eco Delta!", TimeDelta::days(7)), &["slug"]).await;
}

#[tokio::test]
async fn a_taken_slug_is_refused_and_only_the_first_contest_exists() {
    let w = world().await;
    w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await;

    let response = w.create_contest(&naming_contest("eco-delta", TimeDelta::days(3))).await;

    problem(response, 409, "conflict").await;
    assert_eq!(contest_rows(&w.app).await.len(), 1);
}

#[tokio::test]
async fn a_contest_closing_before_it_opens_is_refused() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["closes_at"] = json!((Utc::now() - TimeDelta::days(1)).to_rfc3339());

    refused_as_invalid(&w, doc, &["closes_at"]).await;
}

#[tokio::test]
async fn an_unknown_time_zone_is_refused() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["time_zone"] = json!("Mars/Olympus_Mons");

    refused_as_invalid(&w, doc, &["time_zone"]).await;
}

fn form_field(key: &str) -> Value {
    json!({ "key": key, "label": { "ko": "이름" }, "required": true, "type": "short_text", "max_length": 30 })
}

#[tokio::test]
async fn a_form_with_two_fields_of_the_same_key_is_refused() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["form"] = json!({ "fields": [form_field("name"), form_field("name")] });

    refused_as_invalid(&w, doc, &["form.fields[1].key"]).await;
}

#[tokio::test]
async fn a_form_field_with_a_misspelt_setting_is_refused() {
    let w = world().await;
    let mut field = form_field("name");
    field.as_object_mut().unwrap().remove("max_length");
    field["max_lenght"] = json!(30);
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["form"] = json!({ "fields": [field] });

    let body = w.create_contest(&doc).await;
    let body = problem(body, 422, "validation_failed").await;

    // serde refuses it while reading the form, so the problem names the form as a whole.
    assert_eq!(problem_fields(&body), vec!["form"], "{body}");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("max_lenght"), "{body}");
    assert!(contest_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn a_form_field_with_an_unknown_key_is_refused() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["form"] = json!({ "fields": [
        form_field("name"),
        { "key": "homepage", "label": { "ko": "누리집" }, "required": false, "type": "url", "placeholder": "https://" }
    ] });

    refused_as_invalid(&w, doc, &["form.fields[1].placeholder"]).await;
}

#[tokio::test]
async fn an_unknown_top_level_field_makes_the_body_invalid() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["budget"] = json!(1_000_000);

    let response = w.create_contest(&doc).await;

    problem(response, 400, "invalid_body").await;
    assert!(contest_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn a_new_contest_cannot_carry_a_version() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["version"] = json!(3);

    refused_as_invalid(&w, doc, &["version"]).await;
}

// ---------------------------------------------------------------- visibility and publishing

#[tokio::test]
async fn a_draft_is_invisible_to_everyone_but_its_organizers() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let id = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);
    let one = format!("/api/v1/contests/{id}");

    problem(w.app.get(&one).await, 404, "not_found").await;
    problem(w.app.get_as(&one, &citizen.access_token).await, 404, "not_found").await;
    let seen = w.app.get_as(&one, &w.organizer.access_token).await;
    assert_eq!(seen.status(), 200);
    let listed: Value = w.app.get("/api/v1/contests").await.json().await.unwrap();
    assert_eq!(listed["items"], json!([]));
}

#[tokio::test]
async fn publishing_makes_a_contest_public() {
    let w = world().await;
    let id = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);

    let published = w.publish(&id).await;

    assert_eq!(published.status(), 200);
    let contest: Value = published.json().await.unwrap();
    assert_eq!(contest["state"], "open");
    let public: Value = w.app.get(&format!("/api/v1/contests/{id}")).await.json().await.unwrap();
    assert_eq!(public["state"], "open");
    assert!(public.get("grace_secs").is_none(), "the grace period is the organizers' own");
    let listed: Value = w.app.get("/api/v1/contests").await.json().await.unwrap();
    assert_eq!(listed["items"][0]["id"], id.as_str());
}

#[tokio::test]
async fn publishing_twice_is_a_conflict() {
    let w = world().await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);

    problem(w.publish(&id).await, 409, "conflict").await;
}

#[tokio::test]
async fn a_contest_whose_deadline_has_passed_cannot_be_published() {
    let w = world().await;
    let id = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::seconds(10))).await);
    w.app.advance_clock(TimeDelta::seconds(11));

    problem(w.publish(&id).await, 409, "deadline_passed").await;

    assert!(stored_contest(&w.app, &id).await.published_at.is_none());
}

#[tokio::test]
async fn a_citizen_cannot_publish_a_contest() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let id = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);

    let response =
        w.app.post_json_as(&format!("/api/v1/contests/{id}/publish"), &citizen.access_token, &json!({})).await;

    problem(response, 403, "forbidden").await;
    assert!(stored_contest(&w.app, &id).await.published_at.is_none());
}

#[tokio::test]
async fn publishing_requires_signing_in() {
    let w = world().await;
    let id = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);

    problem(
        anonymous(&w.app, Method::POST, &format!("/api/v1/contests/{id}/publish"), &json!({})).await,
        401,
        "unauthenticated",
    )
    .await;
}

// ---------------------------------------------------------------- update

#[tokio::test]
async fn an_organizer_replaces_a_contests_settings_and_the_version_moves_on() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.draft_contest(doc.clone()).await;
    let mut change = edited(&doc, &contest["version"]);
    change["title"]["ko"] = json!("에코델타시티 새 이름 공모");

    let updated = w.put_contest(&w.organizer.access_token, &id_of(&contest), &change).await;

    assert_eq!(updated.status(), 200);
    let updated: Value = updated.json().await.unwrap();
    assert_eq!(updated["title"]["ko"], "에코델타시티 새 이름 공모");
    assert_eq!(updated["version"].as_i64().unwrap(), contest["version"].as_i64().unwrap() + 1);
}

#[tokio::test]
async fn saving_over_a_newer_version_is_a_version_conflict() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.draft_contest(doc.clone()).await;
    let id = id_of(&contest);
    let mut first = edited(&doc, &contest["version"]);
    first["title"]["ko"] = json!("첫 번째 수정");
    assert_eq!(w.put_contest(&w.organizer.access_token, &id, &first).await.status(), 200);
    let mut stale = edited(&doc, &contest["version"]);
    stale["title"]["ko"] = json!("늦은 수정");

    problem(w.put_contest(&w.organizer.access_token, &id, &stale).await, 409, "version_conflict").await;

    assert_eq!(stored_contest(&w.app, &id).await.title_ko, "첫 번째 수정");
}

#[tokio::test]
async fn a_contests_slug_cannot_change() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.draft_contest(doc.clone()).await;
    let mut change = edited(&doc, &contest["version"]);
    change["slug"] = json!("eco-delta-2");

    let body =
        problem(w.put_contest(&w.organizer.access_token, &id_of(&contest), &change).await, 422, "validation_failed")
            .await;

    assert_eq!(problem_fields(&body), vec!["slug"]);
    assert_eq!(stored_contest(&w.app, &id_of(&contest)).await.slug, "eco-delta");
}

#[tokio::test]
async fn a_published_contests_schedule_changes_only_by_extension() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.open_contest(doc.clone()).await;
    let id = id_of(&contest);
    let before = stored_contest(&w.app, &id).await;
    let mut change = edited(&doc, &contest["version"]);
    change["closes_at"] = json!((Utc::now() + TimeDelta::days(30)).to_rfc3339());

    problem(w.put_contest(&w.organizer.access_token, &id, &change).await, 409, "conflict").await;

    let after = stored_contest(&w.app, &id).await;
    assert_eq!((after.closes_at, after.version), (before.closes_at, before.version));
}

#[tokio::test]
async fn a_published_contest_can_be_saved_back_with_the_schedule_it_shows() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.open_contest(doc.clone()).await;
    let mut change = edited(&doc, &contest["version"]);
    change["opens_at"] = contest["opens_at"].clone();
    change["closes_at"] = contest["closes_at"].clone();
    change["summary"]["ko"] = json!("요약을 고쳤습니다.");

    let updated = w.put_contest(&w.organizer.access_token, &id_of(&contest), &change).await;

    assert_eq!(updated.status(), 200, "{}", updated.text().await.unwrap());
}

#[tokio::test]
async fn the_form_is_fixed_once_an_entry_was_submitted() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.open_contest(doc.clone()).await;
    let id = id_of(&contest);
    let citizen = w.app.verified_account("citizen@example.kr").await;
    submitted_entry(&w.app, &citizen.access_token, &id).await;
    let mut change = edited(&doc, &contest["version"]);
    change["form"] = json!({ "fields": [form_field("name")] });

    problem(w.put_contest(&w.organizer.access_token, &id, &change).await, 409, "conflict").await;

    let stored: Value = serde_json::from_str(&stored_contest(&w.app, &id).await.form).unwrap();
    assert_eq!(stored, contest["form"]);
}

#[tokio::test]
async fn a_citizen_cannot_change_a_contest() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.open_contest(doc.clone()).await;
    let mut change = edited(&doc, &contest["version"]);
    change["title"]["ko"] = json!("바뀐 제목");

    problem(w.put_contest(&citizen.access_token, &id_of(&contest), &change).await, 403, "forbidden").await;

    assert_eq!(stored_contest(&w.app, &id_of(&contest)).await.title_ko, "에코델타시티 이름 공모");
}

#[tokio::test]
async fn changing_a_contest_requires_signing_in() {
    let w = world().await;
    let doc = naming_contest("eco-delta", TimeDelta::days(7));
    let contest = w.draft_contest(doc.clone()).await;

    let response = anonymous(
        &w.app,
        Method::PUT,
        &format!("/api/v1/contests/{}", id_of(&contest)),
        &edited(&doc, &contest["version"]),
    )
    .await;

    problem(response, 401, "unauthenticated").await;
}

// ---------------------------------------------------------------- deadline extension

fn extension(closes_at: chrono::DateTime<Utc>, reason: &str) -> Value {
    json!({ "closes_at": closes_at.to_rfc3339(), "reason": reason })
}

#[tokio::test]
async fn extending_the_deadline_is_recorded_with_its_reason() {
    let w = world().await;
    let contest = w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await;
    let id = id_of(&contest);
    let new_close = Utc::now() + TimeDelta::days(14);

    let extended = w.extend_deadline(&w.organizer.access_token, &id, &extension(new_close, "접수 시스템 장애")).await;

    assert_eq!(extended.status(), 200);
    let extended: Value = extended.json().await.unwrap();
    assert_ne!(extended["closes_at"], contest["closes_at"]);
    let details: Vec<String> = w
        .app
        .with_conn(|conn| {
            use modu::db::schema::audit_events::dsl;
            dsl::audit_events.filter(dsl::action.eq("contest.deadline_extended")).select(dsl::details).load(conn)
        })
        .await;
    assert_eq!(details.len(), 1);
    let details: Value = serde_json::from_str(&details[0]).unwrap();
    assert_eq!(details["from"], contest["closes_at"]);
    assert_eq!(details["to"], extended["closes_at"]);
    assert_eq!(details["reason"], "접수 시스템 장애");
}

#[tokio::test]
async fn a_deadline_cannot_be_moved_earlier_or_kept() {
    let w = world().await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);
    let before = stored_contest(&w.app, &id).await;
    let audits = w.app.count("audit_events").await;

    for closes_at in [Utc::now() + TimeDelta::days(1), before.closes_at.and_utc()] {
        let response = w.extend_deadline(&w.organizer.access_token, &id, &extension(closes_at, "사유")).await;
        let body = problem(response, 422, "validation_failed").await;
        assert_eq!(problem_fields(&body), vec!["closes_at"]);
    }

    assert_eq!(stored_contest(&w.app, &id).await.closes_at, before.closes_at);
    assert_eq!(w.app.count("audit_events").await, audits);
}

#[tokio::test]
async fn a_deadline_extension_needs_a_reason() {
    let w = world().await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);
    let before = stored_contest(&w.app, &id).await;

    let response =
        w.extend_deadline(&w.organizer.access_token, &id, &extension(Utc::now() + TimeDelta::days(14), "   ")).await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["reason"]);
    assert_eq!(stored_contest(&w.app, &id).await.closes_at, before.closes_at);
}

#[tokio::test]
async fn a_citizen_cannot_extend_a_deadline() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);
    let before = stored_contest(&w.app, &id).await;

    let response =
        w.extend_deadline(&citizen.access_token, &id, &extension(Utc::now() + TimeDelta::days(14), "연장")).await;

    problem(response, 403, "forbidden").await;
    assert_eq!(stored_contest(&w.app, &id).await.closes_at, before.closes_at);
}

#[tokio::test]
async fn extending_a_deadline_requires_signing_in() {
    let w = world().await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);

    let response = anonymous(
        &w.app,
        Method::POST,
        &format!("/api/v1/contests/{id}/deadline"),
        &extension(Utc::now() + TimeDelta::days(14), "연장"),
    )
    .await;

    problem(response, 401, "unauthenticated").await;
}

#[tokio::test]
async fn an_entry_is_accepted_after_the_old_deadline_and_before_the_new_one() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let id = id_of(&w.open_contest(naming_contest("eco-delta", TimeDelta::minutes(1))).await);
    let draft = draft_entry(&w.app, &citizen.access_token, &id, complete_naming()).await;
    let extended = w
        .extend_deadline(&w.organizer.access_token, &id, &extension(Utc::now() + TimeDelta::days(1), "태풍 피해"))
        .await;
    assert_eq!(extended.status(), 200);
    w.app.advance_clock(TimeDelta::minutes(2));

    let submitted = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    assert_eq!(submitted.status(), 200);
    assert_eq!(stored_entry(&w.app, &id_of(&draft)).await.status, "submitted");
}
