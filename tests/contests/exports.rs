//! Organizers' CSV exports through the real server: a stage's results with
//! their breakdowns (stored once closed, a preview before), the public vote's
//! tally and the awards — UTF-8 with a byte order mark, formula-safe cells,
//! for the contest's organizers only.
//!
//! No free text an entrant typed appears in these exports: the only cell an
//! entrant chooses is the category (one of the organizer's keys, which may
//! start with `-`), so that is where the formula guard is checked, and in the
//! awards the override reason an organizer types.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::awards::{judged, tiers};
use crate::helpers::*;
use crate::judging::support::*;
use crate::screening::parse_csv;
use crate::support::*;

/// A downloaded CSV document, parsed.
struct Export {
    headers: reqwest::header::HeaderMap,
    rows: Vec<Vec<String>>,
}

impl Export {
    fn header(&self) -> &[String] {
        &self.rows[0]
    }

    fn body(&self) -> &[Vec<String>] {
        &self.rows[1..]
    }

    fn column(&self, name: &str) -> usize {
        self.header()
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.header()))
    }

    /// The cell of `row` in the named column.
    fn cell<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        &row[self.column(name)]
    }

    /// The row whose `entry_id` is `entry`.
    fn row_of(&self, entry: &str) -> &[String] {
        let at = self.column("entry_id");
        self.body().iter().find(|r| r[at] == entry).unwrap_or_else(|| panic!("no row of {entry}"))
    }

    fn number(&self, row: &[String], name: &str) -> f64 {
        let cell = self.cell(row, name);
        cell.parse().unwrap_or_else(|_| panic!("{name} is not a number: {cell:?}"))
    }
}

/// Downloads `path` as the organizer: 200, CSV with one byte order mark and
/// rows of the header's width.
async fn download(app: &TestApp, path: &str, token: &str) -> Export {
    let response = app.get_as(path, token).await;
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let bytes = response.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a byte order mark first");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    assert!(!text.contains('\u{FEFF}'), "one byte order mark only");
    let rows = parse_csv(&text);
    assert!(!rows.is_empty(), "a header row");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{rows:?}");
    Export { headers, rows }
}

/// A number of the CSV equals the JSON's. serde_json (without its
/// `float_roundtrip` feature) may read the last binary digit of a JSON number
/// differently from Rust's exact `str::parse`, hence a relative 1e-12.
#[track_caller]
fn assert_same(csv: f64, json: &Value) {
    let json = json.as_f64().unwrap_or_else(|| panic!("not a number: {json}"));
    assert!((csv - json).abs() <= 1e-12 * json.abs().max(1.0), "{csv} ≠ {json}");
}

async fn receipt_of(app: &TestApp, entry: &str) -> String {
    stored_entry(app, entry).await.receipt_number.expect("a submitted entry has a receipt")
}

async fn only_stage(j: &Judging) -> String {
    let listed: Value =
        j.app().get_as(&format!("/api/v1/contests/{}/stages", j.contest_id), j.organizer()).await.json().await.unwrap();
    id_of(&listed[0])
}

fn json_entry<'a>(results: &'a Value, entry: &str) -> &'a Value {
    results["results"]["entries"].as_array().unwrap().iter().find(|e| e["entry"] == entry).unwrap()
}

// ---------------------------------------------------------------- results

#[tokio::test]
async fn organizers_download_a_closed_stages_stored_results_as_csv_in_rank_order() {
    let j = judged().await;
    let stage = only_stage(&j).await;
    let results = j.results(&stage).await;
    assert_eq!(results["stored"], true);
    let judge = results["results"]["entries"][0]["judges"][0]["judge"].as_str().unwrap().to_owned();

    let csv = download(j.app(), &format!("/api/v1/stages/{stage}/results.csv"), j.organizer()).await;

    assert_eq!(csv.headers["content-disposition"], "attachment; filename=\"awards-stage1-results.csv\"");
    let judge_column = format!("judge_{judge}");
    assert_eq!(
        csv.header(),
        [
            "rank",
            "entry_id",
            "receipt_number",
            "category",
            "judges",
            judge_column.as_str(),
            "dropped_judges",
            "mean_creativity",
            "mean_feasibility",
            "mean_impact",
            "mean_completeness",
            "jury",
            "bonus",
            "bonus_rules",
            "final_score",
            "tied",
            "advances",
            "close_call",
            "advance_share"
        ]
    );
    let in_order: Vec<&str> = csv.body().iter().map(|r| csv.cell(r, "entry_id")).collect();
    let expected: Vec<&str> = j.entrants.iter().map(|e| e.entry_id.as_str()).collect();
    assert_eq!(in_order, expected, "scored 90, 80, 70 and 60");
    for (i, e) in j.entrants.iter().enumerate() {
        let row = csv.row_of(&e.entry_id);
        let json = json_entry(&results, &e.entry_id);
        assert_same(csv.number(row, "final_score"), &json["final_score"]);
        assert_same(csv.number(row, "jury"), &json["jury"]);
        assert_same(csv.number(row, &judge_column), &json["judges"][0]["raw"]);
        assert_eq!(csv.cell(row, "rank"), (i + 1).to_string());
        assert_eq!(csv.cell(row, "receipt_number"), receipt_of(j.app(), &e.entry_id).await);
        assert_eq!(
            (csv.cell(row, "judges"), csv.cell(row, "category"), csv.cell(row, "tied"), csv.cell(row, "advances")),
            ("1", "", "no", "no")
        );
        assert_eq!(
            (csv.cell(row, "close_call"), csv.cell(row, "advance_share")),
            ("", ""),
            "stored results keep no close calls"
        );
    }
    assert_eq!(csv.number(csv.row_of(&j.entrants[0].entry_id), "final_score"), 90.0);
    assert_eq!(csv.number(csv.row_of(&j.entrants[0].entry_id), "mean_creativity"), 30.0);
}

#[tokio::test]
async fn a_running_stage_exports_the_preview_with_normalized_scores_and_the_close_calls() {
    let j = three_entries("export-preview").await;
    let mut doc = stage_document("예선", true);
    doc["recipe"] = json!({ "normalization": "z_score", "aggregation": { "type": "mean" }, "advance": { "type": "top_n", "n": 1 } });
    let stage = j.stage(doc).await;
    let a = j.judge(&stage, "a@judge.kr").await;
    let b = j.judge(&stage, "b@judge.kr").await;
    j.plan(&stage).await;
    for (e, (by_a, by_b)) in [(90, 60), (80, 85), (10, 5)].into_iter().enumerate() {
        j.score(&stage, &a, &j.entrants[e].entry_id, by_a).await;
        j.score(&stage, &b, &j.entrants[e].entry_id, by_b).await;
    }
    let results = j.results(&stage).await;
    assert_eq!(results["stored"], false);

    let csv = download(j.app(), &format!("/api/v1/stages/{stage}/results.csv"), j.organizer()).await;

    assert_eq!(
        csv.headers["content-disposition"],
        "attachment; filename=\"export-preview-stage1-results-preview.csv\""
    );
    let in_order: Vec<&str> = csv.body().iter().map(|r| csv.cell(r, "entry_id")).collect();
    let json_order: Vec<&str> =
        results["results"]["entries"].as_array().unwrap().iter().map(|e| e["entry"].as_str().unwrap()).collect();
    assert_eq!(in_order, json_order);
    let close_calls: Vec<&str> =
        results["close_calls"].as_array().unwrap().iter().map(|c| c["entry"].as_str().unwrap()).collect();
    // The judges disagree on the first two; both put the third last.
    assert_eq!(close_calls.len(), 2, "{close_calls:?}");
    for e in &j.entrants {
        let row = csv.row_of(&e.entry_id);
        let json = json_entry(&results, &e.entry_id);
        assert_same(csv.number(row, "final_score"), &json["final_score"]);
        assert_eq!(csv.cell(row, "rank"), json["rank"].to_string());
        assert_eq!(csv.cell(row, "advances"), if json["advances"] == true { "yes" } else { "no" });
        assert_eq!(csv.cell(row, "judges"), "2");
        for score in json["judges"].as_array().unwrap() {
            let judge = score["judge"].as_str().unwrap();
            assert_same(csv.number(row, &format!("judge_{judge}")), &score["raw"]);
            assert_same(csv.number(row, &format!("judge_{judge}_normalized")), &score["normalized"]);
        }
        let flagged = close_calls.contains(&e.entry_id.as_str());
        assert_eq!(csv.cell(row, "close_call"), if flagged { "yes" } else { "no" });
        assert_eq!(csv.cell(row, "advance_share").is_empty(), !flagged);
    }
    assert_eq!(csv.number(csv.row_of(&j.entrants[0].entry_id), &format!("judge_{}", a.id)), 90.0);
}

#[tokio::test]
async fn a_pairwise_stage_exports_its_ranking_with_mu_and_sigma() {
    let j = three_entries("export-pairwise").await;
    let mut doc = stage_document("현장 결선", true);
    doc["mode"] = json!("pairwise");
    doc.as_object_mut().unwrap().remove("rubric");
    doc["recipe"] =
        json!({ "normalization": "none", "aggregation": { "type": "mean" }, "advance": { "type": "top_n", "n": 1 } });
    let stage = j.stage(doc).await;
    j.plan(&stage).await;
    let results = j.results(&stage).await;

    let csv = download(j.app(), &format!("/api/v1/stages/{stage}/results.csv"), j.organizer()).await;

    assert_eq!(csv.header(), ["rank", "entry_id", "receipt_number", "category", "mu", "sigma", "views", "advances"]);
    let ranking = results["results"]["ranking"].as_array().unwrap();
    assert_eq!(csv.body().len(), ranking.len());
    assert_eq!(ranking.len(), 3);
    for ranked in ranking {
        let row = csv.row_of(ranked["entry_id"].as_str().unwrap());
        assert_same(csv.number(row, "mu"), &ranked["mu"]);
        assert_same(csv.number(row, "sigma"), &ranked["sigma"]);
        assert_eq!(csv.cell(row, "rank"), ranked["rank"].to_string());
        assert_eq!(csv.cell(row, "advances"), if ranked["advances"] == true { "yes" } else { "no" });
        assert_eq!(csv.cell(row, "receipt_number"), receipt_of(j.app(), ranked["entry_id"].as_str().unwrap()).await);
    }
}

#[tokio::test]
async fn a_category_a_spreadsheet_would_read_as_a_formula_is_written_as_text() {
    let mut doc = contest_document("export-formula");
    doc["categories"] = json!([
        { "key": "-1", "label": { "ko": "일반부" } },
        { "key": "youth", "label": { "ko": "청소년부" } }
    ]);
    let j =
        judging_in(doc, &[("박서연", "물빛도시", "부산시청", Some("-1")), ("이도윤", "바람길", "LH", Some("youth"))])
            .await;
    let stage = j.stage(stage_document("예선", true)).await;
    j.open_ballot(1).await;
    let voter = j.app().verified_account("voter@example.kr").await;
    assert_eq!(j.vote(&voter, &[j.entrants[0].entry_id.as_str()]).await.status(), 200);

    let results = download(j.app(), &format!("/api/v1/stages/{stage}/results.csv"), j.organizer()).await;
    let tally = download(j.app(), &format!("/api/v1/contests/{}/ballot/tally.csv", j.contest_id), j.organizer()).await;

    for csv in [&results, &tally] {
        assert_eq!(csv.cell(csv.row_of(&j.entrants[0].entry_id), "category"), "'-1");
        assert_eq!(csv.cell(csv.row_of(&j.entrants[1].entry_id), "category"), "youth");
    }
    let unscored = results.row_of(&j.entrants[0].entry_id);
    assert_eq!(
        (results.cell(unscored, "rank"), results.cell(unscored, "final_score")),
        ("", ""),
        "nobody scored it yet"
    );
}

// ---------------------------------------------------------------- votes

#[tokio::test]
async fn organizers_download_the_vote_tally_as_csv_with_every_ballot_entry() {
    let j = three_entries("export-votes").await;
    j.open_ballot(2).await;
    let (a, b, c) = (j.entrants[0].entry_id.as_str(), j.entrants[1].entry_id.as_str(), j.entrants[2].entry_id.as_str());
    let first = j.app().verified_account("voter1@example.kr").await;
    let second = j.app().verified_account("voter2@example.kr").await;
    assert_eq!(j.vote(&first, &[a, b]).await.status(), 200);
    assert_eq!(j.vote(&second, &[a]).await.status(), 200);
    let tally = j.tally().await;

    let csv = download(j.app(), &format!("/api/v1/contests/{}/ballot/tally.csv", j.contest_id), j.organizer()).await;

    assert_eq!(csv.headers["content-disposition"], "attachment; filename=\"export-votes-votes.csv\"");
    assert_eq!(csv.header(), ["rank", "entry_id", "receipt_number", "category", "votes", "share_of_best"]);
    let receipts: HashMap<&str, String> = HashMap::from([
        (a, receipt_of(j.app(), a).await),
        (b, receipt_of(j.app(), b).await),
        (c, receipt_of(j.app(), c).await),
    ]);
    let expected: Vec<Vec<String>> = [("1", a, "2", "1"), ("2", b, "1", "0.5"), ("", c, "0", "0")]
        .into_iter()
        .map(|(rank, entry, votes, share)| {
            vec![
                rank.to_owned(),
                entry.to_owned(),
                receipts[entry].clone(),
                String::new(),
                votes.to_owned(),
                share.to_owned(),
            ]
        })
        .collect();
    assert_eq!(csv.body(), expected, "most votes first; an entry nobody voted for last, unranked");
    for counted in tally["entries"].as_array().unwrap() {
        let row = csv.row_of(counted["entry_id"].as_str().unwrap());
        assert_same(csv.number(row, "votes"), &counted["votes"]);
        assert_same(csv.number(row, "share_of_best"), &counted["share_of_best"]);
    }
}

// ---------------------------------------------------------------- awards

#[tokio::test]
async fn organizers_download_the_awards_as_csv_best_tier_first_with_override_reasons_as_text() {
    let j = judged().await;
    assert_eq!(j.set_tiers(&tiers()).await.status(), 200);
    assert_eq!(j.propose().await.status(), 200);
    let place = |tier: &str, n: u32| format!("/api/v1/contests/{}/awards/{tier}/{n}", j.contest_id);
    let freed = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &place("popular", 1),
            j.organizer(),
            &json!({ "entry_id": null, "reason": "인기상 취소" }),
        )
        .await;
    assert_eq!(freed.status(), 200);
    let overridden = j
        .app()
        .send_as(
            reqwest::Method::PUT,
            &place("excellence", 2),
            j.organizer(),
            &json!({ "entry_id": j.entrants[3].entry_id, "reason": "=재심 결과" }),
        )
        .await;
    assert_eq!(overridden.status(), 200);
    let awards: Value = overridden.json().await.unwrap();

    let csv = download(j.app(), &format!("/api/v1/contests/{}/awards.csv", j.contest_id), j.organizer()).await;

    assert_eq!(csv.headers["content-disposition"], "attachment; filename=\"awards-awards.csv\"");
    assert_eq!(
        csv.header(),
        [
            "tier_order",
            "tier_key",
            "tier_ko",
            "tier_en",
            "place",
            "entry_id",
            "receipt_number",
            "category",
            "origin",
            "reason",
            "decided_at"
        ]
    );
    let decided_at = |entry: &str| {
        awards.as_array().unwrap().iter().find(|a| a["entry_id"] == entry).unwrap()["decided_at"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let e = |i: usize| j.entrants[i].entry_id.clone();
    let expected: Vec<Vec<String>> = vec![
        vec![
            "1".into(),
            "grand".into(),
            "대상".into(),
            "Grand prize".into(),
            "1".into(),
            e(0),
            receipt_of(j.app(), &e(0)).await,
            String::new(),
            "proposed".into(),
            String::new(),
            decided_at(&e(0)),
        ],
        vec![
            "2".into(),
            "excellence".into(),
            "최우수상".into(),
            String::new(),
            "1".into(),
            e(1),
            receipt_of(j.app(), &e(1)).await,
            String::new(),
            "proposed".into(),
            String::new(),
            decided_at(&e(1)),
        ],
        vec![
            "2".into(),
            "excellence".into(),
            "최우수상".into(),
            String::new(),
            "2".into(),
            e(3),
            receipt_of(j.app(), &e(3)).await,
            String::new(),
            "override".into(),
            "'=재심 결과".into(),
            decided_at(&e(3)),
        ],
    ];
    assert_eq!(csv.body(), expected, "the freed people's-choice place has no row; the reason is guarded");
    assert!(csv.body().iter().all(|r| csv.cell(r, "decided_at").ends_with('Z')), "decided_at in UTC");
}

#[tokio::test]
async fn a_contest_without_awards_exports_only_the_header_and_one_without_a_ballot_has_no_tally() {
    let j = three_entries("export-empty").await;

    let csv = download(j.app(), &format!("/api/v1/contests/{}/awards.csv", j.contest_id), j.organizer()).await;

    assert_eq!(csv.rows.len(), 1);
    problem(
        j.app().get_as(&format!("/api/v1/contests/{}/ballot/tally.csv", j.contest_id), j.organizer()).await,
        404,
        "not_found",
    )
    .await;
}

// ---------------------------------------------------------------- who may download

fn export_paths(j: &Judging, stage: &str) -> [String; 3] {
    [
        format!("/api/v1/stages/{stage}/results.csv"),
        format!("/api/v1/contests/{}/ballot/tally.csv", j.contest_id),
        format!("/api/v1/contests/{}/awards.csv", j.contest_id),
    ]
}

#[tokio::test]
async fn judges_entrants_other_organizations_and_anonymous_callers_are_refused_every_export() {
    let j = judged().await;
    let stage = only_stage(&j).await;
    let judge = j.app().signed_in("judge@example.kr", PASSWORD).await;
    let entrant = &j.entrants[0].account;
    let (_, stranger) = j.world.another_organization("seoul", "organizer@seoul.go.kr").await;

    for path in export_paths(&j, &stage) {
        for token in [&judge.access_token, &entrant.access_token, &stranger.access_token] {
            problem(j.app().get_as(&path, token).await, 403, "forbidden").await;
        }
        problem(j.app().get(&path).await, 401, "unauthenticated").await;
        assert_eq!(j.app().get_as(&path, j.organizer()).await.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn an_unknown_or_malformed_id_is_not_found() {
    let j = three_entries("export-unknown").await;
    let unknown = "0190d7e2-0000-7000-8000-000000000000";

    for id in [unknown, "not-an-id"] {
        for path in [
            format!("/api/v1/stages/{id}/results.csv"),
            format!("/api/v1/contests/{id}/ballot/tally.csv"),
            format!("/api/v1/contests/{id}/awards.csv"),
        ] {
            problem(j.app().get_as(&path, j.organizer()).await, 404, "not_found").await;
        }
    }
}
