//! How a contest presents itself: co-hosts, Markdown rendered safely, the
//! cover image; and that an erased account's draft files leave storage.

use chrono::TimeDelta;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const BOUNDARY: &str = "modu-presentation-boundary-71c3";

fn multipart(bytes: &[u8]) -> Vec<u8> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cover.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn put_cover(app: &TestApp, token: &str, contest: &str, bytes: &[u8]) -> reqwest::Response {
    app.client
        .put(app.url(&format!("/api/v1/contests/{contest}/cover")))
        .bearer_auth(token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(bytes))
        .send()
        .await
        .unwrap()
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Every file under the app's storage folder.
fn stored_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() { walk(&path, found) } else { found.push(path) }
        }
    }
    let mut found = Vec::new();
    walk(&app.data_dir.path().join("uploads"), &mut found);
    found
}

#[tokio::test]
async fn co_hosts_are_shown_and_checked() {
    let w = world().await;
    let mut document = naming_contest("cohosts", TimeDelta::days(3));
    document["co_hosts"] = json!(["과학기술정보통신부", "부산광역시"]);
    let contest = w.open_contest(document.clone()).await;
    assert_eq!(contest["co_hosts"], json!(["과학기술정보통신부", "부산광역시"]));
    assert_eq!(contest["organizer"]["ko"], "국토교통부", "the organizing organization is named");
    let listed: Value = w.app.get("/api/v1/contests").await.json().await.unwrap();
    assert_eq!(listed["items"][0]["organizer"]["ko"], "국토교통부");

    document["slug"] = json!("cohosts-bad");
    document["co_hosts"] = json!(["", "x".repeat(101)]);
    let refused = w.create_contest(&document).await;
    assert_eq!(refused.status(), 422);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "co_hosts");
}

#[tokio::test]
async fn description_and_rules_come_with_safe_html_beside_the_markdown() {
    let w = world().await;
    let mut document = naming_contest("markdown", TimeDelta::days(3));
    document["description"] =
        json!({ "ko": "## 공모 안내\n\n**누구나** 참여 <script>alert(1)</script> [링크](javascript:alert(1))" });
    document["rules"] = json!({ "ko": "- 하나\n- 둘", "en": "- one" });
    let contest = w.open_contest(document).await;
    let html = contest["description_html"]["ko"].as_str().unwrap();
    assert!(html.contains("<h2>공모 안내</h2>") && html.contains("<strong>누구나</strong>"), "{html}");
    assert!(!html.contains("<script") && !html.to_lowercase().contains("javascript:"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "raw HTML shows as text: {html}");
    assert_eq!(contest["description"]["ko"].as_str().unwrap().lines().next(), Some("## 공모 안내"));
    assert!(contest["rules_html"]["en"].as_str().unwrap().contains("<li>one</li>"));
}

#[tokio::test]
async fn an_organizer_sets_a_cover_image_that_everyone_sees_once_the_contest_is_published() {
    let w = world().await;
    let draft = w.draft_contest(naming_contest("cover", TimeDelta::days(3))).await;
    let id = id_of(&draft);
    let token = &w.organizer.access_token;
    assert_eq!(put_cover(&w.app, token, &id, &png(64, 48)).await.status(), 204);

    // A draft's cover is the organizers' alone.
    assert_eq!(w.app.get(&format!("/api/v1/contests/{id}/cover")).await.status(), 404);
    assert_eq!(w.app.get_as(&format!("/api/v1/contests/{id}/cover"), token).await.status(), 200);

    assert_eq!(w.publish(&id).await.status(), 200);
    let shown = w.app.get(&format!("/api/v1/contests/{id}/cover")).await;
    assert_eq!(shown.status(), 200);
    assert_eq!(shown.headers()["content-type"], "image/png");
    assert_eq!(shown.headers()["x-content-type-options"], "nosniff");
    let image = image::load_from_memory(&shown.bytes().await.unwrap()).unwrap();
    assert_eq!((image.width(), image.height()), (64, 48));
    let view: Value = w.app.get(&format!("/api/v1/contests/{id}")).await.json().await.unwrap();
    assert_eq!(view["has_cover"], true);

    // Replacing it leaves one stored cover.
    assert_eq!(put_cover(&w.app, token, &id, &png(32, 32)).await.status(), 204);
    let covers: Vec<_> = stored_files(&w.app).into_iter().filter(|p| p.to_string_lossy().contains("cover-")).collect();
    assert_eq!(covers.len(), 1, "{covers:?}");
}

#[tokio::test]
async fn only_a_contests_organizers_set_its_cover_and_only_to_an_image() {
    let w = world().await;
    let id = w.open_naming_contest("cover-rules").await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    assert_eq!(put_cover(&w.app, &citizen.access_token, &id, &png(8, 8)).await.status(), 403);
    let (_, stranger) = w.another_organization("busan", "organizer@busan.go.kr").await;
    assert_eq!(put_cover(&w.app, &stranger.access_token, &id, &png(8, 8)).await.status(), 403);
    let anonymous = w
        .app
        .client
        .put(w.app.url(&format!("/api/v1/contests/{id}/cover")))
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(&png(8, 8)))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);

    let html = b"<html><body><script>alert(1)</script></body></html>";
    let refused = put_cover(&w.app, &w.organizer.access_token, &id, html).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(refused.headers()["content-type"], "application/problem+json");
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["errors"][0]["code"], "unknown_file_type");
    assert!(stored_files(&w.app).is_empty(), "nothing stored");
    let view: Value = w.app.get(&format!("/api/v1/contests/{id}")).await.json().await.unwrap();
    assert_eq!(view["has_cover"], false);
}

#[tokio::test]
async fn erasing_an_account_removes_its_draft_files_from_storage() {
    let w = world().await;
    let mut document = naming_contest("photo-erase", TimeDelta::days(3));
    document["kind"] = json!("photo");
    let contest = id_of(&w.open_contest(document).await);
    let citizen = w.app.verified_account("erase@example.kr").await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, json!({ "title": "노을" })).await;
    let jpeg = {
        let image = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 5, y as u8 * 7, 120]));
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
        out.into_inner()
    };
    let uploaded = upload(&w.app, &citizen.access_token, &id_of(&draft), "photos", "a.jpg", "image/jpeg", &jpeg).await;
    assert_eq!(uploaded.status(), 201);
    assert!(!stored_files(&w.app).is_empty());

    let deleted = w
        .app
        .send_as(reqwest::Method::DELETE, "/api/v1/me", &citizen.access_token, &json!({ "password": PASSWORD }))
        .await;
    assert_eq!(deleted.status(), 204);
    // The thumbnail worker may have written a thumbnail meanwhile; it went too, or is the only thing left
    // for a moment if it raced the deletion (as a `.part` while being written, then as `.thumb` until the
    // worker sees the file is gone and removes it). The uploaded file itself is gone.
    let worker_output = |p: &std::path::PathBuf| {
        let name = p.to_string_lossy();
        name.ends_with(".thumb") || name.ends_with(".part")
    };
    let left: Vec<_> = stored_files(&w.app).into_iter().filter(|p| !worker_output(p)).collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(w.app.count("entry_files").await, 0);
}

#[tokio::test]
async fn the_markdown_preview_renders_as_the_contest_page_will_and_saves_nothing() {
    let w = world().await;
    let token = &w.organizer.access_token;
    let source = "## 공모 안내\n\n**누구나** 참여 <script>alert(1)</script> [링크](javascript:alert(1))";
    let preview = w.app.post_json_as("/api/v1/markdown/preview", token, &json!({ "markdown": source })).await;
    assert_eq!(preview.status(), 200);
    let html = preview.json::<Value>().await.unwrap()["html"].as_str().unwrap().to_owned();

    let mut document = naming_contest("preview", TimeDelta::days(3));
    document["description"] = json!({ "ko": source });
    let contest = w.open_contest(document).await;
    assert_eq!(contest["description_html"]["ko"], html, "the preview is what the page shows");
    assert!(html.contains("&lt;script&gt;") && !html.to_lowercase().contains("javascript:"), "{html}");
}

#[tokio::test]
async fn the_markdown_preview_needs_a_signed_in_account_and_refuses_bad_input() {
    let w = world().await;
    let token = &w.organizer.access_token;
    let path = "/api/v1/markdown/preview";
    problem(w.app.post_json(path, &json!({ "markdown": "hi" })).await, 401, "unauthenticated").await;
    let long = json!({ "markdown": "가".repeat(20_001) });
    let refused = problem(w.app.post_json_as(path, token, &long).await, 422, "validation_failed").await;
    assert_eq!(problem_fields(&refused), ["markdown"]);
    let just_fits = json!({ "markdown": "가".repeat(20_000) });
    assert_eq!(w.app.post_json_as(path, token, &just_fits).await.status(), 200);
    problem(w.app.post_json_as(path, token, &json!({ "markdown": 3 })).await, 400, "invalid_body").await;
    problem(w.app.post_json_as(path, token, &json!({ "markdown": "", "html": "<b>" })).await, 400, "invalid_body")
        .await;
}
