//! Judging as data and pure functions: rubrics, the scoring recipe and the
//! results it computes, who judges what, and CrowdBT for pairwise finals.
//! No I/O here: the routes read scores from the database and hand them in.

pub mod assignment;
pub mod crowdbt;
pub mod recipe;
pub mod rubric;
