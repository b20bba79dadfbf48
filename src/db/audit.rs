//! The audit trail: who did what to which object, and when. Rows are only
//! ever added.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::audit_events;

#[derive(Debug, Clone, Queryable)]
pub struct AuditEvent {
    pub id: String,
    pub actor_id: Option<String>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub details: String,
    pub created_at: NaiveDateTime,
}

pub fn record(
    conn: &mut DbConnection,
    actor_id: Option<&str>,
    action: &str,
    object: (&str, Option<&str>),
    details: serde_json::Value,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::id.eq(crate::domain::ids::new_id()),
            audit_events::actor_id.eq(actor_id),
            audit_events::action.eq(action),
            audit_events::object_type.eq(object.0),
            audit_events::object_id.eq(object.1),
            audit_events::details.eq(details.to_string()),
            audit_events::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// What the account did itself, for its data export.
pub fn by_actor(conn: &mut DbConnection, actor_id: &str) -> QueryResult<Vec<AuditEvent>> {
    audit_events::table.filter(audit_events::actor_id.eq(actor_id)).order(audit_events::id.asc()).load(conn)
}
