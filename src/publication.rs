//! Publishing a contest's results at its announcement time.
//!
//! [`publish`] claims the publication with one conditional update, then, in
//! the same transaction, freezes the published results (winners by tier
//! with their works and the names their entrants chose to show), writes a
//! certificate per award, queues one mail per entrant and records the event.
//! The background job ([`run`]) calls it for every contest whose time has
//! come; a reader arriving at that very moment calls it too, so results are
//! public exactly at the time. Whoever loses the claim sees 0 rows and does
//! nothing: one publication, one mail per entrant, however many processes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Notify;
use utoipa::ToSchema;

use crate::clock::SharedClock;
use crate::config::Settings;
use crate::db::announcements::{self, Certificate};
use crate::db::schema::{entries as entries_table, team_members, teams, users};
use crate::db::{Db, DbConnection, audit, awards, contests, entries, files, organizations};
use crate::domain::Locale;
use crate::domain::awards::Tier;
use crate::domain::contest::form::{FieldType, Form, Text};
use crate::domain::time::format;
use crate::error::ApiError;
use crate::files::FileKind;
use crate::mail::{self, Recipient, Template};

/// What everyone sees once the results are announced.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublishedResults {
    pub contest_id: String,
    #[schema(value_type = String, format = DateTime)]
    pub announced_at: String,
    /// Best first, as the organizer ordered them.
    pub tiers: Vec<PublishedTier>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublishedTier {
    pub key: String,
    pub label: Text,
    pub prize: Option<String>,
    /// Filled from the public vote.
    pub peoples_choice: bool,
    pub winners: Vec<Winner>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Winner {
    pub place: i32,
    /// The name the entrant chose to show (their display name or team name
    /// unless they chose another); null when they asked not to be named.
    pub credit: Option<String>,
    pub work: PublicWork,
}

/// An entry as the public sees it: its title and the answers to fields the
/// form does not mark identifying, and its files; never who entered it
/// beyond the credit they chose.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublicWork {
    pub entry_id: String,
    pub category: Option<String>,
    /// The first short-text answer (the work's title or proposed name).
    pub title: Option<String>,
    #[schema(value_type = Object)]
    pub answers: Value,
    pub files: Vec<PublicFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublicFile {
    /// Read it at `/works/files/{id}` (and `/works/files/{id}/thumbnail`), no sign-in needed.
    pub id: String,
    pub slot: String,
    pub kind: FileKind,
    pub thumbnail_ready: bool,
}

/// The public works of `ids` (in the order given; unknown ids left out).
pub fn public_works(conn: &mut DbConnection, form: &Form, ids: &[String]) -> Result<Vec<PublicWork>, ApiError> {
    let identifying: BTreeSet<&str> = form.fields.iter().filter(|f| f.identifying).map(|f| f.key.as_str()).collect();
    let title_key = form
        .fields
        .iter()
        .find(|f| !f.identifying && matches!(f.field_type, FieldType::ShortText { .. }))
        .map(|f| f.key.clone());
    let mut by_entry: HashMap<String, Vec<PublicFile>> = HashMap::new();
    for f in files::list_for_entries(conn, ids)? {
        by_entry.entry(f.entry_id.clone()).or_default().push(PublicFile {
            kind: files::kind_of(&f.kind).unwrap_or(FileKind::Pdf),
            thumbnail_ready: f.thumbnail_key.is_some(),
            id: f.id,
            slot: f.slot,
        });
    }
    let mut found: HashMap<String, entries::Entry> =
        entries::find_many(conn, ids)?.into_iter().map(|e| (e.id.clone(), e)).collect();
    ids.iter()
        .filter_map(|id| found.remove(id))
        .map(|e| {
            let mut answers: serde_json::Map<String, Value> =
                serde_json::from_str(&e.answers).map_err(ApiError::internal)?;
            answers.retain(|k, _| !identifying.contains(k.as_str()));
            let title = title_key.as_ref().and_then(|k| answers.get(k)).and_then(Value::as_str).map(str::to_owned);
            Ok(PublicWork {
                files: by_entry.remove(&e.id).unwrap_or_default(),
                entry_id: e.id,
                category: e.category,
                title,
                answers: Value::Object(answers),
            })
        })
        .collect()
}

/// The name an entry is credited with (`None`: asked not to be named), and
/// the name on its certificate (always the entrant's).
fn credits(
    conn: &mut DbConnection,
    list: &[entries::Entry],
) -> Result<HashMap<String, (Option<String>, String)>, ApiError> {
    let team_ids: Vec<&String> = list.iter().filter_map(|e| e.team_id.as_ref()).collect();
    let user_ids: Vec<&String> = list.iter().map(|e| &e.user_id).collect();
    let team_names: HashMap<String, String> = teams::table
        .filter(teams::id.eq_any(&team_ids))
        .select((teams::id, teams::name))
        .load(conn)?
        .into_iter()
        .collect();
    let user_names: HashMap<String, String> = users::table
        .filter(users::id.eq_any(&user_ids))
        .select((users::id, users::display_name))
        .load(conn)?
        .into_iter()
        .collect();
    Ok(list
        .iter()
        .map(|e| {
            let own = match &e.team_id {
                Some(team) => team_names.get(team).cloned(),
                None => user_names.get(&e.user_id).cloned(),
            }
            .unwrap_or_default();
            let chosen = e.credit_name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| own.clone());
            let shown = (!e.credit_hidden).then_some(chosen.clone());
            (e.id.clone(), (shown, chosen))
        })
        .collect())
}

/// Publishes the contest's results if its time has come and no one has yet.
/// Returns whether this call published. Run it inside a write transaction.
pub fn publish(
    conn: &mut DbConnection,
    settings: &Settings,
    contest_id: &str,
    now: NaiveDateTime,
) -> Result<bool, ApiError> {
    if announcements::claim(conn, contest_id, now)? == 0 {
        return Ok(false);
    }
    let contest = contests::find(conn, contest_id)?.ok_or_else(ApiError::not_found)?;
    let organization = organizations::find(conn, &contest.organization_id)?.ok_or_else(ApiError::not_found)?;
    let form: Form = serde_json::from_str(&contest.form).map_err(ApiError::internal)?;
    let tiers: Vec<Tier> = match awards::settings(conn, contest_id)? {
        Some(s) => serde_json::from_str(&s.tiers).map_err(ApiError::internal)?,
        None => Vec::new(),
    };
    let given = awards::of_contest(conn, contest_id)?;
    let winner_ids: Vec<String> = given.iter().map(|a| a.entry_id.clone()).collect();
    let mut works: HashMap<String, PublicWork> =
        public_works(conn, &form, &winner_ids)?.into_iter().map(|w| (w.entry_id.clone(), w)).collect();
    let winning_entries = entries::find_many(conn, &winner_ids)?;
    let credit = credits(conn, &winning_entries)?;

    let mut published = Vec::with_capacity(tiers.len());
    let mut certificates = Vec::with_capacity(given.len());
    // entry → (award label ko, en) for the mails
    let mut won: HashMap<String, &Text> = HashMap::new();
    for tier in &tiers {
        let mut winners = Vec::new();
        let mut places: Vec<&awards::Award> = given.iter().filter(|a| a.tier_key == tier.key).collect();
        places.sort_by_key(|a| a.place);
        for award in places {
            let Some(work) = works.remove(&award.entry_id) else { continue };
            let (shown, name) = credit.get(&award.entry_id).cloned().unwrap_or_default();
            certificates.push(Certificate {
                code: crate::certificates::new_code(),
                award_id: award.id.clone(),
                contest_id: contest_id.to_owned(),
                entry_id: award.entry_id.clone(),
                winner_name: name,
                award_label_ko: tier.label.ko.clone(),
                award_label_en: tier.label.en.clone(),
                contest_title_ko: contest.title_ko.clone(),
                contest_title_en: contest.title_en.clone(),
                organization_name: organization.name_ko.clone(),
                work_title: work.title.clone(),
                issued_at: now,
            });
            won.insert(award.entry_id.clone(), &tier.label);
            winners.push(Winner { place: award.place, credit: shown, work });
        }
        published.push(PublishedTier {
            key: tier.key.clone(),
            label: tier.label.clone(),
            prize: tier.prize.clone(),
            peoples_choice: tier.peoples_choice,
            winners,
        });
    }
    let results = PublishedResults { contest_id: contest_id.to_owned(), announced_at: format(now), tiers: published };
    announcements::store_results(conn, contest_id, &serde_json::to_string(&results).map_err(ApiError::internal)?)?;
    announcements::insert_certificates(conn, &certificates)?;

    let titles: HashMap<&str, Option<&str>> =
        certificates.iter().map(|c| (c.entry_id.as_str(), c.work_title.as_deref())).collect();
    let mails = entrant_mails(conn, settings, &contest, &won, &titles, now)?;
    crate::db::outbox::enqueue_many(conn, &mails)?;
    audit::record(
        conn,
        None,
        "results.published",
        ("contest", Some(contest_id)),
        serde_json::json!({ "awards": given.len(), "certificates": certificates.len(), "mails": mails.len() }),
        now,
    )?;
    Ok(true)
}

/// One mail per person who entered (an entry's owner, every member of a
/// team's entry): winners hear their award, the others are thanked.
fn entrant_mails(
    conn: &mut DbConnection,
    settings: &Settings,
    contest: &contests::Contest,
    won: &HashMap<String, &Text>,
    titles: &HashMap<&str, Option<&str>>,
    now: NaiveDateTime,
) -> Result<Vec<crate::db::outbox::NewOutboxEmail>, ApiError> {
    let submitted: Vec<(String, String, Option<String>)> = entries_table::table
        .filter(entries_table::contest_id.eq(&contest.id))
        .filter(entries_table::status.eq(entries::SUBMITTED))
        .select((entries_table::id, entries_table::user_id, entries_table::team_id))
        .load(conn)?;
    let members: Vec<(String, String)> = team_members::table
        .filter(team_members::contest_id.eq(&contest.id))
        .select((team_members::team_id, team_members::user_id))
        .load(conn)?;
    let mut team_people: HashMap<String, Vec<String>> = HashMap::new();
    for (team, user) in members {
        team_people.entry(team).or_default().push(user);
    }
    // person → their entries (sorted, so a person with several gets the same mail every time)
    let mut people: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (entry, owner, team) in submitted {
        let who = team.and_then(|t| team_people.get(&t).cloned()).unwrap_or_else(|| vec![owner]);
        for person in who {
            people.entry(person).or_default().push(entry.clone());
        }
    }
    let ids: Vec<&String> = people.keys().collect();
    let mut contacts: Vec<(String, Option<String>, String, String)> = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        contacts.extend(
            users::table
                .filter(users::id.eq_any(chunk))
                .filter(users::deleted_at.is_null())
                .select((users::id, users::email, users::display_name, users::locale))
                .load::<(String, Option<String>, String, String)>(conn)?,
        );
    }
    let link = settings.link(&format!("/contests/{}/results", contest.id), &[]);
    let mut out = Vec::with_capacity(contacts.len());
    for (id, email, name, locale) in contacts {
        let Some(address) = email else { continue };
        let locale = Locale::from_stored(&locale);
        let contest_title = match locale {
            Locale::En => contest.title_en.as_deref().unwrap_or(&contest.title_ko),
            Locale::Ko => &contest.title_ko,
        };
        let to = Recipient { user_id: Some(&id), address: &address, name: &name, locale };
        let mut entries_of = people.get(&id).cloned().unwrap_or_default();
        entries_of.sort();
        let award = entries_of.iter().find_map(|e| won.get(e).map(|label| (e, *label)));
        let message = match award {
            Some((entry, label)) => {
                let award = match locale {
                    Locale::En => label.en.as_deref().unwrap_or(&label.ko),
                    Locale::Ko => &label.ko,
                };
                let work = titles.get(entry.as_str()).copied().flatten().unwrap_or("-");
                mail::message(
                    &to,
                    &Template::ResultsWinner { name: &name, contest: contest_title, award, work, link: &link },
                    now,
                )
            }
            None => {
                mail::message(&to, &Template::ResultsThanks { name: &name, contest: contest_title, link: &link }, now)
            }
        };
        out.push(message);
    }
    Ok(out)
}

/// Reads the announcement, publishing first if its time has just come (so a
/// reader never waits for the job's next pass).
pub fn current(
    conn: &mut DbConnection,
    settings: &Settings,
    contest_id: &str,
    now: NaiveDateTime,
) -> Result<Option<announcements::Announcement>, ApiError> {
    let found = announcements::find(conn, contest_id)?;
    match found {
        Some(a) if !a.is_published() && a.announce_at <= now => {
            publish(conn, settings, contest_id, now)?;
            Ok(announcements::find(conn, contest_id)?)
        }
        other => Ok(other),
    }
}

/// Whether the contest's results are public (announced and published).
pub fn is_public(conn: &mut DbConnection, contest_id: &str) -> Result<bool, ApiError> {
    Ok(announcements::find(conn, contest_id)?.is_some_and(|a| a.is_published()))
}

/// The background job: every second, publishes whatever has come due, then
/// wakes the mail worker. With several server processes each runs this loop;
/// the claim in [`publish`] makes sure one of them publishes.
pub async fn run(db: Db, settings: Arc<Settings>, clock: SharedClock, mail_wakeup: Arc<Notify>) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let now = clock.now_naive();
        let due = match db.read(move |conn| Ok(announcements::due(conn, now, 16)?)).await {
            Ok(due) => due,
            Err(e) => {
                tracing::warn!(error = ?e, "Could not list due announcements");
                continue;
            }
        };
        for contest_id in due {
            let settings = settings.clone();
            let id = contest_id.clone();
            match db.write(move |conn| publish(conn, &settings, &id, now)).await {
                Ok(true) => {
                    tracing::info!(contest_id = %contest_id, "Results published");
                    mail_wakeup.notify_one();
                }
                Ok(false) => {}
                Err(e) => tracing::error!(contest_id = %contest_id, error = ?e, "Could not publish results"),
            }
        }
    }
}

/// What a deleted account's name becomes wherever it was shown.
pub const DELETED_NAME: &str = "(탈퇴한 회원)";

/// On account deletion: the person's own (not team) entries lose their
/// chosen credit, their certificates and any published results name them
/// as a deleted member; the awards and scores stay.
pub fn forget_entrant(conn: &mut DbConnection, user_id: &str) -> Result<(), ApiError> {
    use crate::db::schema::{announcements as announcements_table, certificates};
    let own: Vec<(String, String)> = entries_table::table
        .filter(entries_table::user_id.eq(user_id))
        .filter(entries_table::team_id.is_null())
        .select((entries_table::id, entries_table::contest_id))
        .load(conn)?;
    if own.is_empty() {
        return Ok(());
    }
    let ids: Vec<&String> = own.iter().map(|(e, _)| e).collect();
    diesel::update(entries_table::table.filter(entries_table::id.eq_any(&ids)))
        .set(entries_table::credit_name.eq(None::<String>))
        .execute(conn)?;
    diesel::update(certificates::table.filter(certificates::entry_id.eq_any(&ids)))
        .set(certificates::winner_name.eq(DELETED_NAME))
        .execute(conn)?;
    let contests: BTreeSet<&String> = own.iter().map(|(_, c)| c).collect();
    for contest_id in contests {
        let Some(stored) = announcements::find(conn, contest_id)?.and_then(|a| a.results) else { continue };
        let mut results: PublishedResults = serde_json::from_str(&stored).map_err(ApiError::internal)?;
        let mut changed = false;
        for winner in results.tiers.iter_mut().flat_map(|t| t.winners.iter_mut()) {
            if winner.credit.is_some() && ids.contains(&&winner.work.entry_id) {
                winner.credit = Some(DELETED_NAME.to_owned());
                changed = true;
            }
        }
        if changed {
            let json = serde_json::to_string(&results).map_err(ApiError::internal)?;
            diesel::update(announcements_table::table.find(contest_id))
                .set(announcements_table::results.eq(json))
                .execute(conn)?;
        }
    }
    Ok(())
}
