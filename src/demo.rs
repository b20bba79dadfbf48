//! `modu demo`: a demo season taken from the source documents — the contests
//! of the 2nd World Smart City Week (WSCW 2018) run by the Ministry of Land,
//! Infrastructure and Transport, and the Busan Eco Delta City naming and
//! slogan contest — with an organizer, citizens, teams and entries (a few
//! duplicate names and a few photos, one of them entered twice), and judging:
//! seven judges; the hackathon judged in two stages (a blind document review
//! on a rubric, 30 teams → 14, closed with its results stored, then a
//! pairwise final open now with a few votes cast); the naming contest's
//! first round open on a rubric with some scores in; and the photo contest
//! over — scored by four judges, voted on by thirty citizens, its awards
//! given in five tiers (a people's choice among them) and its results
//! announced, with a certificate per award.
//!
//! It writes through the same data layer the API uses, in one transaction,
//! and refuses to load twice. Dates are relative to now so the contests are
//! open when a person looks — except the two being judged, whose submissions
//! have closed, and the photo contest, closed a month ago and announced five
//! days ago. The data is deterministic (scores and votes follow fixed
//! formulas; only ids, certificate codes and timestamps differ between
//! loads). Every demo account shares one password, printed at the end.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use anyhow::Context;
use chrono::{NaiveDate, NaiveDateTime, SubsecRound, TimeDelta};
use serde_json::{Value, json};

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::db::assignments::{self, Assignment, CONFLICT, NO_CONFLICT, ORIGIN_PLAN, ORIGIN_REPLACEMENT};
use crate::db::contests::{self, ContestFields};
use crate::db::entries::{self, Slot};
use crate::db::files::{self, NewFile};
use crate::db::scores::{self, DRAFT, NewScore, SUBMITTED, Score};
use crate::db::stages::{self, PAIRWISE, RUBRIC, Stage, StageFields};
use crate::db::votes::{self, BallotFields};
use crate::db::{
    DbConnection, announcements, audit, awards, consents, organizations, pairwise, screening, teams, users,
};
use crate::domain::awards::{Tier, check_tiers, propose};
use crate::domain::contest::ContestKind;
use crate::domain::contest::form::Text;
use crate::domain::ids::new_id;
use crate::domain::judging::assignment::Mode;
use crate::domain::judging::crowdbt;
use crate::domain::judging::recipe::{self, AdvanceRule, Aggregation, Normalization, Recipe, TieBreak};
use crate::domain::judging::rubric::{Criterion, Rubric};
use crate::domain::time::format as format_time;
use crate::domain::{Password, consent, password};
use crate::error::{ApiError, ErrorCode};
use crate::files::FileKind;
use crate::storage::{LocalFolder, Storage};

pub const PASSWORD: &str = "modu-demo-2018";
pub const ORGANIZER_EMAIL: &str = "organizer@molit.demo.modu.kr";

const FAMILY: [&str; 10] = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
const GIVEN: [&str; 12] =
    ["민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은", "시우", "지민", "주원", "수아"];

/// The judges, in order: `judge1@demo.modu.kr` is the first.
const JUDGES: [&str; 7] = ["한상우", "오지현", "서민호", "신유진", "권태영", "황보라", "송재원"];
pub const JUDGE_COUNT: usize = JUDGES.len();

/// The sign-in address of the `n`th judge (from 1).
pub fn judge_email(n: usize) -> String {
    format!("judge{n}@demo.modu.kr")
}

/// Hackathon entries advanced from the document review to the final.
pub const FINALISTS: u32 = 14;

/// The pen name one of the photo contest's winners chose to be credited with
/// (another winner asked not to be named at all).
pub const PEN_NAME: &str = "빛담는사람";

const CITIZENS: usize = 98;

/// The demo accounts and the organization were created this long ago.
const JOINED_DAYS_AGO: i64 = 90;

/// What was loaded, for the operator.
pub struct Summary {
    pub contests: usize,
    pub citizens: usize,
    pub entries: usize,
    pub teams: usize,
    /// The judges' sign-in addresses.
    pub judges: Vec<String>,
    /// Hackathon entries the closed document review advanced to the final.
    pub advanced: usize,
    /// Votes cast so far in the hackathon's pairwise final.
    pub votes: usize,
    /// Submitted scores in the naming contest's open round, and its assignments.
    pub naming_scores: (usize, usize),
    /// The photo contest, judged, voted on and announced.
    pub photo: PhotoResults,
}

/// What the photo contest's announcement published.
pub struct PhotoResults {
    pub tiers: usize,
    pub awards: usize,
    pub certificates: usize,
    /// Votes cast in its public vote.
    pub votes: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Demo season loaded: {} contests, {} citizens, {} teams, {} entries.",
            self.contests, self.citizens, self.teams, self.entries
        )?;
        writeln!(
            f,
            "Judging: the hackathon's document review is closed ({} of {} teams advanced) and its pairwise final is open ({} votes so far); the naming contest's first round is open ({} of {} scores in).",
            self.advanced, self.teams, self.votes, self.naming_scores.0, self.naming_scores.1
        )?;
        let photo = &self.photo;
        writeln!(
            f,
            "Results: the photo contest's results are announced — {} awards in {} tiers (people's choice from {} public votes), {} certificates issued, a mail to each entrant queued.",
            photo.awards, photo.tiers, photo.votes, photo.certificates
        )?;
        writeln!(f, "Organizer: {ORGANIZER_EMAIL}")?;
        writeln!(f, "Judges: {}", self.judges.join(", "))?;
        write!(f, "Every demo account's password is {PASSWORD}")
    }
}

/// More of the same on top of the season, for measuring the web UI with many
/// contests and entries (`modu demo --extra-contests N --extra-entries N`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras {
    /// Published contests of every kind, open now (slugs `extra-0001`, …).
    pub contests: usize,
    /// Submitted entries in the naming contest, each by a citizen of its own
    /// (`extra00001@demo.modu.kr`, …) with a name of its own.
    pub entries: usize,
}

pub async fn load(settings: &Settings, extras: Extras) -> anyhow::Result<Option<Summary>> {
    let hash = password::hash(&Password::parse(PASSWORD, None).map_err(|p| anyhow::anyhow!("{}", p.message()))?)?;
    let db = crate::startup::open_database(settings).await?;
    let storage = LocalFolder::open(&settings.storage_dir)
        .with_context(|| format!("Failed to open {}", settings.storage_dir.display()))?;
    let now = SystemClock.now_naive();
    let settings = settings.clone();
    db.write(move |conn| {
        Season { conn, settings: &settings, hash: &hash, now, storage: &storage, photos: Vec::new() }.load(extras)
    })
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))
}

struct Season<'a> {
    conn: &'a mut DbConnection,
    /// For publishing the photo contest's results (links in the mails).
    settings: &'a Settings,
    hash: &'a str,
    now: NaiveDateTime,
    storage: &'a LocalFolder,
    /// The demo photos, drawn once the season is known not to be loaded yet.
    photos: Vec<Vec<u8>>,
}

impl Season<'_> {
    /// When the demo accounts and the organization were created: before any
    /// contest opened.
    fn joined(&self) -> NaiveDateTime {
        self.now - TimeDelta::days(JOINED_DAYS_AGO)
    }

    fn load(mut self, extras: Extras) -> Result<Option<Summary>, ApiError> {
        if organizations::find_by_slug(self.conn, "molit")?.is_some() {
            return Ok(None);
        }
        self.photos = demo_photos().map_err(ApiError::internal)?;
        let organizer = self.person(ORGANIZER_EMAIL, "국토교통부 담당자", adult(40), None)?;
        let org = new_id();
        organizations::insert(
            self.conn,
            &organizations::NewOrganization {
                id: &org,
                slug: "molit",
                name_ko: "국토교통부",
                name_en: Some("Ministry of Land, Infrastructure and Transport"),
                created_at: self.joined(),
                updated_at: self.joined(),
            },
        )?;
        organizations::add_member(self.conn, &org, &organizer, organizations::ROLE_ORGANIZER, self.joined())?;

        let citizens: Vec<String> = (0..CITIZENS)
            .map(|i| {
                let name = format!("{}{}", FAMILY[i % FAMILY.len()], GIVEN[(i / FAMILY.len() + i) % GIVEN.len()]);
                self.person(&format!("citizen{:02}@demo.modu.kr", i + 1), &name, adult(20 + (i as i32 % 45)), None)
            })
            .collect::<Result<_, _>>()?;
        let children: Vec<String> = (0..6)
            .map(|i| {
                let name = format!("어린이{}", i + 1);
                self.person(&format!("child{:02}@demo.modu.kr", i + 1), &name, adult(6 + i), Some("보호자"))
            })
            .collect::<Result<_, _>>()?;

        let mut entries = 0;
        let naming = self.contest(&org, "eco-delta-naming", ContestKind::Naming, NAMING)?;
        let names = [
            "에코델타시티",
            "에코 델타 시티",
            "에코델타시티!",
            "애코델타시티",
            "물빛도시",
            "물빛 도시",
            "스마트 물길도시",
            "낙동강 스마트시티",
            "ECO DELTA",
            "eco-delta",
            "부산 미래물결",
            "강과 바다의 도시",
        ];
        let mut naming_entries = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let answers =
                json!({ "name": name, "meaning": "강과 바다가 만나는 부산의 스마트시티를 떠올리게 하는 이름입니다." });
            naming_entries.push(self.entry(&naming, &citizens[i], None, answers, i as i64)?);
            entries += 1;
        }

        // The photo contest closed a month ago; its results are announced
        // (see `announce_photo`). Its entrants: four citizens from before
        // and the last eight.
        let photo = self.contest(&org, "wscw2018-photo", ContestKind::Photo, PHOTO)?;
        let photographers = citizens[20..24].iter().chain(&citizens[CITIZENS - 8..]);
        let mut photo_entries = Vec::with_capacity(PHOTOS.len());
        for (i, (shot, citizen)) in PHOTOS.iter().zip(photographers).enumerate() {
            let answers = json!({
                "title": shot.title,
                "place": shot.place,
                "taken_on": shot.taken_on,
                "description": shot.description,
                "exhibition_licence": true,
            });
            // Received every two days or so over the month it was open.
            let entry = self.entry(&photo, citizen, None, answers, i as i64 * (51 * 60) + 7)?;
            // The fourth citizen entered the first citizen's photo again.
            self.photo(&entry, &photo, "photos", if i == 3 { 0 } else { i })?;
            photo_entries.push(entry);
            entries += 1;
        }

        let hackathon = self.contest(&org, "wscw2018-hackathon", ContestKind::Hackathon, HACKATHON)?;
        let members = &citizens[30..90];
        let mut hackathon_entries = Vec::with_capacity(TEAMS.len());
        for (t, project) in TEAMS.iter().enumerate() {
            let team = new_id();
            let leader = &members[t * 2];
            teams::insert(self.conn, &team, &hackathon, project.team, leader, self.now)?;
            teams::add_member(self.conn, &team, &hackathon, leader, self.now)?;
            teams::add_member(self.conn, &team, &hackathon, &members[t * 2 + 1], self.now)?;
            teams::take_place(self.conn, &team, 5, self.now)?;
            let answers = json!({
                "project_name": project.name,
                "problem": project.problem,
                "solution": project.solution,
            });
            hackathon_entries.push(self.entry(&hackathon, leader, Some(&team), answers, t as i64)?);
            entries += 1;
        }

        let idea = self.contest(&org, "wscw2018-special-complex", ContestKind::Idea, IDEA)?;
        for (i, citizen) in citizens[12..18].iter().enumerate() {
            let answers = json!({
                "title": format!("테마형 특화단지 아이디어 {}", i + 1),
                "problem": "노후 산업단지의 에너지 낭비",
                "proposal": "공유 에너지 저장장치와 수요 관리 플랫폼",
            });
            self.entry(&idea, citizen, None, answers, i as i64)?;
            entries += 1;
        }

        let drawing = self.contest(&org, "wscw2018-drawing", ContestKind::Drawing, DRAWING)?;
        for (i, child) in children.iter().enumerate() {
            let answers = json!({ "title": format!("우리 동네 미래 {}", i + 1), "guardian_agrees": true });
            let entry = self.entry(&drawing, child, None, answers, i as i64)?;
            self.photo(&entry, &drawing, "drawing", 1 + i % 2)?;
            entries += 1;
        }

        self.contest(&org, "wscw2018-bi", ContestKind::Design, DESIGN)?;
        let simulation = self.contest(&org, "sejong-simulation", ContestKind::Simulation, SIMULATION)?;
        for (i, citizen) in citizens[24..27].iter().enumerate() {
            let answers = json!({ "title": format!("가상 세종 {}", i + 1), "summary": "자율주행 셔틀 노선을 시뮬레이션했습니다." });
            self.entry(&simulation, citizen, None, answers, i as i64)?;
            entries += 1;
        }

        let judges: Vec<Judge> = JUDGES
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let email = judge_email(i + 1);
                let id = self.person(&email, name, adult(38 + 3 * i as i32), None)?;
                Ok(Judge { id, email })
            })
            .collect::<Result<_, ApiError>>()?;
        let (advanced, votes) = self.judge_hackathon(&organizer, &hackathon, &hackathon_entries, &judges)?;
        let naming_scores = self.judge_naming(&organizer, &naming, &naming_entries, &judges)?;
        // Thirty hackathon members vote for their favourite photo.
        let photo_results = self.announce_photo(&organizer, &photo, &photo_entries, &judges, &citizens[30..60])?;
        self.extras(&org, &naming, extras)?;
        Ok(Some(Summary {
            contests: 7 + extras.contests,
            citizens: citizens.len() + children.len() + extras.entries,
            entries: entries + extras.entries,
            teams: TEAMS.len(),
            judges: judges.into_iter().map(|j| j.email).collect(),
            advanced,
            votes,
            naming_scores,
            photo: photo_results,
        }))
    }

    fn person(
        &mut self,
        email: &str,
        name: &str,
        birth: NaiveDate,
        guardian: Option<&str>,
    ) -> Result<String, ApiError> {
        let id = new_id();
        users::insert(
            self.conn,
            &users::NewUser {
                id: &id,
                email,
                password_hash: self.hash,
                display_name: name,
                locale: "ko",
                birth_date: Some(birth),
                email_verified_at: Some(self.joined()),
                is_admin: false,
                guardian_name: guardian,
                guardian_email: guardian.map(|_| "guardian@demo.modu.kr"),
                tokens_valid_after: self.now,
                created_at: self.joined(),
                updated_at: self.joined(),
            },
        )?;
        if guardian.is_some() {
            users::set_guardian_consented(self.conn, &id, self.joined())?;
        }
        for kind in [consent::ConsentKind::Terms, consent::ConsentKind::PrivacyCollection] {
            consents::insert(
                self.conn,
                &consents::NewConsent {
                    id: new_id(),
                    user_id: &id,
                    kind: kind.as_str(),
                    version: consent::CURRENT_VERSION,
                    granted: true,
                    given_by: if guardian.is_some() { "guardian" } else { "self" },
                    method: "demo",
                    recorded_at: self.joined(),
                },
            )?;
        }
        Ok(id)
    }

    fn contest(&mut self, org: &str, slug: &str, kind: ContestKind, text: Texts<'_>) -> Result<String, ApiError> {
        let id = new_id();
        let opens_at = self.now - TimeDelta::days(text.opened_days_ago);
        let closes_at = self.now + TimeDelta::days(text.closes_in_days);
        let mut eligibility = kind.default_eligibility();
        if kind == ContestKind::Drawing {
            eligibility.max_age = Some(13);
        }
        let fields = ContestFields {
            kind: kind.as_str().to_owned(),
            title_ko: text.title_ko.to_owned(),
            title_en: Some(text.title_en.to_owned()),
            summary_ko: text.summary_ko.to_owned(),
            summary_en: Some(text.summary_en.to_owned()),
            description_ko: text.description_ko.to_owned(),
            description_en: None,
            rules_ko: RULES.to_owned(),
            rules_en: None,
            theme: Some("스마트시티, 내 삶이 변화하는 행복한 도시".to_owned()),
            prizes: Some(text.prizes.to_owned()),
            contact: Some("smartcity@molit.demo.modu.kr".to_owned()),
            time_zone: "Asia/Seoul".to_owned(),
            opens_at,
            closes_at,
            grace_secs: 0,
            effective_close_at: closes_at,
            form: to_json(&kind.default_form())?,
            categories: "[]".to_owned(),
            eligibility: to_json(&eligibility)?,
            co_hosts: to_json(&["과학기술정보통신부"])?,
        };
        // Drafted a few days before it opened, and published the day before.
        contests::insert(self.conn, &id, org, slug, &fields, opens_at - TimeDelta::days(3))?;
        contests::publish(self.conn, &id, opens_at - TimeDelta::days(1))?;
        Ok(id)
    }

    /// A submitted entry, received `order` minutes into the contest (its
    /// draft begun up to ten minutes before).
    fn entry(
        &mut self,
        contest: &str,
        user: &str,
        team: Option<&str>,
        answers: Value,
        order: i64,
    ) -> Result<String, ApiError> {
        let id = new_id();
        let found = contests::find(self.conn, contest)?.ok_or_else(ApiError::not_found)?;
        let form: crate::domain::contest::Form = serde_json::from_str(&found.form).map_err(ApiError::internal)?;
        let answers: crate::domain::contest::Answers = serde_json::from_value(answers).map_err(ApiError::internal)?;
        let received = found.opens_at + TimeDelta::minutes(order);
        let begun = (received - TimeDelta::minutes(10)).max(found.opens_at);
        let key = form.duplicate_text(&answers).map(crate::domain::naming::normalize).filter(|k| !k.is_empty());
        let answers = to_json(&answers)?;
        let draft = entries::NewDraft {
            id: &id,
            contest_id: contest,
            user_id: user,
            team_id: team,
            category: None,
            answers: &answers,
            name_key: key.as_deref(),
        };
        entries::insert_draft(self.conn, &draft, begun)?;
        let seq = contests::next_receipt_seq(self.conn, contest)?;
        let receipt = format!("{}-{:05}", found.slug.to_uppercase(), seq);
        let slot = if team.is_some() { Slot::Team(1) } else { Slot::Person(1) };
        entries::mark_submitted(self.conn, &id, slot, &receipt, received)?;
        if let Some(key) = key {
            screening::regroup(self.conn, contest, &key)?;
        }
        Ok(id)
    }

    /// `extras`: contests of every kind cycling through the demo's texts, and
    /// naming entries with names of their own, received a second apart.
    fn extras(&mut self, org: &str, naming: &str, extras: Extras) -> Result<(), ApiError> {
        let kinds = [
            (ContestKind::Naming, NAMING),
            (ContestKind::Idea, IDEA),
            (ContestKind::Photo, PHOTO),
            (ContestKind::Hackathon, HACKATHON),
            (ContestKind::Design, DESIGN),
            (ContestKind::Drawing, DRAWING),
            (ContestKind::Simulation, SIMULATION),
        ];
        for i in 1..=extras.contests {
            let (kind, text) = &kinds[i % kinds.len()];
            let (title_ko, title_en) = (format!("{} ({i})", text.title_ko), format!("{} ({i})", text.title_en));
            let open =
                Texts { title_ko: &title_ko, title_en: &title_en, opened_days_ago: 1, closes_in_days: 30, ..*text };
            self.contest(org, &format!("extra-{i:04}"), *kind, open)?;
        }
        for i in 1..=extras.entries {
            let name = format!("{}{}", FAMILY[i % FAMILY.len()], GIVEN[i % GIVEN.len()]);
            let citizen =
                self.person(&format!("extra{i:05}@demo.modu.kr"), &name, adult(20 + (i as i32 % 45)), None)?;
            let answers = json!({ "name": format!("스마트 물길 {i}호"), "meaning": "시민이 함께 짓는 이름입니다." });
            self.entry(naming, &citizen, None, answers, 60 + i as i64)?;
        }
        Ok(())
    }

    /// Uploads one of the demo photos to the entry: a few minutes into its
    /// draft, before it was submitted.
    fn photo(&mut self, entry: &str, contest: &str, slot: &str, which: usize) -> Result<(), ApiError> {
        let found = entries::find(self.conn, entry)?.ok_or_else(ApiError::not_found)?;
        let begun = found.created_at + TimeDelta::minutes(4);
        let uploaded = found.submitted_at.map_or(begun, |submitted| begun.min(submitted));
        let bytes = &self.photos[which % self.photos.len()];
        let id = new_id();
        let key = format!("{contest}/{id}.jpg");
        // Each row its own bytes: deleting one file never removes another's.
        self.storage.put(&key, bytes).map_err(ApiError::internal)?;
        files::insert(
            self.conn,
            &NewFile {
                id: &id,
                entry_id: entry,
                contest_id: contest,
                slot,
                kind: files::kind_name(FileKind::Jpeg),
                size_bytes: i64::try_from(bytes.len()).unwrap_or(0),
                sha256: &crate::files::sha256_hex(bytes),
                dimensions: Some((960, 640)),
                original_name: "IMG_2018.jpg",
                storage_key: &key,
            },
            uploaded,
        )?;
        Ok(())
    }
}

/// A judge's account.
struct Judge {
    id: String,
    email: String,
}

/// How each judge scores, as (bias, spread) around the middle of a
/// criterion's range: one lenient, one harsh, one who uses little of the
/// scale — what the z-score normalization is there to even out.
const LENIENCY: [(f64, f64); JUDGES.len()] =
    [(0.0, 1.0), (0.08, 0.7), (-0.10, 1.2), (0.03, 0.9), (-0.04, 1.1), (0.12, 0.6), (-0.06, 1.0)];

/// Pairwise entries are handed to judges as assignments of this origin (as
/// the pairwise routes do).
const ORIGIN_PAIRWISE: &str = "pairwise";

/// A fixed pseudo-random number in [-1, 1] for the given parts (SplitMix64).
fn jitter(parts: &[u64]) -> f64 {
    let mut x = parts
        .iter()
        .fold(0x9E37_79B9_7F4A_7C15_u64, |h, p| (h ^ p).wrapping_mul(0xBF58_476D_1CE4_E5B9).rotate_left(31));
    x ^= x >> 30;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    (x >> 11) as f64 / (1_u64 << 53) as f64 * 2.0 - 1.0
}

/// How good the `t`th team's project is (0.35 to 0.95, every team different).
fn team_quality(t: usize) -> f64 {
    0.35 + 0.6 * ((t * 17 + 5) % TEAMS.len()) as f64 / (TEAMS.len() - 1) as f64
}

/// How good it looks at the final, in front of the judges.
fn final_quality(t: usize) -> f64 {
    team_quality(t) + 0.15 * jitter(&[7, t as u64])
}

/// How good each proposed name is, in the order of the naming entries.
const NAME_QUALITY: [f64; 12] = [0.85, 0.6, 0.45, 0.3, 0.8, 0.7, 0.75, 0.65, 0.55, 0.4, 0.7, 0.9];

/// The sheet judge `judge` gives an entry of this quality: every criterion on
/// its grid, within its range.
fn sheet(rubric: &Rubric, quality: f64, judge: usize, entry: usize) -> BTreeMap<String, f64> {
    let (bias, spread) = LENIENCY[judge % LENIENCY.len()];
    rubric
        .criteria
        .iter()
        .enumerate()
        .map(|(c, criterion)| {
            let share = 0.6 + spread * (quality - 0.6) + bias + 0.08 * jitter(&[judge as u64, entry as u64, c as u64]);
            let steps = ((criterion.max - criterion.min) / criterion.step).round();
            let value = criterion.min + (share.clamp(0.05, 1.0) * steps).round() * criterion.step;
            (criterion.key.clone(), value.min(criterion.max))
        })
        .collect()
}

fn criterion(key: &str, ko: &str, en: &str, max: f64, description: &str) -> Criterion {
    Criterion {
        key: key.to_owned(),
        label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) },
        description: Some(Text { ko: description.to_owned(), en: None }),
        min: 0.0,
        max,
        step: 1.0,
        weight: 1.0,
    }
}

fn text(ko: &str, en: &str) -> (String, Option<String>) {
    (ko.to_owned(), Some(en.to_owned()))
}

/// A stage as an organizer would send it, checked as the API checks it.
struct StageSpec {
    name: (String, Option<String>),
    mode: &'static str,
    blind: bool,
    opens_at: NaiveDateTime,
    closes_at: NaiveDateTime,
    assignment: Mode,
    rubric: Rubric,
    recipe: Recipe,
}

impl StageSpec {
    fn fields(&self) -> Result<StageFields, ApiError> {
        if self.mode == RUBRIC {
            self.rubric.check().map_err(ApiError::validation)?;
            self.recipe.check(&self.rubric).map_err(ApiError::validation)?;
        }
        Ok(StageFields {
            name_ko: self.name.0.clone(),
            name_en: self.name.1.clone(),
            mode: self.mode.to_owned(),
            blind: self.blind,
            opens_at: self.opens_at,
            closes_at: self.closes_at,
            assignment: to_json(&self.assignment)?,
            rubric: to_json(&self.rubric)?,
            recipe: to_json(&self.recipe)?,
        })
    }
}

impl Season<'_> {
    /// The hackathon: a blind document review on a rubric (k = 5 judges per
    /// entry, z-scores, drop the highest and lowest, top 14 advance), scored
    /// and closed; then a pairwise final, open now, with a few votes cast.
    /// Returns (entries advanced, votes cast).
    fn judge_hackathon(
        &mut self,
        organizer: &str,
        contest: &str,
        entries: &[String],
        judges: &[Judge],
    ) -> Result<(usize, usize), ApiError> {
        let base = self.now.trunc_subsecs(0);
        let review_opens = base - TimeDelta::days(19);
        let closed_at = base - TimeDelta::days(8);
        let final_opens = base - TimeDelta::hours(3);
        let created = review_opens - TimeDelta::days(3);

        let rubric = Rubric {
            criteria: vec![
                criterion(
                    "problem",
                    "문제 정의",
                    "Problem definition",
                    20.0,
                    "해결하려는 도시 문제가 분명하고 근거가 있는가",
                ),
                criterion(
                    "technology",
                    "기술 구현",
                    "Technical implementation",
                    30.0,
                    "데이터와 기술을 적절히 활용해 동작하는 결과물을 만들었는가",
                ),
                criterion("creativity", "창의성", "Creativity", 25.0, "기존 서비스와 다른 새로운 접근인가"),
                criterion("feasibility", "실현 가능성", "Feasibility", 25.0, "실제 도시에 적용하고 운영할 수 있는가"),
            ],
            comment_required: false,
        };
        let recipe = Recipe {
            normalization: Normalization::ZScore,
            aggregation: Aggregation::TrimmedMean { drop: 1, min_judges: 5 },
            bonus_rules: Vec::new(),
            bonus_cap: None,
            blend: None,
            tie_breaks: vec![TieBreak::Criterion { key: "feasibility".to_owned() }, TieBreak::EarliestSubmission],
            advance: AdvanceRule::TopN { n: FINALISTS },
        };
        let k = 5;
        let review = self.stage(
            contest,
            organizer,
            StageSpec {
                name: text("서류 심사", "Document review"),
                mode: RUBRIC,
                blind: true,
                opens_at: review_opens,
                closes_at: base - TimeDelta::days(9),
                assignment: Mode::PerEntry { k: k as u32 },
                rubric: rubric.clone(),
                recipe,
            },
            created,
        )?;
        let final_stage = self.stage(
            contest,
            organizer,
            StageSpec {
                name: text("본선 현장 평가", "Final (expo judging)"),
                mode: PAIRWISE,
                blind: false,
                opens_at: final_opens,
                closes_at: base + TimeDelta::days(2),
                assignment: Mode::Everyone,
                rubric: Rubric { criteria: Vec::new(), comment_required: false },
                recipe: Recipe { advance: AdvanceRule::TopN { n: 6 }, ..Recipe::default() },
            },
            created,
        )?;

        // Every judge sits on the review; seats go round the panel, so loads
        // differ by at most one (22 or 21 entries).
        for judge in judges {
            self.seat(&review, organizer, judge, created + TimeDelta::hours(1), Some(created + TimeDelta::days(1)))?;
        }
        let pairs: Vec<(String, String)> = entries
            .iter()
            .enumerate()
            .flat_map(|(t, entry)| (0..k).map(move |i| (judges[(t * k + i) % judges.len()].id.clone(), entry.clone())))
            .collect();
        let planned = created + TimeDelta::days(2);
        let added = assignments::insert_many(self.conn, &review.id, &pairs, ORIGIN_PLAN, Some(organizer), planned)?;
        audit::record(
            self.conn,
            Some(organizer),
            "stage.assignments_planned",
            ("stage", Some(&review.id)),
            json!({ "added": added, "short": 0 }),
            planned,
        )?;

        // The third judge supervises the first team's members: a conflict,
        // and the entry goes to the least-loaded judge free of it.
        let recused = review_opens + TimeDelta::hours(2);
        let conflicted = assignments::find_pair(self.conn, &review.id, &judges[2].id, &entries[0])?
            .ok_or_else(ApiError::not_found)?;
        self.declare(&conflicted, Some("해당 팀 구성원이 제 연구실 소속 학생입니다."), recused)?;
        let replacement = [(judges[5].id.clone(), entries[0].clone())];
        assignments::insert_many(self.conn, &review.id, &replacement, ORIGIN_REPLACEMENT, None, recused)?;

        let team_of: HashMap<&str, usize> = entries.iter().enumerate().map(|(t, e)| (e.as_str(), t)).collect();
        for (j, judge) in judges.iter().enumerate() {
            let mine = assignments::for_judge(self.conn, &review.id, &judge.id)?;
            for (i, (assignment, _)) in mine.iter().enumerate() {
                let t = team_of.get(assignment.entry_id.as_str()).copied().ok_or_else(ApiError::not_found)?;
                let at = review_opens + TimeDelta::days(1 + (j % 5) as i64) + TimeDelta::minutes(15 * i as i64);
                self.declare(assignment, None, at - TimeDelta::minutes(10))?;
                let values = sheet(&rubric, team_quality(t), j, t);
                let comment = (i % 4 == 0).then(|| review_comment(team_quality(t)));
                // Some sheets were saved as a draft first (their history shows it).
                let draft = if i % 6 == 2 {
                    let partial: BTreeMap<String, f64> = values.iter().take(2).map(|(k, v)| (k.clone(), *v)).collect();
                    Some(self.score(assignment, &rubric, &partial, None, false, None, at - TimeDelta::minutes(5))?)
                } else {
                    None
                };
                self.score(assignment, &rubric, &values, comment, true, draft.as_ref(), at)?;
            }
        }

        // The organizer closes the review; the advanced go to the final.
        let advanced = self.close_stage(&review.id, organizer, closed_at)?;

        // The final: four judges accepted (the sixth has not answered yet),
        // the finalists put in play at CrowdBT's prior.
        for (j, accepted) in [(0, true), (1, true), (2, true), (4, true), (5, false)] {
            let accepted = accepted.then_some(closed_at + TimeDelta::hours(5));
            self.seat(&final_stage, organizer, &judges[j], closed_at + TimeDelta::hours(1), accepted)?;
        }
        let planned = final_opens - TimeDelta::hours(1);
        let outcome = crate::routes::assignments::replan(self.conn, &final_stage, Some(organizer), planned)?;
        audit::record(
            self.conn,
            Some(organizer),
            "stage.assignments_planned",
            ("stage", Some(&final_stage.id)),
            json!({ "added": outcome.added, "short": outcome.short.len() }),
            planned,
        )?;
        let votes =
            self.final_votes(&final_stage, &advanced, &team_of, judges, final_opens + TimeDelta::minutes(30))?;
        Ok((advanced.len(), votes))
    }

    /// Three judges of the final have begun: each was handed entries one
    /// after another (a fixed walk through the finalists), declared no
    /// conflict with each, and voted for the better of the last two, as the
    /// pairwise routes do. Votes are cast in time order, so replaying them
    /// by id gives the same state. Returns the number of votes.
    fn final_votes(
        &mut self,
        stage: &Stage,
        finalists: &[String],
        team_of: &HashMap<&str, usize>,
        judges: &[Judge],
        start: NaiveDateTime,
    ) -> Result<usize, ApiError> {
        if finalists.is_empty() {
            return Ok(0);
        }
        // (judge, votes cast so far)
        let voters = [(0, 4), (1, 3), (2, 2)];
        let walks: Vec<Vec<String>> = voters
            .iter()
            .enumerate()
            .map(|(v, &(_, n))| (0..n + 2).map(|s| finalists[(4 * v + 3 * s) % finalists.len()].clone()).collect())
            .collect();
        let prior = crowdbt::Judge::default();
        for (v, &(j, _)) in voters.iter().enumerate() {
            let (judge, walk) = (&judges[j].id, &walks[v]);
            let begun = start + TimeDelta::minutes(2 * v as i64);
            pairwise::insert_judge(self.conn, &stage.id, judge)?;
            self.hand(stage, judge, &walk[0], begun)?;
            pairwise::set_judge(self.conn, &stage.id, judge, prior, None, Some(&walk[0]), Some(begun), 0)?;
            self.declare_handed(stage, judge, &walk[0], begun + TimeDelta::minutes(1))?;
            let passed = begun + TimeDelta::minutes(5);
            self.hand(stage, judge, &walk[1], passed)?;
            pairwise::set_judge(self.conn, &stage.id, judge, prior, Some(&walk[0]), Some(&walk[1]), Some(passed), 0)?;
            self.declare_handed(stage, judge, &walk[1], passed + TimeDelta::minutes(1))?;
        }
        let quality = |entry: &str| team_of.get(entry).copied().map_or(0.0, final_quality);
        let mut votes = 0;
        for round in 0..voters.iter().map(|v| v.1).max().unwrap_or(0) {
            for (v, &(j, n)) in voters.iter().enumerate() {
                if round >= n {
                    continue;
                }
                let (judge, walk) = (&judges[j].id, &walks[v]);
                let at = start + TimeDelta::minutes(12 + 8 * round as i64 + 2 * v as i64);
                let (previous, current, next) = (&walk[round], &walk[round + 1], &walk[round + 2]);
                let (winner, loser) =
                    if quality(previous) >= quality(current) { (previous, current) } else { (current, previous) };
                let row = pairwise::find_judge(self.conn, &stage.id, judge)?.ok_or_else(ApiError::not_found)?;
                let locked = pairwise::lock_items(self.conn, &stage.id, winner, loser)?;
                let find = |e: &str| locked.iter().find(|i| i.entry_id == e).cloned().ok_or_else(ApiError::not_found);
                let (w, l) = (find(winner)?, find(loser)?);
                let (updated, w_item, l_item) = crowdbt::update(row.judge(), w.item(), l.item());
                pairwise::set_item(self.conn, &stage.id, winner, w_item, w.views + 1)?;
                pairwise::set_item(self.conn, &stage.id, loser, l_item, l.views + 1)?;
                pairwise::insert_vote(
                    self.conn,
                    &new_id(),
                    &stage.id,
                    judge,
                    winner,
                    loser,
                    Some(previous),
                    Some(current),
                    at,
                )?;
                self.hand(stage, judge, next, at)?;
                pairwise::set_judge(
                    self.conn,
                    &stage.id,
                    judge,
                    updated,
                    Some(current),
                    Some(next),
                    Some(at),
                    row.votes + 1,
                )?;
                // The entry just handed is on the judge's screen; they have
                // declared on it only if they have voted again since.
                if round + 1 < n {
                    self.declare_handed(stage, judge, next, at + TimeDelta::minutes(1))?;
                }
                votes += 1;
            }
        }
        Ok(votes)
    }

    /// The naming contest's first round: blind, every judge every entry,
    /// open now. One judge has scored everything, one most (a draft among
    /// them), one has declared a conflict and scored a few, one has not begun.
    /// Returns (submitted scores, assignments).
    fn judge_naming(
        &mut self,
        organizer: &str,
        contest: &str,
        entries: &[String],
        judges: &[Judge],
    ) -> Result<(usize, usize), ApiError> {
        let base = self.now.trunc_subsecs(0);
        let opens = base - TimeDelta::days(1);
        let created = opens - TimeDelta::days(2);
        let rubric = Rubric {
            criteria: vec![
                criterion("originality", "독창성", "Originality", 30.0, "다른 도시 이름과 구별되는 새로운 이름인가"),
                criterion(
                    "vision",
                    "상징성",
                    "Fit with the city's vision",
                    30.0,
                    "강과 바다가 만나는 스마트시티의 비전을 담았는가",
                ),
                criterion(
                    "memorability",
                    "부르기 쉬움",
                    "Easy to say and remember",
                    20.0,
                    "시민이 쉽게 부르고 기억할 수 있는가",
                ),
                criterion("usability", "활용성", "Usable in branding", 20.0, "로고·홍보물 등에 두루 쓸 수 있는가"),
            ],
            comment_required: false,
        };
        let recipe = Recipe {
            normalization: Normalization::None,
            aggregation: Aggregation::Mean,
            bonus_rules: Vec::new(),
            bonus_cap: None,
            blend: None,
            tie_breaks: vec![TieBreak::Criterion { key: "originality".to_owned() }, TieBreak::EarliestSubmission],
            advance: AdvanceRule::TopN { n: 8 },
        };
        let stage = self.stage(
            contest,
            organizer,
            StageSpec {
                name: text("1차 심사", "First round"),
                mode: RUBRIC,
                blind: true,
                opens_at: opens,
                closes_at: base + TimeDelta::days(6),
                assignment: Mode::Everyone,
                rubric: rubric.clone(),
                recipe,
            },
            created,
        )?;
        let panel = &judges[3..];
        for judge in panel {
            self.seat(&stage, organizer, judge, created + TimeDelta::hours(1), Some(created + TimeDelta::days(1)))?;
        }
        let planned = opens - TimeDelta::hours(2);
        let outcome = crate::routes::assignments::replan(self.conn, &stage, Some(organizer), planned)?;
        audit::record(
            self.conn,
            Some(organizer),
            "stage.assignments_planned",
            ("stage", Some(&stage.id)),
            json!({ "added": outcome.added, "short": outcome.short.len() }),
            planned,
        )?;
        // (entries declared on, submitted, drafts, a conflict with the entry at)
        let work = [(12, 12, 0, None), (12, 8, 1, None), (5, 3, 0, Some(4)), (0, 0, 0, None)];
        let mut submitted = 0;
        for (p, (judge, &(declared, submits, drafts, conflict))) in panel.iter().zip(work.iter()).enumerate() {
            let j = 3 + p;
            let (mut scored, mut drafted) = (0, 0);
            for (i, entry) in entries.iter().enumerate().take(declared) {
                let at = opens + TimeDelta::hours(1 + 3 * p as i64) + TimeDelta::minutes(10 * i as i64);
                let assignment =
                    assignments::find_pair(self.conn, &stage.id, &judge.id, entry)?.ok_or_else(ApiError::not_found)?;
                if conflict == Some(i) {
                    self.declare(&assignment, Some("응모자가 제 친척입니다."), at)?;
                    continue;
                }
                self.declare(&assignment, None, at)?;
                let quality = NAME_QUALITY.get(i).copied().unwrap_or(0.5);
                let values = sheet(&rubric, quality, j, i);
                if scored < submits {
                    self.score(&assignment, &rubric, &values, None, true, None, at + TimeDelta::minutes(4))?;
                    scored += 1;
                } else if drafted < drafts {
                    let partial: BTreeMap<String, f64> = values.into_iter().take(2).collect();
                    self.score(&assignment, &rubric, &partial, None, false, None, at + TimeDelta::minutes(4))?;
                    drafted += 1;
                }
            }
            submitted += scored;
        }
        Ok((submitted, outcome.added))
    }

    /// Closes a rubric stage as `POST /stages/{id}/close` does: the results
    /// computed by the recipe from the submitted scores and stored with their
    /// hashes, the entries its advance rule chose put into the next stage (if
    /// there is one), and the event recorded. Returns the advanced entries.
    fn close_stage(&mut self, stage_id: &str, by: &str, at: NaiveDateTime) -> Result<Vec<String>, ApiError> {
        let stage = stages::find(self.conn, stage_id)?.ok_or_else(ApiError::not_found)?;
        let (rubric, recipe, inputs) = crate::routes::results::gather(self.conn, &stage)?;
        let results = recipe::compute(&rubric, &recipe, &inputs);
        let advanced: Vec<String> = results.entries.iter().filter(|e| e.advances).map(|e| e.entry.clone()).collect();
        if stages::close(self.conn, &stage.id, by, at)? == 0 {
            return Err(ApiError::new(ErrorCode::StageClosed, "The stage is already closed."));
        }
        scores::store_results(
            self.conn,
            &stage.id,
            &results.recipe_hash,
            &results.inputs_hash,
            &to_json(&results)?,
            at,
        )?;
        let next = stages::next_of(self.conn, &stage)?;
        if let Some(next) = &next {
            stages::add_entries(self.conn, &next.id, &advanced, at)?;
        }
        audit::record(
            self.conn,
            Some(by),
            "stage.closed",
            ("stage", Some(&stage.id)),
            json!({
                "recipe_hash": results.recipe_hash,
                "inputs_hash": results.inputs_hash,
                "advanced": advanced,
                "next_stage_id": next.map(|n| n.id),
            }),
            at,
        )?;
        Ok(advanced)
    }

    fn stage(&mut self, contest: &str, by: &str, spec: StageSpec, at: NaiveDateTime) -> Result<Stage, ApiError> {
        let id = new_id();
        stages::insert(self.conn, &id, contest, &spec.fields()?, at)?;
        audit::record(
            self.conn,
            Some(by),
            "stage.created",
            ("stage", Some(&id)),
            json!({ "contest_id": contest }),
            at,
        )?;
        stages::find(self.conn, &id)?.ok_or_else(ApiError::not_found)
    }

    /// Invites the judge to the stage's panel and, if `accepted`, has them accept.
    fn seat(
        &mut self,
        stage: &Stage,
        by: &str,
        judge: &Judge,
        invited: NaiveDateTime,
        accepted: Option<NaiveDateTime>,
    ) -> Result<(), ApiError> {
        let id = new_id();
        stages::invite(self.conn, &id, &stage.id, &judge.email, by, invited)?;
        audit::record(
            self.conn,
            Some(by),
            "stage.judge_invited",
            ("stage", Some(&stage.id)),
            json!({ "judge": id }),
            invited,
        )?;
        if let Some(at) = accepted {
            stages::accept(self.conn, &id, &judge.id, at)?;
            audit::record(
                self.conn,
                Some(&judge.id),
                "stage.judge_accepted",
                ("stage", Some(&stage.id)),
                json!({ "judge": id }),
                at,
            )?;
        }
        Ok(())
    }

    /// The judge's declaration: no conflict, or a conflict with its reason.
    fn declare(&mut self, assignment: &Assignment, conflict: Option<&str>, at: NaiveDateTime) -> Result<(), ApiError> {
        let declaration = if conflict.is_some() { CONFLICT } else { NO_CONFLICT };
        assignments::declare(self.conn, &assignment.id, declaration, conflict, at)?;
        audit::record(
            self.conn,
            Some(&assignment.judge_id),
            "assignment.declared",
            ("assignment", Some(&assignment.id)),
            json!({ "declaration": declaration }),
            at,
        )?;
        Ok(())
    }

    /// Saves the judge's sheet (checked against the rubric as the API checks it).
    #[allow(clippy::too_many_arguments)] // What a judge sends, and when.
    fn score(
        &mut self,
        assignment: &Assignment,
        rubric: &Rubric,
        values: &BTreeMap<String, f64>,
        comment: Option<&str>,
        submit: bool,
        current: Option<&Score>,
        at: NaiveDateTime,
    ) -> Result<Score, ApiError> {
        rubric.validate_sheet(values, comment, submit).map_err(ApiError::validation)?;
        let values = to_json(values)?;
        let new = NewScore { values: &values, comment, status: if submit { SUBMITTED } else { DRAFT } };
        Ok(scores::save(self.conn, assignment, current, &new, &assignment.judge_id, at)?)
    }

    /// Hands a pairwise judge their next entry: seen, and assigned.
    fn hand(&mut self, stage: &Stage, judge: &str, entry: &str, at: NaiveDateTime) -> Result<(), ApiError> {
        pairwise::mark_seen(self.conn, &stage.id, judge, entry, None, at)?;
        let pair = [(judge.to_owned(), entry.to_owned())];
        assignments::insert_many(self.conn, &stage.id, &pair, ORIGIN_PAIRWISE, None, at)?;
        Ok(())
    }

    fn declare_handed(&mut self, stage: &Stage, judge: &str, entry: &str, at: NaiveDateTime) -> Result<(), ApiError> {
        let assignment = assignments::find_pair(self.conn, &stage.id, judge, entry)?.ok_or_else(ApiError::not_found)?;
        self.declare(&assignment, None, at)
    }
}

impl Season<'_> {
    /// The photo contest, from judging to announced results: a blind rubric
    /// review ("본심사") where four judges scored every photo, closed with its
    /// results stored; a public vote in which `voters` each chose one photo;
    /// five award tiers with the winners proposed from both, as `POST
    /// /contests/{id}/awards/propose` does; two winners' credits (a pen name,
    /// and one who asked not to be named); and the announcement, published
    /// as the background job publishes it — results frozen, a certificate
    /// per award, a mail to every entrant queued.
    fn announce_photo(
        &mut self,
        organizer: &str,
        contest: &str,
        entries: &[String],
        judges: &[Judge],
        voters: &[String],
    ) -> Result<PhotoResults, ApiError> {
        let base = self.now.trunc_subsecs(0);
        // Submissions closed 30 days ago (see `PHOTO`).
        let created = base - TimeDelta::days(29);
        let opens = base - TimeDelta::days(26);
        let scoring_closes = base - TimeDelta::days(19);
        let closed_at = base - TimeDelta::days(18);
        let ballot_set = closed_at + TimeDelta::hours(2);
        let voting_opens = base - TimeDelta::days(17);
        let voting_closes = base - TimeDelta::days(10);
        let tiers_set = base - TimeDelta::days(9);
        let proposed = base - TimeDelta::days(8);
        let announcement_set = proposed + TimeDelta::hours(3);
        let credits_set = base - TimeDelta::days(6);
        let announce_at = base - TimeDelta::days(5);

        let rubric = Rubric {
            criteria: vec![
                criterion("theme", "주제 적합성", "Fit with the theme", 30.0, "스마트시티가 바꾸는 일상을 잘 담았는가"),
                criterion("artistry", "예술성", "Artistic merit", 30.0, "구도·빛·색이 아름답고 울림이 있는가"),
                criterion("creativity", "창의성", "Creativity", 20.0, "새로운 시선과 표현으로 담았는가"),
                criterion("technique", "기술 완성도", "Technical quality", 20.0, "초점·노출·보정이 적절한가"),
            ],
            comment_required: false,
        };
        let recipe = Recipe {
            normalization: Normalization::ZScore,
            aggregation: Aggregation::Mean,
            bonus_rules: Vec::new(),
            bonus_cap: None,
            blend: None,
            tie_breaks: vec![TieBreak::Criterion { key: "theme".to_owned() }, TieBreak::EarliestSubmission],
            advance: AdvanceRule::TopN { n: 7 },
        };
        let stage = self.stage(
            contest,
            organizer,
            StageSpec {
                name: text("본심사", "Main judging"),
                mode: RUBRIC,
                blind: true,
                opens_at: opens,
                closes_at: scoring_closes,
                assignment: Mode::Everyone,
                rubric: rubric.clone(),
                recipe,
            },
            created,
        )?;
        let panel = [1, 2, 4, 6];
        for &j in &panel {
            self.seat(
                &stage,
                organizer,
                &judges[j],
                created + TimeDelta::hours(1),
                Some(created + TimeDelta::days(1)),
            )?;
        }
        let planned = opens - TimeDelta::hours(2);
        let outcome = crate::routes::assignments::replan(self.conn, &stage, Some(organizer), planned)?;
        audit::record(
            self.conn,
            Some(organizer),
            "stage.assignments_planned",
            ("stage", Some(&stage.id)),
            json!({ "added": outcome.added, "short": outcome.short.len() }),
            planned,
        )?;
        for (p, &j) in panel.iter().enumerate() {
            for (i, entry) in entries.iter().enumerate() {
                let at = opens + TimeDelta::days(1 + p as i64) + TimeDelta::minutes(20 * i as i64);
                let assignment = assignments::find_pair(self.conn, &stage.id, &judges[j].id, entry)?
                    .ok_or_else(ApiError::not_found)?;
                self.declare(&assignment, None, at - TimeDelta::minutes(5))?;
                let quality = PHOTOS.get(i).map_or(0.5, |shot| shot.quality);
                let values = sheet(&rubric, quality, j, 40 + i);
                let comment = (p == 0 && i == 3)
                    .then_some("1번 응모작과 같은 사진으로 보입니다. 중복 응모 여부를 확인해 주세요.");
                self.score(&assignment, &rubric, &values, comment, true, None, at)?;
            }
        }
        self.close_stage(&stage.id, organizer, closed_at)?;

        // The public vote: one photo each, over every entry.
        let ballot = new_id();
        let fields = BallotFields {
            opens_at: voting_opens,
            closes_at: voting_closes,
            scope: votes::SCOPE_ALL.to_owned(),
            stage_id: None,
            max_votes: 1,
        };
        votes::insert(self.conn, &ballot, contest, &fields, ballot_set)?;
        audit::record(
            self.conn,
            Some(organizer),
            "ballot.set",
            ("contest", Some(contest)),
            json!({ "max_votes": fields.max_votes, "scope": fields.scope }),
            ballot_set,
        )?;
        let picks: Vec<&String> =
            entries.iter().zip(PHOTOS.iter()).flat_map(|(e, shot)| std::iter::repeat_n(e, shot.votes)).collect();
        let mut cast = 0;
        for (v, voter) in voters.iter().enumerate().take(picks.len()) {
            // A fixed shuffle (7 is prime to the 30 picks), a vote every five hours or so.
            let entry = picks[(v * 7) % picks.len()];
            let at = voting_opens + TimeDelta::minutes(317 * v as i64 + 23);
            votes::lock_voter_and_read(self.conn, &ballot, voter)?;
            cast += votes::insert_votes(self.conn, &ballot, voter, &[(entry.as_str(), 1)], None, at)?
                .map_or(0, |v| v.len());
        }

        // The tiers, then the winners proposed from the closed stage's stored
        // results and the vote.
        let tier = |key: &str, ko: &str, en: &str, count: u32, prize: &str, peoples_choice: bool| Tier {
            key: key.to_owned(),
            label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) },
            count,
            prize: Some(prize.to_owned()),
            peoples_choice,
        };
        let tiers = vec![
            tier("grand", "대상", "Grand prize", 1, "국토교통부 장관상, 상금 200만 원", false),
            tier("excellence", "최우수상", "Excellence award", 1, "상금 100만 원", false),
            tier("merit", "우수상", "Merit award", 2, "상금 각 50만 원", false),
            tier("encouragement", "장려상", "Encouragement award", 3, "상금 각 20만 원", false),
            tier(
                "peoples_choice",
                "인기상",
                "People's choice award",
                1,
                "온라인 시민 투표 최다 득표, 상품권 10만 원",
                true,
            ),
        ];
        check_tiers(&tiers).map_err(ApiError::validation)?;
        awards::insert_settings(self.conn, contest, &to_json(&tiers)?, true, tiers_set)?;
        audit::record(
            self.conn,
            Some(organizer),
            "awards.tiers_set",
            ("contest", Some(contest)),
            json!({ "tiers": tiers.len() }),
            tiers_set,
        )?;
        use crate::routes::awards::{final_ranking, popular_ranking, with_entrants};
        let jury = final_ranking(self.conn, contest)?;
        let ranking = with_entrants(self.conn, jury)?;
        let popular = popular_ranking(self.conn, contest)?;
        let popular = with_entrants(self.conn, popular)?;
        let proposals = propose(&tiers, &ranking, &popular, true);
        for p in &proposals {
            let place = i32::try_from(p.place).map_err(ApiError::internal)?;
            awards::insert(
                self.conn,
                contest,
                &p.tier,
                place,
                &p.entry_id,
                awards::PROPOSED,
                None,
                organizer,
                proposed,
            )?;
        }
        let after: Vec<(&str, u32, &str)> =
            proposals.iter().map(|p| (p.tier.as_str(), p.place, p.entry_id.as_str())).collect();
        let before: Vec<(String, i32, String)> = Vec::new();
        audit::record(
            self.conn,
            Some(organizer),
            "awards.proposed",
            ("contest", Some(contest)),
            json!({ "before": before, "after": after }),
            proposed,
        )?;

        // Before the announcement, the excellence winner chose a pen name and
        // a merit winner asked not to be named.
        let credits = [("excellence", 1, Some(PEN_NAME), false), ("merit", 2, None, true)];
        for (n, (tier, place, name, hidden)) in credits.into_iter().enumerate() {
            let Some(award) = proposals.iter().find(|p| p.tier == tier && p.place == place) else { continue };
            let entry = entries::find(self.conn, &award.entry_id)?.ok_or_else(ApiError::not_found)?;
            let at = credits_set + TimeDelta::hours(3 * n as i64);
            announcements::set_credit(self.conn, &entry.id, name, hidden)?;
            audit::record(
                self.conn,
                Some(&entry.user_id),
                "entry.credit_set",
                ("entry", Some(&entry.id)),
                json!({ "hidden": hidden }),
                at,
            )?;
        }

        let announcement = announcements::Settings { announce_at, show_breakdowns: true, gallery_open: true };
        announcements::insert(self.conn, contest, &announcement, organizer, announcement_set)?;
        audit::record(
            self.conn,
            Some(organizer),
            "announcement.set",
            ("contest", Some(contest)),
            json!({
                "announce_at": format_time(announcement.announce_at),
                "show_breakdowns": announcement.show_breakdowns,
                "gallery_open": announcement.gallery_open,
            }),
            announcement_set,
        )?;
        // Published at its time, as the background job does.
        if !crate::publication::publish(self.conn, self.settings, contest, announce_at)? {
            return Err(ApiError::internal(anyhow::anyhow!("the photo contest's results were not published")));
        }
        Ok(PhotoResults {
            tiers: tiers.len(),
            awards: proposals.len(),
            certificates: announcements::certificates_of_contest(self.conn, contest)?.len(),
            votes: cast,
        })
    }
}

/// A photo of the photo contest: what its entrant wrote, how good the jury
/// finds it (0 to 1), and how many of the public's votes it gets.
struct Shot {
    title: &'static str,
    place: &'static str,
    taken_on: &'static str,
    description: &'static str,
    quality: f64,
    votes: usize,
}

const fn shot(
    title: &'static str,
    place: &'static str,
    taken_on: &'static str,
    description: &'static str,
    quality: f64,
    votes: usize,
) -> Shot {
    Shot { title, place, taken_on, description, quality, votes }
}

/// The twelve photos, in the order received. The public's favourite (the
/// media façade, 9 of 30 votes) is not among the jury's seven best, so the
/// people's choice goes to it.
const PHOTOS: [Shot; 12] = [
    shot(
        "새벽을 여는 자율주행 셔틀",
        "세종특별자치시 5-1 생활권",
        "2018-07-21",
        "첫차 시간, 승객을 기다리는 자율주행 셔틀의 불빛을 담았습니다.",
        0.9,
        6,
    ),
    shot(
        "스마트 가로등 아래 귀갓길",
        "서울특별시 은평구",
        "2018-06-30",
        "사람이 다가오면 밝아지는 가로등 덕분에 밤길이 환합니다.",
        0.55,
        2,
    ),
    shot(
        "공유자전거 출근 행렬",
        "대전광역시 유성구",
        "2018-05-14",
        "아침마다 대여소 앞에 늘어선 공유자전거와 출근하는 시민들입니다.",
        0.7,
        2,
    ),
    // The first photo again, entered by another citizen.
    shot("새벽 셔틀", "세종특별자치시", "2018-07-21", "자율주행 셔틀이 출발하는 새벽 풍경입니다.", 0.35, 0),
    shot(
        "물길 따라 흐르는 데이터",
        "부산광역시 강서구",
        "2018-08-02",
        "에코델타시티 수변 공원의 수질 센서 곁을 산책하는 가족입니다.",
        0.8,
        4,
    ),
    shot(
        "버스정류장의 작은 도서관",
        "경기도 수원시",
        "2018-04-19",
        "스마트 쉼터에서 버스를 기다리며 전자책을 읽는 학생입니다.",
        0.6,
        1,
    ),
    shot(
        "할머니의 첫 영상통화",
        "전라남도 순천시",
        "2018-05-08",
        "마을회관 스마트 돌봄 화면으로 손주와 통화하는 할머니의 웃음입니다.",
        0.85,
        3,
    ),
    shot(
        "빈자리를 알려 주는 초록 불빛",
        "서울특별시 마포구",
        "2018-06-11",
        "빈 주차면마다 초록 불이 켜진 공영주차장입니다.",
        0.5,
        1,
    ),
    shot(
        "옥상 위 스마트 텃밭",
        "대구광역시 북구",
        "2018-07-03",
        "토양 센서가 물을 주는 아파트 옥상 텃밭에서 아이들이 상추를 땁니다.",
        0.75,
        1,
    ),
    shot(
        "골목길 미디어 파사드",
        "서울특별시 종로구",
        "2018-08-10",
        "오래된 골목 담벼락에 주민들이 만든 빛 그림이 흐릅니다.",
        0.45,
        9,
    ),
    shot(
        "미세먼지 신호등",
        "경기도 시흥시",
        "2018-03-27",
        "대기질에 따라 색이 바뀌는 학교 앞 신호등과 등굣길입니다.",
        0.65,
        1,
    ),
    shot(
        "키오스크 앞 첫 주문",
        "광주광역시 동구",
        "2018-07-29",
        "무인 주문기 사용법을 배우는 어르신과 곁에서 돕는 청년입니다.",
        0.4,
        0,
    ),
];

fn review_comment(quality: f64) -> &'static str {
    if quality >= 0.75 {
        "문제 정의가 명확하고 데이터 활용이 설득력 있습니다. 시연도 완성도가 높습니다."
    } else if quality >= 0.5 {
        "아이디어는 좋으나 실증 계획과 운영 주체를 더 구체화하면 좋겠습니다."
    } else {
        "기존 서비스와의 차별점이 잘 드러나지 않고 구현 범위가 작습니다."
    }
}

/// A hackathon team and its project.
struct Project {
    team: &'static str,
    name: &'static str,
    problem: &'static str,
    solution: &'static str,
}

const fn project(team: &'static str, name: &'static str, problem: &'static str, solution: &'static str) -> Project {
    Project { team, name, problem, solution }
}

const TEAMS: [Project; 30] = [
    project(
        "모두의정류장",
        "혼잡 버스 실시간 분산 안내",
        "출퇴근 시간 특정 노선 버스의 과밀",
        "정류장별 혼잡도를 예측해 대체 노선과 출발 시각을 안내합니다.",
    ),
    project(
        "파킹메이트",
        "공유 주차면 매칭 플랫폼",
        "주거지 야간 주차난과 낮 시간 빈 주차면",
        "건물 부설 주차장의 빈 시간을 이웃과 공유하도록 예약과 정산을 자동화합니다.",
    ),
    project(
        "안심귀갓길",
        "AI 안심 귀갓길 내비게이션",
        "심야 보행자의 범죄 불안",
        "CCTV·가로등·심야 영업 상점 데이터를 합쳐 밝고 안전한 경로를 안내합니다.",
    ),
    project(
        "에너지바람",
        "아파트 단지 전력 피크 분산",
        "여름철 단지 전력 피크와 관리비 부담",
        "세대별 스마트미터 데이터로 피크 시간 절전에 보상하는 수요 관리를 운영합니다.",
    ),
    project(
        "그린루프",
        "옥상 녹화 효과 시뮬레이터",
        "도심 열섬 현상",
        "위성 열지도와 건물 데이터로 옥상 녹화 효과가 큰 곳을 찾아 줍니다.",
    ),
    project(
        "미세먼지제로",
        "골목 단위 미세먼지 지도",
        "측정소가 멀어 체감과 다른 대기질 정보",
        "저가 센서망과 보정 모델로 골목 단위 농도를 보여 줍니다.",
    ),
    project(
        "돌봄링크",
        "홀몸 어르신 생활 안부 알림",
        "고독사와 돌봄 공백",
        "전력·수도 사용 패턴의 이상을 감지해 돌봄 인력에게 알립니다.",
    ),
    project(
        "휠체어로드",
        "무장애 보행 경로 지도",
        "휠체어·유모차 이용자의 이동 단절",
        "시민 제보와 보도 데이터로 턱과 급경사가 없는 경로를 안내합니다.",
    ),
    project(
        "분리박사",
        "스마트 분리배출 보상 서비스",
        "재활용품 오염과 낮은 분리배출률",
        "이미지 인식으로 올바른 배출을 확인하고 지역화폐 포인트를 줍니다.",
    ),
    project(
        "물길지킴이",
        "도시 침수 조기 경보",
        "집중호우 때 저지대 침수",
        "하수관 수위 센서와 강우 예보로 30분 전에 침수 위험을 알립니다.",
    ),
    project(
        "따릉따릉",
        "공유자전거 재배치 최적화",
        "대여소별 자전거 쏠림",
        "수요 예측으로 재배치 차량의 경로와 시간을 최적화합니다.",
    ),
    project(
        "스쿨존가드",
        "어린이 보호구역 위험 예측",
        "어린이 보호구역 교통사고",
        "차량 속도와 보행량으로 위험 시간대를 예측해 전광판으로 경고합니다.",
    ),
    project(
        "로컬푸드온",
        "우리 동네 농산물 공동 배송",
        "가까운 농산물의 긴 유통 경로",
        "생활권 단위 공동 배송으로 당일 직거래를 연결합니다.",
    ),
    project(
        "민원한눈",
        "AI 생활 민원 자동 분류",
        "민원 처리 지연과 부서 간 떠넘기기",
        "민원 글을 자동 분류해 담당 부서와 비슷한 처리 사례를 추천합니다.",
    ),
    project(
        "시니어모빌",
        "수요응답형 어르신 셔틀",
        "대중교통이 닿지 않는 마을의 병원 이동",
        "호출을 모아 최적 경로로 도는 수요응답형 셔틀을 배차합니다.",
    ),
    project(
        "빈집다시",
        "원도심 빈집 활용 매칭",
        "원도심 빈집 증가",
        "빈집 정보와 청년 창업·주거 수요를 연결하고 수선 비용을 추정합니다.",
    ),
    project(
        "소음지도",
        "시민 측정 소음 지도",
        "소음 갈등과 근거 없는 민원",
        "스마트폰 측정값을 모아 시간대별 소음 지도를 만듭니다.",
    ),
    project(
        "충전길",
        "전기차 충전 대기 예측",
        "충전소 대기와 고장 난 충전기",
        "충전기 상태와 이용 패턴으로 대기 시간을 예측해 예약을 안내합니다.",
    ),
    project(
        "공원어때",
        "공원 혼잡도 안내",
        "주말 공원 쏠림과 편의시설 정보 부족",
        "출입 계수 센서로 혼잡도를 보여 주고 한산한 공원을 추천합니다.",
    ),
    project(
        "탄소발자국",
        "시민 탄소 절감 챌린지",
        "개인의 탄소 감축 동기 부족",
        "대중교통·자전거 이용을 탄소 절감량으로 환산해 보상합니다.",
    ),
    project(
        "스마트횡단",
        "보행 신호 자동 연장",
        "어르신이 건너기에 짧은 보행 신호",
        "영상으로 보행 속도를 감지해 보행 신호를 자동으로 늘립니다.",
    ),
    project(
        "데이터텃밭",
        "도시농업 스마트 물주기",
        "공동 텃밭의 물 낭비",
        "토양 수분 센서로 필요한 만큼만 자동으로 물을 줍니다.",
    ),
    project(
        "골든타임",
        "긴급차량 우선 신호",
        "교차로에서 늦어지는 구급차 출동",
        "긴급차량 위치에 맞춰 교차로 신호를 미리 바꿔 길을 엽니다.",
    ),
    project(
        "다국어도시",
        "외국인 주민 생활 안내 챗봇",
        "외국인 주민의 행정 정보 접근성",
        "다국어 챗봇이 전입 신고·쓰레기 배출·의료 정보를 안내합니다.",
    ),
    project(
        "열린공간",
        "공공 유휴공간 통합 예약",
        "주민센터·학교의 비어 있는 공간",
        "공공 공간의 빈 시간을 한곳에서 예약하고 출입을 자동화합니다.",
    ),
    project(
        "가로수닥터",
        "가로수 건강 진단",
        "병든 가로수가 쓰러지는 사고",
        "차량 카메라 영상으로 가로수 상태를 진단해 정비 순서를 정합니다.",
    ),
    project(
        "잔반제로",
        "학교 급식 잔반 줄이기",
        "급식 잔반과 처리 비용",
        "잔반 무게를 재어 메뉴별 선호를 분석하고 식단과 배식량을 조정합니다.",
    ),
    project(
        "라스트마일",
        "단지 로봇 공동 배송",
        "아파트 단지 안 택배 차량 혼잡",
        "단지 입구 거점에서 로봇이 세대 앞까지 배송합니다.",
    ),
    project(
        "열린하천",
        "하천 수질 시민 모니터링",
        "생활 하천 오염을 늦게 발견함",
        "부표형 센서와 시민 사진 제보로 수질 이상을 일찍 알립니다.",
    ),
    project(
        "건강사랑방",
        "경로당 건강 관리 키오스크",
        "어르신 만성질환 관리 공백",
        "혈압·혈당 측정 기록을 보건소와 이어 맞춤 건강 상담을 제공합니다.",
    ),
];

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(ApiError::internal)
}

fn adult(age: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026 - age, 3, 15).unwrap_or_default()
}

/// Twelve procedurally drawn "photos" (a sky, a river, a park, a sunset, a
/// night street, …), as JPEG: one for each entry of the photo contest.
fn demo_photos() -> anyhow::Result<Vec<Vec<u8>>> {
    let palettes: [[u8; 3]; PHOTOS.len()] = [
        [70, 130, 200],
        [40, 160, 150],
        [90, 170, 60],
        [220, 120, 60],
        [30, 40, 90],
        [230, 150, 170],
        [200, 110, 40],
        [120, 120, 130],
        [110, 180, 80],
        [130, 90, 170],
        [30, 140, 160],
        [210, 180, 70],
    ];
    palettes
        .iter()
        .enumerate()
        .map(|(n, base)| {
            let image = image::RgbImage::from_fn(960, 640, |x, y| {
                let wave = ((x as f32 / (40.0 + 15.0 * n as f32)).sin() * 30.0) as i32;
                let shade = |c: u8, k: i32| (i32::from(c) + k + wave).clamp(0, 255) as u8;
                let k =
                    (y as i32 * 80 / 640) - 40 + if (x / 120 + y / 90 + n as u32).is_multiple_of(3) { 25 } else { 0 };
                image::Rgb([shade(base[0], k), shade(base[1], k / 2), shade(base[2], -k)])
            });
            let mut out = std::io::Cursor::new(Vec::new());
            image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Jpeg)?;
            Ok(out.into_inner())
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Texts<'a> {
    title_ko: &'a str,
    title_en: &'a str,
    summary_ko: &'a str,
    summary_en: &'a str,
    description_ko: &'a str,
    prizes: &'a str,
    opened_days_ago: i64,
    /// Negative: submissions have closed (the contest is being judged).
    closes_in_days: i64,
}

const RULES: &str = "## 응모 규칙\n\n- 본인이 창작한 미발표 작품만 응모할 수 있습니다.\n- 표절·중복 응모가 확인되면 심사에서 제외됩니다.\n- 수상작의 저작권은 응모자에게 있으며, 주최 측은 전시·홍보 목적으로 이용할 수 있습니다.\n";

const NAMING: Texts<'static> = Texts {
    title_ko: "부산 에코델타 스마트시티 네이밍·슬로건 공모",
    title_en: "Busan Eco Delta Smart City naming and slogan contest",
    summary_ko: "국가 시범도시 부산 에코델타시티의 새 이름과 슬로건을 지어 주세요.",
    summary_en: "Name the national pilot smart city in Busan and give it a slogan.",
    description_ko: "**부산 에코델타시티**는 세종 5-1 생활권과 함께 선정된 국가 스마트시티 시범도시입니다.\n\n시민이 부르기 쉽고 도시의 비전을 담은 이름과 슬로건을 공모합니다.",
    prizes: "대상 1점(상금 300만 원), 우수상 2점, 장려상 5점",
    opened_days_ago: 30,
    closes_in_days: -2,
};
const PHOTO: Texts<'static> = Texts {
    title_ko: "WSCW 2018 스마트시티 사진 공모전",
    title_en: "WSCW 2018 smart city photo contest",
    summary_ko: "생활 속 스마트시티의 모습을 사진으로 보여 주세요.",
    summary_en: "Show the smart city in everyday life.",
    description_ko: "제2회 월드 스마트시티 위크(9.18~20, 킨텍스)에 전시할 사진을 공모합니다.\n\n심사위원 본심사와 시민 온라인 투표(인기상)로 수상작을 정합니다.",
    prizes: "대상 1점(국토교통부 장관상), 최우수상 1점, 우수상 2점, 장려상 3점, 인기상 1점 — 수상작은 킨텍스에 전시",
    opened_days_ago: 60,
    closes_in_days: -30,
};
const HACKATHON: Texts<'static> = Texts {
    title_ko: "WSCW 2018 스마트시티 해커톤",
    title_en: "WSCW 2018 smart city hackathon",
    summary_ko: "2~5명이 한 팀이 되어 도시 문제를 데이터와 기술로 풉니다.",
    summary_en: "Teams of 2 to 5 solve city problems with data and technology.",
    description_ko: "서류 심사로 본선 진출 팀을 정하고, 행사 기간 중 무박 2일 해커톤으로 최종 순위를 가립니다.",
    prizes: "대상(국토교통부 장관상) 1팀, 최우수상 2팀, 우수상 3팀",
    opened_days_ago: 45,
    closes_in_days: -20,
};
const IDEA: Texts<'static> = Texts {
    title_ko: "스마트시티 테마형 특화단지 아이디어·솔루션 공모",
    title_en: "Smart city theme complex idea and solution contest",
    summary_ko: "기존 도시의 지역 문제를 푸는 특화단지 아이디어와 솔루션을 찾습니다.",
    summary_en: "Ideas and solutions for theme complexes that solve local problems.",
    description_ko: "테마형 특화단지 조성사업에 적용할 시민 아이디어와 기업 솔루션을 공모합니다.",
    prizes: "최우수상 1점, 우수상 3점",
    opened_days_ago: 10,
    closes_in_days: 20,
};
const DRAWING: Texts<'static> = Texts {
    title_ko: "어린이 스마트시티 그림 그리기 대회",
    title_en: "Children's smart city drawing contest",
    summary_ko: "13세 이하 어린이가 상상하는 미래 도시를 그려 주세요.",
    summary_en: "Children up to 13 draw the city of the future.",
    description_ko: "유치부와 초등부로 나누어 심사하며, 수상 어린이는 개막식 무대에 함께합니다. 보호자 동의가 필요합니다.",
    prizes: "부문별 대상 1점, 금상 2점, 은상 3점",
    opened_days_ago: 10,
    closes_in_days: 15,
};
const DESIGN: Texts<'static> = Texts {
    title_ko: "월드 스마트시티 위크 BI 공모전",
    title_en: "World Smart City Week BI contest",
    summary_ko: "월드 스마트시티 위크를 대표할 BI(로고)를 디자인해 주세요.",
    summary_en: "Design the brand identity (logo) of World Smart City Week.",
    description_ko: "SVG, PNG 또는 JPEG로 시안을 올리고, 디자인 설명서는 PDF로 첨부할 수 있습니다.",
    prizes: "채택작 1점(상금 500만 원)",
    opened_days_ago: 10,
    closes_in_days: 18,
};
const SIMULATION: Texts<'static> = Texts {
    title_ko: "세종 가상도시 시뮬레이션 경진대회",
    title_en: "Sejong virtual city simulation competition",
    summary_ko: "세종 5-1 생활권을 가상으로 설계하고 시뮬레이션한 결과를 겨룹니다.",
    summary_en: "Design Sejong's pilot district virtually and compete on the simulation.",
    description_ko: "교통, 에너지, 안전 중 하나의 주제로 시뮬레이션 모델과 결과 보고서를 제출합니다.",
    prizes: "대상 1팀, 최우수상 1팀",
    opened_days_ago: 10,
    closes_in_days: 25,
};
