//! Organizations (a ministry, a city, an agency) and their organizers.
//! Admins create organizations; an organization's organizers manage its members.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use crate::auth::AuthUser;
use crate::auth::authz::{self, Permission};
use crate::db::organizations::{self, Member, NewOrganization, Organization, ROLE_ORGANIZER};
use crate::db::{audit, is_unique_violation, users};
use crate::domain::Email;
use crate::domain::ids::{is_valid_id, new_id};
use crate::domain::pagination::{Page, PageQuery};
use crate::error::{ApiError, Problem};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct OrganizationView {
    pub id: String,
    pub slug: String,
    pub name_ko: String,
    pub name_en: Option<String>,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

impl From<Organization> for OrganizationView {
    fn from(o: Organization) -> Self {
        Self { id: o.id, slug: o.slug, name_ko: o.name_ko, name_en: o.name_en, created_at: o.created_at }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MemberView {
    pub user_id: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: String,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub since: NaiveDateTime,
}

impl From<Member> for MemberView {
    fn from(m: Member) -> Self {
        Self { user_id: m.user_id, display_name: m.display_name, email: m.email, role: m.role, since: m.since }
    }
}

fn organization_id(raw: &str) -> Result<String, ApiError> {
    if is_valid_id(raw) { Ok(raw.to_owned()) } else { Err(ApiError::not_found()) }
}

/// All organizations, oldest first.
#[utoipa::path(
    operation_id = "list_organizations",
    tag = "organizations",
    params(PageQuery),
    responses((status = 200, body = inline(Page<OrganizationView>)), (status = 400, body = Problem, content_type = "application/problem+json"))
)]
#[get("/organizations")]
pub async fn list(state: web::Data<AppState>, query: web::Query<PageQuery>) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let limit = page.limit;
    let rows = state.db.read(move |conn| Ok(organizations::list(conn, &page)?)).await?;
    Ok(HttpResponse::Ok().json(Page::from_rows(rows, limit, |o| &o.id).map(OrganizationView::from)))
}

#[derive(Serialize, ToSchema)]
pub struct MyOrganizationView {
    pub organization: OrganizationView,
    /// The account's role in it.
    pub role: String,
}

/// The organizations the signed-in account belongs to, with its role in each
/// (one query; the web UI asks it to decide whether to offer the organizer's tools).
#[utoipa::path(
    operation_id = "my_organizations",
    tag = "organizations",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<MyOrganizationView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/organizations")]
pub async fn mine(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let rows = state.db.read(move |conn| Ok(organizations::memberships_of(conn, &auth.user.id)?)).await?;
    let views: Vec<MyOrganizationView> = rows
        .into_iter()
        .map(|(organization, role)| MyOrganizationView { organization: organization.into(), role })
        .collect();
    Ok(HttpResponse::Ok().json(views))
}

fn validate_slug(slug: &str) -> Result<(), ValidationError> {
    crate::domain::slug::check(slug)
        .map_err(|message| ValidationError::new("invalid_slug").with_message(message.into()))
}

#[derive(Deserialize, ToSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct NewOrganizationRequest {
    /// Lower-case letters, digits and hyphens, e.g. `sejong-city`.
    #[validate(
        length(min = 2, max = 60, message = "The slug needs 2 to 60 characters."),
        custom(function = "validate_slug")
    )]
    pub slug: String,
    #[validate(length(min = 1, max = 100, message = "The Korean name needs 1 to 100 characters."))]
    pub name_ko: String,
    #[validate(length(min = 1, max = 100, message = "The English name needs 1 to 100 characters."))]
    pub name_en: Option<String>,
}

/// Creates an organization (admins only).
#[utoipa::path(
    operation_id = "create_organization",
    tag = "organizations",
    security(("bearer" = [])),
    request_body = NewOrganizationRequest,
    responses(
        (status = 201, body = OrganizationView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Slug taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organizations")]
#[tracing::instrument(name = "create_organization", skip_all, fields(user_id = %auth.id()))]
pub async fn create(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<NewOrganizationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let now = state.now();
    let org = state
        .db
        .write(move |conn| {
            authz::check(conn, &auth.user, Permission::CreateOrganization)?;
            body.validate()?;
            let id = new_id();
            let name_ko = body.name_ko.trim();
            let name_en = body.name_en.as_deref().map(str::trim);
            let inserted = organizations::insert(
                conn,
                &NewOrganization { id: &id, slug: &body.slug, name_ko, name_en, created_at: now, updated_at: now },
            );
            match inserted {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("An organization with this slug exists."));
                }
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "organization.created",
                ("organization", Some(&id)),
                serde_json::json!({ "slug": body.slug }),
                now,
            )?;
            organizations::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Created().json(OrganizationView::from(org)))
}

/// One organization.
#[utoipa::path(
    operation_id = "show_organization",
    tag = "organizations",
    params(("id" = String, Path)),
    responses((status = 200, body = OrganizationView), (status = 404, body = Problem, content_type = "application/problem+json"))
)]
#[get("")] // under /organizations/{id}
pub async fn show(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = organization_id(&id)?;
    let org = state.db.read(move |conn| organizations::find(conn, &id)?.ok_or_else(ApiError::not_found)).await?;
    Ok(HttpResponse::Ok().json(OrganizationView::from(org)))
}

/// The organization's members (its members and admins only).
#[utoipa::path(
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path), PageQuery),
    responses(
        (status = 200, body = inline(Page<MemberView>)),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/members")] // under /organizations/{id}
pub async fn list_members(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = organization_id(&id)?;
    let page = query.parse()?;
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            organizations::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            authz::check(conn, &auth.user, Permission::ViewOrganizationMembers(&id))?;
            Ok(organizations::list_members(conn, &id, &page)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Page::from_rows(rows, limit, |m| &m.user_id).map(MemberView::from)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMemberRequest {
    /// The email of an existing account.
    pub email: String,
}

/// Makes an existing account an organizer of the organization.
#[utoipa::path(
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewMemberRequest,
    responses(
        (status = 201, body = MemberView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/members")] // under /organizations/{id}
#[tracing::instrument(name = "add_organization_member", skip_all, fields(user_id = %auth.id()))]
pub async fn add_member(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<NewMemberRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = organization_id(&id)?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::field("email", "invalid_email", e));
    let now = state.now();
    let member = state
        .db
        .write(move |conn| {
            organizations::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            authz::check(conn, &auth.user, Permission::ManageOrganization(&id))?;
            let email = email?;
            let user = users::find_by_email(conn, email.as_str())?
                .ok_or_else(|| ApiError::field("email", "unknown_account", "No account has this email address."))?;
            match organizations::add_member(conn, &id, &user.id, ROLE_ORGANIZER, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("This account is already a member."));
                }
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "organization.member_added",
                ("organization", Some(&id)),
                serde_json::json!({ "user_id": user.id }),
                now,
            )?;
            Ok(MemberView {
                user_id: user.id,
                display_name: user.display_name,
                email: user.email,
                role: ROLE_ORGANIZER.to_owned(),
                since: now,
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(member))
}

/// Removes a member from the organization.
#[utoipa::path(
    tag = "organizations",
    security(("bearer" = [])),
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/members/{user_id}")] // under /organizations/{id}
#[tracing::instrument(name = "remove_organization_member", skip_all, fields(user_id = %auth.id()))]
pub async fn remove_member(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, member_id) = path.into_inner();
    let id = organization_id(&id)?;
    let now = state.now();
    state
        .db
        .write(move |conn| {
            organizations::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            authz::check(conn, &auth.user, Permission::ManageOrganization(&id))?;
            if organizations::remove_member(conn, &id, &member_id)? == 0 {
                return Err(ApiError::not_found());
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "organization.member_removed",
                ("organization", Some(&id)),
                serde_json::json!({ "user_id": member_id }),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
