//! The outbox against a real SMTP server: delivered once, retried with
//! backoff when refused, never sent for a rolled-back change, and delivered
//! exactly once by two server processes sharing one database.

use std::collections::HashSet;
use std::time::Duration;

use modu::db::outbox;
use modu::domain::Locale;
use modu::error::ApiError;
use modu::mail::{self, Recipient, Template};

use crate::helpers::*;

async fn queue_mails(app: &TestApp, count: usize) {
    let now = app.app_state.now();
    app.with_conn(move |conn| {
        for i in 0..count {
            let address = format!("citizen{i}@example.kr");
            let to = Recipient { user_id: None, address: &address, name: "시민", locale: Locale::Ko };
            mail::queue(conn, &to, &Template::PasswordChanged { name: "시민" }, now)?;
        }
        Ok(())
    })
    .await;
    app.app_state.mail_wakeup.notify_one();
}

async fn wait_until_sent(app: &TestApp, count: i64) {
    for _ in 0..200 {
        let sent = app.with_conn(|conn| outbox::count_with_status(conn, outbox::SENT)).await;
        if sent >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("not all mail was marked sent");
}

#[tokio::test]
async fn queued_mail_is_delivered_once_and_marked_sent() {
    let app = spawn_app().await;
    queue_mails(&app, 5).await;
    let received = app.mailbox.wait_for_total(5).await;
    wait_until_sent(&app, 5).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.mailbox.all().len(), 5, "no mail twice");
    assert_eq!(received.iter().map(|m| m.message_id.clone()).collect::<HashSet<_>>().len(), 5);
}

#[tokio::test]
async fn a_refusing_smtp_server_gets_the_mail_after_retries_and_only_once() {
    let app = spawn_app().await;
    app.mailbox.refuse_next(3);
    app.register(&registration("retry@example.kr")).await;
    let mail = app.mailbox.wait_for("retry@example.kr", 1).await;
    wait_until_sent(&app, 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.mailbox.to("retry@example.kr").len(), 1);
    assert_eq!(app.mailbox.attempts(), 4, "three refusals, then success");
    assert!(mail[0].text.contains("/verify-email?token="));
    let attempts: Vec<i32> = app
        .with_conn(|conn| {
            use diesel::prelude::*;
            use modu::db::schema::outbox_emails::dsl::*;
            outbox_emails.select(attempts).load(conn)
        })
        .await;
    assert_eq!(attempts, vec![4]);
}

#[tokio::test]
async fn mail_is_given_up_after_the_last_attempt() {
    let app = spawn_app_with(|layer| layer.mail_max_attempts = Some(3)).await;
    app.mailbox.refuse_next(100);
    queue_mails(&app, 1).await;
    for _ in 0..200 {
        let dead = app.with_conn(|conn| outbox::count_with_status(conn, outbox::DEAD)).await;
        if dead == 1 {
            assert_eq!(app.mailbox.attempts(), 3);
            assert!(app.mailbox.all().is_empty());
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the message was never given up");
}

#[tokio::test]
async fn no_mail_is_sent_for_a_change_that_rolled_back() {
    let app = spawn_app().await;
    let now = app.app_state.now();
    let result = app
        .app_state
        .db
        .write(move |conn| {
            let to = Recipient { user_id: None, address: "ghost@example.kr", name: "유령", locale: Locale::Ko };
            mail::queue(conn, &to, &Template::PasswordChanged { name: "유령" }, now)?;
            Err::<(), _>(ApiError::conflict("the change failed after queueing its mail"))
        })
        .await;
    assert!(result.is_err());
    app.app_state.mail_wakeup.notify_one();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(app.count("outbox_emails").await, 0);
    assert!(app.mailbox.all().is_empty());
}

#[tokio::test]
async fn two_server_processes_deliver_each_mail_exactly_once() {
    let first = spawn_app().await;
    let second = spawn_second_app(&first).await;
    queue_mails(&first, 60).await;
    second.app_state.mail_wakeup.notify_one();
    let received = first.mailbox.wait_for_total(60).await;
    wait_until_sent(&first, 60).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let all = first.mailbox.all();
    assert_eq!(all.len(), 60, "each message once, whichever process sent it");
    let ids: HashSet<_> = received.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), 60);
}

#[tokio::test]
async fn mail_has_one_recipient_and_both_text_and_html() {
    let app = spawn_app().await;
    let mut body = registration("lang@example.kr");
    body["locale"] = serde_json::json!("en");
    body["display_name"] = serde_json::json!("<b>Minji</b>");
    app.register(&body).await;
    let mail = app.mailbox.wait_for("lang@example.kr", 1).await;
    assert_eq!(mail[0].to, vec!["lang@example.kr".to_owned()]);
    assert!(mail[0].subject.contains("confirm"), "English for an English account");
    assert!(mail[0].html.contains("&lt;b&gt;Minji&lt;/b&gt;"), "user text is escaped in HTML");
    assert!(mail[0].text.contains("<b>Minji</b>"));
}

#[tokio::test]
async fn the_file_transport_writes_mail_a_person_can_read() {
    let app = spawn_app_with(|layer| layer.mail_transport = Some(modu::config::MailTransportKind::File)).await;
    app.register(&registration("files@example.kr")).await;
    let dir = app.data_dir.path().join("mail");
    for _ in 0..100 {
        let texts: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        if let Some(text) = texts.first() {
            assert!(text.contains("To: 김민지 <files@example.kr>"));
            assert!(text.contains("/verify-email?token="));
            let emls = std::fs::read_dir(&dir)
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "eml"))
                .count();
            assert_eq!(emls, 1);
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no mail file was written");
}
