DROP TABLE stage_results;
DROP TABLE bonus_claims;
DROP TABLE score_changes;
DROP TABLE scores;
DROP TABLE assignments;
DROP TABLE stage_judges;
DROP TABLE stage_entries;
DROP TABLE stages;
