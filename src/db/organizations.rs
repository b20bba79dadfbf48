//! Organizations (a ministry, a city, an agency) and their organizers.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{organization_members, organizations, users};
use crate::domain::contest::form::Text;
use crate::domain::pagination::PageRequest;

#[derive(Debug, Clone, Queryable)]
pub struct Organization {
    pub id: String,
    pub slug: String,
    pub name_ko: String,
    pub name_en: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = organizations)]
pub struct NewOrganization<'a> {
    pub id: &'a str,
    pub slug: &'a str,
    pub name_ko: &'a str,
    pub name_en: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub const ROLE_ORGANIZER: &str = "organizer";

pub fn insert(conn: &mut DbConnection, org: &NewOrganization<'_>) -> QueryResult<()> {
    diesel::insert_into(organizations::table).values(org).execute(conn).map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Organization>> {
    organizations::table.find(id).first(conn).optional()
}

/// Organization names by id, for showing who runs what.
pub fn names_of(conn: &mut DbConnection, ids: &[String]) -> QueryResult<std::collections::HashMap<String, Text>> {
    let rows: Vec<(String, String, Option<String>)> = organizations::table
        .filter(organizations::id.eq_any(ids))
        .select((organizations::id, organizations::name_ko, organizations::name_en))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, ko, en)| (id, Text { ko, en })).collect())
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Organization>> {
    organizations::table.filter(organizations::slug.eq(slug)).first(conn).optional()
}

pub fn list(conn: &mut DbConnection, page: &PageRequest) -> QueryResult<Vec<Organization>> {
    let mut query = organizations::table.order(organizations::id.asc()).into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(organizations::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

pub fn add_member(
    conn: &mut DbConnection,
    organization_id: &str,
    user_id: &str,
    role: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(organization_members::table)
        .values((
            organization_members::organization_id.eq(organization_id),
            organization_members::user_id.eq(user_id),
            organization_members::role.eq(role),
            organization_members::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn remove_member(conn: &mut DbConnection, organization_id: &str, user_id: &str) -> QueryResult<usize> {
    diesel::delete(
        organization_members::table
            .filter(organization_members::organization_id.eq(organization_id))
            .filter(organization_members::user_id.eq(user_id)),
    )
    .execute(conn)
}

/// The role `user_id` holds in `organization_id`, if any.
pub fn role_of(conn: &mut DbConnection, organization_id: &str, user_id: &str) -> QueryResult<Option<String>> {
    organization_members::table
        .filter(organization_members::organization_id.eq(organization_id))
        .filter(organization_members::user_id.eq(user_id))
        .select(organization_members::role)
        .first(conn)
        .optional()
}

#[derive(Debug, Clone, Queryable)]
pub struct Member {
    pub user_id: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: String,
    pub since: NaiveDateTime,
}

/// Members with their names in one query, in user-id order.
pub fn list_members(conn: &mut DbConnection, organization_id: &str, page: &PageRequest) -> QueryResult<Vec<Member>> {
    let mut query = organization_members::table
        .inner_join(users::table)
        .filter(organization_members::organization_id.eq(organization_id))
        .select((
            users::id,
            users::display_name,
            users::email,
            organization_members::role,
            organization_members::created_at,
        ))
        .order(users::id.asc())
        .into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(users::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

/// The organizations an account belongs to, with its role, in one query.
pub fn memberships_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<(Organization, String)>> {
    organization_members::table
        .inner_join(organizations::table)
        .filter(organization_members::user_id.eq(user_id))
        .select((organizations::all_columns, organization_members::role))
        .order(organizations::id.asc())
        .load(conn)
}

pub fn delete_memberships_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(organization_members::table.filter(organization_members::user_id.eq(user_id))).execute(conn)
}
