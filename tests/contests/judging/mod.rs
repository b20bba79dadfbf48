//! Judging: stages, panels, conflicts of interest, blind rubric scoring, the
//! audit trail, results and advancing — through the real server.

mod pairwise;
mod panels;
mod results;
mod scoring;
mod stages;
pub mod support;
