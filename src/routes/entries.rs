//! Entries: a citizen drafts, saves (with optimistic concurrency), submits
//! for a receipt number, edits until the deadline, or withdraws. Only the
//! server's clock decides what the deadline allows.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, put, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::contests::state_of;
use super::idempotency::{self, Answer, IdempotencyKey};
use crate::auth::AuthUser;
use crate::auth::authz::{self, Permission};
use crate::db::contests::{self, Contest};
use crate::db::entries::{self, DRAFT, Entry, SUBMITTED, Slot, WITHDRAWN};
use crate::db::{DbConnection, audit, is_unique_violation, screening, teams};
use crate::domain::contest::form::{Answers, Completeness, Text};
use crate::domain::contest::slots::missing_files;
use crate::domain::contest::{Category, ContestState, Eligibility, Form};
use crate::domain::ids::{is_valid_id, new_id};
use crate::domain::pagination::{Page, PageQuery};
use crate::domain::{Locale, time::format};
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct EntryView {
    pub id: String,
    pub contest_id: String,
    /// `draft`, `submitted` or `withdrawn`.
    pub status: String,
    pub category: Option<String>,
    /// A team's entry: the team (its leader created it and submits it).
    pub team_id: Option<String>,
    #[schema(value_type = Object)]
    pub answers: Value,
    /// Send it back when saving (optimistic concurrency).
    pub version: i32,
    pub receipt_number: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: String,
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: String,
}

pub(crate) fn entry_view(e: Entry) -> Result<EntryView, ApiError> {
    Ok(EntryView {
        answers: serde_json::from_str(&e.answers).map_err(ApiError::internal)?,
        submitted_at: e.submitted_at.map(format),
        created_at: format(e.created_at),
        updated_at: format(e.updated_at),
        id: e.id,
        contest_id: e.contest_id,
        status: e.status,
        category: e.category,
        team_id: e.team_id,
        version: e.version,
        receipt_number: e.receipt_number,
    })
}

pub(crate) fn valid_id(raw: &str) -> Result<String, ApiError> {
    if is_valid_id(raw) { Ok(raw.to_owned()) } else { Err(ApiError::not_found()) }
}

/// The normalized text duplicates are found by, if the form checks for them.
fn name_key(form: &Form, answers: &Answers) -> Option<String> {
    form.duplicate_text(answers).map(crate::domain::naming::normalize).filter(|k| !k.is_empty())
}

pub(crate) struct ContestRules {
    pub form: Form,
    pub categories: Vec<Category>,
    pub eligibility: Eligibility,
}

pub(crate) fn rules_of(contest: &Contest) -> Result<ContestRules, ApiError> {
    Ok(ContestRules {
        form: serde_json::from_str(&contest.form).map_err(ApiError::internal)?,
        categories: serde_json::from_str(&contest.categories).map_err(ApiError::internal)?,
        eligibility: serde_json::from_str(&contest.eligibility).map_err(ApiError::internal)?,
    })
}

pub(crate) fn require_open(contest: &Contest, now: NaiveDateTime) -> Result<(), ApiError> {
    match state_of(contest, now) {
        ContestState::Open => Ok(()),
        ContestState::Closed => {
            Err(ApiError::new(ErrorCode::DeadlinePassed, "The deadline has passed; the entry can no longer change."))
        }
        ContestState::Published => Err(ApiError::new(ErrorCode::DeadlinePassed, "The contest is not open yet.")),
        ContestState::Draft => Err(ApiError::not_found()),
    }
}

fn check_eligible(contest: &Contest, rules: &ContestRules, auth: &AuthUser) -> Result<(), ApiError> {
    authz::require_participant(&auth.user)?;
    let deadline = contest.closes_at.date();
    rules.eligibility.admits(auth.user.birth_date, deadline).map_err(|m| ApiError::new(ErrorCode::NotEligible, m))
}

fn check_answers(
    rules: &ContestRules,
    category: &Option<String>,
    answers: &Answers,
    completeness: Completeness,
) -> Result<Answers, ApiError> {
    let mut errors = match rules.form.validate(answers, completeness) {
        Ok(clean) => {
            if category_problem(rules, category, completeness).is_none() {
                return Ok(clean);
            }
            Vec::new()
        }
        Err(errors) => errors,
    };
    if let Some(problem) = category_problem(rules, category, completeness) {
        errors.push(problem);
    }
    Err(ApiError::validation(errors))
}

fn category_problem(rules: &ContestRules, category: &Option<String>, completeness: Completeness) -> Option<FieldError> {
    match category {
        Some(c) if !rules.categories.iter().any(|k| &k.key == c) => {
            Some(FieldError::new("category", "unknown_category", "This contest has no such category."))
        }
        None if !rules.categories.is_empty() && completeness == Completeness::Submission => {
            Some(FieldError::new("category", "required", "Choose a category."))
        }
        _ => None,
    }
}

/// The entry, if the caller owns it; the members of its team and (once
/// submitted) the organizers of its contest may read it (but not change it).
/// Anyone else gets 404: entries are private.
pub(crate) fn readable_entry(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Entry, bool), ApiError> {
    let entry = entries::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    if entry.user_id == auth.user.id {
        return Ok((entry, true));
    }
    if let Some(team_id) = &entry.team_id
        && teams::is_member(conn, team_id, &auth.user.id)?
    {
        return Ok((entry, false));
    }
    let contest = contests::find(conn, &entry.contest_id)?.ok_or_else(ApiError::not_found)?;
    // Drafts are the entrant's alone.
    if entry.status != DRAFT
        && authz::check(conn, &auth.user, Permission::ManageOrganization(&contest.organization_id)).is_ok()
    {
        return Ok((entry, false));
    }
    Err(ApiError::not_found())
}

pub(crate) fn own_entry(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Entry, Contest), ApiError> {
    let found = entries::find(conn, id)?;
    with_contest(conn, auth, found)
}

/// [`own_entry`], the entry's row locked until the commit (PostgreSQL).
fn own_entry_for_update(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Entry, Contest), ApiError> {
    let found = entries::find_for_update(conn, id)?;
    with_contest(conn, auth, found)
}

fn with_contest(conn: &mut DbConnection, auth: &AuthUser, found: Option<Entry>) -> Result<(Entry, Contest), ApiError> {
    let entry = found.filter(|e| e.user_id == auth.user.id).ok_or_else(ApiError::not_found)?;
    let contest = contests::find(conn, &entry.contest_id)?.ok_or_else(ApiError::not_found)?;
    Ok((entry, contest))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEntry {
    pub category: Option<String>,
    /// Enter as this team (its leader only); required where the contest takes teams only.
    pub team_id: Option<String>,
    /// Field key → value, as the contest's form defines.
    #[schema(value_type = Object)]
    pub answers: Answers,
}

/// Starts a draft entry, the caller's own or (for its leader) a team's. Send
/// an `Idempotency-Key` to make retries safe.
#[utoipa::path(
    operation_id = "create_entry",
    tag = "entries",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest"), ("Idempotency-Key" = Option<String>, Header)),
    request_body = NewEntry,
    responses(
        (status = 201, body = EntryView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Restricted, not eligible, or a team member who is not its leader", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/entries")] // under /contests/{id}
#[tracing::instrument(name = "create_entry", skip_all, fields(user_id = %auth.id()))]
pub async fn create(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    key: IdempotencyKey,
    body: web::Json<NewEntry>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let body = body.into_inner();
    let scope = format!("create_entry:{contest_id}");
    let hash = idempotency::fingerprint(
        &scope,
        &serde_json::json!({ "category": body.category, "answers": body.answers, "team_id": body.team_id }),
    );
    let now = state.now();
    let user_id = auth.user.id.clone();
    let key = key.0;
    if let Some(stored) = idempotency::replay_stored(&state, &user_id, &key, &hash).await? {
        return Ok(stored);
    }
    let outcome = state
        .db
        .write({
            let (key, hash, scope) = (key.clone(), hash.clone(), scope.clone());
            move |conn| {
                let request = idempotency::Request { user_id: &auth.user.id, key: &key, scope: &scope, hash: &hash };
                request.run_once(conn, now, |conn| {
                    let contest = contests::find(conn, &contest_id)?.ok_or_else(ApiError::not_found)?;
                    require_open(&contest, now)?;
                    let rules = rules_of(&contest)?;
                    check_eligible(&contest, &rules, &auth)?;
                    let team_id = super::teams::team_for_new_entry(
                        conn,
                        &contest,
                        &rules.eligibility,
                        &auth.user.id,
                        body.team_id.as_deref(),
                    )?;
                    let answers = check_answers(&rules, &body.category, &body.answers, Completeness::Draft)?;
                    let id = new_id();
                    let answers_json = serde_json::to_string(&answers).map_err(ApiError::internal)?;
                    let name = name_key(&rules.form, &answers);
                    let draft = entries::NewDraft {
                        id: &id,
                        contest_id: &contest_id,
                        user_id: &auth.user.id,
                        team_id: team_id.as_deref(),
                        category: body.category.as_deref(),
                        answers: &answers_json,
                        name_key: name.as_deref(),
                    };
                    let entry = entries::insert_draft(conn, &draft, now)?;
                    Ok(Answer {
                        status: StatusCode::CREATED,
                        body: serde_json::to_value(entry_view(entry)?).map_err(ApiError::internal)?,
                    })
                })
            }
        })
        .await;
    finish_idempotent(&state, outcome, &user_id, &key, &hash).await
}

/// A racing twin of an idempotent request lost on the key's unique index:
/// answer with what the winner stored.
async fn finish_idempotent(
    state: &AppState,
    outcome: Result<Answer, ApiError>,
    user_id: &str,
    key: &Option<String>,
    hash: &str,
) -> Result<HttpResponse, ApiError> {
    match outcome {
        Ok(answer) => Ok(answer.into_response()),
        Err(error) if key.is_some() && error.code() == ErrorCode::InternalError => {
            let (user_id, key, hash) = (user_id.to_owned(), key.clone(), hash.to_owned());
            let replayed = state.db.write(move |conn| idempotency::replay(conn, &user_id, &key, &hash)).await?;
            replayed.map(Answer::into_response).ok_or(error)
        }
        Err(error) => Err(error),
    }
}

/// One entry: its author's, or (once submitted) its contest's organizers'.
#[utoipa::path(
    operation_id = "show_entry",
    tag = "entries",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = EntryView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /entries/{id}
pub async fn show(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let (entry, _) = state.db.read(move |conn| readable_entry(conn, &auth, &id)).await?;
    Ok(HttpResponse::Ok().json(entry_view(entry)?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EntrySave {
    /// The version last read; a stale one gets 409.
    pub version: i32,
    pub category: Option<String>,
    #[schema(value_type = Object)]
    pub answers: Answers,
}

/// Saves a draft, or edits a submitted entry (which must stay complete), until the deadline.
#[utoipa::path(
    operation_id = "save_entry",
    tag = "entries",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = EntrySave,
    responses(
        (status = 200, body = EntryView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Stale version, withdrawn, or past the deadline", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("")] // under /entries/{id}
#[tracing::instrument(name = "save_entry", skip_all, fields(user_id = %auth.id()))]
pub async fn save(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<EntrySave>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let entry = state
        .db
        .write(move |conn| {
            let (entry, contest) = own_entry(conn, &auth, &id)?;
            require_open(&contest, now)?;
            if entry.status == WITHDRAWN {
                return Err(ApiError::conflict("A withdrawn entry cannot change."));
            }
            let rules = rules_of(&contest)?;
            let completeness = if entry.status == SUBMITTED { Completeness::Submission } else { Completeness::Draft };
            let answers = check_answers(&rules, &body.category, &body.answers, completeness)?;
            let answers_json = serde_json::to_string(&answers).map_err(ApiError::internal)?;
            if !entries::save(conn, &id, body.version, body.category.as_deref(), &answers_json, now)? {
                return Err(ApiError::new(
                    ErrorCode::VersionConflict,
                    "This entry was saved elsewhere after you opened it. Reload it first.",
                ));
            }
            let key = name_key(&rules.form, &answers);
            if key != entry.name_key {
                screening::set_name_key(conn, &id, key.as_deref(), now)?;
            }
            if entry.status == SUBMITTED && key != entry.name_key {
                for changed in [entry.name_key.as_deref(), key.as_deref()].into_iter().flatten() {
                    screening::regroup(conn, &contest.id, changed)?;
                }
            }
            entries::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(entry_view(entry)?))
}

/// Submits a complete draft: checks eligibility and the per-person limit (for
/// a team's entry, the team's size and the per-team limit), issues a receipt number and mails a confirmation. Submitting again answers
/// with the same receipt. Send an `Idempotency-Key` to make retries safe.
#[utoipa::path(
    tag = "entries",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses(
        (status = 200, body = EntryView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Past the deadline, withdrawn, or the entry limit is reached", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Incomplete, or the team is too small", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/submit")] // under /entries/{id}
#[tracing::instrument(name = "submit_entry", skip_all, fields(user_id = %auth.id()))]
pub async fn submit(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    key: IdempotencyKey,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let scope = format!("submit_entry:{id}");
    let hash = idempotency::fingerprint(&scope, &Value::Null);
    let now = state.now();
    let user_id = auth.user.id.clone();
    let key = key.0;
    if let Some(stored) = idempotency::replay_stored(&state, &user_id, &key, &hash).await? {
        return Ok(stored);
    }
    let outcome = state
        .db
        .write({
            let (key, hash, scope) = (key.clone(), hash.clone(), scope.clone());
            move |conn| {
                let request = idempotency::Request { user_id: &auth.user.id, key: &key, scope: &scope, hash: &hash };
                request.run_once(conn, now, |conn| {
                    // Locked: a parallel submission of this draft waits, then
                    // finds it submitted and answers with its receipt.
                    let (entry, contest) = own_entry_for_update(conn, &auth, &id)?;
                    if entry.status == SUBMITTED {
                        let body = serde_json::to_value(entry_view(entry)?).map_err(ApiError::internal)?;
                        return Ok(Answer { status: StatusCode::OK, body });
                    }
                    submit_draft(conn, &auth, entry, &contest, now)
                })
            }
        })
        .await;
    state.mail_wakeup.notify_one();
    finish_idempotent(&state, outcome, &user_id, &key, &hash).await
}

fn submit_draft(
    conn: &mut DbConnection,
    auth: &AuthUser,
    entry: Entry,
    contest: &Contest,
    now: NaiveDateTime,
) -> Result<Answer, ApiError> {
    require_open(contest, now)?;
    if entry.status == WITHDRAWN {
        return Err(ApiError::conflict("A withdrawn entry cannot be submitted again; start a new one."));
    }
    let rules = rules_of(contest)?;
    check_eligible(contest, &rules, auth)?;
    let answers: Answers = serde_json::from_str(&entry.answers).map_err(ApiError::internal)?;
    check_answers(&rules, &entry.category, &answers, Completeness::Submission)?;
    // Most naming and slogan contests ask for no file: no count to read then.
    if rules.form.file_slots.iter().any(|slot| slot.needed() > 0) {
        let missing = missing_files(&rules.form.file_slots, &crate::db::files::slot_counts(conn, &entry.id)?);
        if !missing.is_empty() {
            return Err(ApiError::validation(missing));
        }
    }
    // The smallest free slot; the unique index refuses a slot taken by a
    // parallel submission, which then reads as "limit reached".
    let slot = match &entry.team_id {
        // A team's entry counts against the team's limit instead of the person's.
        Some(team_id) => super::teams::team_entry_slot(conn, team_id, &rules.eligibility, now)?,
        None => {
            let taken = entries::taken_slots(conn, &contest.id, &auth.user.id)?;
            let max = i32::try_from(rules.eligibility.max_entries_per_person).unwrap_or(1);
            Slot::Person((1..=max).find(|s| !taken.contains(s)).ok_or_else(limit_reached)?)
        }
    };
    // The receipt number comes before the update that can still fail (a slot
    // taken in parallel): on PostgreSQL a number taken by a transaction that
    // fails is not given again, but this is the only such step left.
    let seq = contests::next_receipt_seq(conn, &contest.id)?;
    let receipt = format!("{}-{:05}", contest.slug.to_uppercase(), seq);
    let mut submitted = match entries::mark_submitted(conn, &entry.id, slot, &receipt, now) {
        Ok(Some(submitted)) => submitted,
        Ok(None) => return Err(ApiError::conflict("The entry changed while it was being submitted. Try again.")),
        Err(e) if is_unique_violation(&e) => return Err(limit_reached()),
        Err(e) => return Err(e.into()),
    };
    if let Some(key) = &entry.name_key
        && screening::regroup(conn, &contest.id, key)?
    {
        submitted = entries::find(conn, &entry.id)?.ok_or_else(ApiError::not_found)?;
    }
    if let Some(address) = &auth.user.email {
        let title = Text { ko: contest.title_ko.clone(), en: contest.title_en.clone() };
        let locale = Locale::from_stored(&auth.user.locale);
        let contest_title = match locale {
            Locale::En => title.en.unwrap_or(title.ko),
            Locale::Ko => title.ko,
        };
        let to = Recipient { user_id: Some(&auth.user.id), address, name: &auth.user.display_name, locale };
        mail::queue(
            conn,
            &to,
            &Template::EntrySubmitted { name: &auth.user.display_name, contest: &contest_title, receipt: &receipt },
            now,
        )?;
    }
    audit::record(
        conn,
        Some(&auth.user.id),
        "entry.submitted",
        ("entry", Some(&entry.id)),
        serde_json::json!({ "receipt": receipt }),
        now,
    )?;
    Ok(Answer {
        status: StatusCode::OK,
        body: serde_json::to_value(entry_view(submitted)?).map_err(ApiError::internal)?,
    })
}

fn limit_reached() -> ApiError {
    ApiError::new(ErrorCode::EntryLimitReached, "You have submitted as many entries as this contest allows.")
}

/// Withdraws a submitted entry before the deadline (it frees its place under
/// the per-person limit; the receipt stays on record).
#[utoipa::path(
    tag = "entries",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = EntryView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/withdraw")] // under /entries/{id}
#[tracing::instrument(name = "withdraw_entry", skip_all, fields(user_id = %auth.id()))]
pub async fn withdraw(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let entry = state
        .db
        .write(move |conn| {
            let (entry, contest) = own_entry(conn, &auth, &id)?;
            require_open(&contest, now)?;
            if entries::withdraw(conn, &entry.id, now)? == 0 {
                return Err(ApiError::conflict("Only a submitted entry can be withdrawn."));
            }
            if let Some(key) = &entry.name_key {
                screening::regroup(conn, &contest.id, key)?;
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "entry.withdrawn",
                ("entry", Some(&entry.id)),
                serde_json::json!({}),
                now,
            )?;
            entries::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(entry_view(entry)?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyEntryView {
    #[serde(flatten)]
    pub entry: EntryView,
    pub contest_title: Text,
    pub contest_state: ContestState,
}

/// The signed-in account's entries across contests.
#[utoipa::path(
    operation_id = "my_entries",
    tag = "entries",
    security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, body = inline(Page<MyEntryView>)), (status = 401, body = Problem, content_type = "application/problem+json"))
)]
#[get("/me/entries")]
pub async fn mine(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let limit = page.limit;
    let now = state.now();
    let user_id = auth.user.id;
    let rows = state.db.read(move |conn| Ok(entries::list_for_user(conn, &user_id, &page)?)).await?;
    let page = Page::from_rows(rows, limit, |(e, _)| &e.id);
    let mut items = Vec::with_capacity(page.items.len());
    for (entry, (title_ko, title_en, opens_at, effective_close_at, published_at)) in page.items {
        let contest_state = ContestState::at(published_at.is_some(), opens_at, effective_close_at, now);
        items.push(MyEntryView {
            entry: entry_view(entry)?,
            contest_title: Text { ko: title_ko, en: title_en },
            contest_state,
        });
    }
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}
