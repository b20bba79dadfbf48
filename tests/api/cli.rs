//! The `modu` binary's subcommands, run as a person would run them.

use std::process::Command;

use crate::helpers::*;

fn modu(database_url: &str, data_dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_modu"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("MODU_DATABASE_URL", database_url)
        .env("MODU_DATA_DIR", data_dir)
        .current_dir(data_dir);
    cmd
}

#[test]
fn config_check_shows_the_settings_but_never_the_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let output = modu(&database.url, dir.path())
        .env("MODU_JWT_KEYS", "super-secret-signing-key-which-is-long-enough")
        .env("MODU_SMTP_PASSWORD", "smtp-secret-password")
        .env("MODU_MAIL_TRANSPORT", "smtp")
        .env("MODU_SMTP_HOST", "127.0.0.1")
        .args(["config", "check"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("database          : reachable"));
    for secret in ["super-secret-signing-key", "smtp-secret-password"] {
        assert!(!stdout.contains(secret) && !stderr.contains(secret), "{secret} was printed");
    }
}

#[test]
fn config_check_reports_an_unreachable_database_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let output =
        modu("postgres://nobody:pw-not-shown@127.0.0.1:1/none", dir.path()).args(["config", "check"]).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not reachable") && stderr.contains("127.0.0.1"), "{stderr}");
    assert!(!stderr.contains("pw-not-shown"), "the password was printed: {stderr}");
}

#[test]
fn an_invalid_setting_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let output = modu("mysql://nope", dir.path()).args(["config", "check"]).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("database_url"));
}

#[tokio::test]
async fn migrate_then_admin_create_gives_an_admin_who_can_sign_in() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    let migrate = modu(&app.database_url, dir).arg("migrate").output().unwrap();
    assert!(migrate.status.success(), "{}", String::from_utf8_lossy(&migrate.stderr));
    assert!(
        String::from_utf8_lossy(&migrate.stdout).contains("Applied 0 migration(s)"),
        "already applied by the server"
    );

    let created =
        modu(&app.database_url, dir).args(["admin", "create", "--email", "Root@Example.kr"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&created.stdout).into_owned();
    assert!(created.status.success(), "{stdout}{}", String::from_utf8_lossy(&created.stderr));
    let password = stdout.rsplit("(shown once): ").next().unwrap().trim().to_owned();

    let admin = app.signed_in("root@example.kr", &password).await;
    let me: serde_json::Value = app.get_as("/api/v1/me", &admin.access_token).await.json().await.unwrap();
    assert_eq!(me["is_admin"], true);
    assert_eq!(me["email_verified"], true);
}

#[tokio::test]
async fn admin_create_promotes_an_existing_account_without_touching_its_password() {
    let app = spawn_app().await;
    app.verified_account("citizen@example.kr").await;
    let output = modu(&app.database_url, app.data_dir.path())
        .args(["admin", "create", "--email", "citizen@example.kr"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("now an admin"));
    let account = app.signed_in("citizen@example.kr", PASSWORD).await;
    let me: serde_json::Value = app.get_as("/api/v1/me", &account.access_token).await.json().await.unwrap();
    assert_eq!(me["is_admin"], true);
}

#[test]
fn openapi_prints_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let output = modu("sqlite://unused.db", dir.path()).arg("openapi").output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
}

#[tokio::test]
async fn demo_loads_the_wscw_2018_season_once_with_duplicate_names_flagged_and_judging_under_way() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    let loaded = modu(&app.database_url, dir).arg("demo").output().unwrap();
    let stdout = String::from_utf8_lossy(&loaded.stdout).into_owned();
    assert!(loaded.status.success(), "{stdout}{}", String::from_utf8_lossy(&loaded.stderr));
    assert!(stdout.contains("7 contests") && stdout.contains("30 teams"), "{stdout}");
    let again = modu(&app.database_url, dir).arg("demo").output().unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("already loaded"));

    let listed: serde_json::Value = app.get("/api/v1/contests?limit=50").await.json().await.unwrap();
    let contests = listed["items"].as_array().unwrap();
    assert_eq!(contests.len(), 7, "{listed}");
    let id_of = |slug: &str| {
        contests.iter().find(|c| c["slug"] == slug).unwrap_or_else(|| panic!("{slug}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    let organizer = app.signed_in(modu::demo::ORGANIZER_EMAIL, modu::demo::PASSWORD).await;
    let naming = id_of("eco-delta-naming");
    let report: serde_json::Value = app
        .get_as(&format!("/api/v1/contests/{naming}/duplicates"), &organizer.access_token)
        .await
        .json()
        .await
        .unwrap();
    let group = report["groups"].as_array().unwrap().iter().find(|g| g["original"]["text"] == "에코델타시티").unwrap();
    assert_eq!(group["duplicates"].as_array().unwrap().len(), 2, "{report}");
    assert!(
        report["similar"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["a"]["text"] == "애코델타시티" || p["b"]["text"] == "애코델타시티")
    );

    let hackathon = id_of("wscw2018-hackathon");
    let entries: serde_json::Value = app
        .get_as(&format!("/api/v1/contests/{hackathon}/entries?limit=50"), &organizer.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(entries["items"].as_array().unwrap().len(), 30);

    // Judging: the hackathon's rubric review is closed with its results
    // stored and 14 entries advanced into the pairwise final, open now.
    for n in 1..=modu::demo::JUDGE_COUNT {
        assert!(stdout.contains(&modu::demo::judge_email(n)), "{stdout}");
    }
    let get = |path: String, token: String| {
        let app = &app;
        async move {
            let response = app.get_as(&path, &token).await;
            assert_eq!(response.status(), 200, "{path}");
            response.json::<serde_json::Value>().await.unwrap()
        }
    };
    let token = organizer.access_token.clone();
    let stages = get(format!("/api/v1/contests/{hackathon}/stages"), token.clone()).await;
    let stages = stages.as_array().unwrap();
    assert_eq!(stages.len(), 2, "{stages:?}");
    let (review, last) = (&stages[0], &stages[1]);
    assert_eq!(
        (&review["mode"], &review["state"], &review["blind"]),
        (&"rubric".into(), &"closed".into(), &true.into())
    );
    assert_eq!(review["recipe"]["normalization"], "z_score", "{review}");
    assert_eq!((&last["mode"], &last["state"]), (&"pairwise".into(), &"scoring".into()));
    let review_id = review["id"].as_str().unwrap();
    let results = get(format!("/api/v1/stages/{review_id}/results"), token.clone()).await;
    assert_eq!(results["stored"], true);
    let ranked = results["results"]["entries"].as_array().unwrap();
    assert_eq!(ranked.len(), 30);
    assert_eq!(ranked.iter().filter(|e| e["advances"] == true).count(), 14, "{results}");
    let final_id = last["id"].as_str().unwrap();
    let ranking = get(format!("/api/v1/stages/{final_id}/pairwise/ranking"), token.clone()).await;
    let ranking = ranking.as_array().unwrap();
    assert_eq!(ranking.len(), 14);
    assert!(ranking.iter().any(|r| r["views"].as_i64().unwrap() > 0), "{ranking:?}");

    // A judge signs in with the demo password and is mid-way through the final.
    let judge = app.signed_in(&modu::demo::judge_email(1), modu::demo::PASSWORD).await;
    let mine = get("/api/v1/me/judging".to_owned(), judge.access_token.clone()).await;
    let seat = mine.as_array().unwrap().iter().find(|m| m["stage"]["id"] == final_id).unwrap();
    assert_eq!(seat["status"], "active");
    let state = get(format!("/api/v1/stages/{final_id}/pairwise"), judge.access_token.clone()).await;
    assert!(state["votes"].as_i64().unwrap() > 0 && !state["current"].is_null(), "{state}");

    // The naming contest's round is open, partly scored, with a preview.
    let naming_stages = get(format!("/api/v1/contests/{naming}/stages"), token.clone()).await;
    let round = &naming_stages.as_array().unwrap()[0];
    assert_eq!((&round["mode"], &round["state"]), (&"rubric".into(), &"scoring".into()));
    let round_id = round["id"].as_str().unwrap();
    let panel = get(format!("/api/v1/stages/{round_id}/judges"), token.clone()).await;
    let scored: Vec<i64> =
        panel.as_array().unwrap().iter().map(|j| j["progress"]["scored"].as_i64().unwrap()).collect();
    assert!(scored.contains(&0) && scored.iter().sum::<i64>() > 0, "{panel}");
    let preview = get(format!("/api/v1/stages/{round_id}/results?close_calls=false"), token.clone()).await;
    assert_eq!(preview["stored"], false);
    assert_eq!(preview["results"]["entries"].as_array().unwrap().len(), 12, "{preview}");

    // The photo contest is over: judged, voted on and announced, its
    // results public with winners in every tier.
    assert!(stdout.contains("photo contest's results are announced") && stdout.contains("8 awards"), "{stdout}");
    let photo = id_of("wscw2018-photo");
    let response = app.get(&format!("/api/v1/contests/{photo}/results")).await;
    assert_eq!(response.status(), 200);
    let results: serde_json::Value = response.json().await.unwrap();
    let tiers = results["tiers"].as_array().unwrap();
    let filled: Vec<(&str, usize, bool)> = tiers
        .iter()
        .map(|t| (t["key"].as_str().unwrap(), t["winners"].as_array().unwrap().len(), t["peoples_choice"] == true))
        .collect();
    assert_eq!(
        filled,
        [
            ("grand", 1, false),
            ("excellence", 1, false),
            ("merit", 2, false),
            ("encouragement", 3, false),
            ("peoples_choice", 1, true)
        ],
        "{results}"
    );
    assert!(tiers.iter().all(|t| t["prize"].is_string() && t["label"]["en"].is_string()), "{results}");
    let winners: Vec<&serde_json::Value> = tiers.iter().flat_map(|t| t["winners"].as_array().unwrap()).collect();
    let works: std::collections::BTreeSet<&str> =
        winners.iter().map(|w| w["work"]["entry_id"].as_str().unwrap()).collect();
    assert_eq!(works.len(), 8, "one award per entry: {results}");
    for w in &winners {
        assert!(w["work"]["title"].is_string() && w["work"]["files"].as_array().unwrap().len() == 1, "{w}");
    }
    // One winner asked not to be named, one chose a pen name; the others
    // show their display names.
    let credits: Vec<&serde_json::Value> = winners.iter().map(|w| &w["credit"]).collect();
    assert_eq!(credits.iter().filter(|c| c.is_null()).count(), 1, "{results}");
    assert_eq!(tiers[1]["winners"][0]["credit"], modu::demo::PEN_NAME, "{results}");
    assert!(credits.iter().filter(|c| !c.is_null()).all(|c| c.as_str().is_some_and(|n| !n.is_empty())));
    // The public's favourite, which no jury tier took, is the people's choice.
    assert_eq!(tiers[4]["winners"][0]["work"]["title"], "골목길 미디어 파사드", "{results}");
    let tally = get(format!("/api/v1/contests/{photo}/ballot/tally"), token.clone()).await;
    assert_eq!(tally["voters"], 30, "{tally}");
    assert_eq!(tally["entries"][0]["entry_id"], tiers[4]["winners"][0]["work"]["entry_id"], "{tally}");
    assert!(tally["entries"][0]["votes"].as_i64() > tally["entries"][1]["votes"].as_i64(), "{tally}");
    // The votes came from accounts older than the vote: no fraud signals.
    let signals = get(format!("/api/v1/contests/{photo}/ballot/signals"), token.clone()).await;
    assert_eq!(signals, serde_json::json!({ "bursts": [], "shared_networks": [], "fresh_accounts": [] }));

    // Judged in one closed, blind rubric stage of four judges.
    let photo_stages = get(format!("/api/v1/contests/{photo}/stages"), token.clone()).await;
    let photo_stages = photo_stages.as_array().unwrap();
    assert_eq!(photo_stages.len(), 1);
    assert_eq!(
        (&photo_stages[0]["mode"], &photo_stages[0]["state"], &photo_stages[0]["blind"]),
        (&"rubric".into(), &"closed".into(), &true.into())
    );
    let judging_id = photo_stages[0]["id"].as_str().unwrap();
    let stored = get(format!("/api/v1/stages/{judging_id}/results"), token.clone()).await;
    assert_eq!(stored["stored"], true);
    let ranked = stored["results"]["entries"].as_array().unwrap();
    assert_eq!(ranked.len(), 12);
    assert!(ranked.iter().all(|e| e["judges"].as_array().unwrap().len() == 4), "{stored}");
    assert_eq!(ranked[0]["entry"], tiers[0]["winners"][0]["work"]["entry_id"]);

    // A certificate per award; anyone can verify one by its code.
    let certificates = get(format!("/api/v1/contests/{photo}/certificates"), token.clone()).await;
    let certificates = certificates.as_array().unwrap();
    assert_eq!(certificates.len(), 8, "{certificates:?}");
    let certified: std::collections::BTreeSet<&str> =
        certificates.iter().map(|c| c["work_title"].as_str().unwrap()).collect();
    let awarded: std::collections::BTreeSet<&str> =
        winners.iter().map(|w| w["work"]["title"].as_str().unwrap()).collect();
    assert_eq!(certified, awarded);
    let pen = certificates.iter().find(|c| c["winner_name"] == modu::demo::PEN_NAME).unwrap();
    let response = app.get(&format!("/api/v1/certificates/{}", pen["code"].as_str().unwrap())).await;
    assert_eq!(response.status(), 200);
    let verified: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        (&verified["contest_id"], &verified["award"]["ko"], &verified["winner_name"]),
        (&photo.as_str().into(), &"최우수상".into(), &modu::demo::PEN_NAME.into())
    );

    // The grand prize's own result, with its breakdown and certificate.
    let grand = tiers[0]["winners"][0]["work"]["entry_id"].as_str().unwrap();
    let own = get(format!("/api/v1/entries/{grand}/result"), token).await;
    assert_eq!((&own["award"]["tier"], &own["award"]["place"]), (&"grand".into(), &1.into()), "{own}");
    assert!(own["award"]["certificate_code"].is_string(), "{own}");
    assert_eq!(own["stages"][0]["rank"], 1, "{own}");

    // The gallery is open: every photo, with its file.
    let response = app.get(&format!("/api/v1/contests/{photo}/gallery?limit=50")).await;
    assert_eq!(response.status(), 200);
    let gallery: serde_json::Value = response.json().await.unwrap();
    let items = gallery["items"].as_array().unwrap();
    assert_eq!(items.len(), 12, "{gallery}");
    assert!(items.iter().all(|w| w["files"].as_array().unwrap().len() == 1), "{gallery}");
}

#[tokio::test]
async fn demo_can_add_more_contests_and_entries_for_trying_the_lists_at_scale() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    let loaded = modu(&app.database_url, dir)
        .args(["demo", "--extra-contests", "60", "--extra-entries", "40"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&loaded.stdout).into_owned();
    assert!(loaded.status.success(), "{stdout}{}", String::from_utf8_lossy(&loaded.stderr));
    assert!(stdout.contains("67 contests"), "{stdout}");

    let mut contests = 0;
    let mut path = "/api/v1/contests?limit=50".to_owned();
    loop {
        let page: serde_json::Value = app.get(&path).await.json().await.unwrap();
        contests += page["items"].as_array().unwrap().len();
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/contests?limit=50&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(contests, 67);
    let open: serde_json::Value = app.get("/api/v1/contests?state=open&q=(60)").await.json().await.unwrap();
    assert_eq!(open["items"].as_array().unwrap().len(), 1, "extra contests are open: {open}");

    let organizer = app.signed_in(modu::demo::ORGANIZER_EMAIL, modu::demo::PASSWORD).await;
    let listed: serde_json::Value = app.get("/api/v1/contests?q=에코델타&limit=50").await.json().await.unwrap();
    let naming = listed["items"].as_array().unwrap().iter().find(|c| c["slug"] == "eco-delta-naming").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut entries = 0;
    let mut path = format!("/api/v1/contests/{naming}/entries?limit=50");
    loop {
        let page: serde_json::Value = app.get_as(&path, &organizer.access_token).await.json().await.unwrap();
        entries += page["items"].as_array().unwrap().len();
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/contests/{naming}/entries?limit=50&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(entries, 12 + 40, "the twelve demo names and the forty extra ones");
}
