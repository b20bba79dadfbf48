//! The announcement through the real server: nothing about results is
//! public before the time and everything is exactly at it; publication runs
//! once however many processes; one mail per entrant; credits, breakdowns,
//! the gallery, certificates, and awards frozen once published.

use std::io::Cursor;

use chrono::{DateTime, TimeDelta, Utc};
use image::{DynamicImage, ImageFormat, RgbImage};
use reqwest::Method;
use serde_json::{Value, json};

use crate::awards::{judged, tiers};
use crate::helpers::*;
use crate::judging::support::*;
use crate::support::*;

/// Four judged entries (가 90, 나 80, 다 70, 라 60 and the people's vote),
/// tiers set and awards proposed: 가 grand, 나 and 다 excellence, 라 popular.
async fn awarded() -> Judging {
    let j = judged().await;
    let set = j
        .app()
        .send_as(Method::PUT, &format!("/api/v1/contests/{}/award-tiers", j.contest_id), j.organizer(), &tiers())
        .await;
    assert_eq!(set.status(), 200);
    let proposed = j
        .app()
        .post_json_as(&format!("/api/v1/contests/{}/awards/propose", j.contest_id), j.organizer(), &json!({}))
        .await;
    assert_eq!(proposed.status(), 200);
    j
}

impl Judging {
    async fn announce(&self, at: DateTime<Utc>, extra: Value) -> reqwest::Response {
        let mut body = json!({ "announce_at": at.to_rfc3339() });
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        self.app()
            .send_as(
                Method::PUT,
                &format!("/api/v1/contests/{}/announcement", self.contest_id),
                self.organizer(),
                &body,
            )
            .await
    }

    async fn public_results(&self) -> reqwest::Response {
        self.app().get(&format!("/api/v1/contests/{}/results", self.contest_id)).await
    }

    async fn own_result(&self, i: usize) -> reqwest::Response {
        self.app()
            .get_as(
                &format!("/api/v1/entries/{}/result", self.entrants[i].entry_id),
                &self.entrants[i].account.access_token,
            )
            .await
    }
}

/// The server's clock (tests move it; judging moved it past the stage).
fn server_now(app: &TestApp) -> DateTime<Utc> {
    app.app_state.now().and_utc()
}

fn png() -> Vec<u8> {
    let image =
        DynamicImage::ImageRgb8(RgbImage::from_fn(48, 32, |x, y| image::Rgb([(x * 5) as u8, (y * 7) as u8, 90])));
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

async fn text_of(response: reqwest::Response) -> String {
    response.text().await.unwrap()
}

#[tokio::test]
async fn nothing_about_results_is_visible_before_the_time_and_everything_is_exactly_at_it() {
    let j = awarded().await;
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    let set = j.announce(at, json!({ "show_breakdowns": true, "gallery_open": true })).await;
    assert_eq!(set.status(), 200, "{}", set.text().await.unwrap());
    let winner = &j.entrants[0];
    let photo =
        upload(j.app(), &winner.account.access_token, &winner.entry_id, "photo", "가족사진.png", "image/png", &png())
            .await;
    assert_eq!(photo.status(), 201, "{}", photo.text().await.unwrap());
    let photo_id = id_of(&photo.json::<Value>().await.unwrap());

    // Before: the time is public, nothing else is.
    let announcement: Value =
        j.app().get(&format!("/api/v1/contests/{}/announcement", j.contest_id)).await.json().await.unwrap();
    assert_eq!(announcement["published_at"], Value::Null);
    problem(j.public_results().await, 404, "results_not_announced").await;
    problem(j.own_result(0).await, 404, "results_not_announced").await;
    problem(j.app().get(&format!("/api/v1/contests/{}/gallery", j.contest_id)).await, 404, "results_not_announced")
        .await;
    problem(j.app().get(&format!("/api/v1/works/files/{photo_id}")).await, 404, "not_found").await;
    let entrant = &winner.account.access_token;
    for path in [
        format!("/api/v1/contests/{}/awards", j.contest_id),
        format!("/api/v1/contests/{}/ballot/tally", j.contest_id),
        format!("/api/v1/contests/{}/certificates", j.contest_id),
    ] {
        assert_eq!(j.app().get_as(&path, entrant).await.status(), 403, "{path}");
    }
    // What an entrant can read says nothing of awards, ranks or scores.
    for path in [
        format!("/api/v1/contests/{}", j.contest_id),
        format!("/api/v1/entries/{}", winner.entry_id),
        "/api/v1/me/entries".to_owned(),
        format!("/api/v1/contests/{}/announcement", j.contest_id),
    ] {
        let body = text_of(j.app().get_as(&path, entrant).await).await;
        for word in ["grand", "excellence", "대상", "최우수상", "\"rank\"", "final_score", "certificate"] {
            assert!(!body.contains(word), "{path} mentions {word}: {body}");
        }
    }
    let contest_id = j.contest_id.clone();
    let no_certificates = j
        .app()
        .with_conn(move |conn| modu::db::announcements::certificates_of_contest(conn, &contest_id).map(|c| c.len()))
        .await;
    assert_eq!(no_certificates, 0);

    // One second before, still nothing; at the time, everything.
    advance_to(j.app(), at - TimeDelta::seconds(1));
    problem(j.public_results().await, 404, "results_not_announced").await;
    advance_to(j.app(), at);
    let results = j.public_results().await;
    assert_eq!(results.status(), 200);
    let results: Value = results.json().await.unwrap();
    let tier = |key: &str| results["tiers"].as_array().unwrap().iter().find(|t| t["key"] == key).unwrap().clone();
    let grand = tier("grand");
    assert_eq!(grand["label"]["ko"], "대상");
    assert_eq!(grand["winners"][0]["work"]["entry_id"], winner.entry_id.as_str());
    assert_eq!(grand["winners"][0]["credit"], "가");
    assert_eq!(grand["winners"][0]["work"]["title"], "하나");
    assert_eq!(grand["winners"][0]["work"]["files"][0]["id"], photo_id.as_str());
    assert_eq!(tier("excellence")["winners"].as_array().unwrap().len(), 2);
    assert_eq!(tier("popular")["winners"][0]["work"]["entry_id"], j.entrants[3].entry_id.as_str());
    let text = results.to_string();
    assert!(!text.contains("affiliation"), "identifying answers stay out");
    for entrant in &j.entrants {
        assert!(!text.contains(&entrant.account.email) && !text.contains(&entrant.account.id));
    }
    assert!(!text.contains("가족사진"), "original file names stay out");
    let file = j.app().get(&format!("/api/v1/works/files/{photo_id}")).await;
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "image/png");

    let own: Value = j.own_result(0).await.json().await.unwrap();
    assert_eq!(own["award"]["tier"], "grand");
    assert!(own["award"]["certificate_code"].is_string());
    let stage = &own["stages"][0];
    assert_eq!(
        (stage["rank"].as_u64(), stage["ranked"].as_u64(), stage["final_score"].as_f64()),
        (Some(1), Some(4), Some(90.0))
    );
    assert_eq!(stage["judges"][0]["raw"].as_f64(), Some(90.0));
    assert!(!own.to_string().contains("judge@example.kr"));
    let loser: Value = j.own_result(1).await.json().await.unwrap();
    assert_eq!(loser["award"]["tier"], "excellence");
}

#[tokio::test]
async fn the_job_publishes_once_with_two_server_processes_and_every_entrant_gets_one_mail() {
    let j = awarded().await;
    let second = spawn_second_app(j.app()).await;
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    assert_eq!(j.announce(at, json!({})).await.status(), 200);
    let past = at + TimeDelta::seconds(1);
    advance_to(j.app(), past);
    advance_to(&second, past);

    // No one reads the results: the background jobs of both processes publish.
    let mails = |i: usize| {
        j.app()
            .mailbox
            .to(&j.entrants[i].account.email)
            .into_iter()
            .filter(|m| m.subject.contains("결과") || m.subject.contains("축하"))
            .collect::<Vec<_>>()
    };
    for _ in 0..100 {
        if (0..4).all(|i| !mails(i).is_empty()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Both loops have run several passes since.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    for i in 0..4 {
        assert_eq!(mails(i).len(), 1, "entrant {i} gets exactly one mail");
    }
    assert!(mails(0)[0].subject.contains("대상"), "{}", mails(0)[0].subject);
    assert!(mails(3)[0].subject.contains("인기상"));
    let published = j
        .app()
        .with_conn(|conn| {
            use diesel::prelude::*;
            use modu::db::schema::{audit_events, certificates};
            let events: i64 =
                audit_events::table.filter(audit_events::action.eq("results.published")).count().get_result(conn)?;
            let certificates: i64 = certificates::table.count().get_result(conn)?;
            Ok((events, certificates))
        })
        .await;
    assert_eq!(published, (1, 4), "one publication, one certificate per award");
    assert_eq!(second.get(&format!("/api/v1/contests/{}/results", j.contest_id)).await.status(), 200);
}

#[tokio::test]
async fn entrants_choose_how_they_are_credited_until_the_results_are_published() {
    let j = awarded().await;
    let j = &j;
    let credit = |i: usize, body: Value| {
        let path = format!("/api/v1/entries/{}/credit", j.entrants[i].entry_id);
        let token = j.entrants[i].account.access_token.clone();
        async move { j.app().send_as(Method::PUT, &path, &token, &body).await }
    };
    assert_eq!(credit(0, json!({ "name": null, "hidden": true })).await.status(), 200);
    assert_eq!(credit(1, json!({ "name": "  바람길 팀 ", "hidden": false })).await.status(), 200);
    let body =
        problem(credit(2, json!({ "name": "가".repeat(61), "hidden": false })).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["name"]);
    problem(credit(2, json!({ "hidden": false, "role": "admin" })).await, 400, "invalid_body").await;
    let someone_elses = format!("/api/v1/entries/{}/credit", j.entrants[0].entry_id);
    problem(
        j.app()
            .send_as(
                Method::PUT,
                &someone_elses,
                &j.entrants[1].account.access_token,
                &json!({ "name": "도둑", "hidden": false }),
            )
            .await,
        404,
        "not_found",
    )
    .await;
    let shown: Value = j
        .app()
        .get_as(&format!("/api/v1/entries/{}/credit", j.entrants[1].entry_id), &j.entrants[1].account.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(shown, json!({ "name": "바람길 팀", "hidden": false }));

    let at = server_now(j.app()) + TimeDelta::minutes(2);
    j.announce(at, json!({})).await;
    advance_to(j.app(), at);
    let results: Value = j.public_results().await.json().await.unwrap();
    let credit_of = |entry: &str| {
        results["tiers"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| t["winners"].as_array().unwrap().clone())
            .find(|w| w["work"]["entry_id"] == entry)
            .unwrap()["credit"]
            .clone()
    };
    assert_eq!(credit_of(&j.entrants[0].entry_id), Value::Null, "asked not to be named");
    assert_eq!(credit_of(&j.entrants[1].entry_id), "바람길 팀");
    assert_eq!(credit_of(&j.entrants[2].entry_id), "다");
    assert!(!results.to_string().contains("\"가\""));
    problem(credit(2, json!({ "name": null, "hidden": true })).await, 409, "results_published").await;
}

#[tokio::test]
async fn once_published_the_awards_and_the_time_are_final_but_the_gallery_can_open() {
    let j = awarded().await;
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    let set: Value = j.announce(at, json!({})).await.json().await.unwrap();
    advance_to(j.app(), at + TimeDelta::seconds(1));
    assert_eq!(j.public_results().await.status(), 200);

    let c = &j.contest_id;
    let o = j.organizer();
    problem(
        j.app()
            .send_as(
                Method::PUT,
                &format!("/api/v1/contests/{c}/awards/grand/1"),
                o,
                &json!({ "entry_id": j.entrants[3].entry_id, "reason": "번복" }),
            )
            .await,
        409,
        "results_published",
    )
    .await;
    problem(
        j.app().post_json_as(&format!("/api/v1/contests/{c}/awards/propose"), o, &json!({})).await,
        409,
        "results_published",
    )
    .await;
    problem(
        j.app().send_as(Method::PUT, &format!("/api/v1/contests/{c}/award-tiers"), o, &tiers()).await,
        409,
        "results_published",
    )
    .await;
    let later = at + TimeDelta::days(1);
    problem(j.announce(later, json!({ "version": set["version"] })).await, 409, "results_published").await;
    problem(j.app().get(&format!("/api/v1/contests/{c}/gallery")).await, 404, "not_found").await;

    let opened = j.announce(at, json!({ "version": set["version"], "gallery_open": true })).await;
    assert_eq!(opened.status(), 200, "{}", opened.text().await.unwrap());
    let page: Value = j.app().get(&format!("/api/v1/contests/{c}/gallery?limit=3")).await.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 3);
    let rest: Value = j
        .app()
        .get(&format!("/api/v1/contests/{c}/gallery?limit=3&cursor={}", page["next_cursor"].as_str().unwrap()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert_eq!(rest["next_cursor"], Value::Null);
    problem(j.app().get(&format!("/api/v1/contests/{c}/gallery?limit=0")).await, 400, "invalid_parameter").await;
    problem(j.app().get(&format!("/api/v1/contests/{c}/gallery?cursor=forged")).await, 400, "invalid_parameter").await;
    let all = format!("{page}{rest}");
    assert!(!all.contains("affiliation"), "identifying answers stay out");
    for entrant in &j.entrants {
        assert!(
            !all.contains(&entrant.account.email)
                && !all.contains(&entrant.account.id)
                && !all.contains(&format!("\"{}\"", entrant.name))
        );
    }
}

#[tokio::test]
async fn a_certificate_verifies_by_its_code_and_downloads_as_a_pdf() {
    let j = awarded().await;
    // A character the certificate's font lacks is left out of the PDF, not a refusal.
    let credit = format!("/api/v1/entries/{}/credit", j.entrants[0].entry_id);
    let named = j
        .app()
        .send_as(Method::PUT, &credit, &j.entrants[0].account.access_token, &json!({ "name": "가🌟", "hidden": false }))
        .await;
    assert_eq!(named.status(), 200);
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    j.announce(at, json!({})).await;
    advance_to(j.app(), at);
    let own: Value = j.own_result(0).await.json().await.unwrap();
    let code = own["award"]["certificate_code"].as_str().unwrap().to_owned();

    let typed = code.to_lowercase().replace('-', " ");
    let verified = j.app().get(&format!("/api/v1/certificates/{typed}")).await;
    assert_eq!(verified.status(), 200);
    let verified: Value = verified.json().await.unwrap();
    assert_eq!(
        (verified["code"].as_str(), verified["winner_name"].as_str(), verified["award"]["ko"].as_str()),
        (Some(code.as_str()), Some("가🌟"), Some("대상"))
    );
    assert_eq!(verified["work_title"], "하나");

    let pdf = j.app().get(&format!("/api/v1/certificates/{code}/pdf")).await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF-"));
    problem(j.app().get("/api/v1/certificates/AAAA-BBBB-CCCC-DDDD").await, 404, "not_found").await;
    problem(j.app().get("/api/v1/certificates/not-a-code!").await, 404, "not_found").await;
    let listed: Value = j
        .app()
        .get_as(&format!("/api/v1/contests/{}/certificates", j.contest_id), j.organizer())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn breakdowns_stay_hidden_unless_the_organizer_shows_them() {
    let j = awarded().await;
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    j.announce(at, json!({ "show_breakdowns": false })).await;
    advance_to(j.app(), at);

    let own: Value = j.own_result(2).await.json().await.unwrap();

    assert_eq!(own["award"]["tier"], "excellence");
    assert_eq!(own["stages"], Value::Null);
    let stranger = j.app().verified_account("stranger@example.kr").await;
    problem(
        j.app().get_as(&format!("/api/v1/entries/{}/result", j.entrants[2].entry_id), &stranger.access_token).await,
        404,
        "not_found",
    )
    .await;
    let organizer: Value = j
        .app()
        .get_as(&format!("/api/v1/entries/{}/result", j.entrants[2].entry_id), j.organizer())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(organizer["award"]["tier"], "excellence");
}

#[tokio::test]
async fn only_the_contests_organizers_set_the_announcement_and_bad_input_changes_nothing() {
    let j = awarded().await;
    let path = format!("/api/v1/contests/{}/announcement", j.contest_id);
    let body = json!({ "announce_at": (server_now(j.app()) + TimeDelta::hours(2)).to_rfc3339() });
    let entrant = &j.entrants[0].account.access_token;
    problem(j.app().send_as(Method::PUT, &path, entrant, &body).await, 403, "forbidden").await;
    let (_, other) = j.world.another_organization("other-org", "other@example.kr").await;
    problem(j.app().send_as(Method::PUT, &path, &other.access_token, &body).await, 403, "forbidden").await;
    let anonymous_put = anonymous(j.app(), Method::PUT, &path, &body).await;
    problem(anonymous_put, 401, "unauthenticated").await;
    let past = json!({ "announce_at": (server_now(j.app()) - TimeDelta::hours(1)).to_rfc3339() });
    let refused =
        problem(j.app().send_as(Method::PUT, &path, j.organizer(), &past).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&refused), vec!["announce_at"]);
    problem(
        j.app().send_as(Method::PUT, &path, j.organizer(), &json!({ "announce_at": "tomorrow" })).await,
        400,
        "invalid_body",
    )
    .await;
    problem(
        j.app()
            .send_as(
                Method::PUT,
                &path,
                j.organizer(),
                &json!({ "announce_at": body["announce_at"], "published_at": "2020-01-01T00:00:00Z" }),
            )
            .await,
        400,
        "invalid_body",
    )
    .await;
    problem(j.app().get(&path).await, 404, "not_found").await;

    let first: Value = j.app().send_as(Method::PUT, &path, j.organizer(), &body).await.json().await.unwrap();
    assert_eq!(first["version"], 1);
    problem(j.app().send_as(Method::PUT, &path, j.organizer(), &body).await, 422, "validation_failed").await;
    let stale = json!({ "announce_at": body["announce_at"], "version": 7 });
    problem(j.app().send_as(Method::PUT, &path, j.organizer(), &stale).await, 409, "version_conflict").await;
    let shown: Value = j.app().get(&path).await.json().await.unwrap();
    assert_eq!(shown["version"], 1);
    problem(j.app().get("/api/v1/contests/not-an-id/results").await, 404, "not_found").await;
}

#[tokio::test]
async fn a_winner_who_deletes_their_account_is_shown_as_a_deleted_member() {
    let j = awarded().await;
    let at = server_now(j.app()) + TimeDelta::minutes(2);
    j.announce(at, json!({})).await;
    advance_to(j.app(), at);
    let own: Value = j.own_result(1).await.json().await.unwrap();
    let code = own["award"]["certificate_code"].as_str().unwrap().to_owned();
    let winner = &j.entrants[1].account;

    let deleted = j
        .app()
        .send_as(Method::DELETE, "/api/v1/me", &winner.access_token, &json!({ "password": winner.password }))
        .await;

    assert!(deleted.status().is_success(), "{}", deleted.text().await.unwrap());
    let results = text_of(j.public_results().await).await;
    assert!(results.contains("(탈퇴한 회원)") && !results.contains("\"나\""), "{results}");
    let certificate: Value = j.app().get(&format!("/api/v1/certificates/{code}")).await.json().await.unwrap();
    assert_eq!(certificate["winner_name"], "(탈퇴한 회원)");
    assert_eq!(certificate["award"]["ko"], "최우수상", "the award stays");
}

#[tokio::test]
async fn results_are_announced_only_for_a_published_contest() {
    let w = world().await;
    let draft = id_of(&w.draft_contest(naming_contest("draft-naming", TimeDelta::days(7))).await);
    let path = format!("/api/v1/contests/{draft}/announcement");
    let body = json!({ "announce_at": (server_now(&w.app) + TimeDelta::days(8)).to_rfc3339() });

    problem(w.app.send_as(Method::PUT, &path, &w.organizer.access_token, &body).await, 409, "conflict").await;

    assert!(w.app.get(&path).await.status() == 404);
    assert_eq!(w.publish(&draft).await.status(), 200);
    assert_eq!(w.app.send_as(Method::PUT, &path, &w.organizer.access_token, &body).await.status(), 200);
}
