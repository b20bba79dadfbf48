//! Instance administration: accounts and the admin role.

use actix_web::{HttpResponse, get, put, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::views::AccountSummary;
use crate::auth::AuthUser;
use crate::auth::authz::{self, Permission};
use crate::db::{audit, users};
use crate::domain::pagination::{Page, PageQuery};
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// Every account, oldest first (admins only).
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, body = inline(Page<AccountSummary>)),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            authz::check(conn, &auth.user, Permission::ManageAccounts)?;
            Ok(users::list(conn, &page)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Page::from_rows(rows, limit, |u| &u.id).map(AccountSummary::from)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminRole {
    pub is_admin: bool,
}

/// Grants or removes the admin role. The account's tokens are retired, so the
/// change takes effect at once. Admins cannot remove their own role.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = AdminRole,
    responses(
        (status = 200, body = AccountSummary),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/admin/users/{id}/admin")]
#[tracing::instrument(name = "set_admin_role", skip_all, fields(user_id = %auth.id()))]
pub async fn set_admin(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<AdminRole>,
) -> Result<HttpResponse, ApiError> {
    let target = id.into_inner();
    let is_admin = body.is_admin;
    let now = state.now();
    let account = state
        .db
        .write(move |conn| {
            authz::check(conn, &auth.user, Permission::ManageAccounts)?;
            if target == auth.user.id && !is_admin {
                return Err(ApiError::conflict("You cannot remove your own admin role."));
            }
            users::find(conn, &target)?.ok_or_else(ApiError::not_found)?;
            users::set_admin(conn, &target, is_admin, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "account.admin_role_set",
                ("user", Some(&target)),
                serde_json::json!({ "is_admin": is_admin }),
                now,
            )?;
            users::find(conn, &target)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(AccountSummary::from(account)))
}
