//! Arranging contests: an organization with an organizer, and contests in
//! chosen states relative to the server's clock.

use chrono::{TimeDelta, Utc};
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
        .post_json_as("/api/v1/organizations", &admin.access_token, &json!({ "slug": "molit", "name_ko": "국토교통부" }))
        .await
        .json()
        .await
        .unwrap();
    let organization_id = org["id"].as_str().unwrap().to_owned();
    let organizer = app.verified_account("organizer@molit.go.kr").await;
    let added = app
        .post_json_as(&format!("/api/v1/organizations/{organization_id}/members"), &admin.access_token, &json!({ "email": organizer.email }))
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
            .post_json_as(&format!("/api/v1/organizations/{}/contests", self.organization_id), &self.organizer.access_token, &document)
            .await;
        assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
        let contest: Value = created.json().await.unwrap();
        let id = contest["id"].as_str().unwrap();
        let published = self.app.post_json_as(&format!("/api/v1/contests/{id}/publish"), &self.organizer.access_token, &json!({})).await;
        assert_eq!(published.status(), 200);
        published.json().await.unwrap()
    }
}
