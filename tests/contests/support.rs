//! Arranging contests: an organization with an organizer, and contests in
//! chosen states relative to the server's clock.

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use modu::db::contests::Contest;
use modu::db::entries::Entry;
use serde_json::{Value, json};

use crate::helpers::*;

pub struct World {
    pub app: TestApp,
    pub admin: Account,
    pub organizer: Account,
    pub organization_id: String,
}

/// An app with an admin, an organization, and a verified organizer of it.
pub async fn world() -> World {
    let app = spawn_app().await;
    let admin = app.admin_account("admin@modu.kr").await;
    let org: Value = app
        .post_json_as(
            "/api/v1/organizations",
            &admin.access_token,
            &json!({ "slug": "molit", "name_ko": "국토교통부" }),
        )
        .await
        .json()
        .await
        .unwrap();
    let organization_id = org["id"].as_str().unwrap().to_owned();
    let organizer = app.verified_account("organizer@molit.go.kr").await;
    let added = app
        .post_json_as(
            &format!("/api/v1/organizations/{organization_id}/members"),
            &admin.access_token,
            &json!({ "email": organizer.email }),
        )
        .await;
    assert_eq!(added.status(), 201);
    World { app, admin, organizer, organization_id }
}

/// A contest document: a naming contest open from an hour ago for `closes_in`.
pub fn naming_contest(slug: &str, closes_in: TimeDelta) -> Value {
    let now = Utc::now();
    json!({
        "slug": slug,
        "kind": "naming",
        "title": { "ko": "에코델타시티 이름 공모", "en": "Eco Delta City naming contest" },
        "summary": { "ko": "부산 에코델타 스마트시티의 이름과 슬로건을 지어 주세요." },
        "opens_at": (now - TimeDelta::hours(1)).to_rfc3339(),
        "closes_at": (now + closes_in).to_rfc3339(),
    })
}

impl World {
    /// Creates and publishes a contest; returns its view.
    pub async fn open_contest(&self, document: Value) -> Value {
        let created = self
            .app
            .post_json_as(
                &format!("/api/v1/organizations/{}/contests", self.organization_id),
                &self.organizer.access_token,
                &document,
            )
            .await;
        assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
        let contest: Value = created.json().await.unwrap();
        let id = contest["id"].as_str().unwrap();
        let published = self
            .app
            .post_json_as(&format!("/api/v1/contests/{id}/publish"), &self.organizer.access_token, &json!({}))
            .await;
        assert_eq!(published.status(), 200);
        published.json().await.unwrap()
    }
}

// ---------------------------------------------------------------- contests

/// Answers that complete the naming kind's default form.
pub fn complete_naming() -> Value {
    json!({ "name": "물빛도시", "meaning": "강과 바다가 만나는 도시" })
}

/// The `id` of a JSON view.
pub fn id_of(view: &Value) -> String {
    view["id"].as_str().unwrap_or_else(|| panic!("no id in {view}")).to_owned()
}

/// A request without a token.
pub async fn anonymous(app: &TestApp, method: reqwest::Method, path: &str, body: &Value) -> reqwest::Response {
    app.client.request(method, app.url(path)).json(body).send().await.unwrap()
}

/// Moves the server's clock to `instant` (it must be in the server's future).
pub fn advance_to(app: &TestApp, instant: DateTime<Utc>) {
    let by = instant.naive_utc() - app.app_state.now();
    assert!(by > TimeDelta::zero(), "the clock only moves forward");
    app.advance_clock(by);
}

/// A contest document that opens tomorrow (published but not yet open).
pub fn upcoming_contest(slug: &str) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(7));
    doc["opens_at"] = json!((Utc::now() + TimeDelta::days(1)).to_rfc3339());
    doc
}

pub async fn contest_rows(app: &TestApp) -> Vec<Contest> {
    app.with_conn(|conn| {
        use modu::db::schema::contests::dsl;
        dsl::contests.order(dsl::id.asc()).load::<Contest>(conn)
    })
    .await
}

pub async fn stored_contest(app: &TestApp, id: &str) -> Contest {
    let id = id.to_owned();
    app.with_conn(move |conn| modu::db::contests::find(conn, &id)).await.expect("the contest is stored")
}

/// The last receipt number the contest gave.
pub async fn receipts_taken(app: &TestApp, id: &str) -> i32 {
    let id = id.to_owned();
    app.with_conn(move |conn| modu::db::contests::receipts_taken(conn, &id)).await
}

impl World {
    pub async fn create_contest(&self, document: &Value) -> reqwest::Response {
        self.app
            .post_json_as(
                &format!("/api/v1/organizations/{}/contests", self.organization_id),
                &self.organizer.access_token,
                document,
            )
            .await
    }

    /// Creates a contest and leaves it a draft; returns its view.
    pub async fn draft_contest(&self, document: Value) -> Value {
        let created = self.create_contest(&document).await;
        assert_eq!(created.status(), 201);
        created.json().await.unwrap()
    }

    pub async fn publish(&self, contest_id: &str) -> reqwest::Response {
        self.app
            .post_json_as(&format!("/api/v1/contests/{contest_id}/publish"), &self.organizer.access_token, &json!({}))
            .await
    }

    pub async fn put_contest(&self, token: &str, contest_id: &str, document: &Value) -> reqwest::Response {
        self.app.send_as(reqwest::Method::PUT, &format!("/api/v1/contests/{contest_id}"), token, document).await
    }

    pub async fn extend_deadline(&self, token: &str, contest_id: &str, body: &Value) -> reqwest::Response {
        self.app.post_json_as(&format!("/api/v1/contests/{contest_id}/deadline"), token, body).await
    }

    /// A second organization (made by the admin) with its own verified organizer.
    pub async fn another_organization(&self, slug: &str, organizer_email: &str) -> (String, Account) {
        let org: Value = self
            .app
            .post_json_as(
                "/api/v1/organizations",
                &self.admin.access_token,
                &json!({ "slug": slug, "name_ko": "세종특별자치시" }),
            )
            .await
            .json()
            .await
            .unwrap();
        let org_id = id_of(&org);
        let organizer = self.app.verified_account(organizer_email).await;
        let added = self
            .app
            .post_json_as(
                &format!("/api/v1/organizations/{org_id}/members"),
                &self.admin.access_token,
                &json!({ "email": organizer.email }),
            )
            .await;
        assert_eq!(added.status(), 201);
        (org_id, organizer)
    }

    /// An open naming contest (closing in a week); returns its id.
    pub async fn open_naming_contest(&self, slug: &str) -> String {
        id_of(&self.open_contest(naming_contest(slug, TimeDelta::days(7))).await)
    }
}

// ---------------------------------------------------------------- accounts

/// Registers `body` (a full registration), verifies the email from the real
/// mail, and signs in.
pub async fn verified_with(app: &TestApp, body: &Value) -> Account {
    let email = body["email"].as_str().unwrap().to_owned();
    let registered = app.register(body).await;
    assert_eq!(registered.status(), 202, "registration of {email}");
    let mail = app.mailbox.wait_for(&email, 1).await;
    let token = mail
        .iter()
        .find(|m| m.text.contains("/verify-email?token="))
        .expect("a verification mail")
        .token_for("/verify-email");
    let verified = app.post_json("/api/v1/auth/verify-email", &json!({ "token": token })).await;
    assert_eq!(verified.status(), 204);
    app.signed_in(&email, PASSWORD).await
}

// ---------------------------------------------------------------- entries

pub async fn start_entry(app: &TestApp, token: &str, contest_id: &str, body: &Value) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/contests/{contest_id}/entries"), token, body).await
}

pub async fn start_entry_with_key(
    app: &TestApp,
    token: &str,
    contest_id: &str,
    key: &str,
    body: &Value,
) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/contests/{contest_id}/entries")))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

pub async fn save_entry(app: &TestApp, token: &str, entry_id: &str, body: &Value) -> reqwest::Response {
    app.send_as(reqwest::Method::PUT, &format!("/api/v1/entries/{entry_id}"), token, body).await
}

pub async fn submit_entry(app: &TestApp, token: &str, entry_id: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/entries/{entry_id}/submit"), token, &json!({})).await
}

pub async fn submit_entry_with_key(app: &TestApp, token: &str, entry_id: &str, key: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/entries/{entry_id}/submit")))
        .bearer_auth(token)
        .header("idempotency-key", key)
        .send()
        .await
        .unwrap()
}

pub async fn withdraw_entry(app: &TestApp, token: &str, entry_id: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/entries/{entry_id}/withdraw"), token, &json!({})).await
}

/// A draft with `answers`; returns its view.
pub async fn draft_entry(app: &TestApp, token: &str, contest_id: &str, answers: Value) -> Value {
    let created = start_entry(app, token, contest_id, &json!({ "answers": answers })).await;
    assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
    created.json().await.unwrap()
}

/// A complete naming entry, submitted; returns its view.
pub async fn submitted_entry(app: &TestApp, token: &str, contest_id: &str) -> Value {
    let draft = draft_entry(app, token, contest_id, complete_naming()).await;
    let submitted = submit_entry(app, token, &id_of(&draft)).await;
    assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
    submitted.json().await.unwrap()
}

pub async fn entry_rows(app: &TestApp, contest_id: &str) -> Vec<Entry> {
    let contest_id = contest_id.to_owned();
    app.with_conn(move |conn| {
        use modu::db::schema::entries::dsl;
        dsl::entries.filter(dsl::contest_id.eq(contest_id)).order(dsl::id.asc()).load::<Entry>(conn)
    })
    .await
}

pub async fn stored_entry(app: &TestApp, id: &str) -> Entry {
    let id = id.to_owned();
    app.with_conn(move |conn| modu::db::entries::find(conn, &id)).await.expect("the entry is stored")
}

pub fn stored_answers(entry: &Entry) -> Value {
    serde_json::from_str(&entry.answers).unwrap()
}

// ---------------------------------------------------------------- files

/// Uploads `bytes` into `slot` of an entry as multipart/form-data with one
/// part named `file`, built by hand (the test client has no multipart).
pub async fn upload(
    app: &TestApp,
    token: &str,
    entry_id: &str,
    slot: &str,
    filename: &str,
    content_type: &str,
    bytes: &[u8],
) -> reqwest::Response {
    const BOUNDARY: &str = "modu-test-boundary-5f0c2a9e7d41b3";
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: {content_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    app.client
        .post(app.url(&format!("/api/v1/entries/{entry_id}/files?slot={slot}")))
        .bearer_auth(token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(body)
        .send()
        .await
        .unwrap()
}

/// Every row of `entry_files`, oldest first.
pub async fn file_rows(app: &TestApp) -> Vec<modu::db::files::StoredFile> {
    app.with_conn(|conn| {
        use modu::db::schema::entry_files::dsl;
        dsl::entry_files.order((dsl::created_at.asc(), dsl::id.asc())).load(conn)
    })
    .await
}

/// The folder uploads are stored in (the default: `<data dir>/uploads`).
pub fn storage_dir(app: &TestApp) -> std::path::PathBuf {
    app.data_dir.path().join("uploads")
}

/// Every file under the storage folder, thumbnails included, sorted; the
/// temporary files of a write in progress (dot files) left out.
pub fn stored_paths(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if !entry.file_name().to_string_lossy().starts_with('.') {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&storage_dir(app), &mut found);
    found.sort();
    found
}

/// The uploaded files in storage, without the thumbnails the worker adds
/// in the background.
pub fn stored_uploads(app: &TestApp) -> Vec<std::path::PathBuf> {
    stored_paths(app).into_iter().filter(|p| p.extension().is_none_or(|e| e != "thumb")).collect()
}
