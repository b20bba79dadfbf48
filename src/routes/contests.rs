//! Contests: organizers of an organization create, edit, publish and extend
//! them; everyone can list and read published ones.

use actix_web::{HttpResponse, get, post, put, web};
use chrono::{DateTime, NaiveDateTime, SubsecRound, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::fields::Fields;
use crate::auth::AuthUser;
use crate::auth::authz::{self, Permission};
use crate::db::contests::{self, Contest, ContestFields, PublicFilter};
use crate::db::{DbConnection, audit, entries, is_unique_violation, organizations};
use crate::domain::contest::form::Text;
use crate::domain::contest::rules::check_categories;
use crate::domain::contest::{Category, ContestKind, ContestState, Eligibility, Form, Schedule};
use crate::domain::ids::{is_valid_id, new_id};
use crate::domain::markdown;
use crate::domain::pagination::{Page, PageQuery};
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::state::AppState;

pub const DEFAULT_TIME_ZONE: &str = "Asia/Seoul";

/// A contest as the API shows it. Times are UTC; `time_zone` says how to show them.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContestView {
    pub id: String,
    pub organization_id: String,
    /// The organizing organization's name.
    pub organizer: Text,
    pub slug: String,
    pub kind: String,
    pub state: ContestState,
    pub title: Text,
    pub summary: Text,
    /// Markdown, as the organizer wrote it.
    pub description: Text,
    /// Markdown, as the organizer wrote it.
    pub rules: Text,
    /// `description` rendered to HTML that is safe to insert as is: raw HTML
    /// escaped, only http(s)/mailto/relative links.
    pub description_html: Text,
    /// `rules` rendered the same way.
    pub rules_html: Text,
    pub theme: Option<String>,
    pub prizes: Option<String>,
    pub contact: Option<String>,
    pub co_hosts: Vec<String>,
    /// Whether `GET /contests/{id}/cover` has an image.
    pub has_cover: bool,
    pub time_zone: String,
    #[schema(value_type = String, format = DateTime)]
    pub opens_at: String,
    /// The announced deadline.
    #[schema(value_type = String, format = DateTime)]
    pub closes_at: String,
    /// The deadline in the contest's time zone, e.g. `2026-09-30T18:00:00+09:00`.
    pub closes_at_local: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<String>,
    pub form: Form,
    pub categories: Vec<Category>,
    pub eligibility: Eligibility,
    /// Send it back when saving changes (optimistic concurrency).
    pub version: i32,
    /// Organizers only: quiet extra time after the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grace_secs: Option<i32>,
}

fn local(time: NaiveDateTime, zone: &str) -> String {
    let utc = time.and_utc();
    match zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => utc.with_timezone(&tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        Err(_) => utc.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

fn rendered(ko: &str, en: Option<&str>) -> Text {
    Text { ko: markdown::render(ko), en: en.map(markdown::render) }
}

pub fn schedule_of(c: &Contest) -> Schedule {
    Schedule { opens_at: c.opens_at, closes_at: c.closes_at, grace_secs: i64::from(c.grace_secs) }
}

pub fn state_of(c: &Contest, now: NaiveDateTime) -> ContestState {
    schedule_of(c).state(c.published_at.is_some(), now)
}

/// Views of contests with their organizers' names, read in one statement.
async fn views(
    state: &AppState,
    contests: Vec<Contest>,
    now: NaiveDateTime,
    for_organizer: bool,
) -> Result<Vec<ContestView>, ApiError> {
    let ids: Vec<String> = contests.iter().map(|c| c.organization_id.clone()).collect();
    let names = state.db.read(move |conn| Ok(organizations::names_of(conn, &ids)?)).await?;
    contests
        .into_iter()
        .map(|c| {
            let name = names.get(&c.organization_id).cloned().unwrap_or_else(|| Text { ko: String::new(), en: None });
            view(c, name, now, for_organizer)
        })
        .collect()
}

async fn one_view(
    state: &AppState,
    contest: Contest,
    now: NaiveDateTime,
    for_organizer: bool,
) -> Result<ContestView, ApiError> {
    views(state, vec![contest], now, for_organizer).await?.pop().ok_or_else(ApiError::not_found)
}

pub fn view(c: Contest, organizer: Text, now: NaiveDateTime, for_organizer: bool) -> Result<ContestView, ApiError> {
    use crate::domain::time::format;
    let parse = |s: &str| serde_json::from_str::<Value>(s).map_err(ApiError::internal);
    let state = state_of(&c, now);
    Ok(ContestView {
        state,
        organizer,
        title: Text { ko: c.title_ko, en: c.title_en },
        summary: Text { ko: c.summary_ko, en: c.summary_en },
        description_html: rendered(&c.description_ko, c.description_en.as_deref()),
        rules_html: rendered(&c.rules_ko, c.rules_en.as_deref()),
        description: Text { ko: c.description_ko, en: c.description_en },
        rules: Text { ko: c.rules_ko, en: c.rules_en },
        opens_at: format(c.opens_at),
        closes_at: format(c.closes_at),
        closes_at_local: local(c.closes_at, &c.time_zone),
        published_at: c.published_at.map(format),
        form: serde_json::from_value(parse(&c.form)?).map_err(ApiError::internal)?,
        categories: serde_json::from_value(parse(&c.categories)?).map_err(ApiError::internal)?,
        eligibility: serde_json::from_value(parse(&c.eligibility)?).map_err(ApiError::internal)?,
        grace_secs: for_organizer.then_some(c.grace_secs),
        co_hosts: serde_json::from_str(&c.co_hosts).map_err(ApiError::internal)?,
        has_cover: c.cover_key.is_some(),
        id: c.id,
        organization_id: c.organization_id,
        slug: c.slug,
        kind: c.kind,
        theme: c.theme,
        prizes: c.prizes,
        contact: c.contact,
        time_zone: c.time_zone,
        version: c.version,
    })
}

/// What an organizer sends to create a contest (with `slug`) or to replace its
/// settings (with the `version` they last read).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContestDocument {
    /// Creation only: the contest's URL name.
    pub slug: Option<String>,
    /// Updates only: the version last read.
    pub version: Option<i32>,
    pub kind: ContestKind,
    pub title: Text,
    pub summary: Option<Text>,
    /// Markdown.
    pub description: Option<Text>,
    /// Markdown.
    pub rules: Option<Text>,
    pub theme: Option<String>,
    pub prizes: Option<String>,
    pub contact: Option<String>,
    /// Co-hosts shown beside the organizer (at most 10 names).
    pub co_hosts: Option<Vec<String>>,
    /// IANA zone, default `Asia/Seoul`.
    pub time_zone: Option<String>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Quiet extra seconds after the deadline (0–86400, default 0).
    pub grace_secs: Option<i64>,
    /// The entry form; the kind's default form when absent.
    #[schema(value_type = Option<Object>)]
    pub form: Option<Value>,
    pub categories: Option<Vec<Category>>,
    pub eligibility: Option<Eligibility>,
}

fn text_field(fields: &mut Fields, name: &str, text: Option<&Text>, required: bool, max: usize) {
    let Some(text) = text else {
        if required {
            fields.push(FieldError::new(name, "required", "This text is required."));
        }
        return;
    };
    for (lang, value) in [("ko", Some(&text.ko)), ("en", text.en.as_ref())] {
        let Some(value) = value else { continue };
        let n = value.chars().count();
        if (required && lang == "ko" && value.trim().is_empty()) || n > max {
            fields.push(FieldError::new(
                format!("{name}.{lang}"),
                "invalid_length",
                format!("Between 1 and {max} characters."),
            ));
        }
    }
}

fn opt_text_ok(fields: &mut Fields, name: &str, value: &Option<String>, max: usize) {
    if value.as_ref().is_some_and(|v| v.chars().count() > max) {
        fields.push(FieldError::new(name, "too_long", format!("At most {max} characters.")));
    }
}

/// Times are stored at the precision the API shows (milliseconds), so a
/// document read back and saved unchanged compares equal to what is stored.
fn api_precision(time: DateTime<Utc>) -> NaiveDateTime {
    time.naive_utc().trunc_subsecs(3)
}

/// Parses and checks a contest document into the columns to store.
fn parse_document(doc: &ContestDocument) -> Result<ContestFields, ApiError> {
    let mut fields = Fields::default();
    text_field(&mut fields, "title", Some(&doc.title), true, 200);
    text_field(&mut fields, "summary", doc.summary.as_ref(), false, 500);
    text_field(&mut fields, "description", doc.description.as_ref(), false, 20_000);
    text_field(&mut fields, "rules", doc.rules.as_ref(), false, 20_000);
    opt_text_ok(&mut fields, "theme", &doc.theme, 200);
    opt_text_ok(&mut fields, "prizes", &doc.prizes, 2_000);
    opt_text_ok(&mut fields, "contact", &doc.contact, 500);
    let co_hosts: Vec<String> = doc.co_hosts.iter().flatten().map(|h| h.trim().to_owned()).collect();
    if co_hosts.len() > 10 || co_hosts.iter().any(|h| h.is_empty() || h.chars().count() > 100) {
        fields.push(FieldError::new("co_hosts", "invalid_co_hosts", "At most 10 names of 1 to 100 characters."));
    }
    let time_zone = doc.time_zone.clone().unwrap_or_else(|| DEFAULT_TIME_ZONE.to_owned());
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        fields.push(FieldError::new("time_zone", "unknown_time_zone", "Use an IANA time zone such as Asia/Seoul."));
    }
    let schedule = fields.take(
        "closes_at",
        "invalid_schedule",
        Schedule::new(api_precision(doc.opens_at), api_precision(doc.closes_at), doc.grace_secs.unwrap_or(0)),
    );
    let form = match &doc.form {
        Some(value) => match Form::from_json(value) {
            Ok(form) => Some(form),
            Err(e) => {
                fields.push(e);
                None
            }
        },
        None => Some(doc.kind.default_form()),
    };
    if let Some(Err(errors)) = form.as_ref().map(Form::check) {
        fields.extend(errors);
    }
    let categories = doc.categories.clone().unwrap_or_default();
    if let Err(e) = check_categories(&categories) {
        fields.push(e);
    }
    let eligibility = doc.eligibility.clone().unwrap_or_else(|| doc.kind.default_eligibility());
    if let Err(e) = eligibility.check() {
        fields.push(e);
    }
    fields.finish()?;
    let (Some(schedule), Some(form)) = (schedule, form) else {
        return Err(ApiError::bad_request("The contest is incomplete."));
    };
    Ok(ContestFields {
        kind: doc.kind.as_str().to_owned(),
        title_ko: doc.title.ko.trim().to_owned(),
        title_en: doc.title.en.clone(),
        summary_ko: doc.summary.as_ref().map(|t| t.ko.clone()).unwrap_or_default(),
        summary_en: doc.summary.as_ref().and_then(|t| t.en.clone()),
        description_ko: doc.description.as_ref().map(|t| t.ko.clone()).unwrap_or_default(),
        description_en: doc.description.as_ref().and_then(|t| t.en.clone()),
        rules_ko: doc.rules.as_ref().map(|t| t.ko.clone()).unwrap_or_default(),
        rules_en: doc.rules.as_ref().and_then(|t| t.en.clone()),
        theme: doc.theme.clone(),
        prizes: doc.prizes.clone(),
        contact: doc.contact.clone(),
        time_zone,
        opens_at: schedule.opens_at,
        closes_at: schedule.closes_at,
        grace_secs: i32::try_from(schedule.grace_secs).unwrap_or(0),
        effective_close_at: schedule.effective_close(),
        form: json(&form),
        categories: json(&categories),
        eligibility: json(&eligibility),
        co_hosts: json(&co_hosts),
    })
}

/// The JSON columns hold plain data that always serializes.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn contest_id(raw: &str) -> Result<String, ApiError> {
    if is_valid_id(raw) { Ok(raw.to_owned()) } else { Err(ApiError::not_found()) }
}

/// A contest as anyone may see it: published, or (a draft) to its organizers
/// only — a draft is invisible, not forbidden, to everyone else. Also says
/// whether the caller organizes it.
pub fn visible_contest(
    conn: &mut DbConnection,
    auth: Option<&AuthUser>,
    id: &str,
) -> Result<(Contest, bool), ApiError> {
    // The caller's role in the organization is joined in: one statement.
    let (contest, role) = match auth {
        Some(a) => contests::find_with_role(conn, id, &a.user.id)?,
        None => contests::find(conn, id)?.map(|c| (c, None)),
    }
    .ok_or_else(ApiError::not_found)?;
    let organizer = may_see(auth, &contest, role.as_deref())?;
    Ok((contest, organizer))
}

/// [`visible_contest`]'s rule for a contest read with the caller's `role` in
/// its organization: whether the caller organizes it, or 404 for a draft
/// they do not.
pub fn may_see(auth: Option<&AuthUser>, contest: &Contest, role: Option<&str>) -> Result<bool, ApiError> {
    let organizer = auth.is_some_and(|a| {
        authz::check_role(&a.user, Permission::ManageOrganization(&contest.organization_id), role).is_ok()
    });
    if contest.published_at.is_none() && !organizer {
        return Err(ApiError::not_found());
    }
    Ok(organizer)
}

/// Loads a contest its caller may manage (404 if unknown, 403 if not an organizer of it).
pub fn managed_contest(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<Contest, ApiError> {
    let (contest, role) = contests::find_with_role(conn, id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
    authz::check_role(&auth.user, Permission::ManageOrganization(&contest.organization_id), role.as_deref())?;
    Ok(contest)
}

/// Creates a draft contest in the organization.
#[utoipa::path(
    operation_id = "create_contest",
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The organization")),
    request_body = ContestDocument,
    responses(
        (status = 201, body = ContestView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Slug taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/contests")] // under /organizations/{id}
#[tracing::instrument(name = "create_contest", skip_all, fields(user_id = %auth.id()))]
pub async fn create(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ContestDocument>,
) -> Result<HttpResponse, ApiError> {
    let org = contest_id(&id)?;
    let now = state.now();
    let doc = body.into_inner();
    let contest = state
        .db
        .write(move |conn| {
            organizations::find(conn, &org)?.ok_or_else(ApiError::not_found)?;
            authz::check(conn, &auth.user, Permission::ManageOrganization(&org))?;
            let slug =
                doc.slug.clone().ok_or_else(|| ApiError::field("slug", "required", "A new contest needs a slug."))?;
            crate::domain::slug::check(&slug).map_err(|e| ApiError::field("slug", "invalid_slug", e))?;
            if doc.version.is_some() {
                return Err(ApiError::field("version", "not_allowed", "A new contest has no version yet."));
            }
            let fields = parse_document(&doc)?;
            let id = new_id();
            match contests::insert(conn, &id, &org, &slug, &fields, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("A contest with this slug exists."));
                }
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "contest.created",
                ("contest", Some(&id)),
                serde_json::json!({ "slug": slug }),
                now,
            )?;
            contests::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Created().json(one_view(&state, contest, now, true).await?))
}

/// Replaces a contest's settings. The entry form, categories and eligibility
/// are fixed once an entry has been submitted; the schedule once the contest
/// is published (extend the deadline instead).
#[utoipa::path(
    operation_id = "update_contest",
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ContestDocument,
    responses(
        (status = 200, body = ContestView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("")] // under /contests/{id}
#[tracing::instrument(name = "update_contest", skip_all, fields(user_id = %auth.id()))]
pub async fn update(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ContestDocument>,
) -> Result<HttpResponse, ApiError> {
    let id = contest_id(&id)?;
    let now = state.now();
    let doc = body.into_inner();
    let contest = state
        .db
        .write(move |conn| {
            let current = managed_contest(conn, &auth, &id)?;
            let version =
                doc.version.ok_or_else(|| ApiError::field("version", "required", "Send the version you last read."))?;
            if doc.slug.as_ref().is_some_and(|s| s != &current.slug) {
                return Err(ApiError::field("slug", "immutable", "A contest's slug cannot change."));
            }
            let fields = parse_document(&doc)?;
            if (fields.form != current.form
                || fields.categories != current.categories
                || fields.eligibility != current.eligibility
                || fields.kind != current.kind)
                && entries::any_received(conn, &current.id)?
            {
                return Err(ApiError::conflict(
                    "The form, categories, eligibility and kind cannot change once entries have been submitted.",
                ));
            }
            if current.published_at.is_some()
                && (fields.opens_at != current.opens_at
                    || fields.closes_at != current.closes_at
                    || fields.grace_secs != current.grace_secs)
            {
                return Err(ApiError::conflict(
                    "A published contest's schedule changes only by extending its deadline.",
                ));
            }
            if !contests::update(conn, &id, version, &fields, now)? {
                return Err(ApiError::new(
                    ErrorCode::VersionConflict,
                    "Someone saved this contest after you read it. Reload and try again.",
                ));
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "contest.updated",
                ("contest", Some(&id)),
                serde_json::json!({ "version": version + 1 }),
                now,
            )?;
            contests::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(one_view(&state, contest, now, true).await?))
}

/// Publishes a draft contest: it becomes visible, and opens at its opening time.
#[utoipa::path(
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = ContestView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already published or already closed", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/publish")] // under /contests/{id}
#[tracing::instrument(name = "publish_contest", skip_all, fields(user_id = %auth.id()))]
pub async fn publish(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = contest_id(&id)?;
    let now = state.now();
    let contest = state
        .db
        .write(move |conn| {
            let current = managed_contest(conn, &auth, &id)?;
            if current.published_at.is_some() {
                return Err(ApiError::conflict("The contest is already published."));
            }
            if current.effective_close_at <= now {
                return Err(ApiError::new(
                    ErrorCode::DeadlinePassed,
                    "The contest's deadline has passed; change the schedule first.",
                ));
            }
            contests::publish(conn, &id, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "contest.published",
                ("contest", Some(&id)),
                serde_json::json!({}),
                now,
            )?;
            contests::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(one_view(&state, contest, now, true).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineExtension {
    /// The new deadline; must be later than the current one.
    pub closes_at: DateTime<Utc>,
    /// Why (kept in the audit trail).
    pub reason: String,
}

/// Extends the deadline. The change is recorded with who did it and why.
#[utoipa::path(
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = DeadlineExtension,
    responses(
        (status = 200, body = ContestView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/deadline")] // under /contests/{id}
#[tracing::instrument(name = "extend_deadline", skip_all, fields(user_id = %auth.id()))]
pub async fn extend_deadline(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<DeadlineExtension>,
) -> Result<HttpResponse, ApiError> {
    let id = contest_id(&id)?;
    let now = state.now();
    let DeadlineExtension { closes_at, reason } = body.into_inner();
    let contest = state
        .db
        .write(move |conn| {
            let current = managed_contest(conn, &auth, &id)?;
            let reason = reason.trim().to_owned();
            let mut fields = Fields::default();
            if reason.is_empty() || reason.chars().count() > 1000 {
                fields.push(FieldError::new("reason", "invalid_length", "Say why, in 1 to 1000 characters."));
            }
            let new_close = api_precision(closes_at);
            if new_close <= current.closes_at {
                fields.push(FieldError::new("closes_at", "not_later", "A deadline can only be extended."));
            }
            fields.finish()?;
            let effective = new_close + TimeDelta::seconds(i64::from(current.grace_secs));
            contests::set_deadline(conn, &id, new_close, effective, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "contest.deadline_extended",
                ("contest", Some(&id)),
                serde_json::json!({
                    "from": crate::domain::time::format(current.closes_at),
                    "to": crate::domain::time::format(new_close),
                    "reason": reason,
                }),
                now,
            )?;
            contests::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(one_view(&state, contest, now, true).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ContestQuery {
    pub kind: Option<ContestKind>,
    /// `published` (upcoming), `open` or `closed`.
    pub state: Option<ContestState>,
    pub organization_id: Option<String>,
    /// Words in the title.
    pub q: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// Published contests, with filters and title search.
#[utoipa::path(
    operation_id = "list_contests",
    tag = "contests",
    params(ContestQuery),
    responses((status = 200, body = inline(Page<ContestView>)), (status = 400, body = Problem, content_type = "application/problem+json"))
)]
#[get("/contests")] // under /organizations/{id}
pub async fn list(state: web::Data<AppState>, query: web::Query<ContestQuery>) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let page = PageQuery { limit: query.limit, cursor: query.cursor }.parse()?;
    if query.state == Some(ContestState::Draft) {
        return Err(ApiError::new(ErrorCode::InvalidParameter, "Drafts are not public."));
    }
    if query.q.as_ref().is_some_and(|q| q.chars().count() > 100) {
        return Err(ApiError::new(ErrorCode::InvalidParameter, "The search is too long."));
    }
    let filter = PublicFilter {
        kind: query.kind.map(|k| k.as_str().to_owned()),
        state: query.state.map(|s| s.as_str().to_owned()),
        organization_id: query.organization_id,
        query: query.q.map(|q| q.trim().to_owned()).filter(|q| !q.is_empty()),
    };
    let now = state.now();
    let limit = page.limit;
    let rows = state.db.read(move |conn| Ok(contests::list_public(conn, &filter, now, &page)?)).await?;
    let page = Page::from_rows(rows, limit, |c| &c.id);
    let items = views(&state, page.items, now, false).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// One contest: public once published; drafts only for its organizers.
#[utoipa::path(
    operation_id = "show_contest",
    tag = "contests",
    params(("id" = String, Path)),
    responses((status = 200, body = ContestView), (status = 404, body = Problem, content_type = "application/problem+json"))
)]
#[get("")] // under /contests/{id}
pub async fn show(
    state: web::Data<AppState>,
    auth: Option<AuthUser>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = contest_id(&id)?;
    let now = state.now();
    let (contest, organizer) = state.db.read(move |conn| visible_contest(conn, auth.as_ref(), &id)).await?;
    Ok(HttpResponse::Ok().json(one_view(&state, contest, now, organizer).await?))
}

/// An organization's contests, drafts included (its organizers only).
#[utoipa::path(
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The organization"), PageQuery),
    responses(
        (status = 200, body = inline(Page<ContestView>)),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/contests")]
pub async fn list_for_organization(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let org = contest_id(&id)?;
    let page = query.parse()?;
    let limit = page.limit;
    let now = state.now();
    let rows = state
        .db
        .read(move |conn| {
            organizations::find(conn, &org)?.ok_or_else(ApiError::not_found)?;
            authz::check(conn, &auth.user, Permission::ManageOrganization(&org))?;
            Ok(contests::list_for_organization(conn, &org, &page)?)
        })
        .await?;
    let page = Page::from_rows(rows, limit, |c| &c.id);
    let items = views(&state, page.items, now, true).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}
