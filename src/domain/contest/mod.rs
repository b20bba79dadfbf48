//! Contests as data: kinds, entry forms, schedules, eligibility. Pure rules,
//! no I/O.

pub mod form;
pub mod kind;
pub mod rules;
pub mod schedule;
pub mod slots;
pub mod team;

pub use form::{Answers, FieldDefinition, FieldType, Form};
pub use kind::ContestKind;
pub use rules::{Category, Eligibility};
pub use schedule::{ContestState, Schedule};
pub use slots::FileSlot;
pub use team::{TeamName, TeamRules};
