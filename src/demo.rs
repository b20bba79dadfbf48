//! `modu demo`: a demo season taken from the source documents — the contests
//! of the 2nd World Smart City Week (WSCW 2018) run by the Ministry of Land,
//! Infrastructure and Transport, and the Busan Eco Delta City naming and
//! slogan contest — with an organizer, citizens, teams and entries (a few
//! duplicate names and a few photos, one of them entered twice).
//!
//! It writes through the same data layer the API uses, in one transaction,
//! and refuses to load twice. Dates are relative to now so the contests are
//! open when a person looks. Every demo account shares one password, printed
//! at the end.

use anyhow::Context;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde_json::{Value, json};

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::db::contests::{self, ContestFields};
use crate::db::entries::{self, Slot};
use crate::db::files::{self, NewFile};
use crate::db::{DbConnection, consents, organizations, screening, teams, users};
use crate::domain::contest::ContestKind;
use crate::domain::ids::new_id;
use crate::domain::{Password, consent, password};
use crate::error::ApiError;
use crate::files::FileKind;
use crate::storage::{LocalFolder, Storage};

pub const PASSWORD: &str = "modu-demo-2018";
pub const ORGANIZER_EMAIL: &str = "organizer@molit.demo.modu.kr";

const FAMILY: [&str; 10] = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
const GIVEN: [&str; 12] = ["민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은", "시우", "지민", "주원", "수아"];

/// What was loaded, for the operator.
pub struct Summary {
    pub contests: usize,
    pub citizens: usize,
    pub entries: usize,
    pub teams: usize,
}

pub async fn load(settings: &Settings) -> anyhow::Result<Option<Summary>> {
    let hash = password::hash(&Password::parse(PASSWORD, None).map_err(|p| anyhow::anyhow!("{}", p.message()))?)?;
    let db = crate::startup::open_database(settings).await?;
    let storage = LocalFolder::open(&settings.storage_dir)
        .with_context(|| format!("Failed to open {}", settings.storage_dir.display()))?;
    let photos = demo_photos()?;
    let now = SystemClock.now_naive();
    db.write(move |conn| Season { conn, hash: &hash, now, storage: &storage, photos: &photos }.load())
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))
}

struct Season<'a> {
    conn: &'a mut DbConnection,
    hash: &'a str,
    now: NaiveDateTime,
    storage: &'a LocalFolder,
    photos: &'a [Vec<u8>],
}

impl Season<'_> {
    fn load(mut self) -> Result<Option<Summary>, ApiError> {
        if organizations::find_by_slug(self.conn, "molit")?.is_some() {
            return Ok(None);
        }
        let organizer = self.person(ORGANIZER_EMAIL, "국토교통부 담당자", adult(40), None)?;
        let org = new_id();
        organizations::insert(
            self.conn,
            &organizations::NewOrganization {
                id: &org,
                slug: "molit",
                name_ko: "국토교통부",
                name_en: Some("Ministry of Land, Infrastructure and Transport"),
                created_at: self.now,
                updated_at: self.now,
            },
        )?;
        organizations::add_member(self.conn, &org, &organizer, organizations::ROLE_ORGANIZER, self.now)?;

        let citizens: Vec<String> = (0..90)
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
        for (i, name) in names.iter().enumerate() {
            let answers = json!({ "name": name, "meaning": "강과 바다가 만나는 부산의 스마트시티를 떠올리게 하는 이름입니다." });
            self.entry(&naming, &citizens[i], None, answers, i as i64)?;
            entries += 1;
        }

        let photo = self.contest(&org, "wscw2018-photo", ContestKind::Photo, PHOTO)?;
        for (i, citizen) in citizens[20..24].iter().enumerate() {
            let answers = json!({
                "title": format!("스마트한 하루 {}", i + 1),
                "place": "세종특별자치시",
                "taken_on": "2018-08-15",
                "exhibition_licence": true,
            });
            let entry = self.entry(&photo, citizen, None, answers, i as i64)?;
            // The fourth citizen entered the first citizen's photo again.
            self.photo(&entry, &photo, "photos", if i == 3 { 0 } else { i })?;
            entries += 1;
        }

        let hackathon = self.contest(&org, "wscw2018-hackathon", ContestKind::Hackathon, HACKATHON)?;
        let members = &citizens[30..90];
        for t in 0..30 {
            let team = new_id();
            let leader = &members[t * 2];
            teams::insert(self.conn, &team, &hackathon, &format!("스마트팀 {:02}", t + 1), leader, self.now)?;
            teams::add_member(self.conn, &team, &hackathon, leader, self.now)?;
            teams::add_member(self.conn, &team, &hackathon, &members[t * 2 + 1], self.now)?;
            teams::take_place(self.conn, &team, 5, self.now)?;
            let answers = json!({
                "project_name": format!("도시 문제 해결 프로젝트 {}", t + 1),
                "problem": "출퇴근 시간 대중교통 혼잡",
                "solution": "실시간 데이터로 버스 배차를 조정합니다.",
            });
            self.entry(&hackathon, leader, Some(&team), answers, t as i64)?;
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
        Ok(Some(Summary { contests: 7, citizens: citizens.len() + children.len(), entries, teams: 30 }))
    }

    fn person(&mut self, email: &str, name: &str, birth: NaiveDate, guardian: Option<&str>) -> Result<String, ApiError> {
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
                email_verified_at: Some(self.now),
                is_admin: false,
                guardian_name: guardian,
                guardian_email: guardian.map(|_| "guardian@demo.modu.kr"),
                tokens_valid_after: self.now,
                created_at: self.now,
                updated_at: self.now,
            },
        )?;
        if guardian.is_some() {
            users::set_guardian_consented(self.conn, &id, self.now)?;
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
                    recorded_at: self.now,
                },
            )?;
        }
        Ok(id)
    }

    fn contest(&mut self, org: &str, slug: &str, kind: ContestKind, text: Texts) -> Result<String, ApiError> {
        let id = new_id();
        let opens_at = self.now - TimeDelta::days(10);
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
        contests::insert(self.conn, &id, org, slug, &fields, self.now)?;
        contests::publish(self.conn, &id, self.now - TimeDelta::days(11))?;
        Ok(id)
    }

    /// A submitted entry, received `order` minutes into the contest.
    fn entry(&mut self, contest: &str, user: &str, team: Option<&str>, answers: Value, order: i64) -> Result<String, ApiError> {
        let id = new_id();
        let found = contests::find(self.conn, contest)?.ok_or_else(ApiError::not_found)?;
        let form: crate::domain::contest::Form = serde_json::from_str(&found.form).map_err(ApiError::internal)?;
        let answers: crate::domain::contest::Answers = serde_json::from_value(answers).map_err(ApiError::internal)?;
        entries::insert_draft(self.conn, &id, contest, user, team, None, &to_json(&answers)?, self.now)?;
        let key = form.duplicate_text(&answers).map(crate::domain::naming::normalize).filter(|k| !k.is_empty());
        screening::set_name_key(self.conn, &id, key.as_deref(), self.now)?;
        let seq = contests::next_receipt_seq(self.conn, contest)?;
        let receipt = format!("{}-{:05}", found.slug.to_uppercase(), seq);
        let slot = if team.is_some() { Slot::Team(1) } else { Slot::Person(1) };
        let received = found.opens_at + TimeDelta::minutes(order);
        entries::mark_submitted(self.conn, &id, slot, &receipt, received)?;
        if let Some(key) = key {
            screening::claim_name(self.conn, &id, received)?;
            screening::regroup(self.conn, contest, &key)?;
        }
        Ok(id)
    }

    fn photo(&mut self, entry: &str, contest: &str, slot: &str, which: usize) -> Result<(), ApiError> {
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
            self.now,
        )?;
        Ok(())
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(ApiError::internal)
}

fn adult(age: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026 - age, 3, 15).unwrap_or_default()
}

/// Three procedurally drawn "photos" (a sky, a river, a park), as JPEG.
fn demo_photos() -> anyhow::Result<Vec<Vec<u8>>> {
    let palettes: [[u8; 3]; 3] = [[70, 130, 200], [40, 160, 150], [90, 170, 60]];
    palettes
        .iter()
        .enumerate()
        .map(|(n, base)| {
            let image = image::RgbImage::from_fn(960, 640, |x, y| {
                let wave = ((x as f32 / (40.0 + 15.0 * n as f32)).sin() * 30.0) as i32;
                let shade = |c: u8, k: i32| (i32::from(c) + k + wave).clamp(0, 255) as u8;
                let k = (y as i32 * 80 / 640) - 40 + if (x / 120 + y / 90 + n as u32).is_multiple_of(3) { 25 } else { 0 };
                image::Rgb([shade(base[0], k), shade(base[1], k / 2), shade(base[2], -k)])
            });
            let mut out = std::io::Cursor::new(Vec::new());
            image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Jpeg)?;
            Ok(out.into_inner())
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Texts {
    title_ko: &'static str,
    title_en: &'static str,
    summary_ko: &'static str,
    summary_en: &'static str,
    description_ko: &'static str,
    prizes: &'static str,
    closes_in_days: i64,
}

const RULES: &str = "## 응모 규칙\n\n- 본인이 창작한 미발표 작품만 응모할 수 있습니다.\n- 표절·중복 응모가 확인되면 심사에서 제외됩니다.\n- 수상작의 저작권은 응모자에게 있으며, 주최 측은 전시·홍보 목적으로 이용할 수 있습니다.\n";

const NAMING: Texts = Texts {
    title_ko: "부산 에코델타 스마트시티 네이밍·슬로건 공모",
    title_en: "Busan Eco Delta Smart City naming and slogan contest",
    summary_ko: "국가 시범도시 부산 에코델타시티의 새 이름과 슬로건을 지어 주세요.",
    summary_en: "Name the national pilot smart city in Busan and give it a slogan.",
    description_ko: "**부산 에코델타시티**는 세종 5-1 생활권과 함께 선정된 국가 스마트시티 시범도시입니다.\n\n시민이 부르기 쉽고 도시의 비전을 담은 이름과 슬로건을 공모합니다.",
    prizes: "대상 1점(상금 300만 원), 우수상 2점, 장려상 5점",
    closes_in_days: 12,
};
const PHOTO: Texts = Texts {
    title_ko: "WSCW 2018 스마트시티 사진 공모전",
    title_en: "WSCW 2018 smart city photo contest",
    summary_ko: "생활 속 스마트시티의 모습을 사진으로 보여 주세요.",
    summary_en: "Show the smart city in everyday life.",
    description_ko: "제2회 월드 스마트시티 위크(9.18~20, 킨텍스)에 전시할 사진을 공모합니다.",
    prizes: "최우수상 1점, 우수상 2점, 입선 10점 — 수상작은 킨텍스에 전시",
    closes_in_days: 9,
};
const HACKATHON: Texts = Texts {
    title_ko: "WSCW 2018 스마트시티 해커톤",
    title_en: "WSCW 2018 smart city hackathon",
    summary_ko: "2~5명이 한 팀이 되어 도시 문제를 데이터와 기술로 풉니다.",
    summary_en: "Teams of 2 to 5 solve city problems with data and technology.",
    description_ko: "서류 심사로 본선 진출 팀을 정하고, 행사 기간 중 무박 2일 해커톤으로 최종 순위를 가립니다.",
    prizes: "대상(국토교통부 장관상) 1팀, 최우수상 2팀, 우수상 3팀",
    closes_in_days: 6,
};
const IDEA: Texts = Texts {
    title_ko: "스마트시티 테마형 특화단지 아이디어·솔루션 공모",
    title_en: "Smart city theme complex idea and solution contest",
    summary_ko: "기존 도시의 지역 문제를 푸는 특화단지 아이디어와 솔루션을 찾습니다.",
    summary_en: "Ideas and solutions for theme complexes that solve local problems.",
    description_ko: "테마형 특화단지 조성사업에 적용할 시민 아이디어와 기업 솔루션을 공모합니다.",
    prizes: "최우수상 1점, 우수상 3점",
    closes_in_days: 20,
};
const DRAWING: Texts = Texts {
    title_ko: "어린이 스마트시티 그림 그리기 대회",
    title_en: "Children's smart city drawing contest",
    summary_ko: "13세 이하 어린이가 상상하는 미래 도시를 그려 주세요.",
    summary_en: "Children up to 13 draw the city of the future.",
    description_ko: "유치부와 초등부로 나누어 심사하며, 수상 어린이는 개막식 무대에 함께합니다. 보호자 동의가 필요합니다.",
    prizes: "부문별 대상 1점, 금상 2점, 은상 3점",
    closes_in_days: 15,
};
const DESIGN: Texts = Texts {
    title_ko: "월드 스마트시티 위크 BI 공모전",
    title_en: "World Smart City Week BI contest",
    summary_ko: "월드 스마트시티 위크를 대표할 BI(로고)를 디자인해 주세요.",
    summary_en: "Design the brand identity (logo) of World Smart City Week.",
    description_ko: "SVG, PNG 또는 JPEG로 시안을 올리고, 디자인 설명서는 PDF로 첨부할 수 있습니다.",
    prizes: "채택작 1점(상금 500만 원)",
    closes_in_days: 18,
};
const SIMULATION: Texts = Texts {
    title_ko: "세종 가상도시 시뮬레이션 경진대회",
    title_en: "Sejong virtual city simulation competition",
    summary_ko: "세종 5-1 생활권을 가상으로 설계하고 시뮬레이션한 결과를 겨룹니다.",
    summary_en: "Design Sejong's pilot district virtually and compete on the simulation.",
    description_ko: "교통, 에너지, 안전 중 하나의 주제로 시뮬레이션 모델과 결과 보고서를 제출합니다.",
    prizes: "대상 1팀, 최우수상 1팀",
    closes_in_days: 25,
};
