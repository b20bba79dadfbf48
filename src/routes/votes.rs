//! The public vote (국민투표·인기상): an organizer opens a ballot on a
//! contest — a window, which entries are on it (all eligible entries, or a
//! stage's finalists) and how many votes a voter has (one, or up to n with at
//! most one per entry). Signed-in accounts with a confirmed email (and, for a
//! child, a guardian's consent) set their votes while the window is open.
//! Tallies are for organizers only (results stay embargoed until they are
//! announced); organizers see fraud signals and void or restore votes, with
//! a reason, in the audit trail.

use std::collections::{BTreeSet, HashMap};

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::contests::{managed_contest, may_see};
use super::entries::valid_id;
use super::fields::Fields;
use crate::auth::AuthUser;
use crate::auth::authz::require_participant;
use crate::auth::client_ip::client_ip;
use crate::db::votes::{self, Ballot, BallotFields, SCOPE_ALL, SCOPE_FINALISTS, Vote};
use crate::db::{DbConnection, audit, contests, entries, files, is_unique_violation, stages};
use crate::domain::contest::Form;
use crate::domain::ids::new_id;
use crate::domain::pagination::{Page, PageQuery, encode_cursor};
use crate::domain::time::format;
use crate::domain::vote::{Signals, VoteFact, network_of, signals};
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::files::FileKind;
use crate::state::AppState;

/// The most votes a ballot may give a voter.
pub const MAX_VOTES_LIMIT: i32 = 50;

#[derive(Debug, Serialize, ToSchema)]
pub struct BallotView {
    pub id: String,
    pub contest_id: String,
    #[schema(value_type = String, format = DateTime)]
    pub opens_at: String,
    #[schema(value_type = String, format = DateTime)]
    pub closes_at: String,
    /// `upcoming`, `open` or `closed`, by the server's clock.
    pub state: String,
    /// `all` or `finalists`.
    pub scope: String,
    pub stage_id: Option<String>,
    /// 1: one vote per voter; n: up to n, at most one per entry.
    pub max_votes: i32,
    pub version: i32,
}

fn ballot_view(b: Ballot, now: NaiveDateTime) -> BallotView {
    let state = if now < b.opens_at {
        "upcoming"
    } else if now < b.closes_at {
        "open"
    } else {
        "closed"
    };
    BallotView {
        state: state.to_owned(),
        opens_at: format(b.opens_at),
        closes_at: format(b.closes_at),
        id: b.id,
        contest_id: b.contest_id,
        scope: b.scope,
        stage_id: b.stage_id,
        max_votes: b.max_votes,
        version: b.version,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BallotDocument {
    /// Updates only: the version last read.
    pub version: Option<i32>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// `all` (every eligible entry, the default) or `finalists` (the entries of `stage_id`).
    pub scope: Option<String>,
    pub stage_id: Option<String>,
    /// Default 1.
    pub max_votes: Option<i32>,
}

fn parse_ballot(conn: &mut DbConnection, contest_id: &str, doc: &BallotDocument) -> Result<BallotFields, ApiError> {
    let mut fields = Fields::default();
    let (opens_at, closes_at) = (doc.opens_at.naive_utc().trunc_subsecs(3), doc.closes_at.naive_utc().trunc_subsecs(3));
    if closes_at <= opens_at {
        fields.push(FieldError::new("closes_at", "invalid_schedule", "Voting must close after it opens."));
    }
    let scope = doc.scope.clone().unwrap_or_else(|| SCOPE_ALL.to_owned());
    match (scope.as_str(), &doc.stage_id) {
        (SCOPE_ALL, None) => {}
        (SCOPE_ALL, Some(_)) => {
            fields.push(FieldError::new("stage_id", "not_allowed", "Only a ballot of finalists names a stage."))
        }
        (SCOPE_FINALISTS, Some(stage)) => {
            if stages::find(conn, stage)?.is_none_or(|s| s.contest_id != contest_id) {
                fields.push(FieldError::new("stage_id", "unknown_stage", "The contest has no such stage."));
            }
        }
        (SCOPE_FINALISTS, None) => {
            fields.push(FieldError::new("stage_id", "required", "Name the stage whose entries are the finalists."))
        }
        _ => fields.push(FieldError::new("scope", "unknown_scope", "The scope is `all` or `finalists`.")),
    }
    let max_votes = doc.max_votes.unwrap_or(1);
    if !(1..=MAX_VOTES_LIMIT).contains(&max_votes) {
        fields.push(FieldError::new("max_votes", "out_of_range", format!("Between 1 and {MAX_VOTES_LIMIT}.")));
    }
    fields.finish()?;
    Ok(BallotFields { opens_at, closes_at, scope, stage_id: doc.stage_id.clone(), max_votes })
}

/// Sets up or changes the contest's public vote (organizers). Once votes
/// exist, only the closing time may change.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = BallotDocument,
    responses(
        (status = 200, body = BallotView),
        (status = 201, body = BallotView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/ballot")] // under /contests/{id}
#[tracing::instrument(name = "set_ballot", skip_all, fields(user_id = %auth.id()))]
pub async fn set_ballot(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<BallotDocument>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let doc = body.into_inner();
    let now = state.now();
    let (created, ballot) = state
        .db
        .write(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            let fields = parse_ballot(conn, &contest_id, &doc)?;
            let created = match votes::for_contest(conn, &contest_id)? {
                None => {
                    match votes::insert(conn, &new_id(), &contest_id, &fields, now) {
                        Err(e) if is_unique_violation(&e) => {
                            return Err(ApiError::conflict("The ballot was set up a moment ago; reload."));
                        }
                        other => other?,
                    }
                    true
                }
                Some(current) => {
                    let version = doc
                        .version
                        .ok_or_else(|| ApiError::field("version", "required", "Send the version you last read."))?;
                    let only_closing = fields.opens_at == current.opens_at
                        && fields.scope == current.scope
                        && fields.stage_id == current.stage_id
                        && fields.max_votes == current.max_votes;
                    if !only_closing && votes::any_votes(conn, &current.id)? {
                        return Err(ApiError::conflict("Votes have been cast: only the closing time can change."));
                    }
                    if votes::update(conn, &current.id, version, &fields, now)? == 0 {
                        return Err(ApiError::new(
                            ErrorCode::VersionConflict,
                            "Someone saved the ballot after you read it. Reload and try again.",
                        ));
                    }
                    false
                }
            };
            audit::record(
                conn,
                Some(&auth.user.id),
                "ballot.set",
                ("contest", Some(&contest_id)),
                serde_json::json!({ "max_votes": fields.max_votes, "scope": fields.scope }),
                now,
            )?;
            Ok((created, votes::for_contest(conn, &contest_id)?.ok_or_else(ApiError::not_found)?))
        })
        .await?;
    let view = ballot_view(ballot, now);
    Ok(if created { HttpResponse::Created().json(view) } else { HttpResponse::Ok().json(view) })
}

/// The ballot of a contest anyone may see.
fn visible_ballot(
    conn: &mut DbConnection,
    auth: Option<&AuthUser>,
    contest_id: &str,
) -> Result<(Ballot, bool), ApiError> {
    let (contest, role, ballot) =
        votes::with_contest(conn, contest_id, auth.map(AuthUser::id))?.ok_or_else(ApiError::not_found)?;
    let organizer = may_see(auth, &contest, role.as_deref())?;
    Ok((ballot, organizer))
}

/// The contest's public vote: window, rules and state.
#[utoipa::path(
    tag = "voting",
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = BallotView),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot")] // under /contests/{id}
pub async fn show_ballot(
    state: web::Data<AppState>,
    auth: Option<AuthUser>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let (ballot, _) = state.db.read(move |conn| visible_ballot(conn, auth.as_ref(), &contest_id)).await?;
    Ok(HttpResponse::Ok().json(ballot_view(ballot, now)))
}

/// The entries on the ballot, by id.
pub fn ballot_entry_ids(conn: &mut DbConnection, ballot: &Ballot) -> Result<Vec<String>, ApiError> {
    match ballot.stage_id.as_deref() {
        Some(stage) if ballot.scope == SCOPE_FINALISTS => {
            let stage = stages::find(conn, stage)?.ok_or_else(ApiError::not_found)?;
            Ok(stages::entry_ids(conn, &stage)?)
        }
        _ => Ok(stages::eligible_in_contest(conn, &ballot.contest_id)?),
    }
}

/// Which of `ids` are on the ballot, by id: one statement over the named
/// entries, not the ballot's whole list.
fn on_ballot_among(conn: &mut DbConnection, ballot: &Ballot, ids: &[String]) -> Result<Vec<String>, ApiError> {
    match ballot.stage_id.as_deref() {
        Some(stage) if ballot.scope == SCOPE_FINALISTS => {
            let stage = stages::find(conn, stage)?.ok_or_else(ApiError::not_found)?;
            Ok(stages::judged_among(conn, &stage, ids)?)
        }
        _ => Ok(stages::eligible_among(conn, &ballot.contest_id, ids)?),
    }
}

/// Whether anyone signed in may see the entry as a ballot entry now: it is
/// on its contest's ballot and voting has opened. Asked on every file
/// request that no other rule allows, so it checks this one entry (a few
/// point reads) rather than listing the ballot.
pub fn on_open_ballot(conn: &mut DbConnection, entry_id: &str, now: NaiveDateTime) -> Result<bool, ApiError> {
    let Some(entry) = entries::find(conn, entry_id)? else { return Ok(false) };
    let Some(ballot) = votes::for_contest(conn, &entry.contest_id)? else { return Ok(false) };
    if now < ballot.opens_at {
        return Ok(false);
    }
    match ballot.stage_id.as_deref() {
        Some(stage) if ballot.scope == SCOPE_FINALISTS => match stages::find(conn, stage)? {
            Some(stage) => Ok(stages::judges_entry(conn, &stage, &entry.id)?),
            None => Ok(false),
        },
        _ => Ok(entry.status == entries::SUBMITTED && entry.screening != crate::db::screening::DISQUALIFIED),
    }
}

/// An entry as voters see it: its answers without the fields the form marks
/// identifying, and its files; never who entered it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BallotEntryView {
    pub entry_id: String,
    pub category: Option<String>,
    #[schema(value_type = Object)]
    pub answers: Value,
    pub files: Vec<BallotFileView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BallotFileView {
    /// Read it at `/files/{id}` (and `/files/{id}/thumbnail`) while signed in.
    pub id: String,
    pub slot: String,
    pub kind: FileKind,
    pub thumbnail_ready: bool,
}

/// The entries on the ballot, once voting has opened, a page at a time.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest"), PageQuery),
    responses(
        (status = 200, body = inline(Page<BallotEntryView>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No ballot, or voting has not opened", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot/entries")] // under /contests/{id}
pub async fn ballot_entries(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let page = query.into_inner().parse()?;
    let now = state.now();
    let page = state
        .db
        .read(move |conn| {
            let (ballot, organizer) = visible_ballot(conn, Some(&auth), &contest_id)?;
            if now < ballot.opens_at && !organizer {
                return Err(ApiError::not_found());
            }
            let contest = contests::find(conn, &contest_id)?.ok_or_else(ApiError::not_found)?;
            let form: Form = serde_json::from_str(&contest.form).map_err(ApiError::internal)?;
            let identifying: BTreeSet<&str> =
                form.fields.iter().filter(|f| f.identifying).map(|f| f.key.as_str()).collect();
            let ids = ballot_entry_ids(conn, &ballot)?;
            let start = page.after.as_ref().map_or(0, |after| ids.partition_point(|id| id <= after));
            let slice: Vec<String> = ids.iter().skip(start).take(page.limit as usize + 1).cloned().collect();
            let more = slice.len() > page.limit as usize;
            let slice: Vec<String> = slice.into_iter().take(page.limit as usize).collect();
            let mut rows = entries::find_many(conn, &slice)?;
            rows.sort_by(|a, b| a.id.cmp(&b.id));
            let mut by_entry: HashMap<String, Vec<BallotFileView>> = HashMap::new();
            for f in files::list_for_entries(conn, &slice)? {
                by_entry.entry(f.entry_id.clone()).or_default().push(BallotFileView {
                    kind: files::kind_of(&f.kind).unwrap_or(FileKind::Pdf),
                    thumbnail_ready: f.thumbnail_key.is_some(),
                    id: f.id,
                    slot: f.slot,
                });
            }
            let items = rows
                .into_iter()
                .map(|e| {
                    let mut answers: serde_json::Map<String, Value> =
                        serde_json::from_str(&e.answers).map_err(ApiError::internal)?;
                    answers.retain(|k, _| !identifying.contains(k.as_str()));
                    Ok(BallotEntryView {
                        files: by_entry.remove(&e.id).unwrap_or_default(),
                        entry_id: e.id,
                        category: e.category,
                        answers: Value::Object(answers),
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
            let next_cursor =
                if more { items.last().map(|i: &BallotEntryView| encode_cursor(&i.entry_id)) } else { None };
            Ok(Page { items, next_cursor })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// The signed-in voter's votes.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyVotesView {
    /// The entries the voter voted for (voided votes included: they still
    /// take their place in the allowance).
    pub entries: Vec<String>,
    pub max_votes: i32,
    /// Whether votes can be changed now.
    pub open: bool,
}

fn my_votes_view(ballot: &Ballot, mine: &[Vote], now: NaiveDateTime) -> MyVotesView {
    MyVotesView {
        entries: mine.iter().map(|v| v.entry_id.clone()).collect(),
        max_votes: ballot.max_votes,
        open: ballot.is_open(now),
    }
}

/// The signed-in account's votes in the contest.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = MyVotesView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/my-votes")] // under /contests/{id}
pub async fn my_votes(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let (ballot, mine) = state
        .db
        .read(move |conn| {
            let (ballot, _) = visible_ballot(conn, Some(&auth), &contest_id)?;
            let mine = votes::of_voter(conn, &ballot.id, &auth.user.id)?;
            Ok((ballot, mine))
        })
        .await?;
    Ok(HttpResponse::Ok().json(my_votes_view(&ballot, &mine, now)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MyVotes {
    /// The entries to vote for: at most `max_votes`, each once. An empty
    /// list withdraws every vote.
    pub entries: Vec<String>,
}

/// Sets the signed-in account's votes while voting is open: votes for
/// entries no longer listed are withdrawn, new ones cast, the rest kept (with
/// their time). Parallel identical requests leave one vote per entry.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = MyVotes,
    responses(
        (status = 200, body = MyVotesView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Email not confirmed, or a child without a guardian's consent", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Voting is not open, or a voided vote cannot be withdrawn", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/my-votes")] // under /contests/{id}
#[tracing::instrument(name = "set_my_votes", skip_all, fields(user_id = %auth.id()))]
pub async fn set_my_votes(
    req: HttpRequest,
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<MyVotes>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let wanted = body.into_inner().entries;
    let network = client_ip(&req, &state.settings.trusted_proxies).map(network_of);
    let now = state.now();
    let (ballot, mine) = state
        .db
        .write(move |conn| {
            let (ballot, _) = visible_ballot(conn, Some(&auth), &contest_id)?;
            require_participant(&auth.user)?;
            let unique: BTreeSet<&String> = wanted.iter().collect();
            if unique.len() != wanted.len() {
                return Err(ApiError::field("entries", "duplicate", "Each entry once."));
            }
            if wanted.len() > ballot.max_votes as usize {
                return Err(ApiError::field("entries", "too_many", format!("At most {} votes.", ballot.max_votes)));
            }
            let on_ballot = on_ballot_among(conn, &ballot, &wanted)?;
            let unknown: Vec<FieldError> = wanted
                .iter()
                .enumerate()
                .filter(|(_, e)| on_ballot.binary_search(e).is_err())
                .map(|(i, _)| {
                    FieldError::new(format!("entries[{i}]"), "not_on_ballot", "This entry is not on the ballot.")
                })
                .collect();
            if !unknown.is_empty() {
                return Err(ApiError::validation(unknown));
            }
            if !ballot.is_open(now) {
                return Err(ApiError::new(ErrorCode::VotingClosed, "Votes are taken only while voting is open."));
            }
            let current = votes::lock_voter_and_read(conn, &ballot.id, &auth.user.id)?;
            let withdrawn: Vec<&Vote> = current.iter().filter(|v| !wanted.contains(&v.entry_id)).collect();
            if withdrawn.iter().any(|v| v.voided_at.is_some()) {
                return Err(ApiError::conflict("A vote an organizer voided cannot be withdrawn."));
            }
            if !withdrawn.is_empty() {
                votes::delete(conn, &withdrawn.iter().map(|v| v.id.clone()).collect::<Vec<_>>())?;
            }
            let mut mine: Vec<Vote> = current.into_iter().filter(|v| wanted.contains(&v.entry_id)).collect();
            let mut free_slots = (1..=ballot.max_votes).filter(|s| !mine.iter().any(|v| v.slot == *s));
            let picks = wanted
                .iter()
                .filter(|e| !mine.iter().any(|v| &v.entry_id == *e))
                .map(|e| {
                    Ok((
                        e.as_str(),
                        free_slots.next().ok_or_else(|| ApiError::field("entries", "too_many", "No votes left."))?,
                    ))
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
            // The voter's row lock (or SQLite's one writer) leaves no one else
            // to change these votes, so what was kept and stored is the answer;
            // should a vote still have been left out, read what is there.
            match votes::insert_votes(conn, &ballot.id, &auth.user.id, &picks, network.as_deref(), now)? {
                Some(stored) => {
                    mine.extend(stored);
                    mine.sort_by_key(|v| v.slot);
                }
                None => mine = votes::of_voter(conn, &ballot.id, &auth.user.id)?,
            }
            Ok((ballot, mine))
        })
        .await?;
    Ok(HttpResponse::Ok().json(my_votes_view(&ballot, &mine, now)))
}

/// The ballot of a contest its caller organizes.
fn managed_ballot(conn: &mut DbConnection, auth: &AuthUser, contest_id: &str) -> Result<Ballot, ApiError> {
    managed_contest(conn, auth, contest_id)?;
    votes::for_contest(conn, contest_id)?.ok_or_else(ApiError::not_found)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TallyView {
    /// Standing (not voided) votes per entry, most first.
    pub entries: Vec<TallyEntry>,
    /// Distinct voters with a standing vote.
    pub voters: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TallyEntry {
    pub entry_id: String,
    pub votes: i64,
    /// votes / the most votes any entry has (0–1): the public score a recipe blends.
    pub share_of_best: f64,
}

/// Standing votes per entry: for the contest's organizers only (the
/// results, people's choice included, stay embargoed until announced).
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = TallyView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot/tally")] // under /contests/{id}
pub async fn tally(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let view = state
        .db
        .read(move |conn| {
            let ballot = managed_ballot(conn, &auth, &contest_id)?;
            let counts = votes::tally(conn, &ballot.id)?;
            let voters = votes::voters(conn, &ballot.id)?;
            Ok(tally_view(counts, voters))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

pub(crate) fn tally_view(counts: HashMap<String, i64>, voters: i64) -> TallyView {
    let best = counts.values().copied().max().unwrap_or(0);
    let mut entries: Vec<TallyEntry> = counts
        .into_iter()
        .map(|(entry_id, votes)| TallyEntry {
            share_of_best: if best > 0 { votes as f64 / best as f64 } else { 0.0 },
            entry_id,
            votes,
        })
        .collect();
    entries.sort_by(|a, b| b.votes.cmp(&a.votes).then_with(|| a.entry_id.cmp(&b.entry_id)));
    TallyView { entries, voters }
}

/// Each entry's public score for a recipe's blend: its standing votes as a
/// share of the most any entry has.
pub fn public_scores(conn: &mut DbConnection, contest_id: &str) -> Result<HashMap<String, f64>, ApiError> {
    let Some(ballot) = votes::for_contest(conn, contest_id)? else { return Ok(HashMap::new()) };
    let view = tally_view(votes::tally(conn, &ballot.id)?, 0);
    Ok(view.entries.into_iter().map(|e| (e.entry_id, e.share_of_best)).collect())
}

/// Fraud signals over the standing votes (leads to examine, never verdicts).
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = Signals),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot/signals")] // under /contests/{id}
pub async fn fraud_signals(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let facts = state
        .db
        .read(move |conn| {
            let ballot = managed_ballot(conn, &auth, &contest_id)?;
            Ok(votes::facts(conn, &ballot.id)?)
        })
        .await?;
    let facts: Vec<VoteFact> = facts
        .into_iter()
        .map(|(v, created)| VoteFact {
            vote_id: v.id,
            voter_id: v.voter_id,
            voter_created_at: created,
            network: v.network,
            cast_at: v.created_at,
        })
        .collect();
    let found = web::block(move || signals(&facts)).await.map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok().json(found))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VoteView {
    pub id: String,
    pub entry_id: String,
    pub voter_id: String,
    pub network: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub voided_at: Option<String>,
    pub void_reason: Option<String>,
}

fn vote_view(v: Vote) -> VoteView {
    VoteView {
        created_at: format(v.created_at),
        voided_at: v.voided_at.map(format),
        id: v.id,
        entry_id: v.entry_id,
        voter_id: v.voter_id,
        network: v.network,
        void_reason: v.void_reason,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VoteQuery {
    /// Only votes from this network (as the signals name it).
    pub network: Option<String>,
    /// Only this voter's votes (account id).
    pub voter_id: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// The ballot's votes, for the contest's organizers, a page at a time.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest"), VoteQuery),
    responses(
        (status = 200, body = inline(Page<VoteView>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot/votes")] // under /contests/{id}
pub async fn list_votes(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<VoteQuery>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let q = query.into_inner();
    let page = PageQuery { limit: q.limit, cursor: q.cursor }.parse()?;
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            let ballot = managed_ballot(conn, &auth, &contest_id)?;
            Ok(votes::page(conn, &ballot.id, q.network.as_deref(), q.voter_id.as_deref(), &page)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Page::from_rows(rows, limit, |v| &v.id).map(vote_view)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoidRequest {
    /// Why (kept in the audit trail).
    pub reason: String,
}

async fn set_voided(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: String,
    reason: String,
    void: bool,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let vote = state
        .db
        .write(move |conn| {
            let vote = votes::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            let ballot = votes::for_contest_of_ballot(conn, &vote.ballot_id)?.ok_or_else(ApiError::not_found)?;
            managed_contest(conn, &auth, &ballot.contest_id)?;
            let reason = reason.trim();
            if reason.is_empty() || reason.chars().count() > 1000 {
                return Err(ApiError::field("reason", "invalid_length", "Between 1 and 1000 characters."));
            }
            let changed = votes::set_voided(conn, &vote.id, void.then_some((auth.user.id.as_str(), reason)), now)?;
            if changed == 0 {
                return Err(ApiError::conflict(if void {
                    "The vote is already void."
                } else {
                    "The vote is not void."
                }));
            }
            let action = if void { "vote.voided" } else { "vote.restored" };
            audit::record(
                conn,
                Some(&auth.user.id),
                action,
                ("vote", Some(&vote.id)),
                serde_json::json!({ "reason": reason }),
                now,
            )?;
            votes::find(conn, &vote.id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(vote_view(vote)))
}

/// Voids a vote (it stops counting); reversible, with a reason, audited.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The vote")),
    request_body = VoidRequest,
    responses(
        (status = 200, body = VoteView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/void")] // under /votes/{id}
#[tracing::instrument(name = "void_vote", skip_all, fields(user_id = %auth.id()))]
pub async fn void_vote(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<VoidRequest>,
) -> Result<HttpResponse, ApiError> {
    set_voided(state, auth, id.into_inner(), body.into_inner().reason, true).await
}

/// Restores a voided vote, with a reason, audited.
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The vote")),
    request_body = VoidRequest,
    responses(
        (status = 200, body = VoteView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/restore")] // under /votes/{id}
#[tracing::instrument(name = "restore_vote", skip_all, fields(user_id = %auth.id()))]
pub async fn restore_vote(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<VoidRequest>,
) -> Result<HttpResponse, ApiError> {
    set_voided(state, auth, id.into_inner(), body.into_inner().reason, false).await
}
