//! A stage's rubric: the criteria judges score, with their ranges, step grid
//! and weights, and the check of one judge's score sheet against it. Drafts
//! may be partial (only what is there is checked); a submitted sheet must
//! score every criterion, and carry a comment where the rubric asks for one.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::contest::form::Text;
use crate::error::FieldError;

pub const MAX_CRITERIA: usize = 30;
/// Largest magnitude of a criterion's bounds.
pub const MAX_POINTS: f64 = 1000.0;
pub const MAX_WEIGHT: f64 = 100.0;
/// A finer grid than this would make "on the step" meaningless at f64
/// precision, and no judge scores on it anyway.
pub const MAX_STEPS: f64 = 100_000.0;
pub const MAX_COMMENT_CHARS: usize = 5_000;
const MAX_KEY_CHARS: usize = 40;
const MAX_LABEL_CHARS: usize = 200;
const MAX_DESCRIPTION_CHARS: usize = 2_000;
/// How far (in steps) a value may sit off the grid and still count as on it:
/// `0.1 * 3` must be accepted on a 0.1 grid.
const STEP_TOLERANCE: f64 = 1e-9;

fn one() -> f64 {
    1.0
}

/// One thing judges score, e.g. 창의성 (creativity) from 0 to 30.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Lower-case letters, digits and `_`, starting with a letter (at most 40); unique in the rubric.
    pub key: String,
    pub label: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Lowest score (default 0).
    #[serde(default)]
    pub min: f64,
    /// Highest score; above `min`, at most 1000.
    pub max: f64,
    /// Scores lie on `min + k·step` (default 1); `max` must be on that grid.
    #[serde(default = "one")]
    pub step: f64,
    /// Multiplies the score in the total (default 1; above 0, at most 100).
    #[serde(default = "one")]
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// 1 to 30 criteria, in the order judges see them.
    pub criteria: Vec<Criterion>,
    /// A submitted sheet must carry a comment.
    #[serde(default)]
    pub comment_required: bool,
}

pub(super) fn valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && key.len() <= MAX_KEY_CHARS
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks a key: `required` when empty, `invalid_format` when malformed,
/// `duplicate` when `seen` already has it.
pub(super) fn check_key<'a>(key: &'a str, at: &str, seen: &mut HashSet<&'a str>, errors: &mut Vec<FieldError>) {
    if key.is_empty() {
        errors.push(FieldError::new(at, "required", "Give a key."));
    } else if !valid_key(key) {
        errors.push(FieldError::new(at, "invalid_format", "Use a-z, 0-9 and _, starting with a letter (at most 40)."));
    } else if !seen.insert(key) {
        errors.push(FieldError::new(at, "duplicate", "Each key must be unique."));
    }
}

/// Checks a bilingual text: Korean is required, each language within `max` characters.
pub(super) fn check_text(text: &Text, at: &str, max: usize, errors: &mut Vec<FieldError>) {
    let blank = |s: &str| s.trim().is_empty();
    let long = |s: &str| s.chars().count() > max;
    if blank(&text.ko) || text.en.as_deref().is_some_and(blank) {
        errors.push(FieldError::new(at, "required", "Give the text (Korean is required; English may be left out)."));
    } else if long(&text.ko) || text.en.as_deref().is_some_and(long) {
        errors.push(FieldError::new(at, "too_long", format!("Use at most {max} characters.")));
    }
}

/// Whether `value` lies on the grid `min + k·step`, allowing float noise.
fn on_step(value: f64, min: f64, step: f64) -> bool {
    let k = (value - min) / step;
    (k - k.round()).abs() <= STEP_TOLERANCE * k.abs().max(1.0)
}

impl Criterion {
    fn check<'a>(&'a self, at: &str, keys: &mut HashSet<&'a str>, errors: &mut Vec<FieldError>) {
        check_key(&self.key, &format!("{at}.key"), keys, errors);
        check_text(&self.label, &format!("{at}.label"), MAX_LABEL_CHARS, errors);
        if let Some(description) = &self.description {
            check_text(description, &format!("{at}.description"), MAX_DESCRIPTION_CHARS, errors);
        }
        let numbers = [("min", self.min), ("max", self.max), ("step", self.step), ("weight", self.weight)];
        let mut finite = true;
        for (name, value) in numbers {
            if !value.is_finite() {
                finite = false;
                errors.push(FieldError::new(format!("{at}.{name}"), "not_finite", "Give a finite number."));
            }
        }
        if !finite {
            return;
        }
        if self.min < -MAX_POINTS || self.min >= MAX_POINTS {
            errors.push(FieldError::new(
                format!("{at}.min"),
                "out_of_range",
                "The minimum lies from -1000 to below 1000.",
            ));
        }
        let bounds_ok = self.max > self.min && self.max <= MAX_POINTS;
        if !bounds_ok {
            errors.push(FieldError::new(
                format!("{at}.max"),
                "out_of_range",
                "The maximum lies above the minimum and at most 1000.",
            ));
        }
        if self.step <= 0.0 {
            errors.push(FieldError::new(format!("{at}.step"), "out_of_range", "The step is above 0."));
        } else if bounds_ok {
            let steps = (self.max - self.min) / self.step;
            if steps > MAX_STEPS {
                errors.push(FieldError::new(
                    format!("{at}.step"),
                    "out_of_range",
                    "The range holds at most 100000 steps.",
                ));
            } else if steps < 1.0 - STEP_TOLERANCE || !on_step(self.max, self.min, self.step) {
                errors.push(FieldError::new(
                    format!("{at}.step"),
                    "off_step",
                    "The range from minimum to maximum is a whole number of steps.",
                ));
            }
        }
        if self.weight <= 0.0 || self.weight > MAX_WEIGHT {
            errors.push(FieldError::new(
                format!("{at}.weight"),
                "out_of_range",
                "The weight lies above 0 and at most 100.",
            ));
        }
    }
}

impl Rubric {
    /// Checks the rubric itself (what an organizer sends). Errors name the
    /// field as `criteria[i].<name>`.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.criteria.is_empty() {
            errors.push(FieldError::new("criteria", "required", "A rubric has at least one criterion."));
        } else if self.criteria.len() > MAX_CRITERIA {
            errors.push(FieldError::new(
                "criteria",
                "too_many",
                format!("A rubric has at most {MAX_CRITERIA} criteria."),
            ));
        }
        let mut keys = HashSet::new();
        for (i, criterion) in self.criteria.iter().enumerate() {
            criterion.check(&format!("criteria[{i}]"), &mut keys, &mut errors);
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The best possible total: Σ weight·max.
    pub fn max_total(&self) -> f64 {
        self.criteria.iter().map(|c| c.weight * c.max).sum()
    }

    /// The worst possible total: Σ weight·min.
    pub fn min_total(&self) -> f64 {
        self.criteria.iter().map(|c| c.weight * c.min).sum()
    }

    /// The weighted total of a sheet, summed in criterion order (so the same
    /// sheet always gives the same bits). A missing criterion adds nothing;
    /// results are only computed from complete sheets.
    pub fn total(&self, values: &BTreeMap<String, f64>) -> f64 {
        self.weighted_sum(self.criteria.iter().map(|c| values.get(&c.key).copied()))
    }

    /// The total of values given in criterion order. The one place totals are
    /// summed, so a caller that has already looked the values up gets the
    /// same bits as [`Rubric::total`].
    pub(super) fn weighted_sum(&self, values: impl Iterator<Item = Option<f64>>) -> f64 {
        let mut total = 0.0;
        for (criterion, value) in self.criteria.iter().zip(values) {
            if let Some(value) = value {
                total += criterion.weight * value;
            }
        }
        total
    }

    /// Checks one judge's sheet. A draft (`complete == false`) may leave
    /// criteria and the comment out; what it has must still be valid. Errors
    /// name the field as `scores.<key>` or `comment`.
    pub fn validate_sheet(
        &self,
        values: &BTreeMap<String, f64>,
        comment: Option<&str>,
        complete: bool,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        for key in values.keys() {
            if !self.criteria.iter().any(|c| &c.key == key) {
                errors.push(FieldError::new(
                    format!("scores.{key}"),
                    "unknown_criterion",
                    "This rubric has no such criterion.",
                ));
            }
        }
        for criterion in &self.criteria {
            let at = format!("scores.{}", criterion.key);
            let Some(&value) = values.get(&criterion.key) else {
                if complete {
                    errors.push(FieldError::new(at, "required", "Score every criterion before submitting."));
                }
                continue;
            };
            // The bounds get the same float allowance as the grid, so a
            // client's `0.1 * 3` on a 0..0.3 scale is not refused.
            let slack = STEP_TOLERANCE * criterion.step;
            if !value.is_finite() {
                errors.push(FieldError::new(at, "not_finite", "Give a finite number."));
            } else if value < criterion.min - slack || value > criterion.max + slack {
                errors.push(FieldError::new(
                    at,
                    "out_of_range",
                    format!("Give a score from {} to {}.", criterion.min, criterion.max),
                ));
            } else if !on_step(value, criterion.min, criterion.step) {
                errors.push(FieldError::new(
                    at,
                    "off_step",
                    format!("Scores go in steps of {} from {}.", criterion.step, criterion.min),
                ));
            }
        }
        match comment {
            Some(text) if text.chars().count() > MAX_COMMENT_CHARS => {
                errors.push(FieldError::new(
                    "comment",
                    "too_long",
                    format!("A comment has at most {MAX_COMMENT_CHARS} characters."),
                ));
            }
            _ if complete && self.comment_required && comment.is_none_or(|c| c.trim().is_empty()) => {
                errors.push(FieldError::new("comment", "required", "This stage asks for a comment with the scores."));
            }
            _ => {}
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// An example rubric for Korean idea contests: 창의성 30, 실현가능성 25,
    /// 파급효과 25, 완성도 20, scored in whole points with weight 1, so the
    /// maximum points are the weights and the total is out of 100.
    pub fn default_for_korean_idea() -> Rubric {
        let criterion = |key: &str, ko: &str, en: &str, max: f64| Criterion {
            key: key.to_owned(),
            label: Text { ko: ko.to_owned(), en: Some(en.to_owned()) },
            description: None,
            min: 0.0,
            max,
            step: 1.0,
            weight: 1.0,
        };
        Rubric {
            criteria: vec![
                criterion("creativity", "창의성", "Creativity", 30.0),
                criterion("feasibility", "실현가능성", "Feasibility", 25.0),
                criterion("impact", "파급효과", "Impact", 25.0),
                criterion("completeness", "완성도", "Completeness", 20.0),
            ],
            comment_required: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    fn codes(result: Result<(), Vec<FieldError>>) -> Vec<(String, String)> {
        result.err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn has(result: Result<(), Vec<FieldError>>, field: &str, code: &str) -> bool {
        codes(result).iter().any(|(f, c)| f == field && c == code)
    }

    fn single(criterion: Criterion) -> Rubric {
        Rubric { criteria: vec![criterion], comment_required: false }
    }

    fn base() -> Criterion {
        Rubric::default_for_korean_idea().criteria[0].clone()
    }

    #[test]
    fn the_korean_idea_rubric_is_valid_and_totals_one_hundred() {
        let rubric = Rubric::default_for_korean_idea();
        assert_eq!(rubric.check(), Ok(()));
        assert_eq!(rubric.max_total(), 100.0);
        assert_eq!(rubric.min_total(), 0.0);
    }

    #[test]
    fn omitted_settings_take_their_defaults() {
        let json = r#"{"criteria":[{"key":"idea","label":{"ko":"아이디어","en":null},"max":10}]}"#;
        let rubric: Rubric = serde_json::from_str(json).unwrap();
        let c = &rubric.criteria[0];
        assert_eq!((c.min, c.step, c.weight, rubric.comment_required), (0.0, 1.0, 1.0, false));
        assert_eq!(c.description, None);
    }

    #[test]
    fn unknown_settings_are_refused_when_reading_a_rubric() {
        let json = r#"{"criteria":[{"key":"idea","label":{"ko":"아이디어","en":null},"max":10,"bonus":1}]}"#;
        assert!(serde_json::from_str::<Rubric>(json).is_err());
        assert!(serde_json::from_str::<Rubric>(r#"{"criteria":[],"extra":true}"#).is_err());
    }

    #[test]
    fn a_rubric_without_criteria_is_refused_as_required() {
        let rubric = Rubric { criteria: vec![], comment_required: false };
        assert!(has(rubric.check(), "criteria", "required"));
    }

    #[test]
    fn a_rubric_with_more_than_thirty_criteria_is_refused_as_too_many() {
        let criteria = (0..31).map(|i| Criterion { key: format!("c{i}"), ..base() }).collect();
        let rubric = Rubric { criteria, comment_required: false };
        assert_eq!(codes(rubric.check()), vec![("criteria".to_owned(), "too_many".to_owned())]);
    }

    #[test]
    fn an_empty_key_is_required_and_a_malformed_key_is_an_invalid_format() {
        assert!(has(single(Criterion { key: String::new(), ..base() }).check(), "criteria[0].key", "required"));
        for key in ["Creativity", "1st", "with-dash", "_lead", "한글", &"a".repeat(41)] {
            let rubric = single(Criterion { key: key.to_owned(), ..base() });
            assert!(has(rubric.check(), "criteria[0].key", "invalid_format"), "{key}");
        }
        assert_eq!(single(Criterion { key: "a".repeat(40), ..base() }).check(), Ok(()));
    }

    #[test]
    fn a_repeated_key_is_refused_as_a_duplicate_at_its_second_place() {
        let rubric = Rubric { criteria: vec![base(), base()], comment_required: false };
        assert_eq!(codes(rubric.check()), vec![("criteria[1].key".to_owned(), "duplicate".to_owned())]);
    }

    #[test]
    fn a_blank_label_is_required_and_a_long_one_is_too_long() {
        let blank = Criterion { label: Text { ko: "  ".into(), en: None }, ..base() };
        assert!(has(single(blank).check(), "criteria[0].label", "required"));
        let blank_en = Criterion { label: Text { ko: "창의성".into(), en: Some(String::new()) }, ..base() };
        assert!(has(single(blank_en).check(), "criteria[0].label", "required"));
        let long = Criterion { label: Text { ko: "가".repeat(201), en: None }, ..base() };
        assert!(has(single(long).check(), "criteria[0].label", "too_long"));
        let long_description = Criterion { description: Some(Text { ko: "가".repeat(2001), en: None }), ..base() };
        assert!(has(single(long_description).check(), "criteria[0].description", "too_long"));
    }

    #[test]
    fn a_number_that_is_not_finite_is_refused() {
        let rubric = single(Criterion { max: f64::INFINITY, weight: f64::NAN, ..base() });
        let found = codes(rubric.check());
        assert!(found.contains(&("criteria[0].max".to_owned(), "not_finite".to_owned())));
        assert!(found.contains(&("criteria[0].weight".to_owned(), "not_finite".to_owned())));
    }

    #[test]
    fn bounds_weight_and_step_out_of_range_are_refused() {
        let cases = [
            (Criterion { min: 30.0, ..base() }, "criteria[0].max"),
            (Criterion { max: 1000.5, step: 0.5, ..base() }, "criteria[0].max"),
            (Criterion { min: -1001.0, ..base() }, "criteria[0].min"),
            (Criterion { step: 0.0, ..base() }, "criteria[0].step"),
            (Criterion { step: -1.0, ..base() }, "criteria[0].step"),
            (Criterion { step: 0.0001, ..base() }, "criteria[0].step"),
            (Criterion { weight: 0.0, ..base() }, "criteria[0].weight"),
            (Criterion { weight: 100.5, ..base() }, "criteria[0].weight"),
        ];
        for (criterion, field) in cases {
            assert!(has(single(criterion.clone()).check(), field, "out_of_range"), "{criterion:?}");
        }
        assert_eq!(single(Criterion { min: -5.0, max: 5.0, weight: 100.0, ..base() }).check(), Ok(()));
    }

    #[test]
    fn a_range_that_is_not_a_whole_number_of_steps_is_off_step() {
        assert!(has(single(Criterion { step: 4.0, ..base() }).check(), "criteria[0].step", "off_step"));
        assert!(has(single(Criterion { step: 40.0, ..base() }).check(), "criteria[0].step", "off_step"));
        // 0.3 / 0.1 is 2.9999999999999996 in f64: near enough.
        assert_eq!(single(Criterion { max: 0.3, step: 0.1, ..base() }).check(), Ok(()));
        assert_eq!(single(Criterion { max: 30.0, step: 0.5, ..base() }).check(), Ok(()));
    }

    #[test]
    fn totals_are_weighted_sums() {
        let mut rubric = Rubric::default_for_korean_idea();
        rubric.criteria[0].weight = 2.0;
        rubric.criteria[3].weight = 0.5;
        // 2·30 + 25 + 25 + 0.5·20 = 120; the minimum stays 0.
        assert_eq!(rubric.max_total(), 120.0);
        let values = sheet(&[("creativity", 20.0), ("feasibility", 10.0), ("impact", 15.0), ("completeness", 8.0)]);
        // 2·20 + 10 + 15 + 0.5·8 = 69
        assert_eq!(rubric.total(&values), 69.0);
        rubric.criteria[0].min = 5.0;
        assert_eq!(rubric.min_total(), 10.0);
    }

    #[test]
    fn a_complete_valid_sheet_is_accepted() {
        let rubric = Rubric::default_for_korean_idea();
        let values = sheet(&[("creativity", 30.0), ("feasibility", 0.0), ("impact", 12.0), ("completeness", 20.0)]);
        assert_eq!(rubric.validate_sheet(&values, None, true), Ok(()));
    }

    #[test]
    fn a_value_outside_the_range_is_refused() {
        let rubric = Rubric::default_for_korean_idea();
        let values = sheet(&[("creativity", 31.0), ("impact", -1.0)]);
        let found = codes(rubric.validate_sheet(&values, None, false));
        assert_eq!(
            found,
            vec![
                ("scores.creativity".to_owned(), "out_of_range".to_owned()),
                ("scores.impact".to_owned(), "out_of_range".to_owned()),
            ]
        );
    }

    #[test]
    fn a_value_off_the_step_grid_is_refused() {
        let rubric = Rubric::default_for_korean_idea();
        let values = sheet(&[("creativity", 12.5)]);
        assert!(has(rubric.validate_sheet(&values, None, false), "scores.creativity", "off_step"));
    }

    #[test]
    fn a_value_on_a_fractional_grid_is_accepted_despite_float_noise() {
        let rubric = single(Criterion { min: 1.0, max: 2.0, step: 0.1, ..base() });
        let values = sheet(&[("creativity", 1.0 + 0.1 * 7.0)]);
        assert_eq!(rubric.validate_sheet(&values, None, true), Ok(()));
        let off = sheet(&[("creativity", 1.05)]);
        assert!(has(rubric.validate_sheet(&off, None, true), "scores.creativity", "off_step"));
    }

    #[test]
    fn a_value_that_is_not_finite_is_refused() {
        let rubric = Rubric::default_for_korean_idea();
        let values = sheet(&[("creativity", f64::NAN)]);
        assert!(has(rubric.validate_sheet(&values, None, false), "scores.creativity", "not_finite"));
    }

    #[test]
    fn an_unknown_criterion_is_refused_even_in_a_draft() {
        let rubric = Rubric::default_for_korean_idea();
        let values = sheet(&[("creativity", 10.0), ("beauty", 3.0)]);
        assert_eq!(
            codes(rubric.validate_sheet(&values, None, false)),
            vec![("scores.beauty".to_owned(), "unknown_criterion".to_owned())]
        );
    }

    #[test]
    fn a_partial_draft_is_accepted_but_a_partial_submission_is_not() {
        let rubric = Rubric { comment_required: true, ..Rubric::default_for_korean_idea() };
        let values = sheet(&[("creativity", 10.0)]);
        assert_eq!(rubric.validate_sheet(&values, None, false), Ok(()));
        assert_eq!(rubric.validate_sheet(&BTreeMap::new(), None, false), Ok(()));
        let found = codes(rubric.validate_sheet(&values, Some("좋아요"), true));
        assert_eq!(
            found,
            vec![
                ("scores.feasibility".to_owned(), "required".to_owned()),
                ("scores.impact".to_owned(), "required".to_owned()),
                ("scores.completeness".to_owned(), "required".to_owned()),
            ]
        );
    }

    #[test]
    fn a_required_comment_must_be_given_on_submission_only() {
        let rubric = Rubric { comment_required: true, ..Rubric::default_for_korean_idea() };
        let values = sheet(&[("creativity", 1.0), ("feasibility", 2.0), ("impact", 3.0), ("completeness", 4.0)]);
        assert_eq!(
            codes(rubric.validate_sheet(&values, Some("  "), true)),
            vec![("comment".into(), "required".into())]
        );
        assert_eq!(codes(rubric.validate_sheet(&values, None, true)), vec![("comment".into(), "required".into())]);
        assert_eq!(rubric.validate_sheet(&values, None, false), Ok(()));
        assert_eq!(rubric.validate_sheet(&values, Some("근거가 탄탄함"), true), Ok(()));
        let plain = Rubric::default_for_korean_idea();
        assert_eq!(plain.validate_sheet(&values, None, true), Ok(()));
    }

    #[test]
    fn an_overlong_comment_is_refused() {
        let rubric = Rubric::default_for_korean_idea();
        let long = "가".repeat(MAX_COMMENT_CHARS + 1);
        assert!(has(rubric.validate_sheet(&BTreeMap::new(), Some(&long), false), "comment", "too_long"));
    }
}
