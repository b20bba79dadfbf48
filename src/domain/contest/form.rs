//! Entry forms: the organizer defines fields; the server validates every
//! entry against them. Drafts may be incomplete (only what is present is
//! checked); a submission must be complete.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::slots::{FileSlot, check_slots};
use crate::error::FieldError;

pub const MAX_FIELDS: usize = 50;
pub const MAX_OPTIONS: usize = 50;
const DEFAULT_SHORT_MAX: u32 = 200;
const DEFAULT_LONG_MAX: u32 = 10_000;
const HARD_TEXT_MAX: u32 = 50_000;
const URL_MAX: usize = 2_000;

/// Text in Korean, and in English where given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ko: String,
    pub en: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: Text,
}

impl Choice {
    pub fn new(value: &str, ko: &str, en: &str) -> Self {
        Self { value: value.to_owned(), label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) } }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum FieldType {
    ShortText {
        min_length: Option<u32>,
        max_length: Option<u32>,
    },
    LongText {
        min_length: Option<u32>,
        max_length: Option<u32>,
    },
    Number {
        min: Option<f64>,
        max: Option<f64>,
        #[serde(default)]
        integer: bool,
    },
    SingleChoice {
        options: Vec<Choice>,
    },
    MultipleChoice {
        options: Vec<Choice>,
        min_selected: Option<u32>,
        max_selected: Option<u32>,
    },
    Url,
    Date {
        min: Option<NaiveDate>,
        max: Option<NaiveDate>,
    },
    YesNo,
    /// A box that must be ticked when the field is required (e.g. licence for exhibition).
    Consent,
}

// No `deny_unknown_fields` here: serde cannot combine it with `flatten`, and
// it does not apply to the unit variants of an internally tagged enum.
// `Form::from_json` refuses unknown keys instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FieldDefinition {
    /// Lower-case letters, digits and `_`, starting with a letter; unique in the form.
    pub key: String,
    pub label: Text,
    pub help: Option<Text>,
    pub required: bool,
    /// The answer identifies the entrant (e.g. affiliation, member names):
    /// judges of a blind stage never see it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub identifying: bool,
    #[serde(flatten)]
    pub field_type: FieldType,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub fields: Vec<FieldDefinition>,
    /// Files the entrant uploads.
    #[serde(default)]
    pub file_slots: Vec<FileSlot>,
    /// The short-text field whose normalized value identifies duplicate
    /// entries (naming contests: the proposed name).
    #[serde(default)]
    pub duplicate_check: Option<String>,
}

/// An entry's answers: field key → value.
pub type Answers = BTreeMap<String, Value>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// Saving a draft: what is there must be valid; missing fields are fine.
    Draft,
    /// Submitting: every required field must be answered.
    Submission,
}

pub(super) fn valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && key.len() <= 40
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) fn text_ok(text: &Text) -> bool {
    let ok = |s: &str| !s.trim().is_empty() && s.chars().count() <= 200;
    ok(&text.ko) && text.en.as_deref().is_none_or(ok)
}

impl Form {
    /// Reads a form definition as an organizer sends it, refusing any key the
    /// definition does not have (no silently ignored settings).
    pub fn from_json(value: &Value) -> Result<Form, FieldError> {
        let form: Form = serde_json::from_value(value.clone())
            .map_err(|e| FieldError::new("form", "invalid_form", format!("The form is not valid: {e}")))?;
        let known = serde_json::to_value(&form).unwrap_or(Value::Null);
        let given = value.get("fields").and_then(Value::as_array).cloned().unwrap_or_default();
        let known = known.get("fields").and_then(Value::as_array).cloned().unwrap_or_default();
        for (i, (given, known)) in given.iter().zip(known.iter()).enumerate() {
            if let (Some(given), Some(known)) = (given.as_object(), known.as_object())
                // `identifying` is left out when false, yet a known setting.
                && let Some(unknown) = given.keys().find(|k| !known.contains_key(*k) && k.as_str() != "identifying")
            {
                return Err(FieldError::new(
                    format!("form.fields[{i}].{unknown}"),
                    "unknown_field",
                    "Fields have no such setting.",
                ));
            }
        }
        Ok(form)
    }

    /// Checks the definition itself (what an organizer sends).
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.fields.len() > MAX_FIELDS {
            errors.push(FieldError::new("form.fields", "too_many", format!("A form has at most {MAX_FIELDS} fields.")));
        }
        let mut keys = HashSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            let at = format!("form.fields[{i}]");
            if !valid_key(&field.key) {
                errors.push(FieldError::new(
                    format!("{at}.key"),
                    "invalid_key",
                    "Use a-z, 0-9 and _, starting with a letter (at most 40).",
                ));
            } else if !keys.insert(field.key.as_str()) {
                errors.push(FieldError::new(format!("{at}.key"), "duplicate", "Each field needs its own key."));
            }
            if !text_ok(&field.label) {
                errors.push(FieldError::new(
                    format!("{at}.label"),
                    "invalid_label",
                    "A label needs 1 to 200 characters.",
                ));
            }
            match &field.field_type {
                FieldType::ShortText { min_length, max_length } | FieldType::LongText { min_length, max_length } => {
                    if max_length.is_some_and(|m| m == 0 || m > HARD_TEXT_MAX)
                        || min_length.zip(*max_length).is_some_and(|(a, b)| a > b)
                    {
                        errors.push(FieldError::new(
                            format!("{at}.max_length"),
                            "invalid_limits",
                            "The length limits do not fit together.",
                        ));
                    }
                }
                FieldType::Number { min, max, .. } => {
                    let finite = min.is_none_or(f64::is_finite) && max.is_none_or(f64::is_finite);
                    if !finite || min.zip(*max).is_some_and(|(a, b)| a > b) {
                        errors.push(FieldError::new(
                            format!("{at}.max"),
                            "invalid_limits",
                            "The number limits do not fit together.",
                        ));
                    }
                }
                FieldType::SingleChoice { options } | FieldType::MultipleChoice { options, .. } => {
                    let values: HashSet<&str> = options.iter().map(|o| o.value.as_str()).collect();
                    if options.is_empty()
                        || options.len() > MAX_OPTIONS
                        || values.len() != options.len()
                        || options.iter().any(|o| o.value.is_empty() || !text_ok(&o.label))
                    {
                        errors.push(FieldError::new(
                            format!("{at}.options"),
                            "invalid_options",
                            format!("Give 1 to {MAX_OPTIONS} options with distinct values and labels."),
                        ));
                    }
                    if let FieldType::MultipleChoice { min_selected, max_selected, .. } = &field.field_type
                        && (min_selected.zip(*max_selected).is_some_and(|(a, b)| a > b)
                            || max_selected.is_some_and(|m| m as usize > options.len() || m == 0))
                    {
                        errors.push(FieldError::new(
                            format!("{at}.max_selected"),
                            "invalid_limits",
                            "The selection limits do not fit the options.",
                        ));
                    }
                }
                FieldType::Date { min, max } => {
                    if min.zip(*max).is_some_and(|(a, b)| a > b) {
                        errors.push(FieldError::new(
                            format!("{at}.max"),
                            "invalid_limits",
                            "The earliest date is after the latest.",
                        ));
                    }
                }
                FieldType::Url | FieldType::YesNo | FieldType::Consent => {}
            }
        }
        errors.extend(check_slots(&self.file_slots));
        if let Some(key) = &self.duplicate_check {
            let short_text =
                self.fields.iter().any(|f| &f.key == key && matches!(f.field_type, FieldType::ShortText { .. }));
            if !short_text {
                errors.push(FieldError::new(
                    "form.duplicate_check",
                    "unknown_field",
                    "Name a short-text field of this form.",
                ));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The text that identifies duplicates among these answers, if the form checks for them.
    pub fn duplicate_text<'a>(&self, answers: &'a Answers) -> Option<&'a str> {
        self.duplicate_check.as_ref().and_then(|key| answers.get(key)).and_then(Value::as_str)
    }

    /// Validates answers and returns them normalized (text trimmed). Errors
    /// name the field as `answers.<key>`.
    pub fn validate(&self, answers: &Answers, completeness: Completeness) -> Result<Answers, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut clean = Answers::new();
        for key in answers.keys() {
            if !self.fields.iter().any(|f| &f.key == key) {
                errors.push(FieldError::new(format!("answers.{key}"), "unknown_field", "This form has no such field."));
            }
        }
        for field in &self.fields {
            let at = format!("answers.{}", field.key);
            let value = answers.get(&field.key).filter(|v| !is_blank(v));
            let Some(value) = value else {
                if field.required && completeness == Completeness::Submission {
                    errors.push(FieldError::new(at, "required", "This field is required."));
                }
                continue;
            };
            match check_value(&field.field_type, value) {
                Ok(v) => {
                    if field.required
                        && completeness == Completeness::Submission
                        && field.field_type == FieldType::Consent
                        && v == Value::Bool(false)
                    {
                        errors.push(FieldError::new(at, "required", "This box must be ticked."));
                        continue;
                    }
                    clean.insert(field.key.clone(), v);
                }
                Err((code, message)) => errors.push(FieldError::new(at, code, message)),
            }
        }
        if errors.is_empty() { Ok(clean) } else { Err(errors) }
    }
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

type Problem = (&'static str, String);

fn text(value: &Value, min: Option<u32>, max: u32, multiline: bool) -> Result<Value, Problem> {
    let Value::String(s) = value else { return Err(("invalid_type", "Enter text.".into())) };
    let s = s.trim();
    if s.chars().any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        return Err(("invalid_characters", "The text contains control characters.".into()));
    }
    let n = s.chars().count() as u32;
    if n > max {
        return Err(("too_long", format!("At most {max} characters.")));
    }
    if let Some(min) = min.filter(|m| n < *m) {
        return Err(("too_short", format!("At least {min} characters.")));
    }
    Ok(Value::String(s.to_owned()))
}

fn check_value(field_type: &FieldType, value: &Value) -> Result<Value, Problem> {
    match field_type {
        FieldType::ShortText { min_length, max_length } => {
            text(value, *min_length, max_length.unwrap_or(DEFAULT_SHORT_MAX), false)
        }
        FieldType::LongText { min_length, max_length } => {
            text(value, *min_length, max_length.unwrap_or(DEFAULT_LONG_MAX), true)
        }
        FieldType::Number { min, max, integer } => {
            let n = value.as_f64().filter(|n| n.is_finite()).ok_or(("invalid_type", "Enter a number.".to_owned()))?;
            if *integer && n.fract() != 0.0 {
                return Err(("not_integer", "Enter a whole number.".into()));
            }
            if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                return Err(("out_of_range", "The number is outside the allowed range.".into()));
            }
            Ok(value.clone())
        }
        FieldType::SingleChoice { options } => match value {
            Value::String(s) if options.iter().any(|o| &o.value == s) => Ok(value.clone()),
            _ => Err(("invalid_choice", "Choose one of the options.".into())),
        },
        FieldType::MultipleChoice { options, min_selected, max_selected } => {
            let Value::Array(items) = value else { return Err(("invalid_type", "Choose from the options.".into())) };
            let mut seen = HashSet::new();
            for item in items {
                match item {
                    Value::String(s) if options.iter().any(|o| &o.value == s) && seen.insert(s.as_str()) => {}
                    _ => return Err(("invalid_choice", "Choose each option at most once, from the list.".into())),
                }
            }
            let n = items.len() as u32;
            if min_selected.is_some_and(|m| n < m) || max_selected.is_some_and(|m| n > m) {
                return Err(("out_of_range", "Choose a different number of options.".into()));
            }
            Ok(value.clone())
        }
        FieldType::Url => {
            let Value::String(s) = value else { return Err(("invalid_type", "Enter a link.".into())) };
            let s = s.trim();
            match url::Url::parse(s) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && s.len() <= URL_MAX && u.host().is_some() => {
                    Ok(Value::String(s.to_owned()))
                }
                _ => Err(("invalid_url", "Enter an http:// or https:// link.".into())),
            }
        }
        FieldType::Date { min, max } => {
            let date = value
                .as_str()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                .ok_or(("invalid_date", "Enter a date as YYYY-MM-DD.".to_owned()))?;
            if min.is_some_and(|m| date < m) || max.is_some_and(|m| date > m) {
                return Err(("out_of_range", "The date is outside the allowed range.".into()));
            }
            Ok(Value::String(date.format("%Y-%m-%d").to_string()))
        }
        FieldType::YesNo | FieldType::Consent => match value {
            Value::Bool(_) => Ok(value.clone()),
            _ => Err(("invalid_type", "Answer yes or no.".into())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn field(key: &str, required: bool, field_type: FieldType) -> FieldDefinition {
        FieldDefinition {
            key: key.into(),
            label: Text { ko: "라벨".into(), en: None },
            help: None,
            required,
            identifying: false,
            field_type,
        }
    }

    fn answers(value: Value) -> Answers {
        serde_json::from_value(value).unwrap()
    }

    fn codes(result: Result<Answers, Vec<FieldError>>) -> Vec<(String, String)> {
        result.unwrap_err().into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn naming() -> Form {
        crate::domain::contest::ContestKind::Naming.default_form()
    }

    #[test]
    fn a_draft_may_be_incomplete_but_a_submission_may_not() {
        let partial = answers(json!({ "name": "에코델타" }));
        assert!(naming().validate(&partial, Completeness::Draft).is_ok());
        assert_eq!(
            codes(naming().validate(&partial, Completeness::Submission)),
            vec![("answers.meaning".into(), "required".into())]
        );
    }

    #[test]
    fn text_is_trimmed_and_counted_in_characters() {
        let ok = naming()
            .validate(&answers(json!({ "name": "  물빛도시  ", "meaning": "강과 바다" })), Completeness::Submission)
            .unwrap();
        assert_eq!(ok["name"], json!("물빛도시"));
        let long = "가".repeat(31);
        assert_eq!(
            codes(naming().validate(&answers(json!({ "name": long })), Completeness::Draft)),
            vec![("answers.name".into(), "too_long".into())]
        );
    }

    #[test]
    fn short_text_refuses_line_breaks_and_long_text_allows_them() {
        assert_eq!(
            codes(naming().validate(&answers(json!({ "name": "a\nb" })), Completeness::Draft))[0].1,
            "invalid_characters"
        );
        assert!(naming().validate(&answers(json!({ "meaning": "첫 줄\n둘째 줄" })), Completeness::Draft).is_ok());
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert_eq!(
            codes(naming().validate(&answers(json!({ "is_winner": true })), Completeness::Draft)),
            vec![("answers.is_winner".into(), "unknown_field".into())]
        );
    }

    #[test]
    fn a_required_consent_must_be_ticked_on_submission() {
        let form = Form { fields: vec![field("licence", true, FieldType::Consent)], ..Form::default() };
        assert!(form.validate(&answers(json!({ "licence": false })), Completeness::Draft).is_ok());
        assert_eq!(
            codes(form.validate(&answers(json!({ "licence": false })), Completeness::Submission))[0].1,
            "required"
        );
        assert!(form.validate(&answers(json!({ "licence": true })), Completeness::Submission).is_ok());
    }

    #[test]
    fn numbers_respect_range_and_integrality() {
        let form = Form {
            fields: vec![field("age", false, FieldType::Number { min: Some(7.0), max: Some(13.0), integer: true })],
            ..Form::default()
        };
        assert!(form.validate(&answers(json!({ "age": 9 })), Completeness::Draft).is_ok());
        assert_eq!(codes(form.validate(&answers(json!({ "age": 9.5 })), Completeness::Draft))[0].1, "not_integer");
        assert_eq!(codes(form.validate(&answers(json!({ "age": 14 })), Completeness::Draft))[0].1, "out_of_range");
        assert_eq!(codes(form.validate(&answers(json!({ "age": "9" })), Completeness::Draft))[0].1, "invalid_type");
    }

    #[test]
    fn choices_must_come_from_the_options_once_each() {
        let options = vec![Choice::new("a", "가", "A"), Choice::new("b", "나", "B"), Choice::new("c", "다", "C")];
        let form = Form {
            fields: vec![
                field("one", false, FieldType::SingleChoice { options: options.clone() }),
                field(
                    "many",
                    false,
                    FieldType::MultipleChoice { options, min_selected: Some(1), max_selected: Some(2) },
                ),
            ],
            ..Form::default()
        };
        assert!(form.validate(&answers(json!({ "one": "a", "many": ["a", "c"] })), Completeness::Draft).is_ok());
        assert_eq!(codes(form.validate(&answers(json!({ "one": "z" })), Completeness::Draft))[0].1, "invalid_choice");
        assert_eq!(
            codes(form.validate(&answers(json!({ "many": ["a", "a"] })), Completeness::Draft))[0].1,
            "invalid_choice"
        );
        assert_eq!(
            codes(form.validate(&answers(json!({ "many": ["a", "b", "c"] })), Completeness::Draft))[0].1,
            "out_of_range"
        );
    }

    #[test]
    fn links_must_be_http_or_https() {
        let form = Form { fields: vec![field("demo", false, FieldType::Url)], ..Form::default() };
        assert!(form.validate(&answers(json!({ "demo": "https://demo.example/app" })), Completeness::Draft).is_ok());
        for bad in ["javascript:alert(1)", "ftp://x.example", "not a url", "data:text/html,hi"] {
            assert_eq!(
                codes(form.validate(&answers(json!({ "demo": bad })), Completeness::Draft))[0].1,
                "invalid_url",
                "{bad}"
            );
        }
    }

    #[test]
    fn dates_are_iso_and_within_range() {
        let form = Form {
            fields: vec![field(
                "taken_on",
                false,
                FieldType::Date { min: None, max: NaiveDate::from_ymd_opt(2026, 11, 21) },
            )],
            ..Form::default()
        };
        assert!(form.validate(&answers(json!({ "taken_on": "2026-07-01" })), Completeness::Draft).is_ok());
        assert_eq!(
            codes(form.validate(&answers(json!({ "taken_on": "2026-12-01" })), Completeness::Draft))[0].1,
            "out_of_range"
        );
        assert_eq!(
            codes(form.validate(&answers(json!({ "taken_on": "21/11/2026" })), Completeness::Draft))[0].1,
            "invalid_date"
        );
    }

    #[test]
    fn a_form_definition_with_duplicate_or_bad_keys_is_refused() {
        let form = Form {
            fields: vec![
                field("name", true, FieldType::Consent),
                field("name", true, FieldType::YesNo),
                field("Bad Key", true, FieldType::YesNo),
            ],
            ..Form::default()
        };
        let errors = form.check().unwrap_err();
        assert_eq!(errors.iter().map(|e| e.code.as_str()).collect::<Vec<_>>(), vec!["duplicate", "invalid_key"]);
    }

    #[test]
    fn a_choice_field_needs_distinct_options() {
        let form = Form {
            fields: vec![field(
                "c",
                true,
                FieldType::SingleChoice { options: vec![Choice::new("a", "가", "A"), Choice::new("a", "나", "B")] },
            )],
            ..Form::default()
        };
        assert_eq!(form.check().unwrap_err()[0].code, "invalid_options");
        let empty =
            Form { fields: vec![field("c", true, FieldType::SingleChoice { options: vec![] })], ..Form::default() };
        assert!(empty.check().is_err());
    }

    #[test]
    fn an_unknown_key_in_a_field_definition_is_refused() {
        let json = json!({ "fields": [{ "key": "a", "label": { "ko": "가" }, "help": null, "required": true, "type": "yes_no", "is_admin": true }] });
        assert_eq!(Form::from_json(&json).unwrap_err().field, "form.fields[0].is_admin");
        let typo = json!({ "fields": [{ "key": "a", "label": { "ko": "가" }, "required": true, "type": "short_text", "max_lenght": 5 }] });
        assert!(Form::from_json(&typo).unwrap_err().message.contains("max_lenght"));
    }

    #[test]
    fn field_definitions_round_trip_as_json() {
        let form = naming();
        let json = serde_json::to_value(&form).unwrap();
        assert_eq!(json["fields"][0]["type"], "short_text");
        let back: Form = serde_json::from_value(json).unwrap();
        assert_eq!(back, form);
    }

    proptest! {
        #[test]
        fn validated_answers_validate_again_unchanged(name in "\\PC{0,40}", meaning in "[\\PC\n]{0,200}") {
            let input = answers(json!({ "name": name, "meaning": meaning }));
            if let Ok(clean) = naming().validate(&input, Completeness::Draft) {
                prop_assert_eq!(naming().validate(&clean, Completeness::Draft).unwrap(), clean.clone());
            }
        }

        #[test]
        fn validation_never_panics_on_any_json(key in "[a-z_]{1,8}", n in proptest::num::f64::ANY, s in "\\PC*") {
            let form = Form { fields: vec![
                field("n", false, FieldType::Number { min: Some(0.0), max: Some(10.0), integer: false }),
                field("s", false, FieldType::ShortText { min_length: None, max_length: Some(10) }),
            ], ..Form::default() };
            let mut input = Answers::new();
            input.insert(key, json!(s));
            if let Some(num) = serde_json::Number::from_f64(n) { input.insert("n".into(), Value::Number(num)); }
            let _ = form.validate(&input, Completeness::Submission);
        }
    }
}
