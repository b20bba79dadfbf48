//! Organizers screen a contest's entries: duplicate and similar names, the
//! filtered list, eligible / disqualified decisions (mailed and audited), who
//! may do it, and the CSV export.

use chrono::TimeDelta;
use diesel::prelude::*;
use modu::db::audit::AuditEvent;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const MEANING: &str = "강과 바다가 만나는 스마트시티라는 뜻입니다.";

// ---------------------------------------------------------------- helpers

/// A complete naming entry proposing `name`, submitted by `citizen`; returns its view.
async fn enter(app: &TestApp, citizen: &Account, contest: &str, name: &str) -> Value {
    enter_with(app, citizen, contest, json!({ "answers": { "name": name, "meaning": MEANING } })).await
}

/// A draft started with `body` and submitted; returns the submitted view.
async fn enter_with(app: &TestApp, citizen: &Account, contest: &str, body: Value) -> Value {
    let created = start_entry(app, &citizen.access_token, contest, &body).await;
    assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
    let draft: Value = created.json().await.unwrap();
    let submitted = submit_entry(app, &citizen.access_token, &id_of(&draft)).await;
    assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
    submitted.json().await.unwrap()
}

/// Verified citizens `<name>@example.kr`, in order.
async fn citizens(app: &TestApp, names: &[&str]) -> Vec<Account> {
    let mut accounts = Vec::new();
    for name in names {
        accounts.push(app.verified_account(&format!("{name}@example.kr")).await);
    }
    accounts
}

/// An open naming contest whose citizens may each submit `max` entries.
async fn contest_allowing(w: &World, max: u32) -> String {
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["eligibility"] = json!({ "max_entries_per_person": max });
    id_of(&w.open_contest(doc).await)
}

fn entries_path(contest: &str) -> String {
    format!("/api/v1/contests/{contest}/entries")
}

fn duplicates_path(contest: &str) -> String {
    format!("/api/v1/contests/{contest}/duplicates")
}

fn csv_path(contest: &str) -> String {
    format!("/api/v1/contests/{contest}/entries.csv")
}

fn screening_path(entry: &str) -> String {
    format!("/api/v1/entries/{entry}/screening")
}

async fn list_response(app: &TestApp, token: &str, contest: &str, query: &[(&str, &str)]) -> reqwest::Response {
    app.client.get(app.url(&entries_path(contest))).bearer_auth(token).query(query).send().await.unwrap()
}

/// One page of the organizer list.
async fn list(app: &TestApp, token: &str, contest: &str, query: &[(&str, &str)]) -> Value {
    let response = list_response(app, token, contest, query).await;
    assert_eq!(response.status(), 200, "{query:?}: {}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// The ids on one page, sorted.
fn ids_of(page: &Value) -> Vec<String> {
    let mut ids: Vec<String> = page["items"].as_array().unwrap().iter().map(id_of).collect();
    ids.sort();
    ids
}

fn sorted(ids: &[&String]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|id| (*id).clone()).collect();
    ids.sort();
    ids
}

/// The organizer's view of one entry, from the unfiltered list.
async fn screened(app: &TestApp, token: &str, contest: &str, entry: &str) -> Value {
    let page = list(app, token, contest, &[("limit", "100")]).await;
    page["items"].as_array().unwrap().iter().find(|e| id_of(e) == entry).cloned().expect("the entry is listed")
}

async fn duplicates(app: &TestApp, token: &str, contest: &str) -> Value {
    let response = app.get_as(&duplicates_path(contest), token).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

async fn decide(app: &TestApp, token: &str, entry: &str, body: &Value) -> reqwest::Response {
    app.post_json_as(&screening_path(entry), token, body).await
}

/// A decision that must succeed; returns the screened view.
async fn decided(app: &TestApp, token: &str, entry: &str, body: &Value) -> Value {
    let response = decide(app, token, entry, body).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// The `entry.screened` audit rows of one entry, oldest first.
async fn screening_audit(app: &TestApp, entry: &str) -> Vec<AuditEvent> {
    let entry = entry.to_owned();
    app.with_conn(move |conn| {
        use modu::db::schema::audit_events::dsl;
        dsl::audit_events
            .filter(dsl::action.eq("entry.screened"))
            .filter(dsl::object_id.eq(entry))
            .order(dsl::created_at.asc())
            .then_order_by(dsl::id.asc())
            .load::<AuditEvent>(conn)
    })
    .await
}

/// An `EntryRef` of the duplicates report as (entry id, receipt, text).
fn entry_ref(value: &Value) -> (String, String, String) {
    (
        value["entry_id"].as_str().unwrap().to_owned(),
        value["receipt_number"].as_str().unwrap().to_owned(),
        value["text"].as_str().unwrap().to_owned(),
    )
}

fn receipt_of(entry: &Value) -> String {
    entry["receipt_number"].as_str().unwrap().to_owned()
}

/// Resaves a submitted entry with a new name; returns the saved view.
async fn rename(app: &TestApp, citizen: &Account, entry: &str, name: &str) -> Value {
    let current: Value =
        app.get_as(&format!("/api/v1/entries/{entry}"), &citizen.access_token).await.json().await.unwrap();
    let saved = save_entry(
        app,
        &citizen.access_token,
        entry,
        &json!({ "version": current["version"], "answers": { "name": name, "meaning": MEANING } }),
    )
    .await;
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
    saved.json().await.unwrap()
}

/// (duplicate_group, duplicate_of) of an entry as organizers see it.
async fn marks(app: &TestApp, token: &str, contest: &str, entry: &str) -> (Option<String>, Option<String>) {
    let view = screened(app, token, contest, entry).await;
    (view["duplicate_group"].as_str().map(str::to_owned), view["duplicate_of"].as_str().map(str::to_owned))
}

fn group(key: &str) -> Option<String> {
    Some(key.to_owned())
}

/// The groups of the duplicates report as (key, original id, duplicate ids).
fn groups_of(report: &Value) -> Vec<(String, String, Vec<String>)> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["key"].as_str().unwrap().to_owned(),
                g["original"]["entry_id"].as_str().unwrap().to_owned(),
                g["duplicates"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d["entry_id"].as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect()
}

/// A minimal RFC 4180 reader (quoted cells, doubled quotes, CRLF rows).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(cell.is_empty() && row.is_empty(), "the last row ends with CRLF");
    rows
}

// ---------------------------------------------------------------- duplicate names

#[tokio::test]
async fn spellings_of_one_name_by_different_citizens_form_a_group_whose_earliest_receipt_is_the_original() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun", "haeun", "doyun"]).await;
    let first = enter(&w.app, &people[0], &contest, "에코델타시티").await;
    let second = enter(&w.app, &people[1], &contest, "에코 델타 시티!").await;
    let latin = enter(&w.app, &people[2], &contest, "ＥＣＯ델타시티").await;
    let unrelated = enter(&w.app, &people[3], &contest, "푸른바다").await;
    let latin_twin = enter(&w.app, &people[4], &contest, "eco델타시티").await;
    let org = &w.organizer.access_token;

    assert_eq!(marks(&w.app, org, &contest, &id_of(&first)).await, (group("에코델타시티"), None));
    assert_eq!(marks(&w.app, org, &contest, &id_of(&second)).await, (group("에코델타시티"), Some(id_of(&first))));
    assert_eq!(marks(&w.app, org, &contest, &id_of(&latin)).await, (group("eco델타시티"), None));
    assert_eq!(marks(&w.app, org, &contest, &id_of(&latin_twin)).await, (group("eco델타시티"), Some(id_of(&latin))));
    assert_eq!(marks(&w.app, org, &contest, &id_of(&unrelated)).await, (None, None));

    let report = duplicates(&w.app, org, &contest).await;
    assert_eq!(
        groups_of(&report),
        vec![
            ("에코델타시티".to_owned(), id_of(&first), vec![id_of(&second)]),
            ("eco델타시티".to_owned(), id_of(&latin), vec![id_of(&latin_twin)]),
        ]
    );
    assert_eq!(
        entry_ref(&report["groups"][0]["original"]),
        (id_of(&first), receipt_of(&first), "에코델타시티".to_owned())
    );
    assert_eq!(
        entry_ref(&report["groups"][0]["duplicates"][0]),
        (id_of(&second), receipt_of(&second), "에코 델타 시티!".to_owned())
    );
    assert_eq!(report["groups"][1]["original"]["text"], "ＥＣＯ델타시티");
    assert_eq!(report["similar"], json!([]));
    assert_eq!(report["photos"], json!([]));
}

#[tokio::test]
async fn a_duplicate_is_not_hidden_from_its_author() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon"]).await;
    enter(&w.app, &people[0], &contest, "에코델타시티").await;
    let duplicate = id_of(&enter(&w.app, &people[1], &contest, "에코 델타 시티").await);

    let shown = w.app.get_as(&format!("/api/v1/entries/{duplicate}"), &people[1].access_token).await;

    assert_eq!(shown.status(), 200);
    let shown: Value = shown.json().await.unwrap();
    assert_eq!(shown["status"], "submitted");
    assert_eq!(shown["answers"]["name"], "에코 델타 시티");
    let mine: Value = w.app.get_as("/api/v1/me/entries", &people[1].access_token).await.json().await.unwrap();
    assert_eq!(ids_of(&mine), vec![duplicate.clone()]);
    assert_eq!(
        marks(&w.app, &w.organizer.access_token, &contest, &duplicate).await.0,
        group("에코델타시티"),
        "organizers still see the mark"
    );
}

#[tokio::test]
async fn a_name_one_vowel_apart_is_listed_as_similar_but_not_as_a_duplicate() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun"]).await;
    let first = enter(&w.app, &people[0], &contest, "에코델타").await;
    let second = enter(&w.app, &people[1], &contest, "애코 델타").await;
    enter(&w.app, &people[2], &contest, "푸른바다").await;
    let org = &w.organizer.access_token;

    let report = duplicates(&w.app, org, &contest).await;

    assert_eq!(report["groups"], json!([]));
    let similar = report["similar"].as_array().unwrap();
    assert_eq!(similar.len(), 1, "{report}");
    assert_eq!(entry_ref(&similar[0]["a"]), (id_of(&first), receipt_of(&first), "에코델타".to_owned()));
    assert_eq!(entry_ref(&similar[0]["b"]), (id_of(&second), receipt_of(&second), "애코 델타".to_owned()));
    assert_eq!(similar[0]["distance"], 1);
    assert_eq!(marks(&w.app, org, &contest, &id_of(&first)).await, (None, None));
    assert_eq!(marks(&w.app, org, &contest, &id_of(&second)).await, (None, None));
}

#[tokio::test]
async fn when_the_original_is_withdrawn_the_next_receipt_becomes_the_original() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun"]).await;
    let first = id_of(&enter(&w.app, &people[0], &contest, "에코델타시티").await);
    let second = id_of(&enter(&w.app, &people[1], &contest, "에코 델타 시티").await);
    let third = id_of(&enter(&w.app, &people[2], &contest, "에코델타시티!!").await);
    let org = &w.organizer.access_token;

    assert_eq!(withdraw_entry(&w.app, &people[0].access_token, &first).await.status(), 200);

    assert_eq!(marks(&w.app, org, &contest, &first).await, (None, None));
    assert_eq!(marks(&w.app, org, &contest, &second).await, (group("에코델타시티"), None));
    assert_eq!(marks(&w.app, org, &contest, &third).await, (group("에코델타시티"), Some(second.clone())));
    assert_eq!(
        groups_of(&duplicates(&w.app, org, &contest).await),
        vec![("에코델타시티".to_owned(), second.clone(), vec![third.clone()])]
    );

    assert_eq!(withdraw_entry(&w.app, &people[1].access_token, &second).await.status(), 200);

    assert_eq!(marks(&w.app, org, &contest, &third).await, (None, None), "one entry alone is no group");
    assert_eq!(duplicates(&w.app, org, &contest).await["groups"], json!([]));
    assert_eq!(list(&w.app, org, &contest, &[("duplicates", "true")]).await["items"], json!([]));
}

#[tokio::test]
async fn editing_a_submitted_entrys_name_moves_it_to_the_other_group() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun", "haeun"]).await;
    let river = id_of(&enter(&w.app, &people[0], &contest, "물빛도시").await);
    let river_twin = id_of(&enter(&w.app, &people[1], &contest, "물빛 도시").await);
    let eco = id_of(&enter(&w.app, &people[2], &contest, "에코델타시티").await);
    let mover = id_of(&enter(&w.app, &people[3], &contest, "에코델타시티").await);
    let org = &w.organizer.access_token;
    assert_eq!(marks(&w.app, org, &contest, &mover).await, (group("에코델타시티"), Some(eco.clone())));

    rename(&w.app, &people[3], &mover, "물빛도시!").await;

    assert_eq!(marks(&w.app, org, &contest, &eco).await, (None, None), "the old group dissolves");
    assert_eq!(marks(&w.app, org, &contest, &river).await, (group("물빛도시"), None));
    assert_eq!(marks(&w.app, org, &contest, &river_twin).await, (group("물빛도시"), Some(river.clone())));
    assert_eq!(marks(&w.app, org, &contest, &mover).await, (group("물빛도시"), Some(river.clone())));
    assert_eq!(
        groups_of(&duplicates(&w.app, org, &contest).await),
        vec![("물빛도시".to_owned(), river.clone(), vec![river_twin.clone(), mover.clone()])]
    );
    assert_eq!(
        ids_of(&list(&w.app, org, &contest, &[("duplicate_group", "물빛도시")]).await),
        sorted(&[&river, &river_twin, &mover])
    );

    rename(&w.app, &people[3], &mover, "에코 델타 시티").await;

    assert_eq!(marks(&w.app, org, &contest, &mover).await, (group("에코델타시티"), Some(eco.clone())));
    assert_eq!(marks(&w.app, org, &contest, &eco).await, (group("에코델타시티"), None));
    assert_eq!(marks(&w.app, org, &contest, &river_twin).await, (group("물빛도시"), Some(river.clone())));
}

#[tokio::test]
async fn a_name_edited_down_to_punctuation_leaves_its_group() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun"]).await;
    let first = id_of(&enter(&w.app, &people[0], &contest, "물빛도시").await);
    let second = id_of(&enter(&w.app, &people[1], &contest, "물빛도시").await);
    let leaver = id_of(&enter(&w.app, &people[2], &contest, "물빛도시").await);
    let org = &w.organizer.access_token;

    rename(&w.app, &people[2], &leaver, "!!!").await;

    assert_eq!(marks(&w.app, org, &contest, &leaver).await, (None, None));
    assert_eq!(marks(&w.app, org, &contest, &second).await, (group("물빛도시"), Some(first.clone())));
    assert_eq!(
        ids_of(&list(&w.app, org, &contest, &[("duplicate_group", "물빛도시")]).await),
        sorted(&[&first, &second])
    );
    assert_eq!(groups_of(&duplicates(&w.app, org, &contest).await), vec![("물빛도시".to_owned(), first, vec![second])]);
}

// ---------------------------------------------------------------- the list

#[tokio::test]
async fn the_organizer_list_filters_by_screening_duplicates_group_status_and_category() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["categories"] = json!([
        { "key": "elementary", "label": { "ko": "초등부" } },
        { "key": "middle", "label": { "ko": "중등부" } }
    ]);
    let contest = id_of(&w.open_contest(doc).await);
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun", "haeun", "doyun"]).await;
    let entry =
        |category: &str, name: &str| json!({ "category": category, "answers": { "name": name, "meaning": MEANING } });
    let a = id_of(&enter_with(&w.app, &people[0], &contest, entry("elementary", "에코델타시티")).await);
    let b = id_of(&enter_with(&w.app, &people[1], &contest, entry("middle", "에코 델타 시티")).await);
    let c = id_of(&enter_with(&w.app, &people[2], &contest, entry("elementary", "물빛도시")).await);
    let d = id_of(&enter_with(&w.app, &people[3], &contest, entry("middle", "푸른바다")).await);
    assert_eq!(withdraw_entry(&w.app, &people[3].access_token, &d).await.status(), 200);
    draft_entry(&w.app, &people[4].access_token, &contest, complete_naming()).await;
    let org = &w.organizer.access_token;
    decided(&w.app, org, &a, &json!({ "decision": "eligible" })).await;
    decided(&w.app, org, &c, &json!({ "decision": "disqualified", "reason": "이미 쓰이는 지명입니다." })).await;
    let filtered = async |query: &[(&str, &str)]| ids_of(&list(&w.app, org, &contest, query).await);

    assert_eq!(filtered(&[]).await, sorted(&[&a, &b, &c, &d]), "never the draft");
    assert_eq!(filtered(&[("screening", "eligible")]).await, vec![a.clone()]);
    assert_eq!(filtered(&[("screening", "disqualified")]).await, vec![c.clone()]);
    assert_eq!(filtered(&[("screening", "pending")]).await, sorted(&[&b, &d]));
    assert_eq!(filtered(&[("duplicates", "true")]).await, sorted(&[&a, &b]));
    assert_eq!(filtered(&[("duplicates", "false")]).await, sorted(&[&a, &b, &c, &d]));
    assert_eq!(filtered(&[("duplicate_group", "에코델타시티")]).await, sorted(&[&a, &b]));
    assert_eq!(filtered(&[("duplicate_group", "물빛도시")]).await, Vec::<String>::new());
    assert_eq!(filtered(&[("status", "submitted")]).await, sorted(&[&a, &b, &c]));
    assert_eq!(filtered(&[("status", "withdrawn")]).await, vec![d.clone()]);
    assert_eq!(filtered(&[("category", "elementary")]).await, sorted(&[&a, &c]));
    assert_eq!(filtered(&[("category", "middle")]).await, sorted(&[&b, &d]));
    assert_eq!(filtered(&[("category", "middle"), ("duplicates", "true")]).await, vec![b.clone()]);
    assert_eq!(filtered(&[("category", "elementary"), ("screening", "pending")]).await, Vec::<String>::new());

    let view = screened(&w.app, org, &contest, &c).await;
    assert_eq!(view["entrant"], "김민지");
    assert_eq!(view["screening"], "disqualified");
    assert_eq!(view["screening_reason"], "이미 쓰이는 지명입니다.");
    assert!(view["screened_at"].is_string());
    assert_eq!(view["category"], "elementary");
    assert_eq!(view["answers"]["name"], "물빛도시");
    assert!(view["receipt_number"].is_string());
    let pending = screened(&w.app, org, &contest, &b).await;
    assert_eq!(pending["screening"], "pending");
    assert!(pending["screening_reason"].is_null() && pending["screened_at"].is_null());
}

#[tokio::test]
async fn a_filtered_list_comes_in_pages() {
    let w = world().await;
    let contest = contest_allowing(&w, 6).await;
    let citizen = w.app.verified_account("jiwoo@example.kr").await;
    let mut group = Vec::new();
    for name in ["에코델타시티", "에코 델타 시티", "에코델타시티!", "에코·델타·시티", "「에코델타시티」"]
    {
        group.push(id_of(&enter(&w.app, &citizen, &contest, name).await));
    }
    enter(&w.app, &citizen, &contest, "푸른바다").await;
    group.sort();
    let org = &w.organizer.access_token;

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut query = vec![("duplicates", "true"), ("limit", "2")];
        if let Some(cursor) = &cursor {
            query.push(("cursor", cursor));
        }
        let page = list(&w.app, org, &contest, &query).await;
        let ids: Vec<String> = page["items"].as_array().unwrap().iter().map(id_of).collect();
        assert!(ids.len() <= 2);
        seen.extend(ids);
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }

    assert_eq!(pages, 3);
    assert_eq!(seen, group, "every grouped entry once, in id order");
}

#[tokio::test]
async fn the_list_comes_newest_first_when_asked_and_pages_the_same_way() {
    let w = world().await;
    let contest = contest_allowing(&w, 4).await;
    let citizen = w.app.verified_account("sua@example.kr").await;
    let mut created = Vec::new();
    for name in ["하나", "둘", "셋", "넷"] {
        created.push(id_of(&enter(&w.app, &citizen, &contest, name).await));
    }
    let org = &w.organizer.access_token;
    let first = list(&w.app, org, &contest, &[("sort", "newest"), ("limit", "3")]).await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let second = list(&w.app, org, &contest, &[("sort", "newest"), ("limit", "3"), ("cursor", &cursor)]).await;
    let seen: Vec<String> =
        [&first, &second].iter().flat_map(|p| p["items"].as_array().unwrap().iter().map(id_of)).collect();
    created.reverse();
    assert_eq!(seen, created);
    assert!(second["next_cursor"].is_null());
    let refused = list_response(&w.app, org, &contest, &[("sort", "sideways")]).await;
    assert_eq!(refused.status(), 400);
}

#[tokio::test]
async fn the_list_can_be_narrowed_to_named_entries_of_the_contest() {
    let w = world().await;
    let contest = contest_allowing(&w, 3).await;
    let other = w.open_naming_contest("other-naming").await;
    let citizen = w.app.verified_account("haneul@example.kr").await;
    let mut ids = Vec::new();
    for name in ["하나", "둘", "셋"] {
        ids.push(id_of(&enter(&w.app, &citizen, &contest, name).await));
    }
    let elsewhere = id_of(&enter(&w.app, &citizen, &other, "넷").await);
    let org = &w.organizer.access_token;

    let named = format!("{},{},{elsewhere}", ids[2], ids[0]);
    let page = list(&w.app, org, &contest, &[("ids", &named)]).await;

    assert_eq!(ids_of(&page), sorted(&[&ids[0], &ids[2]]), "only the named entries of this contest");
    assert!(page["items"][0]["entrant"].is_string() && page["items"][0]["receipt_number"].is_string());
    let too_many = vec![ids[0].clone(); 101].join(",");
    for bad in [too_many.as_str(), "not-an-id", ""] {
        problem(list_response(&w.app, org, &contest, &[("ids", bad)]).await, 400, "invalid_parameter").await;
    }
}

#[tokio::test]
async fn unknown_list_filters_are_bad_parameters() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let org = &w.organizer.access_token;
    let bad: [&[(&str, &str)]; 7] = [
        &[("screening", "rejected")],
        &[("status", "draft")],
        &[("duplicates", "maybe")],
        &[("sort", "receipt")],
        &[("limit", "0")],
        &[("limit", "many")],
        &[("cursor", "not-a-cursor")],
    ];

    for query in bad {
        let body = problem(list_response(&w.app, org, &contest, query).await, 400, "invalid_parameter").await;
        assert!(body["detail"].is_string(), "{query:?}");
    }
}

// ---------------------------------------------------------------- decisions

/// An open naming contest with one submitted entry by a citizen.
async fn one_submitted_entry() -> (World, String, Account, Value) {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account("jiwoo@example.kr").await;
    let entry = enter(&w.app, &citizen, &contest, "에코델타시티").await;
    (w, contest, citizen, entry)
}

#[tokio::test]
async fn disqualifying_without_a_reason_is_refused_and_changes_nothing() {
    let (w, _, _, entry) = one_submitted_entry().await;
    let id = id_of(&entry);
    let outbox = w.app.count("outbox_emails").await;

    for body in [
        json!({ "decision": "disqualified" }),
        json!({ "decision": "disqualified", "reason": "   " }),
        json!({ "decision": "disqualified", "reason": null }),
    ] {
        let response = decide(&w.app, &w.organizer.access_token, &id, &body).await;
        let problem = problem(response, 422, "validation_failed").await;
        assert_eq!(problem_fields(&problem), vec!["reason"], "{body}");
    }

    let stored = stored_entry(&w.app, &id).await;
    assert_eq!(stored.screening, "pending");
    assert!(stored.screening_reason.is_none() && stored.screened_at.is_none());
    assert!(screening_audit(&w.app, &id).await.is_empty());
    assert_eq!(w.app.count("outbox_emails").await, outbox);
}

#[tokio::test]
async fn a_disqualified_entrant_is_told_why_by_mail_and_the_decision_is_audited() {
    let (w, contest, citizen, entry) = one_submitted_entry().await;
    let id = id_of(&entry);
    let org = &w.organizer.access_token;
    let before = w.app.mailbox.wait_for(&citizen.email, 2).await.len(); // verification, receipt

    let view = decided(
        &w.app,
        org,
        &id,
        &json!({ "decision": "disqualified", "reason": "  이미 등록된 상표와 같은 이름입니다.  " }),
    )
    .await;

    assert_eq!(view["screening"], "disqualified");
    assert_eq!(view["screening_reason"], "이미 등록된 상표와 같은 이름입니다.");
    assert!(view["screened_at"].is_string());
    assert_eq!(view["entrant"], "김민지");
    assert_eq!(id_of(&view), id);

    let mail = w.app.mailbox.wait_for(&citizen.email, before + 1).await;
    let notice = mail.iter().find(|m| m.subject == "[모두] 응모작 심사 제외 안내").expect("a disqualification mail");
    assert!(notice.text.contains("이미 등록된 상표와 같은 이름입니다."), "{}", notice.text);
    assert!(notice.text.contains(&receipt_of(&entry)), "{}", notice.text);
    assert!(notice.text.contains("에코델타시티 이름 공모"), "{}", notice.text);

    let audit = screening_audit(&w.app, &id).await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor_id.as_deref(), Some(w.organizer.id.as_str()));
    assert_eq!(audit[0].object_type, "entry");
    let details: Value = serde_json::from_str(&audit[0].details).unwrap();
    assert_eq!(
        details,
        json!({ "from": "pending", "to": "disqualified", "reason": "이미 등록된 상표와 같은 이름입니다." })
    );

    let stored = stored_entry(&w.app, &id).await;
    assert_eq!(stored.screened_by.as_deref(), Some(w.organizer.id.as_str()));
    assert_eq!(ids_of(&list(&w.app, org, &contest, &[("screening", "disqualified")]).await), vec![id.clone()]);
    assert_eq!(list(&w.app, org, &contest, &[("screening", "pending")]).await["items"], json!([]));
}

#[tokio::test]
async fn disqualifying_again_with_another_reason_mails_nobody_twice() {
    let (w, _, _, entry) = one_submitted_entry().await;
    let id = id_of(&entry);
    let org = &w.organizer.access_token;
    decided(&w.app, org, &id, &json!({ "decision": "disqualified", "reason": "표절" })).await;
    let outbox = w.app.count("outbox_emails").await;

    let view =
        decided(&w.app, org, &id, &json!({ "decision": "disqualified", "reason": "타인의 작품을 베꼈습니다." })).await;

    assert_eq!(view["screening_reason"], "타인의 작품을 베꼈습니다.");
    assert_eq!(w.app.count("outbox_emails").await, outbox);
    assert_eq!(screening_audit(&w.app, &id).await.len(), 2);
}

#[tokio::test]
async fn an_entry_is_marked_eligible_and_then_back_to_pending_without_any_mail() {
    let (w, contest, _, entry) = one_submitted_entry().await;
    let id = id_of(&entry);
    let org = &w.organizer.access_token;
    let outbox = w.app.count("outbox_emails").await;

    let eligible = decided(&w.app, org, &id, &json!({ "decision": "eligible" })).await;

    assert_eq!(eligible["screening"], "eligible");
    assert!(eligible["screening_reason"].is_null());
    assert!(eligible["screened_at"].is_string());
    assert_eq!(ids_of(&list(&w.app, org, &contest, &[("screening", "eligible")]).await), vec![id.clone()]);

    let pending = decided(&w.app, org, &id, &json!({ "decision": "pending" })).await;

    assert_eq!(pending["screening"], "pending");
    assert!(pending["screening_reason"].is_null());
    assert_eq!(ids_of(&list(&w.app, org, &contest, &[("screening", "pending")]).await), vec![id.clone()]);
    let audit = screening_audit(&w.app, &id).await;
    let moves: Vec<(Value, Value)> = audit
        .iter()
        .map(|a| serde_json::from_str::<Value>(&a.details).unwrap())
        .map(|d| (d["from"].clone(), d["to"].clone()))
        .collect();
    assert_eq!(moves, vec![(json!("pending"), json!("eligible")), (json!("eligible"), json!("pending"))]);
    assert_eq!(w.app.count("outbox_emails").await, outbox);
}

#[tokio::test]
async fn screening_a_draft_is_not_found_and_screening_a_withdrawn_entry_is_a_conflict() {
    let (w, contest, citizen, entry) = one_submitted_entry().await;
    let draft = id_of(&draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await);
    let withdrawn = id_of(&entry);
    assert_eq!(withdraw_entry(&w.app, &citizen.access_token, &withdrawn).await.status(), 200);
    let org = &w.organizer.access_token;
    let eligible = json!({ "decision": "eligible" });

    problem(decide(&w.app, org, &draft, &eligible).await, 404, "not_found").await;
    problem(decide(&w.app, org, &withdrawn, &eligible).await, 409, "conflict").await;
    problem(decide(&w.app, org, &modu::domain::ids::new_id(), &eligible).await, 404, "not_found").await;

    for id in [&draft, &withdrawn] {
        let stored = stored_entry(&w.app, id).await;
        assert_eq!(stored.screening, "pending");
        assert!(stored.screened_at.is_none());
        assert!(screening_audit(&w.app, id).await.is_empty());
    }
}

#[tokio::test]
async fn an_unknown_decision_is_refused_and_changes_nothing() {
    let (w, _, _, entry) = one_submitted_entry().await;
    let id = id_of(&entry);
    let org = &w.organizer.access_token;

    let body = problem(
        decide(&w.app, org, &id, &json!({ "decision": "rejected", "reason": "x" })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem_fields(&body), vec!["decision"]);
    problem(decide(&w.app, org, &id, &json!({ "reason": "이유" })).await, 400, "invalid_body").await;
    problem(decide(&w.app, org, &id, &json!({ "decision": "eligible", "score": 10 })).await, 400, "invalid_body").await;
    let body = problem(
        decide(&w.app, org, &id, &json!({ "decision": "eligible", "reason": "" })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem_fields(&body), vec!["reason"]);
    let long = "가".repeat(1001);
    let body = problem(
        decide(&w.app, org, &id, &json!({ "decision": "disqualified", "reason": long })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem_fields(&body), vec!["reason"]);

    let stored = stored_entry(&w.app, &id).await;
    assert_eq!(stored.screening, "pending");
    assert!(stored.screened_at.is_none());
    assert!(screening_audit(&w.app, &id).await.is_empty());
}

// ---------------------------------------------------------------- who may screen

#[tokio::test]
async fn citizens_can_neither_screen_entries_nor_read_the_screening_views() {
    let (w, contest, entrant, entry) = one_submitted_entry().await;
    let other = w.app.verified_account("seoyeon@example.kr").await;
    let id = id_of(&entry);

    for citizen in [&entrant, &other] {
        let token = &citizen.access_token;
        // The entry's existence is not disclosed; the contest is public, so its views say 403.
        problem(decide(&w.app, token, &id, &json!({ "decision": "eligible" })).await, 404, "not_found").await;
        problem(list_response(&w.app, token, &contest, &[]).await, 403, "forbidden").await;
        problem(w.app.get_as(&duplicates_path(&contest), token).await, 403, "forbidden").await;
        problem(w.app.get_as(&csv_path(&contest), token).await, 403, "forbidden").await;
    }

    assert_eq!(stored_entry(&w.app, &id).await.screening, "pending");
    assert!(screening_audit(&w.app, &id).await.is_empty());
}

#[tokio::test]
async fn an_organizer_of_another_organization_can_neither_screen_nor_read_the_entries() {
    let (w, contest, _, entry) = one_submitted_entry().await;
    let (_, stranger) = w.another_organization("sejong", "organizer@sejong.go.kr").await;
    let token = &stranger.access_token;
    let id = id_of(&entry);

    let body = json!({ "decision": "disqualified", "reason": "다른 기관" });
    problem(decide(&w.app, token, &id, &body).await, 404, "not_found").await;
    problem(list_response(&w.app, token, &contest, &[]).await, 403, "forbidden").await;
    problem(w.app.get_as(&duplicates_path(&contest), token).await, 403, "forbidden").await;
    problem(w.app.get_as(&csv_path(&contest), token).await, 403, "forbidden").await;

    assert_eq!(stored_entry(&w.app, &id).await.screening, "pending");
    assert!(screening_audit(&w.app, &id).await.is_empty());
}

#[tokio::test]
async fn every_screening_endpoint_requires_signing_in() {
    let (w, contest, _, entry) = one_submitted_entry().await;
    let id = id_of(&entry);

    for (method, path, body) in [
        (Method::GET, entries_path(&contest), json!(null)),
        (Method::GET, duplicates_path(&contest), json!(null)),
        (Method::GET, csv_path(&contest), json!(null)),
        (Method::POST, screening_path(&id), json!({ "decision": "eligible" })),
    ] {
        problem(anonymous(&w.app, method, &path, &body).await, 401, "unauthenticated").await;
    }
    assert_eq!(stored_entry(&w.app, &id).await.screening, "pending");
}

#[tokio::test]
async fn the_screening_views_of_an_unknown_contest_are_not_found() {
    let w = world().await;
    let unknown = modu::domain::ids::new_id();
    let org = &w.organizer.access_token;

    problem(list_response(&w.app, org, &unknown, &[]).await, 404, "not_found").await;
    problem(w.app.get_as(&duplicates_path(&unknown), org).await, 404, "not_found").await;
    problem(w.app.get_as(&csv_path(&unknown), org).await, 404, "not_found").await;
}

// ---------------------------------------------------------------- CSV

const HEADER: [&str; 11] = [
    "receipt_number",
    "status",
    "screening",
    "screening_reason",
    "entrant",
    "email",
    "category",
    "submitted_at",
    "duplicate_of",
    "name",
    "meaning",
];

async fn export(w: &World, contest: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let response = w.app.get_as(&csv_path(contest), &w.organizer.access_token).await;
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    (headers, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn the_csv_export_has_a_header_and_one_row_per_non_draft_entry() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let people = citizens(&w.app, &["jiwoo", "seoyeon", "minjun", "haeun"]).await;
    let first = enter(&w.app, &people[0], &contest, "에코델타시티").await;
    let second = enter(&w.app, &people[1], &contest, "에코 델타, 시티").await;
    let withdrawn = enter(&w.app, &people[2], &contest, "물빛도시").await;
    assert_eq!(withdraw_entry(&w.app, &people[2].access_token, &id_of(&withdrawn)).await.status(), 200);
    draft_entry(&w.app, &people[3].access_token, &contest, json!({ "name": "초안" })).await;
    decided(&w.app, &w.organizer.access_token, &id_of(&first), &json!({ "decision": "eligible" })).await;

    let (headers, bytes) = export(&w, &contest).await;

    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(headers["content-disposition"], "attachment; filename=\"eco-delta-entries.csv\"");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a byte order mark first");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    assert!(!text.contains('\u{FEFF}'), "one byte order mark only");
    let rows = parse_csv(&text);
    assert_eq!(rows[0], HEADER);
    assert_eq!(rows.len(), 4, "the header and three entries, never the draft: {rows:?}");
    assert!(rows.iter().all(|r| r.len() == HEADER.len()));
    assert_eq!(
        rows[1],
        [
            &receipt_of(&first),
            "submitted",
            "eligible",
            "",
            "김민지",
            "jiwoo@example.kr",
            "",
            first["submitted_at"].as_str().unwrap(),
            "",
            "에코델타시티",
            MEANING
        ]
    );
    assert_eq!(rows[2][0], receipt_of(&second));
    assert_eq!(rows[2][5], "seoyeon@example.kr");
    assert_eq!(rows[2][8], id_of(&first), "a duplicate names its original");
    assert_eq!(rows[2][9], "에코 델타, 시티");
    assert_eq!(rows[3][0], receipt_of(&withdrawn));
    assert_eq!(rows[3][1], "withdrawn");
    assert_eq!(rows[3][9], "물빛도시");
    assert!(text.contains("\"에코 델타, 시티\""), "a cell with a comma is quoted");
}

#[tokio::test]
async fn formulas_in_answers_and_reasons_are_exported_as_text() {
    let (w, contest, _, _) = one_submitted_entry().await;
    let other = w.app.verified_account("seoyeon@example.kr").await;
    let formula = enter_with(
        &w.app,
        &other,
        &contest,
        json!({ "answers": { "name": "@SUM(A1:A9)", "meaning": "=HYPERLINK(\"http://evil.example\",\"클릭\")" } }),
    )
    .await;
    decided(
        &w.app,
        &w.organizer.access_token,
        &id_of(&formula),
        &json!({ "decision": "disqualified", "reason": "+82 10 전화 주세요" }),
    )
    .await;

    let (_, bytes) = export(&w, &contest).await;

    let text = String::from_utf8(bytes).unwrap();
    let rows = parse_csv(text.trim_start_matches('\u{FEFF}'));
    let row = rows.iter().find(|r| r[0] == receipt_of(&formula)).expect("the entry's row");
    assert_eq!(row[9], "'@SUM(A1:A9)");
    assert_eq!(row[10], "'=HYPERLINK(\"http://evil.example\",\"클릭\")");
    assert_eq!(row[3], "'+82 10 전화 주세요");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"클릭\"\")\""), "{text}");
    assert!(!text.contains(",=") && !text.contains(",@") && !text.contains(",+"), "no cell starts a formula: {text}");
}
