//! The consent documents an account agrees to, and the rules for recording
//! them. Korean privacy law (개인정보 보호법 제15조·제22조) requires the notice
//! for collection and use of personal data to state its purpose, the items
//! collected, how long they are kept, and that the person may refuse and what
//! refusing means. Required and optional consents are asked for separately.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::FieldError;

pub const CURRENT_VERSION: &str = "2026-11-01";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// 이용약관: terms of use.
    Terms,
    /// 개인정보 수집·이용 동의 (필수): collection and use of personal data.
    PrivacyCollection,
    /// 마케팅 정보 수신 동의 (선택): news of contests by email.
    MarketingEmail,
}

impl ConsentKind {
    pub const ALL: [ConsentKind; 3] = [ConsentKind::Terms, ConsentKind::PrivacyCollection, ConsentKind::MarketingEmail];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentKind::Terms => "terms",
            ConsentKind::PrivacyCollection => "privacy_collection",
            ConsentKind::MarketingEmail => "marketing_email",
        }
    }

    pub fn is_required(self) -> bool {
        !matches!(self, ConsentKind::MarketingEmail)
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Localized {
    pub ko: &'static str,
    pub en: &'static str,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsentDocument {
    pub kind: ConsentKind,
    pub version: &'static str,
    pub required: bool,
    pub title: Localized,
    pub body: Localized,
}

pub fn current_documents() -> Vec<ConsentDocument> {
    vec![
        ConsentDocument {
            kind: ConsentKind::Terms,
            version: CURRENT_VERSION,
            required: true,
            title: Localized { ko: "[필수] 모두 이용약관", en: "[Required] Modu terms of use" },
            body: Localized {
                ko: "모두는 시민이 공모전·토론·투표에 참여하고 주최 기관이 공모전을 운영하는 공공 참여 플랫폼입니다. \
                     회원은 타인의 권리를 침해하는 내용을 제출해서는 안 되며, 제출한 작품의 권리는 각 공모전의 요강을 따릅니다.",
                en: "Modu is a public participation platform where citizens enter contests, debates and votes and \
                     organizers run contests. Members must not submit content that infringes others' rights; rights \
                     in submitted works follow each contest's rules.",
            },
        },
        ConsentDocument {
            kind: ConsentKind::PrivacyCollection,
            version: CURRENT_VERSION,
            required: true,
            title: Localized {
                ko: "[필수] 개인정보 수집·이용 동의",
                en: "[Required] Collection and use of personal data",
            },
            body: Localized {
                ko: "수집 목적: 회원 식별, 공모전 응모·심사·시상, 결과 및 중요 안내 발송.\n\
                     수집 항목: 이메일, 비밀번호(암호화 저장), 표시 이름, 생년월일, 언어. 만 14세 미만은 법정대리인의 이름과 이메일.\n\
                     보유 기간: 회원 탈퇴 시까지. 탈퇴 시 개인정보는 지체 없이 파기하며, 공모전 기록에 필요한 응모·심사 기록은 \
                     개인을 알아볼 수 없게 익명 처리하여 보존합니다.\n\
                     동의를 거부할 권리: 동의를 거부할 수 있으나, 거부 시 회원 가입과 공모전 참여가 제한됩니다.",
                en: "Purpose: identifying members; entering, judging and awarding contests; sending results and \
                     important notices.\nItems: email, password (stored hashed), display name, birth date, language; \
                     for children under 14, their legal guardian's name and email.\nRetention: until the account is \
                     deleted. On deletion personal data is destroyed without delay; entry and judging records a \
                     contest needs are kept anonymized so that no one can be identified.\nRight to refuse: you may \
                     refuse, but then you cannot register or take part in contests.",
            },
        },
        ConsentDocument {
            kind: ConsentKind::MarketingEmail,
            version: CURRENT_VERSION,
            required: false,
            title: Localized {
                ko: "[선택] 새 공모전 소식 이메일 수신", en: "[Optional] Emails about new contests"
            },
            body: Localized {
                ko: "새 공모전과 행사 소식을 이메일로 받습니다. 동의하지 않아도 모든 기능을 이용할 수 있으며 언제든 철회할 수 있습니다.",
                en: "Receive news of new contests and events by email. Everything works without it, and you can \
                     withdraw at any time.",
            },
        },
    ]
}

/// One consent as a registration form sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentAnswer {
    pub kind: ConsentKind,
    pub version: String,
    pub granted: bool,
}

/// A consent decision ready to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentDecision {
    pub kind: ConsentKind,
    pub granted: bool,
}

/// Checks a registration's consents: every required document granted at its
/// current version, each kind at most once, and no optional consent from a
/// child (only the minimum is collected from under-14s).
pub fn check_registration_consents(
    answers: &[ConsentAnswer],
    is_child: bool,
) -> Result<Vec<ConsentDecision>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut decisions: Vec<ConsentDecision> = Vec::new();
    for (i, answer) in answers.iter().enumerate() {
        let field = format!("consents[{i}]");
        if decisions.iter().any(|d| d.kind == answer.kind) {
            errors.push(FieldError::new(field, "duplicate", "Each consent may be given once."));
            continue;
        }
        if answer.version != CURRENT_VERSION {
            errors.push(FieldError::new(
                format!("{field}.version"),
                "stale_version",
                format!("This document has changed; the current version is {CURRENT_VERSION}."),
            ));
            continue;
        }
        if is_child && !answer.kind.is_required() && answer.granted {
            errors.push(FieldError::new(
                field,
                "not_for_children",
                "Optional consents are not collected from children under 14.",
            ));
            continue;
        }
        decisions.push(ConsentDecision { kind: answer.kind, granted: answer.granted });
    }
    for kind in ConsentKind::ALL.into_iter().filter(|k| k.is_required()) {
        let granted = decisions.iter().any(|d| d.kind == kind && d.granted);
        if !granted {
            errors.push(FieldError::new(
                "consents",
                "required_consent_missing",
                format!("The required consent `{}` must be given.", kind.as_str()),
            ));
        }
    }
    if errors.is_empty() { Ok(decisions) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(kind: ConsentKind, granted: bool) -> ConsentAnswer {
        ConsentAnswer { kind, version: CURRENT_VERSION.to_owned(), granted }
    }

    #[test]
    fn both_required_consents_are_needed() {
        let only_terms = [answer(ConsentKind::Terms, true)];
        let errors = check_registration_consents(&only_terms, false).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, "required_consent_missing");
    }

    #[test]
    fn a_refused_required_consent_is_missing() {
        let answers = [answer(ConsentKind::Terms, true), answer(ConsentKind::PrivacyCollection, false)];
        assert!(check_registration_consents(&answers, false).is_err());
    }

    #[test]
    fn optional_consents_are_recorded_either_way() {
        let answers = [
            answer(ConsentKind::Terms, true),
            answer(ConsentKind::PrivacyCollection, true),
            answer(ConsentKind::MarketingEmail, false),
        ];
        let decisions = check_registration_consents(&answers, false).unwrap();
        assert_eq!(decisions.len(), 3);
    }

    #[test]
    fn an_old_version_is_refused() {
        let mut old = answer(ConsentKind::Terms, true);
        old.version = "2020-01-01".into();
        let answers = [old, answer(ConsentKind::PrivacyCollection, true)];
        let errors = check_registration_consents(&answers, false).unwrap_err();
        assert!(errors.iter().any(|e| e.code == "stale_version"));
    }

    #[test]
    fn children_cannot_grant_optional_consents() {
        let answers = [
            answer(ConsentKind::Terms, true),
            answer(ConsentKind::PrivacyCollection, true),
            answer(ConsentKind::MarketingEmail, true),
        ];
        let errors = check_registration_consents(&answers, true).unwrap_err();
        assert_eq!(errors[0].code, "not_for_children");
    }

    #[test]
    fn the_privacy_notice_states_purpose_items_retention_and_the_right_to_refuse() {
        let doc = current_documents().into_iter().find(|d| d.kind == ConsentKind::PrivacyCollection).unwrap();
        for word in ["수집 목적", "수집 항목", "보유 기간", "거부할 권리"] {
            assert!(doc.body.ko.contains(word), "missing {word}");
        }
        for word in ["Purpose", "Items", "Retention", "Right to refuse"] {
            assert!(doc.body.en.contains(word), "missing {word}");
        }
    }
}
