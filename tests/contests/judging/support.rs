//! Arranging judging: a contest with entries by named citizens, a stage with
//! a Korean-style rubric, and judges who accepted their invitations.

use chrono::{TimeDelta, Utc};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

/// An entrant and their submitted entry.
pub struct Entrant {
    pub account: Account,
    pub name: String,
    pub affiliation: String,
    pub entry_id: String,
}

pub struct Judging {
    pub world: World,
    pub contest_id: String,
    pub entrants: Vec<Entrant>,
}

/// A naming contest whose form has an identifying field (the entrant's
/// affiliation) and an optional photo.
pub fn contest_document(slug: &str) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(7));
    doc["form"] = json!({
        "fields": [
            { "key": "name", "label": { "ko": "이름" }, "required": true, "type": "short_text", "max_length": 30 },
            { "key": "meaning", "label": { "ko": "의미" }, "required": true, "type": "long_text", "max_length": 1000 },
            { "key": "affiliation", "label": { "ko": "소속" }, "required": false, "identifying": true, "type": "short_text", "max_length": 100 }
        ],
        "file_slots": [
            { "key": "photo", "label": { "ko": "사진" }, "accept": ["jpeg", "png"], "max_bytes": 5000000, "min_count": 0, "max_count": 1, "required": false }
        ]
    });
    doc
}

/// The rubric of the brief: 창의성 30, 실현가능성 25, 파급효과 25, 완성도 20.
pub fn korean_rubric() -> Value {
    json!({
        "criteria": [
            { "key": "creativity", "label": { "ko": "창의성" }, "min": 0, "max": 30, "step": 1, "weight": 1 },
            { "key": "feasibility", "label": { "ko": "실현가능성" }, "min": 0, "max": 25, "step": 1, "weight": 1 },
            { "key": "impact", "label": { "ko": "파급효과" }, "min": 0, "max": 25, "step": 1, "weight": 1 },
            { "key": "completeness", "label": { "ko": "완성도" }, "min": 0, "max": 20, "step": 1, "weight": 1 }
        ]
    })
}

/// A stage scoring from an hour ago for ten minutes more (short, so tests can
/// move the clock past it while access tokens stay valid).
pub fn stage_document(name: &str, blind: bool) -> Value {
    let now = Utc::now();
    json!({
        "name": { "ko": name },
        "blind": blind,
        "opens_at": (now - TimeDelta::hours(1)).to_rfc3339(),
        "closes_at": (now + TimeDelta::minutes(10)).to_rfc3339(),
        "rubric": korean_rubric(),
    })
}

/// A full sheet on the Korean rubric adding up to `total` (at most 100).
pub fn sheet(total: u32) -> Value {
    let creativity = total.min(30);
    let feasibility = (total - creativity).min(25);
    let impact = (total - creativity - feasibility).min(25);
    let completeness = total - creativity - feasibility - impact;
    json!({ "creativity": creativity, "feasibility": feasibility, "impact": impact, "completeness": completeness })
}

pub async fn judging(slug: &str, entrants: &[(&str, &str, &str)]) -> Judging {
    let entrants: Vec<_> =
        entrants.iter().map(|&(name, proposal, affiliation)| (name, proposal, affiliation, None)).collect();
    judging_in(contest_document(slug), &entrants).await
}

/// Like [`judging`], in a contest made from `document`: each entrant
/// (name, proposal, affiliation, category) submits an entry in the category.
pub async fn judging_in(document: Value, entrants: &[(&str, &str, &str, Option<&str>)]) -> Judging {
    let world = world().await;
    let contest_id = id_of(&world.open_contest(document).await);
    let mut list = Vec::new();
    for (i, (display_name, proposal, affiliation, category)) in entrants.iter().enumerate() {
        let email = format!("entrant{i}@example.kr");
        let mut body = registration(&email);
        body["display_name"] = json!(display_name);
        let account = verified_with(&world.app, &body).await;
        let answers = json!({ "name": proposal, "meaning": format!("{proposal}의 뜻"), "affiliation": affiliation });
        let created = start_entry(
            &world.app,
            &account.access_token,
            &contest_id,
            &json!({ "answers": answers, "category": category }),
        )
        .await;
        assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
        let entry_id = id_of(&created.json().await.unwrap());
        let submitted = submit_entry(&world.app, &account.access_token, &entry_id).await;
        assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
        list.push(Entrant { account, name: display_name.to_string(), affiliation: affiliation.to_string(), entry_id });
    }
    Judging { world, contest_id, entrants: list }
}

/// Three entrants with distinct names and affiliations.
pub async fn three_entries(slug: &str) -> Judging {
    judging(
        slug,
        &[
            ("박서연", "물빛도시", "부산시청"),
            ("이도윤", "바람길", "한국토지주택공사"),
            ("최하은", "숲마루", "동아대학교"),
        ],
    )
    .await
}

impl Judging {
    pub fn app(&self) -> &TestApp {
        &self.world.app
    }

    pub fn organizer(&self) -> &str {
        &self.world.organizer.access_token
    }

    pub async fn create_stage(&self, document: &Value) -> reqwest::Response {
        self.app()
            .post_json_as(&format!("/api/v1/contests/{}/stages", self.contest_id), self.organizer(), document)
            .await
    }

    /// Creates a stage; returns its id.
    pub async fn stage(&self, document: Value) -> String {
        let created = self.create_stage(&document).await;
        assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
        id_of(&created.json().await.unwrap())
    }

    pub async fn invite(&self, stage_id: &str, email: &str) -> reqwest::Response {
        self.app()
            .post_json_as(&format!("/api/v1/stages/{stage_id}/judges"), self.organizer(), &json!({ "email": email }))
            .await
    }

    /// A verified account invited to the stage that accepted.
    pub async fn judge(&self, stage_id: &str, email: &str) -> Account {
        let account = self.app().verified_account(email).await;
        self.add_judge(stage_id, &account).await;
        account
    }

    pub async fn add_judge(&self, stage_id: &str, account: &Account) {
        assert!(self.invite(stage_id, &account.email).await.status().is_success());
        let accepted = self
            .app()
            .post_json_as(&format!("/api/v1/stages/{stage_id}/judges/accept"), &account.access_token, &json!({}))
            .await;
        assert_eq!(accepted.status(), 200, "{}", accepted.text().await.unwrap());
    }

    pub async fn plan(&self, stage_id: &str) -> Value {
        let planned = self
            .app()
            .post_json_as(&format!("/api/v1/stages/{stage_id}/assignments/plan"), self.organizer(), &json!({}))
            .await;
        assert_eq!(planned.status(), 200, "{}", planned.text().await.unwrap());
        planned.json().await.unwrap()
    }

    /// The judge's current assignments: entry id → assignment id.
    pub async fn assignments_of(&self, stage_id: &str, judge: &Account) -> Vec<Value> {
        let listed = self
            .app()
            .get_as(&format!("/api/v1/stages/{stage_id}/assignments/mine?limit=100"), &judge.access_token)
            .await;
        assert_eq!(listed.status(), 200);
        let page: Value = listed.json().await.unwrap();
        page["items"].as_array().unwrap().clone()
    }

    pub async fn assignment_for(&self, stage_id: &str, judge: &Account, entry_id: &str) -> String {
        let all = self.assignments_of(stage_id, judge).await;
        let found =
            all.iter().find(|a| a["entry_id"] == entry_id).unwrap_or_else(|| panic!("no assignment of {entry_id}"));
        id_of(found)
    }

    pub async fn declare(
        &self,
        judge: &Account,
        assignment_id: &str,
        conflict: bool,
        reason: Option<&str>,
    ) -> reqwest::Response {
        self.app()
            .post_json_as(
                &format!("/api/v1/assignments/{assignment_id}/declaration"),
                &judge.access_token,
                &json!({ "conflict": conflict, "reason": reason }),
            )
            .await
    }

    pub async fn save_score(&self, judge: &Account, assignment_id: &str, body: &Value) -> reqwest::Response {
        self.app()
            .send_as(
                reqwest::Method::PUT,
                &format!("/api/v1/assignments/{assignment_id}/score"),
                &judge.access_token,
                body,
            )
            .await
    }

    /// Declares no conflict and submits `total` points for the entry.
    pub async fn score(&self, stage_id: &str, judge: &Account, entry_id: &str, total: u32) {
        let assignment = self.assignment_for(stage_id, judge, entry_id).await;
        assert_eq!(self.declare(judge, &assignment, false, None).await.status(), 200);
        let saved = self.save_score(judge, &assignment, &json!({ "values": sheet(total), "submit": true })).await;
        assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
    }

    pub async fn results(&self, stage_id: &str) -> Value {
        let shown = self.app().get_as(&format!("/api/v1/stages/{stage_id}/results"), self.organizer()).await;
        assert_eq!(shown.status(), 200, "{}", shown.text().await.unwrap());
        shown.json().await.unwrap()
    }
}
