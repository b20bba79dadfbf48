//! The contest kinds named in the sources, each with a sensible default entry
//! form that organizers can change.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::form::{Choice, FieldDefinition, FieldType, Form, Text};
use super::rules::Eligibility;
use super::slots::FileSlot;
use super::team::TeamRules;
use crate::files::FileKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContestKind {
    /// 해커톤: a team, its project and demo.
    Hackathon,
    /// 아이디어·솔루션 공모: a written proposal.
    Idea,
    /// 창업아이디어 경진대회: a business idea.
    Startup,
    /// 네이밍/슬로건 공모: a short name or slogan and its meaning.
    Naming,
    /// 사진공모전.
    Photo,
    /// BI/로고 공모전.
    Design,
    /// 어린이 그림그리기.
    Drawing,
    /// 가상도시 시뮬레이션 공모.
    Simulation,
    General,
}

impl ContestKind {
    pub const ALL: [ContestKind; 9] = [
        ContestKind::Hackathon,
        ContestKind::Idea,
        ContestKind::Startup,
        ContestKind::Naming,
        ContestKind::Photo,
        ContestKind::Design,
        ContestKind::Drawing,
        ContestKind::Simulation,
        ContestKind::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContestKind::Hackathon => "hackathon",
            ContestKind::Idea => "idea",
            ContestKind::Startup => "startup",
            ContestKind::Naming => "naming",
            ContestKind::Photo => "photo",
            ContestKind::Design => "design",
            ContestKind::Drawing => "drawing",
            ContestKind::Simulation => "simulation",
            ContestKind::General => "general",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The eligibility a new contest of this kind starts with: a hackathon
    /// takes teams of 2 to 5 only; the others take individual entries.
    pub fn default_eligibility(self) -> Eligibility {
        let teams = (self == ContestKind::Hackathon).then_some(TeamRules {
            min_size: 2,
            max_size: 5,
            required: true,
            max_entries_per_team: 1,
        });
        Eligibility { teams, ..Eligibility::default() }
    }

    /// The entry form a new contest of this kind starts with.
    pub fn default_form(self) -> Form {
        let fields = match self {
            ContestKind::Naming => vec![
                short("name", "제안하는 이름·슬로건", "Proposed name or slogan", 30),
                long("meaning", "의미와 제안 이유", "Meaning and why", 1000, true),
            ],
            ContestKind::Photo => vec![
                short("title", "작품명", "Title", 60),
                short("place", "촬영 장소", "Where it was taken", 100),
                field("taken_on", "촬영일", "Date taken", FieldType::Date { min: None, max: None }, true),
                long("description", "작품 설명", "Description", 1000, false),
                consent(
                    "exhibition_licence",
                    "전시·홍보 목적의 이용에 동의합니다",
                    "I allow use for exhibition and promotion",
                ),
            ],
            ContestKind::Design => vec![
                short("title", "작품명", "Title", 60),
                long("concept", "디자인 콘셉트", "Design concept", 2000, true),
                consent(
                    "exhibition_licence",
                    "전시·홍보 목적의 이용에 동의합니다",
                    "I allow use for exhibition and promotion",
                ),
            ],
            ContestKind::Drawing => vec![
                short("title", "그림 제목", "Title of the drawing", 60),
                long("story", "그림 이야기", "What the drawing shows", 500, false),
                consent("guardian_agrees", "보호자가 응모에 동의합니다", "A parent or guardian agrees to this entry"),
            ],
            ContestKind::Hackathon => vec![
                short("project_name", "프로젝트 이름", "Project name", 60),
                long("problem", "해결하려는 문제", "The problem", 2000, true),
                long("solution", "해결 방법", "The solution", 4000, true),
                field("demo_url", "시연 링크", "Demo link", FieldType::Url, false),
            ],
            ContestKind::Idea | ContestKind::General => vec![
                short("title", "제목", "Title", 100),
                long("problem", "문제 정의", "The problem", 3000, true),
                long("proposal", "제안 내용", "The proposal", 6000, true),
                long("expected_effect", "기대 효과", "Expected effect", 3000, false),
            ],
            ContestKind::Startup => vec![
                short("title", "사업 아이디어명", "Business idea", 100),
                long("market", "목표 시장과 고객", "Market and customers", 3000, true),
                long("business_model", "사업 모델", "Business model", 4000, true),
                field(
                    "applicant_type",
                    "신청 유형",
                    "Applicant type",
                    FieldType::SingleChoice {
                        options: vec![
                            Choice::new("citizen", "시민", "Citizen"),
                            Choice::new("civil_servant", "공무원", "Civil servant"),
                            Choice::new("company", "기업", "Company"),
                        ],
                    },
                    true,
                ),
            ],
            ContestKind::Simulation => vec![
                short("title", "작품명", "Title", 100),
                long("summary", "시뮬레이션 개요", "Summary of the simulation", 4000, true),
            ],
        };
        let duplicate_check = (self == ContestKind::Naming).then(|| "name".to_owned());
        Form { fields, file_slots: self.default_file_slots(), duplicate_check }
    }

    /// The files a new contest of this kind asks for.
    pub fn default_file_slots(self) -> Vec<FileSlot> {
        use FileKind::{Jpeg, Pdf, Png, Svg, Webp};
        const MB: u64 = 1024 * 1024;
        match self {
            ContestKind::Naming => Vec::new(),
            ContestKind::Photo => vec![slot("photos", "사진", "Photos", &[Jpeg, Png, Webp], 20 * MB, (1, 3), true)],
            ContestKind::Design => vec![
                slot("logo", "로고·BI 시안", "Logo or BI design", &[Svg, Png, Jpeg], 10 * MB, (1, 1), true),
                slot("guide", "디자인 설명서", "Design guide", &[Pdf], 20 * MB, (0, 1), false),
            ],
            ContestKind::Drawing => vec![slot("drawing", "그림", "Drawing", &[Jpeg, Png], 20 * MB, (1, 1), true)],
            ContestKind::Hackathon => vec![slot("deck", "발표 자료", "Pitch deck", &[Pdf], 30 * MB, (0, 1), false)],
            ContestKind::Idea | ContestKind::Startup => {
                vec![slot("proposal", "제안서", "Proposal document", &[Pdf], 20 * MB, (0, 1), false)]
            }
            ContestKind::Simulation => {
                vec![slot("materials", "작품 자료", "Materials", &[Pdf, Png, Jpeg], 30 * MB, (0, 5), false)]
            }
            ContestKind::General => {
                vec![slot("attachments", "첨부 파일", "Attachments", &[Pdf, Jpeg, Png], 20 * MB, (0, 3), false)]
            }
        }
    }
}

fn slot(
    key: &str,
    ko: &str,
    en: &str,
    accept: &[FileKind],
    max_bytes: u64,
    count: (u32, u32),
    required: bool,
) -> FileSlot {
    FileSlot {
        key: key.to_owned(),
        label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) },
        help: None,
        accept: accept.to_vec(),
        max_bytes,
        min_count: count.0,
        max_count: count.1,
        required,
    }
}

fn field(key: &str, ko: &str, en: &str, field_type: FieldType, required: bool) -> FieldDefinition {
    FieldDefinition {
        key: key.to_owned(),
        label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) },
        help: None,
        required,
        identifying: false,
        field_type,
    }
}

fn short(key: &str, ko: &str, en: &str, max: u32) -> FieldDefinition {
    field(key, ko, en, FieldType::ShortText { min_length: Some(1), max_length: Some(max) }, true)
}

fn long(key: &str, ko: &str, en: &str, max: u32, required: bool) -> FieldDefinition {
    field(key, ko, en, FieldType::LongText { min_length: None, max_length: Some(max) }, required)
}

fn consent(key: &str, ko: &str, en: &str) -> FieldDefinition {
    field(key, ko, en, FieldType::Consent, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_valid_default_form() {
        for kind in ContestKind::ALL {
            let form = kind.default_form();
            assert!(!form.fields.is_empty(), "{kind:?}");
            assert!(form.check().is_ok(), "{kind:?}: {:?}", form.check());
        }
    }

    #[test]
    fn only_a_hackathon_starts_with_teams_and_its_defaults_are_valid() {
        for kind in ContestKind::ALL {
            let eligibility = kind.default_eligibility();
            assert!(eligibility.check().is_ok(), "{kind:?}");
            assert_eq!(eligibility.teams.is_some(), kind == ContestKind::Hackathon, "{kind:?}");
        }
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in ContestKind::ALL {
            assert_eq!(ContestKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(ContestKind::parse("poetry"), None);
    }
}
