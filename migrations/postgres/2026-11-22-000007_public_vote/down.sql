DROP TABLE votes;
DROP TABLE ballots;
