//! Mail: templates by the recipient's locale, the outbox a request writes to,
//! the transports (SMTP, or .eml files in a folder), and the delivery worker.

pub mod templates;
pub mod transport;
pub mod worker;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::db::outbox::{self, NewOutboxEmail};
use crate::domain::Locale;
pub use templates::Template;

/// Who a message goes to.
pub struct Recipient<'a> {
    /// The account it concerns (kept for the data export; `None` for a guardian).
    pub user_id: Option<&'a str>,
    pub address: &'a str,
    pub name: &'a str,
    pub locale: Locale,
}

/// Writes a message to the outbox in the caller's transaction: if the change
/// it reports rolls back, so does the message.
pub fn queue(
    conn: &mut DbConnection,
    to: &Recipient<'_>,
    template: &Template<'_>,
    now: NaiveDateTime,
) -> diesel::QueryResult<()> {
    outbox::enqueue(conn, &message(to, template, now))
}

/// The outbox row of one message, for writing many at once with
/// [`outbox::enqueue_many`].
pub fn message(to: &Recipient<'_>, template: &Template<'_>, now: NaiveDateTime) -> NewOutboxEmail {
    let rendered = templates::render(template, to.locale);
    NewOutboxEmail {
        id: crate::domain::ids::new_id(),
        user_id: to.user_id.map(str::to_owned),
        to_address: to.address.to_owned(),
        to_name: to.name.to_owned(),
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        status: outbox::PENDING,
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
    }
}
